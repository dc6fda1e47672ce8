/*
 * DESIGN.md §8 "Limits and hostile input": each attack a hostile user tried (issue 10) has a test
 * here that failed before the fix.
 */
import { describe, expect, it } from "vitest";
import {
  compileProgram,
  evaluateMany,
  evaluateProgress,
  formatReportTree,
  loadCompiledProgram,
  ProgramDefinitionError,
  StudentRecordError,
  type ProgressReport,
} from "../../src/index.js";
import { evaluateProgress as evaluateAtRuntime } from "../../src/runtime.js";
import { errorOf, issuesOf, programWith } from "../helpers.js";

const course = (id: string, courses = ["A%"]) => ({ id, type: "course", courses, minCredits: "1" });
const record = (courseNumber: string) => ({ courseNumber, credits: [{ type: "X", amount: "1" }] });

/** `n` programs P0 → P1 → … each naming the next through an academic-program requirement. */
function programChain(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `P${i}`,
    criteria: [
      i === n - 1
        ? { id: "C", expression: "R", requirements: [course("R")] }
        : { id: "C", expression: "N", requirements: [{ id: "N", type: "program", programs: [`P${i + 1}`], minRequired: 1 }] },
    ],
  }));
}

/** One program whose criteria C0 → C1 → … link each other through child requirements. */
function criterionChain(n: number) {
  return {
    id: "P",
    criteria: Array.from({ length: n }, (_, i) =>
      i === n - 1
        ? { id: `C${i}`, expression: "R", requirements: [course("R")] }
        : { id: `C${i}`, expression: "L", requirements: [{ id: "L", type: "child", criterion: `C${i + 1}` }] },
    ),
  };
}

describe("depth limits (§8 Depth, A-8.4)", () => {
  it("32 chained programs compile and evaluate; 33 are tooDeep at the first program's id", () => {
    const ok = programChain(32);
    const student = { transcript: [record("A1")], programs: ok.map((p) => ({ programId: p.id })) };
    expect(evaluateProgress(compileProgram(ok[0], { programs: ok.slice(1) }), student).status).toBe("met");
    const deep = programChain(33);
    expect(issuesOf(() => compileProgram(deep[0], { programs: deep.slice(1) }))).toEqual([["id", "tooDeep"]]);
  });

  it("650 chained programs are a definition error, never a RangeError", () => {
    const deep = programChain(650);
    expect(issuesOf(() => compileProgram(deep[0], { programs: deep.slice(1) }))).toEqual([["id", "tooDeep"]]);
  });

  it("every given program that starts a chain too long is reported, reachable or not", () => {
    const deep = programChain(34);
    const issues = issuesOf(() => compileProgram({ id: "ROOT", criteria: [] }, { programs: deep }));
    expect(issues).toEqual([["programs.0.id", "tooDeep"]]);
  });

  it("64 chained criteria evaluate; 65 are tooDeep at the first criterion's id", () => {
    const report = evaluateProgress(compileProgram(criterionChain(64)), { transcript: [record("A1")] });
    expect(report.status).toBe("met");
    expect(issuesOf(() => compileProgram(criterionChain(65)))).toEqual([["criteria.0.id", "tooDeep"]]);
  });

  it("1,500 chained criteria are a definition error, never a RangeError", () => {
    expect(issuesOf(() => compileProgram(criterionChain(1500)))).toEqual([["criteria.0.id", "tooDeep"]]);
  });

  it("formatReportTree prints a report of any depth", () => {
    const leaf = { id: "C", status: "met", expression: "R", requirements: [] } as ProgressReport["criteria"][number];
    let criterion = leaf;
    for (let i = 0; i < 5000; i++) {
      criterion = {
        id: `C${i}`,
        status: "met",
        expression: "L",
        requirements: [{ id: "L", criterion: `C${i}`, type: "child", status: "met", result: criterion }],
      };
    }
    const report: ProgressReport = {
      programId: "P",
      studentId: "S",
      status: "met",
      criteria: [criterion],
      creditGroups: [],
      statuses: [],
      recommendations: [],
      warnings: [],
      remaining: [],
    };
    expect(formatReportTree(report).split("\n").length).toBeGreaterThan(10_000);
  });
});

