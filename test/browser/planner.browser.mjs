// Browser test of the course-planner example (examples/course-planner). Not a vitest file: run it
// with `npm run test:browser`, which builds the library and the page first. It serves the built
// page with `vite preview`, drives Debian's Chromium through playwright-core, and checks the page at
// 1280 px (a requirement goes from off track to on track when a course that satisfies it is planned;
// descriptions instead of raw ids and type tags; muted results greyed; completed courses marked in
// the catalog; the still-needed list is report.remaining) and at 420 px (nothing wider than the
// screen). Screenshots go to test-results/planner-1280.png and planner-420.png. Prints
// `N passed, M failed` (exit 1 when M > 0), one test per width. Every wait is bounded.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { compileProgram, evaluateProgress } from "program-criteria";
import { loadStudent, STUDENT_ID } from "../../examples/course-planner/student.mjs";
import { plannedRecord } from "../../examples/course-planner/src/plan.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CHROMIUM = "/usr/lib/chromium/chromium";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const SCREENSHOT = (width) => join(ROOT, "test-results", `planner-${width}.png`);
const REQUIREMENT = "ENGLISH/ENG_CREDITS"; // criterion/requirement, as in the page's data-testid
const COURSE = "ENG401"; // English 12: the fourth English credit
const SERVICE = "COMMUNITY_SERVICE/SERVICE_HOURS"; // an activity requirement (DESIGN.md §12)
const WHOLE_RUN_MS = 110_000;
const SERVER_START_MS = 20_000;
const STEP_MS = 10_000;

const readJson = (file) => JSON.parse(readFileSync(join(ROOT, "examples/district", file), "utf8"));
const started = Date.now();
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
let server;
let context;
let page;
let userDataDir;
let serverOutput = "";

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Finds the requirement `criterion/id` anywhere in the report (linked criteria included). */
function findRequirement(report, key) {
  const walk = (criteria) => {
    for (const criterion of criteria) {
      for (const req of criterion.requirements) {
        if (`${req.criterion}/${req.id}` === key) return req;
        if (req.type === "child") {
          const found = walk([req.result]);
          if (found) return found;
        }
      }
    }
    return undefined;
  };
  return walk(report.criteria);
}

/** Every requirement result under the criteria (linked criteria included), muted or not. */
function allRequirements(report) {
  const out = [];
  const walk = (criteria) => {
    for (const criterion of criteria) {
      for (const req of criterion.requirements) {
        out.push(req);
        if (req.type === "child") walk([req.result]);
      }
    }
  };
  walk(report.criteria);
  return out;
}

/** The premise of the browser check, verified with the engine in Node first. */
async function checkPremise() {
  const [program, programs, catalog] = ["program.json", "programs.json", "catalog.json"].map(readJson);
  const compiled = compileProgram(program, { programs });
  const student = loadStudent(STUDENT_ID);
  const course = catalog.find((c) => c.courseNumber === COURSE);
  check(course, `${COURSE} is not in the catalog`);
  const before = findRequirement(evaluateProgress(compiled, student), REQUIREMENT)?.status;
  const after = findRequirement(evaluateProgress(compiled, { ...student, transcript: [...student.transcript, plannedRecord(course)] }), REQUIREMENT)?.status;
  check(
    before === "offTrack" && after === "onTrack",
    `premise: ${STUDENT_ID} ${REQUIREMENT} should be offTrack, then onTrack with ${COURSE} planned; the engine gives ${before} → ${after}`,
  );
  log(`premise holds in Node: ${STUDENT_ID} ${REQUIREMENT} offTrack → onTrack with ${COURSE} planned`);
}

