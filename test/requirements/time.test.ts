/*
 * DESIGN.md §9: due grades and planned test entries, GPA requirements with only
 * pending records, and pacing of course requirements, credit groups and activity requirements.
 */
import { describe, expect, it } from "vitest";
import { compileProgram, evaluateProgress, formatReportTree, type ActivityRequirementResult } from "../../src/index.js";
import { evaluateProgress as evaluateAtRuntime } from "../../src/runtime.js";
import { issuesOf, programWith } from "../helpers.js";
import { course, courseReq, credits, gpa, record, requirement, run, student, test, type Json } from "./support.js";

const eoc = (extra: Json = {}): Json => ({ id: "T", type: "test", testCodes: ["EOC-%"], scoreEvaluation: "countPassing", count: 2, ...extra });
const planned = (testCode: string, extra: Json = {}): Json => ({ testCode, status: "planned", ...extra });
const testOf = (requirements: Json[], s: Json) => test(run(requirements, s), "T");

describe("test requirements: planned entries (§9 rule (a))", () => {
  it("countPassing: passed codes plus planned codes not yet passed reach count → onTrack", () => {
    const t = testOf([eoc()], student({ tests: [{ testCode: "EOC-ALG", passed: true }, planned("EOC-BIO")] }));
    expect(t).toMatchObject({ status: "onTrack", achieved: 1, required: 2, planned: 1 });
    // A planned retake of a passed code adds nothing; two planned entries of one code are one code.
    const retake = testOf([eoc()], student({ tests: [{ testCode: "EOC-ALG", passed: true }, planned("EOC-ALG"), planned("EOC-ALG")] }));
    expect(retake).toMatchObject({ status: "offTrack", planned: 2 });
  });

  it("score modes: any matching planned entry → onTrack; scores and passed of planned entries are ignored", () => {
    const one = { id: "T", type: "test", testCodes: ["SAT%"], scoreEvaluation: "oneAtOrAbove", minScaleScore: "500" };
    const t = testOf([one], student({ tests: [{ testCode: "SAT", scaleScore: "450" }, planned("SAT", { scaleScore: "800", passed: true })] }));
    expect(t).toMatchObject({ status: "onTrack", achieved: { scaleScore: "450" }, planned: 1 });
    expect(testOf([{ ...one, scoreEvaluation: "sumAtOrAbove" }], student({ tests: [planned("SAT")] })).status).toBe("onTrack");
  });

  it("planned entries are not listed in scores (A-9.1); `planned` is present only when one matches (A-9.2)", () => {
    const t = testOf([eoc()], student({ tests: [planned("EOC-ALG"), { testCode: "EOC-BIO", passed: true }, planned("SAT")] }));
    expect(t.scores.map((s) => [s.index, s.testCode])).toEqual([[1, "EOC-BIO"]]);
    expect(t.planned).toBe(1);
    expect("planned" in testOf([eoc()], student({ tests: [planned("SAT")] }))).toBe(false);
  });

  it("planned entries match by subject as scores do", () => {
    const math = { ...eoc({ count: 1 }), subject: "math" };
    expect(testOf([math], student({ tests: [planned("EOC-1", { subject: "Reading" })] })).status).toBe("offTrack");
    expect(testOf([math], student({ tests: [planned("EOC-1", { subject: "MATH" })] })).status).toBe("onTrack");
  });

  it("a met requirement stays met and a registration does not change its figures", () => {
    const t = testOf([eoc({ count: 1 })], student({ tests: [{ testCode: "EOC-ALG", passed: true }, planned("EOC-BIO")] }));
    expect(t).toMatchObject({ status: "met", achieved: 1, planned: 1 });
  });

  it("tests[].status is completed (default) or planned; anything else, inProgress too, is invalidValue (A-9.4)", () => {
    expect(issuesOf(() => run([eoc()], student({ tests: [{ testCode: "A", status: "inProgress" }, { testCode: "B", status: 1 }] })))).toEqual([
      ["tests.0.status", "invalidValue"],
      ["tests.1.status", "invalidValue"],
    ]);
    expect(testOf([eoc({ count: 1 })], student({ tests: [{ testCode: "EOC-1", status: "completed", passed: true }] })).status).toBe("met");
  });
});

