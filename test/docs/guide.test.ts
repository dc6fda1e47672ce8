// @ts-nocheck -- the guide's snippets are plain JavaScript, copied here verbatim; typing them would change them.
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { format } from "node:util";
import { describe, expect, it } from "vitest";
// The guide imports these from "program-criteria"; the tests use the source.
import {
  compileProgram,
  evaluateMany,
  evaluateProgress,
  formatExpression,
  formatReportTree,
  parseExpression,
  ProgramDefinitionError,
  StudentRecordError,
} from "../../src/index.js";
// The guide imports this one from "program-criteria/runtime" (as `evaluateProgress`).
import { evaluateProgress as evaluateWithRuntime } from "../../src/runtime.js";

/*
 * docs/guide.md's JavaScript examples, run as written. Each ```js block of the guide is pasted
 * into a test below (the last test checks that none has drifted), and what it prints is compared
 * with the ```text block the guide shows after it. Run from the repository root, as the guide's
 * snippets read examples/district/ by relative path.
 */

const guide = readFileSync(new URL("../../docs/guide.md", import.meta.url), "utf8");
const blocks = (lang: string) =>
  [...guide.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1].replace(/\n$/, ""));
const jsBlocks = blocks("js");
const textBlocks = blocks("text");

/** A stand-in for `console` that keeps what a snippet prints, formatted as console.log does. */
function capture() {
  const out = [];
  const err = [];
  return {
    log: (...args) => out.push(format(...args)),
    error: (...args) => err.push(format(...args)),
    out,
    err,
    text: () => out.join("\n"),
  };
}

/** The guide's ```text block that starts with `first`. */
function shown(first) {
  const block = textBlocks.find((b) => b.startsWith(first));
  expect(block, `a text block starting with ${first}`).toBeDefined();
  return block;
}

/** `printed` is what the guide shows; a line "…" in the guide stands for lines left out. */
function expectShown(printed, first) {
  const expected = shown(first).split("\n");
  const actual = printed.split("\n");
  const segments = [];
  let current = [];
  for (const line of expected) {
    if (line === "…") {
      segments.push(current);
      current = [];
    } else current.push(line);
  }
  segments.push(current);
  if (segments.length === 1) {
    expect(actual).toEqual(expected);
    return;
  }
  expect(actual.slice(0, segments[0].length)).toEqual(segments[0]);
  const last = segments[segments.length - 1];
  expect(actual.slice(actual.length - last.length)).toEqual(last);
  let from = segments[0].length;
  for (const segment of segments.slice(1, -1)) {
    const at = actual.findIndex((_, i) => i >= from && segment.every((l, k) => actual[i + k] === l));
    expect(at, `lines ${JSON.stringify(segment)} in order`).toBeGreaterThanOrEqual(from);
    from = at + segment.length;
  }
}

/** Section 2's first snippet, verbatim; returns what later snippets use. */
function walkthrough(console) {
  const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
  const definition = readJson("examples/district/program.json");
  const programs = readJson("examples/district/programs.json");
  const program = compileProgram(definition, { programs }); // checks all three programs, once

  const lines = readFileSync("examples/district/students.ndjson", "utf8").split("\n");
  const student = JSON.parse(lines[1]); // the second student, S000002
  const report = evaluateProgress(program, student);

  console.log(report.studentId, report.status);
  for (const criterion of report.criteria) {
    console.log(criterion.id.padEnd(15), criterion.status.padEnd(9), criterion.expression);
  }
  return { readJson, definition, programs, program, student, report };
}