async function startServer() {
  const port = await freePort();
  server = spawn(
    join(ROOT, "node_modules/.bin/vite"),
    ["preview", "--config", "examples/course-planner/vite.config.mjs", "--host", "127.0.0.1", "--port", String(port), "--strictPort"],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } },
  );
  server.stdout.on("data", (chunk) => (serverOutput += chunk));
  server.stderr.on("data", (chunk) => (serverOutput += chunk));
  const exited = new Promise((resolve) => server.once("exit", (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + SERVER_START_MS;
  while (Date.now() < deadline) {
    const gone = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(undefined), 200))]);
    if (gone) throw new Error(`vite preview exited (${gone.code ?? gone.signal}) before answering:\n${serverOutput}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) {
        log(`vite preview answers at ${url} (pid ${server.pid})`);
        return url;
      }
    } catch {
      // not listening yet
    }
  }
  throw new Error(`vite preview did not answer at ${url} within ${SERVER_START_MS / 1000}s:\n${serverOutput}`);
}

async function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), 3_000);
  await exited;
  clearTimeout(timer);
}

async function statusOf(locator) {
  return locator.getAttribute("data-status", { timeout: STEP_MS });
}

async function waitForStatus(page, testid, status) {
  await page.waitForFunction(
    ([id, want]) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute("data-status") === want,
    [testid, status],
    { timeout: STEP_MS },
  );
}

const problems = [];

async function setUp() {
  check(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
  check(existsSync(join(ROOT, "examples/course-planner/dist/index.html")), "the page is not built: npm run planner:build");
  await checkPremise();
  const url = await startServer();

  userDataDir = await mkdtemp(join(tmpdir(), "planner-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 1000 },
    timeout: 30_000,
  });
  context.setDefaultTimeout(STEP_MS);
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && problems.push(`console error: ${message.text()}`));
  page.on("response", (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`));
  log(`Chromium ${context.browser()?.version() ?? ""} launched`);
  return url;
}

async function open(url, width) {
  await page.setViewportSize({ width, height: 1000 });
  await page.goto(url, { waitUntil: "load", timeout: STEP_MS });
  await page.waitForSelector("body[data-ready='true']", { timeout: STEP_MS });
  check(problems.length === 0, problems.join("\n"));
}

/** What a counselor reads first, before any change to the plan, checked against the engine in Node. */
async function checkReading() {
  const [program, programs] = ["program.json", "programs.json"].map(readJson);
  const report = evaluateProgress(compileProgram(program, { programs }), loadStudent(STUDENT_ID));

  // No unexplained type tags or alert flags; descriptions, not ids, name requirements and criteria.
  check((await page.locator(".kind").count()) === 0, "the page still shows requirement type tags");
  for (const tag of ["ALERT", "CHILD", "COURSE"]) {
    const shown = await page.evaluate((t) => [...document.querySelectorAll(".criterion *")].some((el) => el.children.length === 0 && el.textContent.trim().toUpperCase() === t), tag);
    check(!shown, `the page shows a bare "${tag}" tag`);
  }
  const eng = allRequirements(report).find((r) => `${r.criterion}/${r.id}` === REQUIREMENT);
  const head = await page.getByTestId(`requirement-${REQUIREMENT}`).locator(".description").first().textContent();
  check(head === eng.description, `${REQUIREMENT} is not named by its description: ${head}`);
  const criterionTitle = await page.getByTestId("criterion-CORE_ACADEMICS").locator("h3").textContent();
  check(criterionTitle === report.criteria[0].description, `CORE_ACADEMICS is not titled by its description: ${criterionTitle}`);

  // Muted results (met-OR alternatives) are greyed and folded; the others are not.
  const muted = allRequirements(report).filter((r) => r.muted === true);
  check(muted.length > 0, `premise: ${STUDENT_ID} should have muted requirements`);
  const pageMuted = await page.locator("li.requirement.is-muted").count();
  check(pageMuted === muted.length, `expected ${muted.length} greyed requirements, the page has ${pageMuted}`);
  for (const r of muted.slice(0, 5)) {
    const item = page.getByTestId(`requirement-${r.criterion}/${r.id}`).first();
    check(((await item.getAttribute("class")) ?? "").includes("is-muted"), `${r.criterion}/${r.id} is muted but not greyed`);
    check((await item.locator(":scope > details.muted-fold").count()) === 1, `${r.criterion}/${r.id} is muted but its details are not folded`);
  }
  const unmuted = allRequirements(report).find((r) => r.muted !== true && r.type === "course");
  check(!(((await page.getByTestId(`requirement-${unmuted.criterion}/${unmuted.id}`).first().getAttribute("class")) ?? "").includes("is-muted")), `${unmuted.id} is greyed though not muted`);

  // Still needed: report.remaining, one item each, in order.
  const keys = await page.locator('[data-testid="still-needed"] li').evaluateAll((items) => items.map((li) => li.dataset.key));
  const expected = report.remaining.map((e) => (e.type === "creditGroup" ? `creditGroup/${e.id}` : `${e.criterion}/${e.id}`));
  check(JSON.stringify(keys) === JSON.stringify(expected), `still needed shows ${JSON.stringify(keys)}, report.remaining is ${JSON.stringify(expected)}`);

  // A course the student completed with credit is marked in the catalog and cannot be added again.
  const catalog = readJson("catalog.json");
  const done = loadStudent(STUDENT_ID).transcript.find(
    (t) => (t.status ?? "completed") === "completed" && t.credits.some((c) => Number(c.amount) > 0) && catalog.some((c) => c.courseNumber === t.courseNumber && c.level !== "middleSchool"),
  );
  check(done, `premise: ${STUDENT_ID} should have a completed catalog course`);
  const entry = page.getByTestId(`catalog-${done.courseNumber}`);
  check((await entry.getAttribute("data-state")) === "completed", `${done.courseNumber} is completed but not marked in the catalog`);
  check(await page.getByTestId(`add-${done.courseNumber}`).isDisabled(), `${done.courseNumber} is completed but can be added`);
  check((await page.getByTestId(`add-${done.courseNumber}`).textContent()) === "Completed", `${done.courseNumber}'s button does not say Completed`);
  log(`descriptions shown, ${muted.length} muted requirements greyed, ${expected.length} still needed, ${done.courseNumber} marked completed`);
}