describe("test requirements: dueGrade (§9 rule (b))", () => {
  const due = eoc({ dueGrade: 11 });

  it("not met, the student's gradeLevel ≤ dueGrade → onTrack; above → offTrack; without gradeLevel → offTrack", () => {
    expect(testOf([due], student({ gradeLevel: 10 }))).toMatchObject({ status: "onTrack", dueGrade: 11 });
    expect(testOf([due], student({ gradeLevel: 11 })).status).toBe("onTrack");
    expect(testOf([due], student({ gradeLevel: 12 })).status).toBe("offTrack");
    expect(testOf([due], student()).status).toBe("offTrack");
  });

  it("holds whatever scores exist: a student who failed before the due grade is on track (A-9.5)", () => {
    const failed = student({ gradeLevel: 9, tests: [{ testCode: "EOC-ALG", passed: false }, { testCode: "EOC-BIO", passed: false }] });
    expect(testOf([due], failed)).toMatchObject({ status: "onTrack", achieved: 0 });
  });

  it("assumePassed wins: met and assumed, dueGrade still reported (A-9.5)", () => {
    expect(testOf([eoc({ dueGrade: 9, assumePassed: true })], student({ gradeLevel: 12 }))).toMatchObject({ status: "met", assumed: true, dueGrade: 9 });
  });

  it("puts planned and dueGrade after every Part I key (A-X7)", () => {
    const t = testOf([{ ...due, description: "d" }], student({ gradeLevel: 9, tests: [planned("EOC-X")] }));
    expect(Object.keys(t)).toEqual([
      "id", "criterion", "type", "status", "scoreEvaluation", "assumed", "required", "achieved", "scores", "description", "planned", "dueGrade",
    ]);
  });

  it("dueGrade is a whole number", () => {
    expect(issuesOf(() => compileProgram(programWith([eoc({ dueGrade: "11" })])))).toEqual([["criteria.0.requirements.0.dueGrade", "invalidType"]]);
  });

  it("the tree printer shows registrations and the due grade", () => {
    const tree = formatReportTree(run([due], student({ gradeLevel: 10, tests: [planned("EOC-ALG")] })), { ascii: true, width: Infinity });
    expect(tree).toContain("[~] T 0 of 2 distinct tests passed, 1 registration planned, due by grade 11");
  });
});

describe("GPA requirements with only pending records (§9, A-9.6–A-9.8)", () => {
  const req = (extra: Json = {}): Json => ({ id: "G", type: "gpa", calculation: "cumulative", minOverallGpa: "2.0", ...extra });
  const pending = (extra: Json = {}) => record("A1", { status: "inProgress", ...extra });
  const gpaOf = (s: Json, extra: Json = {}, program: Json = {}) => gpa(run([req(extra)], s, program), "G");

  it("no GPA yet and an in-progress or planned record that would enter it → onTrack; its grade points are not looked at", () => {
    expect(gpaOf(student({ gradeLevel: 9, transcript: [pending()] }))).toMatchObject({ status: "onTrack", attemptedCredits: "0" });
    expect("gpa" in gpaOf(student({ gradeLevel: 9, transcript: [pending()] }))).toBe(false);
    expect(gpaOf(student({ gradeLevel: 9, transcript: [record("A1", { status: "planned", credits: [] })] })).status).toBe("onTrack");
  });

  it("a pending record that would not enter the GPA does not count: standards-based, replaced, excludeFromGpa, outside the filters", () => {
    for (const extra of [{ standardsBased: true }, { replaced: true }, { excludeFromGpa: true }]) {
      expect(gpaOf(student({ gradeLevel: 9, transcript: [pending(extra)] })).status).toBe("offTrack");
    }
    const core = { gpaCalculations: [{ id: "core", courses: ["A%"], gradeLevels: [10] }] };
    const s = (extra: Json) => student({ gradeLevel: 9, transcript: [pending(extra)] });
    expect(gpaOf(s({ gradeLevel: 9 }), { calculation: "core" }, core).status).toBe("offTrack");
    expect(gpaOf(s({}), { calculation: "core" }, core).status).toBe("offTrack");
    expect(gpaOf(s({ gradeLevel: 10 }), { calculation: "core" }, core).status).toBe("onTrack");
    expect(gpaOf(student({ gradeLevel: 9, transcript: [record("B1", { status: "planned", gradeLevel: 10 })] }), { calculation: "core" }, core).status).toBe("offTrack");
  });

  it("a GPA below the minimum stays offTrack, and so does a stored value (A-9.8)", () => {
    const low = student({ gradeLevel: 9, transcript: [record("A0", { gpaValue: "1" }), pending({ gpaValue: "4" })] });
    expect(gpaOf(low)).toMatchObject({ status: "offTrack", gpa: "1" });
    const stored = student({ gradeLevel: 9, transcript: [pending()], gpas: [{ calculation: "cumulative", type: "weighted", value: "1.5" }] });
    expect(gpaOf(stored)).toMatchObject({ status: "offTrack", source: "stored" });
  });

  it("no GPA because every eligible record weighs 0 is still 'no GPA' (A-9.7), but a course below the per-course minimum stays offTrack", () => {
    const zero = record("A0", { credits: credits(["X", "0"]), gpaValue: "3" });
    expect(gpaOf(student({ gradeLevel: 9, transcript: [zero, pending()] })).status).toBe("onTrack");
    const failed = record("A0", { credits: credits(["X", "0"]), gpaValue: "0" });
    expect(gpaOf(student({ gradeLevel: 9, transcript: [failed, pending()] }), { minGpaPerCourseCredit: "1" }).status).toBe("offTrack");
  });

  it("without the student's gradeLevel a missing GPA is offTrack, as in Part I", () => {
    expect(gpaOf(student({ transcript: [pending()] })).status).toBe("offTrack");
  });
});

