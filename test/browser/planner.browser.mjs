// Browser test of the course-planner example (examples/course-planner). Not a vitest file: run it
// with `npm run test:browser`, which builds the library and the page first. It serves the built
// page with `vite preview`, drives Debian's Chromium through playwright-core, and checks that a
// requirement goes from off track to on track when a course that satisfies it is planned.
// Prints `1 passed, 0 failed` (exit 0) or `0 passed, 1 failed` (exit 1). Every wait is bounded.
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
const SCREENSHOT = join(ROOT, "test-results", "course-planner.png");
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

async function run() {
  check(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
  check(existsSync(join(ROOT, "examples/course-planner/dist/index.html")), "the page is not built: npm run planner:build");
  await checkPremise();
  const url = await startServer();

  userDataDir = await mkdtemp(join(tmpdir(), "planner-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 1000 },
    timeout: 30_000,
  });
  context.setDefaultTimeout(STEP_MS);
  page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && problems.push(`console error: ${message.text()}`));
  page.on("response", (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`));
  log(`Chromium ${context.browser()?.version() ?? ""} launched`);

  await page.goto(url, { waitUntil: "load", timeout: STEP_MS });
  await page.waitForSelector("body[data-ready='true']", { timeout: STEP_MS });
  check(problems.length === 0, problems.join("\n"));

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
  await page.screenshot({ path: SCREENSHOT, fullPage: true, timeout: STEP_MS });
  log(`screenshot: ${SCREENSHOT}`);

  // Removing the planned course puts the requirement back off track.
  await page.getByRole("button", { name: new RegExp(`^Remove planned ${COURSE}\\b`) }).click();
  await waitForStatus(page, testid, "offTrack");
  check((await page.getByTestId(`record-${COURSE}`).count()) === 0, `${COURSE} is still listed after removing it`);
  log(`removed ${COURSE}: ${REQUIREMENT} is offTrack again`);
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
  console.log("0 passed, 1 failed");
  process.exit(1);
}, WHOLE_RUN_MS);

let failed = false;
try {
  await run();
  log("course planner: passed");
} catch (error) {
  failed = true;
  console.error(`course planner: FAILED\n${error?.stack ?? error}`);
  if (page) {
    const shot = join(ROOT, "test-results", "course-planner-failure.png");
    await mkdir(join(ROOT, "test-results"), { recursive: true }).catch(() => {});
    await page.screenshot({ path: shot, fullPage: true, timeout: 5_000 }).then(() => console.error(`screenshot of the failure: ${shot}`), () => {});
  }
} finally {
  await cleanUp();
  clearTimeout(watchdog);
}
console.log(failed ? "0 passed, 1 failed" : "1 passed, 0 failed");
process.exit(failed ? 1 : 0);