describe("compiled artefacts (§8 Compiled artefacts)", () => {
  const compiled = compileProgram(programWith([course("R")]));
  const student = { transcript: [record("A1")] };

  it("toJSON() cannot be changed, so it can never change how the program evaluates", () => {
    const json = compiled.toJSON() as unknown as { programs: { criteria: { requirements: { courses: string[] }[] }[] }[] };
    expect(Object.isFrozen(json.programs[0]!.criteria[0]!.requirements[0]!.courses)).toBe(true);
    expect(() => {
      "use strict";
      json.programs[0]!.criteria[0]!.requirements[0]!.courses[0] = "ZZZ";
    }).toThrow(TypeError);
    expect(evaluateProgress(compiled, student).status).toBe("met");
  });

  it("changing an artefact after loading it changes nothing", () => {
    const json = JSON.parse(JSON.stringify(compiled)) as { programs: { criteria: { requirements: { courses: string[] }[] }[] }[] };
    const loaded = loadCompiledProgram(json);
    json.programs[0]!.criteria[0]!.requirements[0]!.courses[0] = "ZZZ";
    expect(evaluateProgress(loaded, student).status).toBe("met");
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(compiled));
  });

  it("a part set to null is damagedCompiledProgram naming the path, never a TypeError", () => {
    const damage = (edit: (json: Record<string, any>) => void) => {
      const json = JSON.parse(JSON.stringify(compiled));
      edit(json);
      return errorOf(() => loadCompiledProgram(json));
    };
    const e = damage((j) => (j.programs[0].criteria[0].requirements = null));
    expect(ProgramDefinitionError.is(e)).toBe(true);
    expect(e.issues).toMatchObject([{ code: "damagedCompiledProgram", path: ["programs", 0, "criteria", 0, "requirements"] }]);
    expect(damage((j) => (j.programs[0].criteria[0].expression.id = "NOPE")).issues[0]!.code).toBe("damagedCompiledProgram");
    expect(damage((j) => (j.programs[0].topLevel = ["X"])).issues[0]!.path).toEqual(["programs", 0, "topLevel"]);
    expect(damage((j) => (j.programs[0].criteria[0].requirements[0].minCredits = "-1")).issues[0]!.path).toEqual([
      "programs", 0, "criteria", 0, "requirements", 0, "minCredits",
    ]);
  });

  it("a deep but well-formed artefact is accepted, and evaluates without recursion", () => {
    const deep = programChain(32);
    const artefact = JSON.parse(JSON.stringify(compileProgram(deep[0], { programs: deep.slice(1) })));
    const student = { transcript: [record("A1")], programs: deep.map((p) => ({ programId: p.id })) };
    expect(evaluateAtRuntime(artefact, student).status).toBe("met");
  });

  it("an artefact whose links were edited into a cycle or past the depth limit is damaged", () => {
    const two = programChain(2);
    const json = JSON.parse(JSON.stringify(compileProgram(two[0], { programs: two.slice(1) })));
    json.programs[1].criteria[0] = { ...json.programs[0].criteria[0], requirements: [{ id: "N", type: "program", programs: ["P0"], minRequired: 1 }] };
    expect(errorOf(() => loadCompiledProgram(json)).issues[0]!.code).toBe("damagedCompiledProgram");
  });
});