async function at1280(url) {
  await open(url, 1280);
  await checkReading();

  const testid = `requirement-${REQUIREMENT}`;
  const requirement = page.getByTestId(testid);
  check((await requirement.count()) === 1, `expected one [data-testid="${testid}"], found ${await requirement.count()}`);
  const before = await statusOf(requirement);
  check(before === "offTrack", `${REQUIREMENT} should start offTrack, the page shows ${before}`);
  check((await requirement.locator(".badge").first().textContent()) === "off track", "the off-track badge text is missing");
  log(`${REQUIREMENT} is offTrack on the page`);

  // The sixth kind, activity: the community-service hours show with their figures.
  const service = page.getByTestId(`requirement-${SERVICE}`);
  check((await service.count()) === 1, `the activity requirement ${SERVICE} is not shown`);
  check((await service.getAttribute("data-type")) === "activity", `${SERVICE} is not marked as an activity requirement`);
  const serviceText = await service.textContent();
  const [program, programs] = ["program.json", "programs.json"].map(readJson);
  const expectedService = findRequirement(evaluateProgress(compileProgram(program, { programs }), loadStudent(STUDENT_ID)), SERVICE);
  check(serviceText.includes(`earned ${expectedService.earnedTotal}`) && serviceText.includes(`required ${expectedService.requiredTotal}`), `${SERVICE} does not show its hours: ${serviceText}`);
  log(`${SERVICE} shows ${expectedService.earnedTotal} of ${expectedService.requiredTotal} hours`);

  // Time (DESIGN.md §9): the credit groups' pace is shown, and registering for the Smarter Balanced
  // math test puts its requirement on track.
  const total = page.getByTestId("time-group-TOTAL");
  check((await total.textContent()).includes("expected by end of grade"), `the pace of the total credits is not shown: ${await total.textContent()}`);
  const sbac = page.getByTestId("requirement-COLLEGE_READINESS/SBAC_MATH");
  check((await statusOf(sbac)) === "offTrack", "COLLEGE_READINESS/SBAC_MATH should start offTrack");
  await page.getByTestId("register-test").selectOption({ label: "SBAC-HS — Smarter Balanced, math" });
  await page.getByTestId("register").click();
  await waitForStatus(page, "requirement-COLLEGE_READINESS/SBAC_MATH", "onTrack");
  check((await page.getByTestId("time-COLLEGE_READINESS/SBAC_MATH").textContent()).includes("1 registration planned"), "the registration is not shown");
  log("registered for SBAC-HS math: COLLEGE_READINESS/SBAC_MATH is onTrack, the pace is shown");

  // Find English 12 through the catalog filter and plan it.
  await page.getByLabel("Filter by number, name or credit type").fill("English 12");
  const add = page.getByTestId(`add-${COURSE}`);
  await add.click();
  await waitForStatus(page, testid, "onTrack");
  check((await requirement.locator(".badge").first().textContent()) === "on track", "the on-track badge text is missing");
  check((await page.getByTestId(`record-${COURSE}`).getAttribute("data-record-status")) === "planned", `${COURSE} is not listed as planned`);
  check(await add.isDisabled(), `the Add button of ${COURSE} should be disabled once it is planned`);
  log(`planned ${COURSE}: ${REQUIREMENT} is onTrack`);

  await mkdir(join(ROOT, "test-results"), { recursive: true });
  await page.screenshot({ path: SCREENSHOT(1280), fullPage: true, timeout: STEP_MS });
  log(`screenshot: ${SCREENSHOT(1280)}`);

  // Removing the planned course puts the requirement back off track.
  await page.getByRole("button", { name: new RegExp(`^Remove planned ${COURSE}\\b`) }).click();
  await waitForStatus(page, testid, "offTrack");
  check((await page.getByTestId(`record-${COURSE}`).count()) === 0, `${COURSE} is still listed after removing it`);
  log(`removed ${COURSE}: ${REQUIREMENT} is offTrack again`);
  check(problems.length === 0, problems.join("\n"));
}