/** Section 4's first snippet, verbatim (it continues section 2, so it takes `readJson`). */
function backend(console, readJson) {
  function loadProgram() {
    try {
      return compileProgram(readJson("examples/district/program.json"), {
        programs: readJson("examples/district/programs.json"),
      });
    } catch (error) {
      if (ProgramDefinitionError.is(error)) {
        for (const issue of error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
      }
      throw error; // refuse to start
    }
  }
  const graduation = loadProgram();

  // Per request: a bad record is the caller's problem, not a crash.
  function progressFor(record) {
    try {
      return { ok: true, report: evaluateProgress(graduation, record) };
    } catch (error) {
      if (!StudentRecordError.is(error)) throw error;
      return { ok: false, problems: error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
    }
  }
  console.log(progressFor({ id: "S1", transcript: [{ courseNumber: "ENG111", credits: [{ type: "English", amount: "1.O" }] }] }));
  return { graduation, progressFor };
}

describe("docs/guide.md, section 2: the walkthrough", () => {
  it("compiles the district and evaluates S000002: on track, criteria in display order", () => {
    const console = capture();
    const { report } = walkthrough(console);
    expect(report.studentId).toBe("S000002");
    expect(report.status).toBe("onTrack");
    expect(console.out[0]).toBe("S000002 onTrack");
    expectShown(console.text(), "S000002 onTrack");
  });

  it("walks into child results to ENGLISH/ENG_CREDITS and prints its figures and records", () => {
    const { report } = walkthrough(capture());
    const console = capture();
    // A child requirement carries the linked criterion's whole result: walk into it.
    function findRequirement(criteria, criterionId, requirementId) {
      for (const criterion of criteria) {
        for (const requirement of criterion.requirements) {
          if (criterion.id === criterionId && requirement.id === requirementId) return requirement;
          if (requirement.type === "child") {
            const found = findRequirement([requirement.result], criterionId, requirementId);
            if (found) return found;
          }
        }
      }
      return undefined;
    }

    const english = findRequirement(report.criteria, "ENGLISH", "ENG_CREDITS");
    console.log(english.status, english.earnedCredits, english.projectedCredits, english.requiredCredits);
    for (const record of english.records) {
      const note = record.counted ? "counted" : `not counted (${record.reason})`;
      console.log(record.courseNumber.padEnd(7), record.status.padEnd(11), record.credits, note);
    }
    expect(english.remainingCredits).toBe("2");
    expect(english.records.find((r) => r.courseNumber === "ENG220")).toMatchObject({ counted: false, reason: "creditTypeNotCounted" });
    expectShown(console.text(), "onTrack 2 4 4");
    // The guide says ENGLISH is not top-level.
    expect(report.criteria.map((c) => c.id)).not.toContain("ENGLISH");
  });

  it("formatReportTree prints the tree the guide shows (trimmed)", () => {
    const { report } = walkthrough(capture());
    const console = capture();
    console.log(formatReportTree(report, { ascii: true, records: false }));
    expectShown(console.text(), "[~] LAKEVIEW_GRAD for student S000002: on track");
  });

  it("a typo key, then an expression syntax error, give the messages the guide shows", () => {
    const { definition, programs } = walkthrough(capture());
    let console = capture();
    const broken = structuredClone(definition);
    const eng9 = broken.criteria[1].requirements[0]; // criterion ENGLISH, requirement ENG9
    eng9.minCredit = eng9.minCredits; // a typo in a key…
    delete eng9.minCredits;
    broken.criteria[1].expression = "ENG9 ANDD ENG_CREDITS"; // …and in an operator
    try {
      compileProgram(broken, { programs });
    } catch (error) {
      if (!ProgramDefinitionError.is(error)) throw error;
      console.log(error.message);
    }
    expect(broken.criteria[1].id).toBe("ENGLISH");
    expect(eng9.id).toBe("ENG9");
    expect(console.text()).toBe(
      [
        "Invalid program definition (2 problems):",
        "  - criteria.1.requirements.0.minCredits: is required",
        '  - criteria.1.requirements.0: unknown key "minCredit" (did you mean "minCredits"?)',
      ].join("\n"),
    );
    expectShown(console.text(), "Invalid program definition (2 problems):");

    console = capture();
    eng9.minCredits = eng9.minCredit;
    delete eng9.minCredit;
    try {
      compileProgram(broken, { programs });
    } catch (error) {
      console.log(error.message);
      console.log(error.issues[0].path, error.issues[0].code);
    }
    expect(console.out[0]).toContain("but found `ANDD` (line 1, column 6)");
    expectShown(console.text(), "Invalid program definition (1 problem):");
  });
});

describe("docs/guide.md, section 3: concepts", () => {
  it("the one-criterion program: on track, with ALG1 on track, GEOM off track, REG_ALG met", () => {
    const console = capture();
    const mini = {
      id: "MINI",
      criteria: [{
        id: "MATH", expression: "ALG1 AND (GEOM OR REG_ALG)", requirements: [
          { id: "ALG1", type: "course", courses: ["ALG%"], minCredits: "1" },
          { id: "GEOM", type: "course", courses: ["GEO%"], minCredits: "1" },
          { id: "REG_ALG", type: "test", testCodes: ["REG-ALG%"], scoreEvaluation: "oneAtOrAbove", minScaleScore: "65" },
        ],
      }],
    };
    const pupil = {
      id: "S1",
      transcript: [
        { courseNumber: "ALG101", credits: [{ type: "Math", amount: "0.5" }] }, // status defaults to completed
        { courseNumber: "ALG102", status: "inProgress", credits: [{ type: "Math", amount: "0.5" }] },
      ],
      tests: [{ testCode: "REG-ALG1", scaleScore: "74" }],
    };
    const result = evaluateProgress(mini, pupil);
    console.log(result.status, result.criteria[0].requirements.map((r) => `${r.id}=${r.status}`).join(" "));
    expect(result.status).toBe("onTrack");
    expectShown(console.text(), "onTrack ALG1=onTrack GEOM=offTrack REG_ALG=met");

    // The time and exceptions snippet continues this one.
    const later = capture();
    {
      const console = later;
      const timed = structuredClone(mini);
      timed.criteria[0].requirements[2].dueGrade = 11; // the Regents exam is due by the end of grade 11
      const sophomore = { ...pupil, gradeLevel: 10, tests: [] };
      console.log(evaluateProgress(mini, sophomore).status, evaluateProgress(timed, sophomore).status);

      const excepted = evaluateProgress(mini, {
        ...sophomore,
        exceptions: [
          { id: "EX-1", program: "MINI", kind: "waive", criterion: "MATH", requirement: "GEOM", reason: "IEP" },
          { id: "EX-2", program: "MINI", kind: "waive", criterion: "MATH", requirement: "GEO" },
        ],
      });
      console.log(excepted.status, excepted.criteria[0].requirements[1].exceptions);
      console.log(excepted.exceptions, excepted.warnings[0].message);
      expect(excepted.warnings[0].code).toBe("orphanException");
    }
    expectShown(later.text(), "offTrack onTrack");
  });

  it("formatExpression writes the canonical form", () => {
    const console = capture();
    console.log(formatExpression(parseExpression("alg1 and (geom or reg_alg) or 2 of ((a), b, c)")));
    expectShown(console.text(), "alg1 AND (geom OR reg_alg) OR 2 OF (a, b, c)");
  });

  it("0.1 + 0.2 credits are exactly 0.3, and 1e-7 and \".5\" are rejected with their path", () => {
    const def = { id: "P", criteria: [{ id: "C", expression: "A", requirements: [{ id: "A", type: "course", courses: ["X%"], minCredits: "0.3" }] }] };
    const rec = (amount) => ({ courseNumber: "X1", credits: [{ type: "T", amount }] });
    const report = evaluateProgress(def, { transcript: [rec(0.1), rec(0.2)] });
    expect(report.criteria[0].requirements[0]).toMatchObject({ earnedCredits: "0.3", status: "met" });
    for (const bad of [1e-7, ".5"]) {
      try {
        evaluateProgress(def, { transcript: [rec(bad)] });
        expect.unreachable();
      } catch (error) {
        expect(StudentRecordError.is(error)).toBe(true);
        expect(error.issues[0].path).toEqual(["transcript", 0, "credits", 0, "amount"]);
      }
    }
  });
});

describe("docs/guide.md, section 4: a backend", () => {
  it("compiles once at startup and turns a bad record into its problems", () => {
    const { readJson } = walkthrough(capture());
    const console = capture();
    backend(console, readJson);
    expect(console.err).toEqual([]);
    expectShown(console.text(), "{\n  ok: false,");
  });

  it("loadProgram prints every issue of a bad definition, then refuses to start", () => {
    const console = capture();
    const readJson = (file) => {
      const json = JSON.parse(readFileSync(file, "utf8"));
      if (file.endsWith("program.json")) json.criteria[1].requirements[0].minCredit = "1";
      return json;
    };
    expect(() => backend(console, readJson)).toThrow(ProgramDefinitionError);
    expect(console.err).toEqual(['criteria.1.requirements.0: unknown key "minCredit" (did you mean "minCredits"?)']);
  });

  it("streams students.ndjson through evaluateMany into an NDJSON file of deterministic reports", async () => {
    const { readJson, program: compiled } = walkthrough(capture());
    const { graduation } = backend(capture(), readJson);
    const console = capture();
    async function* studentsFrom(file) {
      const input = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
      for await (const line of input) if (line.trim() !== "") yield JSON.parse(line);
    }

    const out = createWriteStream("/tmp/reports.ndjson");
    const counts = { met: 0, onTrack: 0, offTrack: 0 };
    const reports = evaluateMany(graduation, studentsFrom("examples/district/students.ndjson"), {
      onError: (error, index) => console.error(`student #${index}: ${error.message}`),
    });
    for await (const report of reports) {
      counts[report.status] += 1;
      if (!out.write(JSON.stringify(report) + "\n")) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
    console.log(counts);

    expect(counts).toEqual({ met: 24, onTrack: 188, offTrack: 188 });
    expect(console.err).toEqual([]);
    expectShown(console.text(), "{ met: 24");
    // Deterministic: the same bytes as evaluating each student on its own.
    const students = readFileSync("examples/district/students.ndjson", "utf8").trim().split("\n");
    const written = readFileSync("/tmp/reports.ndjson", "utf8").trim().split("\n");
    expect(written).toHaveLength(400);
    for (const i of [0, 1, 41, 399]) expect(written[i]).toBe(JSON.stringify(evaluateProgress(compiled, JSON.parse(students[i]!))));
  });

  it("onError receives an invalid record and its index, and the stream goes on", async () => {
    const { program } = walkthrough(capture());
    const seen = [];
    const input = (async function* () {
      yield { id: "A" };
      yield { id: "B", transcript: [{ credits: [] }] };
      yield { id: "C" };
    })();
    const ids = [];
    for await (const report of evaluateMany(program, input, { onError: (error, index) => seen.push([error.name, index]) })) {
      ids.push(report.studentId);
    }
    expect(ids).toEqual(["A", "C"]);
    expect(seen).toEqual([["StudentRecordError", 1]]);
  });

  it("the JSON Schema file the guide names exists, and the CJS build loads with require", () => {
    const schema = JSON.parse(readFileSync("docs/schema/program-definition.schema.json", "utf8"));
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const pkg = JSON.parse(readFileSync("package.json", "utf8"));
    expect(pkg.exports["./schema/*.json"]).toBe("./dist/schema/*.json");
    expect(pkg.engines.node).toBe(">=20.19");
    // The guide's `node -e` line (needs a build: `npm test` builds first).
    const printed = execFileSync(process.execPath, ["-e", 'const { compileProgram } = require("program-criteria"); console.log(typeof compileProgram)'], { encoding: "utf8" });
    expect(printed).toBe("function\n");
  });
});

describe("docs/guide.md, section 5: a browser", () => {
  it("the page evaluates the server's artefact with the runtime entry, as the full entry does", async () => {
    const { readJson, student: district } = walkthrough(capture());
    const { graduation } = backend(capture(), readJson);
    const artefact = JSON.stringify(graduation); // calls graduation.toJSON(): plain JSON, about 20 KB for the district
    expect(artefact.length).toBeGreaterThan(15_000);
    expect(artefact.length).toBeLessThan(25_000);

    // The page's world: fetch serves the artefact and S000002, document holds one element.
    const served = { "/lakeview.compiled.json": artefact, "/api/students/S000002": JSON.stringify(district) };
    const fetch = async (url) => ({ json: async () => JSON.parse(served[url]) });
    const element = { textContent: "" };
    const document = { querySelector: (selector) => (selector === "#status" ? element : null) };
    const evaluateProgress = evaluateWithRuntime;

    const compiled = await fetch("/lakeview.compiled.json").then((response) => response.json());
    const student = await fetch("/api/students/S000002").then((response) => response.json());

    function refresh(planned) {
      const report = evaluateProgress(compiled, { ...student, transcript: [...student.transcript, ...planned] });
      document.querySelector("#status").textContent = report.status; // the artefact is loaded once, then reused
    }
    refresh([{ courseNumber: "MAT401", status: "planned", credits: [{ type: "Math", amount: "1" }] }]);

    expect(element.textContent).toBe("onTrack");
    const planned = { ...district, transcript: [...district.transcript, { courseNumber: "MAT401", status: "planned", credits: [{ type: "Math", amount: "1" }] }] };
    expect(JSON.stringify(evaluateWithRuntime(compiled, planned))).toBe(JSON.stringify(evaluateProgress(graduation, planned)));
  });

  it("the runtime entry refuses a plain definition with notCompiledProgram", () => {
    const { definition, student } = walkthrough(capture());
    try {
      evaluateWithRuntime(definition, student);
      expect.unreachable();
    } catch (error) {
      expect(ProgramDefinitionError.is(error)).toBe(true);
      expect(error.issues[0].code).toBe("notCompiledProgram");
    }
  });
});

describe("docs/guide.md", () => {
  it("every ```js block of the guide is pasted verbatim in this file (imports aside)", () => {
    const self = readFileSync(new URL(import.meta.url), "utf8").split("\n").map((l) => l.trim());
    expect(jsBlocks.length).toBeGreaterThanOrEqual(9);
    for (const block of jsBlocks) {
      const body = block
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => !l.startsWith("import "));
      while (body[0] === "") body.shift();
      const at = self.findIndex((_, i) => body.every((l, k) => self[i + k] === l));
      expect(at, `this block of the guide is not in the test:\n${block}`).toBeGreaterThanOrEqual(0);
    }
  });

  it("every ```text block of the guide is checked above, and every relative link resolves", () => {
    expect(textBlocks.length).toBe(10);
    // GitHub's heading anchors: lower case, punctuation dropped, spaces as "-".
    const slug = (heading) => heading.trim().toLowerCase().replace(/[^\w\- ]/g, "").replace(/ /g, "-");
    for (const [, target, anchor] of guide.matchAll(/\]\(([^)#]+)(?:#([^)]*))?\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      const file = new URL(`../../docs/${target}`, import.meta.url);
      expect(existsSync(file), target).toBe(true);
      if (anchor === undefined) continue;
      const headings = [...readFileSync(file, "utf8").matchAll(/^#+ (.*)$/gm)].map((m) => slug(m[1]));
      expect(headings, `${target}#${anchor}`).toContain(anchor);
    }
  });
});