describe("plain data only (§8 Plain data only, A-8.6)", () => {
  const compiled = compileProgram(programWith([course("R")]));

  it("a Map, a Date or a class instance given as a student is invalidType, not an empty record", () => {
    class Student {
      transcript = [];
    }
    for (const value of [new Map(), new Date(0), new Student()]) {
      expect(issuesOf(() => evaluateProgress(compiled, value))).toEqual([["", "invalidType"]]);
    }
  });

  it("a record with a null prototype, or from another realm, is plain data", async () => {
    const { runInNewContext } = await import("node:vm");
    const foreign = runInNewContext('({ transcript: [{ courseNumber: "A1", credits: [{ type: "X", amount: "1" }] }] })');
    expect(evaluateProgress(compiled, foreign).status).toBe("met");
    const bare = Object.assign(Object.create(null), { transcript: [Object.assign(Object.create(null), record("A1"))] });
    expect(evaluateProgress(compiled, bare).status).toBe("met");
  });

  it("a throwing getter or a revoked Proxy is `unreadable` at its path", () => {
    const getter = { transcript: [{ get courseNumber(): string { throw new Error("boom"); }, credits: [] }] };
    expect(issuesOf(() => evaluateProgress(compiled, getter))).toEqual([["transcript.0.courseNumber", "unreadable"]]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(issuesOf(() => evaluateProgress(compiled, { transcript: [proxy] }))).toEqual([["transcript.0", "unreadable"]]);
    expect(issuesOf(() => evaluateProgress(compiled, proxy))).toEqual([["", "unreadable"]]);
    expect(issuesOf(() => compileProgram(proxy))).toEqual([["", "unreadable"]]);
  });

  it("inherited properties are absent, also when Object.prototype is polluted", () => {
    const proto = { courseNumber: "A1" };
    expect(issuesOf(() => evaluateProgress(compiled, { transcript: [Object.create(proto)] }))).toEqual([["transcript.0", "invalidType"]]);
    (Object.prototype as Record<string, unknown>)["courseNumber"] = "A1";
    try {
      expect(issuesOf(() => evaluateProgress(compiled, { transcript: [{ credits: [] }] }))).toEqual([["transcript.0.courseNumber", "required"]]);
    } finally {
      delete (Object.prototype as Record<string, unknown>)["courseNumber"];
    }
  });

  it("evaluateMany of something that is not iterable, or with a bad onError, throws our errors", () => {
    const e1 = errorOf(() => evaluateMany(compiled, 5 as never));
    expect(StudentRecordError.is(e1) && e1.issues[0]!.code).toBe("notIterable");
    const e2 = errorOf(() => evaluateMany(compiled, [], { onError: "log" as never }));
    expect(ProgramDefinitionError.is(e2) && e2.issues[0]!.code).toBe("invalidOption");
  });
});

describe("long numbers (§8 Digits)", () => {
  it("a minimum or a credit of a million digits is invalidNumber at once, at compile time and in a record", () => {
    const started = performance.now();
    const long = `0.${"1".repeat(1_000_000)}`;
    expect(issuesOf(() => compileProgram(programWith([{ ...course("R"), minCredits: long }])))).toEqual([["criteria.0.requirements.0.minCredits", "invalidNumber"]]);
    const compiled = compileProgram(programWith([course("R")]));
    expect(issuesOf(() => evaluateProgress(compiled, { transcript: [{ courseNumber: "A1", credits: [{ type: "X", amount: long }] }] }))).toEqual([
      ["transcript.0.credits.0.amount", "invalidNumber"],
    ]);
    expect(issuesOf(() => compileProgram(programWith([{ ...course("R"), minCredits: `1${"0".repeat(30)}` }])))).toEqual([["criteria.0.requirements.0.minCredits", "invalidNumber"]]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("signs, -0 and the issue cap (§8 Signs, Issue cap)", () => {
  const compiled = compileProgram(programWith([course("R")]));

  it("negative amounts are negativeNumber; scores may be negative", () => {
    expect(issuesOf(() => evaluateProgress(compiled, { transcript: [{ courseNumber: "A1", status: "planned", credits: [{ type: "X", amount: "-5" }] }] }))).toEqual([
      ["transcript.0.credits.0.amount", "negativeNumber"],
    ]);
    expect(issuesOf(() => evaluateProgress(compiled, { transcript: [{ courseNumber: "A1", attempted: -1 }] }))).toEqual([["transcript.0.attempted", "negativeNumber"]]);
    expect(issuesOf(() => compileProgram(programWith([{ ...course("R"), minGpa: "-1" }])))).toEqual([["criteria.0.requirements.0.minGpa", "negativeNumber"]]);
    expect(issuesOf(() => compileProgram(programWith([{ id: "G", type: "gpa", calculation: "cumulative", minOverallGpa: "-2" }])))).toEqual([
      ["criteria.0.requirements.0.minOverallGpa", "negativeNumber"],
    ]);
    const test = { id: "T", type: "test", testCodes: ["T"], scoreEvaluation: "oneAtOrAbove", minRawScore: "-10" };
    expect(evaluateProgress(compileProgram(programWith([test])), { tests: [{ testCode: "T", rawScore: "-3" }] }).status).toBe("met");
  });

  it("-0 reads as 0: ids and counts print 0, never -0", () => {
    const report = evaluateProgress(compileProgram(programWith([{ ...course("R"), suggestedGrade: -0 }])), { id: -0, transcript: [] });
    expect(Object.is(report.studentId, 0)).toBe(true);
    expect(JSON.stringify(report)).not.toContain("-0");
    expect(formatReportTree(report)).toContain("student 0");
    expect(issuesOf(() => compileProgram(programWith([{ ...course("R"), minCredits: "-0" }])))).toEqual([["criteria.0.requirements.0.minCredits", "notPositive"]]);
    expect(errorOf(() => compileProgram(programWith([{ ...course("R"), minCredits: "-0.00" }]))).issues[0]!.message).toBe("must be greater than 0, but is 0");
  });

  it("an integer outside the safe range is reported once at its path", () => {
    expect(issuesOf(() => compileProgram(programWith([course("R")], { settings: { gpaDecimals: 2 ** 53 } })))).toEqual([["settings.gpaDecimals", "invalidType"]]);
  });

  it("a transcript of a million nulls gives 100 issues and a tooManyIssues line, quickly", () => {
    const started = performance.now();
    const e = errorOf(() => evaluateProgress(compiled, { transcript: new Array(1_000_000).fill(null) }));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(e.issues).toHaveLength(101);
    expect(e.issues[100]).toEqual({ path: [], code: "tooManyIssues", message: "… and 999900 more problems" });
    expect(e.message.split("\n").length).toBe(102);
  });
});