/** A phone: the same content, nothing cut off or wider than the screen. */
async function at420(url) {
  await open(url, 420);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  check(width <= 420, `the page is ${width} px wide at a 420 px viewport (content cut off or scrolled sideways)`);
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => el.getClientRects().length > 0 && !el.closest(".visually-hidden, .skip-link, .groups-scroll"))
      .filter((el) => el.getBoundingClientRect().right > 420.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
      .slice(0, 5),
  );
  check(wide.length === 0, `elements past the right edge at 420 px: ${wide.join(", ")}`);
  await checkReading();
  // Planning still works on a phone.
  await page.getByLabel("Filter by number, name or credit type").fill("English 12");
  await page.getByTestId(`add-${COURSE}`).click();
  await waitForStatus(page, `requirement-${REQUIREMENT}`, "onTrack");
  check((await page.evaluate(() => document.documentElement.scrollWidth)) <= 420, "planning a course made the page wider than 420 px");
  await mkdir(join(ROOT, "test-results"), { recursive: true });
  await page.screenshot({ path: SCREENSHOT(420), fullPage: true, timeout: STEP_MS });
  log(`420 px: no horizontal overflow, planning works; screenshot: ${SCREENSHOT(420)}`);
  check(problems.length === 0, problems.join("\n"));
}

async function cleanUp() {
  await context?.close().catch(() => {});
  await stopServer().catch(() => {});
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
}

const watchdog = setTimeout(async () => {
  console.error(`the browser test ran past ${WHOLE_RUN_MS / 1000}s`);
  await Promise.race([cleanUp(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
  server?.kill("SIGKILL");
  console.log(`${passed} passed, ${TESTS.length - passed} failed`);
  process.exit(1);
}, WHOLE_RUN_MS);

const TESTS = [
  ["course planner at 1280 px", at1280, 1280],
  ["course planner at 420 px", at420, 420],
];
let passed = 0;
let url;
try {
  url = await setUp();
} catch (error) {
  console.error(`course planner: set-up FAILED\n${error?.stack ?? error}`);
}
for (const [name, test, width] of url === undefined ? [] : TESTS) {
  problems.length = 0;
  try {
    await test(url);
    passed += 1;
    log(`${name}: passed`);
  } catch (error) {
    console.error(`${name}: FAILED\n${error?.stack ?? error}`);
    const shot = join(ROOT, "test-results", `planner-${width}-failure.png`);
    await mkdir(join(ROOT, "test-results"), { recursive: true }).catch(() => {});
    await page?.screenshot({ path: shot, fullPage: true, timeout: 5_000 }).then(() => console.error(`screenshot of the failure: ${shot}`), () => {});
  }
}
await cleanUp();
clearTimeout(watchdog);
console.log(`${passed} passed, ${TESTS.length - passed} failed`);
process.exit(passed === TESTS.length ? 0 : 1);