describe("pacing: course requirements (§9, A-9.9–A-9.14)", () => {
  const paced = (pace: Json, extra: Json = {}) => courseReq("R", ["A%"], "4", { pace, ...extra });
  const four = { "9": "1", "10": "2", "11": "3" };
  const at = (gradeLevel: number | undefined, transcript: Json[]) => student({ ...(gradeLevel === undefined ? {} : { gradeLevel }), transcript });
  const done = (n: number) => Array.from({ length: n }, (_, i) => record(`A${i}`));

  it("expected is the entry of the greatest key ≤ the grade; 0 before the first; the minimum after the last (A-9.13)", () => {
    const expected = (grade: number) => course(run([paced(four)], at(grade, [])), "R").pace!.expected;
    expect([8, 9, 10, 11, 12].map(expected)).toEqual(["0", "1", "2", "3", "4"]);
  });

  it("actual is earned + in-progress credits; planned ones do not count; on pace → onTrack although projected falls short", () => {
    const transcript = [...done(1), record("A8", { status: "inProgress" }), record("A9", { status: "planned" })];
    const r = course(run([paced(four)], at(10, transcript)), "R");
    expect(r).toMatchObject({ status: "onTrack", earnedCredits: "1", projectedCredits: "3", pace: { grade: 10, expected: "2", actual: "2", onPace: true } });
    const behind = course(run([paced(four)], at(11, transcript)), "R");
    expect(behind).toMatchObject({ status: "offTrack", pace: { grade: 11, expected: "3", actual: "2", onPace: false } });
  });

  it("a met requirement reports its pace too; projected ≥ minimum is onTrack whatever the pace", () => {
    expect(course(run([paced(four)], at(9, done(4))), "R")).toMatchObject({ status: "met", pace: { onPace: true } });
    const byPlan = at(12, [record("A1", { status: "planned", credits: credits(["X", "4"]) })]);
    expect(course(run([paced(four)], byPlan), "R")).toMatchObject({ status: "onTrack", pace: { expected: "4", actual: "0", onPace: false } });
  });

  it("actual counts only counted credits: the credit-type choice and minGpa apply (A-9.14)", () => {
    const transcript = [record("A1", { gpaValue: "1" }), record("A2", { credits: credits(["Art", "1"]) }), record("A3", { gpaValue: "4" })];
    const r = course(run([paced(four, { minGpa: "2", limitCreditType: "English" })], at(10, transcript)), "R");
    expect(r.pace).toEqual({ grade: 10, expected: "2", actual: "1", onPace: false });
  });

  it("without the student's gradeLevel pace is not used and not reported (A-9.12)", () => {
    const r = course(run([paced(four)], at(undefined, done(1))), "R");
    expect(r.status).toBe("offTrack");
    expect("pace" in r).toBe(false);
  });

  it("comes after every Part I key of the result (A-X7)", () => {
    const r = course(run([paced(four, { description: "d", minGpa: "1", suggestedGrade: 9, schedulingPriority: true })], at(9, [])), "R");
    expect(Object.keys(r).slice(-6)).toEqual(["records", "description", "minGpa", "schedulingPriority", "suggestedGrade", "pace"]);
  });

  it("the tree printer shows on pace / behind pace", () => {
    const tree = (grade: number) => formatReportTree(run([paced(four)], at(grade, done(2))), { ascii: true, records: false, width: Infinity });
    expect(tree(10)).toContain("[~] R 2 of 4 credits earned, 2 with planned courses; on pace: 2 of 2 expected by end of grade 10");
    expect(tree(11)).toContain("; behind pace: 2 of 3 expected by end of grade 11");
  });
});

describe("pacing: credit groups and activity requirements (A-9.15)", () => {
  const alwaysMet = [{ id: "X", type: "test", testCodes: ["X"], scoreEvaluation: "countPassing", count: 1, assumePassed: true }];

  it("a credit group's pace uses its minCredits and its own lines", () => {
    const groups = { creditGroups: [{ id: "ENG", name: "English", creditTypes: ["English"], minCredits: "4", pace: { "9": "1", "10": "2" } }] };
    const s = student({ gradeLevel: 10, transcript: [record("E1"), record("E2", { status: "inProgress" }), record("M1", { credits: credits(["Math", "1"]) })] });
    const report = run(alwaysMet, s, groups);
    expect(report.creditGroups[0]).toEqual({
      id: "ENG", name: "English", status: "onTrack", earnedCredits: "1", projectedCredits: "2", requiredCredits: "4", remainingCredits: "3",
      pace: { grade: 10, expected: "2", actual: "2", onPace: true },
    });
    expect(report.status).toBe("onTrack");
    expect(formatReportTree(report, { ascii: true, width: Infinity })).toContain("English: 1 of 4 credits earned, 2 with planned courses; on pace: 2 of 2 expected by end of grade 10");
  });

  it("an activity requirement's pace uses minTotal, amounts standing for credits; minCount still has to be reachable", () => {
    const service = { id: "S", type: "activity", codes: ["SERV%"], minTotal: "40", pace: { "9": "10", "10": "20" } };
    const s = (activities: Json[]) => student({ gradeLevel: 10, activities });
    const hours = [{ code: "SERV-1", amount: "12" }, { code: "SERV-2", amount: "8", status: "inProgress" }, { code: "SERV-3", amount: "5", status: "planned" }];
    const r = requirement(run([service], s(hours)), "S") as ActivityRequirementResult;
    expect(r).toMatchObject({ status: "onTrack", projectedTotal: "25", pace: { grade: 10, expected: "20", actual: "20", onPace: true } });
    const counted = requirement(run([{ ...service, minCount: 4 }], s(hours)), "S") as ActivityRequirementResult;
    expect(counted.status).toBe("offTrack");
  });
});

describe("pace tables: validation (A-9.9)", () => {
  const paths = (pace: unknown, where: "course" | "group" | "activity" = "course") => {
    const program =
      where === "group"
        ? programWith([courseReq("R", ["A%"], "1")], { creditGroups: [{ id: "G", name: "G", minCredits: "3", pace }] })
        : programWith([where === "course" ? courseReq("R", ["A%"], "3", { pace }) : { id: "R", type: "activity", codes: ["S%"], minTotal: "3", pace }]);
    return issuesOf(() => compileProgram(program));
  };
  const at = (rest: string) => `criteria.0.requirements.0.pace${rest}`;

  it("keys are grade levels written without sign, leading zeros or spaces; values are decimals ≥ 0", () => {
    // (JavaScript lists integer-like keys first, in ascending order.)
    expect(paths({ grade9: "1", "09": "1", "-1": "1", " 9": "1", "10": "-1", "11": "x" })).toEqual([
      [at(".10"), "negativeNumber"],
      [at(".11"), "invalidNumber"],
      [at(".grade9"), "invalidValue"],
      [at(".09"), "invalidValue"],
      [at(".-1"), "invalidValue"],
      [at(". 9"), "invalidValue"],
    ]);
    expect(paths([])).toEqual([[at(""), "invalidType"]]);
  });

  it("{} is emptyList; a value below an earlier one is paceDecreases; above the minimum paceAboveMinimum, each at its key", () => {
    expect(paths({})).toEqual([[at(""), "emptyList"]]);
    expect(paths({ "9": "2", "10": "1", "11": "1.5", "12": "4" })).toEqual([
      [at(".10"), "paceDecreases"],
      [at(".11"), "paceDecreases"],
      [at(".12"), "paceAboveMinimum"],
    ]);
    expect(() => compileProgram(programWith([courseReq("R", ["A%"], "3", { pace: { "0": "0", "9": 1, "12": "3" } })]))).not.toThrow();
  });

  it("holds for credit groups and activity requirements too, and the plan keeps the table", () => {
    expect(issuesOf(() => compileProgram(programWith([courseReq("R", ["A%"], "1")], { creditGroups: [{ id: "G", name: "G", minCredits: "3", pace: { "9": "4" } }] })))).toEqual([
      ["creditGroups.0.pace.9", "paceAboveMinimum"],
    ]);
    expect(paths({ "10": "2", "9": "3" }, "activity")).toEqual([[at(".10"), "paceDecreases"]]);
    const compiled = compileProgram(programWith([courseReq("R", ["A%"], "3", { pace: { "10": "2.50", "9": 1 } })]));
    expect(compiled.toJSON().programs[0]!.criteria[0]!.requirements[0]).toMatchObject({ pace: { "9": "1", "10": "2.5" } });
    expect(paths({ "10": "2", "9": "3" }, "group")).toEqual([["creditGroups.0.pace.10", "paceDecreases"]]);
  });

  it("evaluates the same through a compiled plan loaded back", () => {
    const definition = programWith([courseReq("R", ["A%"], "3", { pace: { "9": "1" } })]);
    const s = student({ gradeLevel: 9, transcript: [record("A1")] });
    expect(evaluateAtRuntime(JSON.parse(JSON.stringify(compileProgram(definition))), s)).toEqual(evaluateProgress(definition, s));
  });
});
