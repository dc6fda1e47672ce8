/*
 * DESIGN.md §10 and: waive, substitute, adjust and exclude on requirements,
 * criteria and credit groups; record selectors; scope; orphans; what the report says.
 */
import { describe, expect, it } from "vitest";
import { compileProgram, evaluateMany, evaluateProgress, formatReportTree, type ProgressReport } from "../../src/index.js";
import { evaluateProgress as evaluateAtRuntime } from "../../src/runtime.js";
import { allCriteria, course, courseReq, credits, gpa, record, requirement, student, type Json } from "../requirements/support.js";

const ex = (id: string, extra: Json): Json => ({ id, program: "P", ...extra });
const waive = (id: string, target: Json, reason?: string) => ex(id, { kind: "waive", ...target, ...(reason === undefined ? {} : { reason }) });
const req = (criterion: string, requirement: string) => ({ criterion, requirement });

/**
 * P: criterion MATH = ALG AND GEO (course requirements over ALG% and GEO%), criterion TESTS = EXAM
 * (a countPassing test), criterion ALL = M AND T (children of MATH and TESTS) AND G (cumulative GPA
 * 2.0, every course ≥ 1), a credit group TOTAL of 3 credits, a status LINKED = MATH.
 */
const P: Json = {
  id: "P",
  creditGroups: [{ id: "TOTAL", name: "Total", minCredits: "3" }],
  criteria: [
    { id: "ALL", expression: "M AND T AND G", requirements: [
      { id: "M", type: "child", criterion: "MATH" },
      { id: "T", type: "child", criterion: "TESTS" },
      { id: "G", type: "gpa", calculation: "cumulative", minOverallGpa: "2.0", minGpaPerCourseCredit: "1" },
    ] },
    { id: "MATH", expression: "ALG AND GEO", requirements: [
      courseReq("ALG", ["ALG%"], "1", { minGpa: "2" }),
      courseReq("GEO", ["GEO%"], "1"),
      courseReq("HON", ["HON%"], "1", { recommended: true }),
    ] },
    { id: "TESTS", expression: "EXAM", requirements: [{ id: "EXAM", type: "test", testCodes: ["EOC%"], scoreEvaluation: "countPassing", count: 1 }] },
  ],
  statuses: [{ status: "LINKED", expression: "MATH" }],
};

const transcript = [
  record("ALG1", { id: "T-1", credits: credits(["Math", "1"]), gpaValue: "3", schoolYear: 2025, term: "S1" }),
  record("SCI1", { id: 881, credits: credits(["Science", "1"]), gpaValue: "0.5", schoolYear: 2025, term: "S2" }),
  record("ART1", { id: "881", credits: credits(["Art", "1"]), gpaValue: "4", schoolYear: 2024 }),
];
const base = (exceptions: Json[], extra: Json = {}) => student({ transcript, exceptions, ...extra });
const evaluate = (exceptions: Json[], extra: Json = {}, program: Json = P, options?: { programs: Json[] }) =>
  evaluateProgress(program, base(exceptions, extra), options);
const criterionOf = (report: ProgressReport, id: string) => allCriteria(report).find((c) => c.id === id)!;

describe("waive", () => {
  it("makes its requirement met, changing no figure (A-10.19); the criterion follows; the result lists it with its reason", () => {
    const before = evaluate([]);
    const after = evaluate([waive("EX-1", req("MATH", "GEO"), "IEP")]);
    expect(course(before, "GEO", "MATH").status).toBe("offTrack");
    const geo = course(after, "GEO", "MATH");
    expect(geo).toMatchObject({ status: "met", earnedCredits: "0", remainingCredits: "1", exceptions: [{ id: "EX-1", kind: "waive", reason: "IEP" }] });
    expect(criterionOf(after, "MATH").status).toBe("met");
    expect(after.exceptions).toEqual([{ id: "EX-1", applied: true }]);
  });

  it("a waived criterion is met and its requirements keep their statuses; statuses naming it see met (A-10.12)", () => {
    const report = evaluate([waive("EX-1", { criterion: "MATH" })]);
    const math = criterionOf(report, "MATH");
    expect(math).toMatchObject({ status: "met", exceptions: [{ id: "EX-1", kind: "waive" }] });
    expect(math.requirements.map((r) => r.status)).toEqual(["met", "offTrack"]);
    expect(report.statuses).toEqual([{ status: "LINKED", result: "met" }]);
  });

  it("a waived child requirement is met; the criterion it links keeps its own status, and statuses see that", () => {
    const report = evaluate([waive("EX-1", req("ALL", "M"))]);
    const m = requirement(report, "M", "ALL");
    expect(m.status).toBe("met");
    expect(m.type === "child" && m.result.status).toBe("offTrack");
    expect(report.statuses).toEqual([{ status: "LINKED", result: "offTrack" }]);
  });

  it("a waived credit group is met; waives of other kinds of requirement apply too (a test, a GPA)", () => {
    const report = evaluate([waive("EX-1", { creditGroup: "TOTAL" }), waive("EX-2", req("TESTS", "EXAM")), waive("EX-3", req("ALL", "G"))]);
    expect(report.creditGroups[0]).toMatchObject({ status: "met", earnedCredits: "3", exceptions: [{ id: "EX-1", kind: "waive" }] });
    expect(requirement(report, "EXAM", "TESTS")).toMatchObject({ status: "met", exceptions: [{ id: "EX-2", kind: "waive" }] });
    expect(gpa(report, "G", "ALL")).toMatchObject({ status: "met", exceptions: [{ id: "EX-3", kind: "waive" }] });
  });
});

describe("substitute", () => {
  const sub = (id: string, requirementId: string, record: Json) => ex(id, { kind: "substitute", ...req("MATH", requirementId), record });

  it("counts the selected records toward the requirement with all their lines, in transcript order; credit groups are unchanged", () => {
    const report = evaluate([sub("EX-1", "GEO", { courseNumber: "ART1" })]);
    const geo = course(report, "GEO", "MATH");
    expect(geo).toMatchObject({ status: "met", earnedCredits: "1", exceptions: [{ id: "EX-1", kind: "substitute" }] });
    expect(geo.records).toEqual([{ index: 2, courseNumber: "ART1", status: "completed", credits: "1", counted: true }]);
    expect(report.creditGroups[0]!.earnedCredits).toBe("3");
  });

  it("minGpa still applies (A-10.7); a record that already matched counts all its lines (A-10.8)", () => {
    expect(course(evaluate([sub("EX-1", "ALG", { id: 881 })]), "ALG", "MATH").records[1]).toMatchObject({ courseNumber: "SCI1", counted: false, reason: "belowMinGpa" });
    const mixed = [record("GEO1", { credits: credits(["Math", "0.5"], ["Art", "0.5"]) })];
    const program = { ...P, parentCreditTypes: ["Math"] };
    const plain = course(evaluateProgress(program, student({ transcript: mixed })), "GEO", "MATH");
    const substituted = course(evaluateProgress(program, student({ transcript: mixed, exceptions: [sub("EX-1", "GEO", { courseNumber: "GEO1" })] })), "GEO", "MATH");
    expect([plain.earnedCredits, substituted.earnedCredits]).toEqual(["0.5", "1"]);
  });

  it("an excluded record stays excluded, whatever the order of the exceptions (A-10.9)", () => {
    const both = [sub("EX-1", "GEO", { id: "881" }), ex("EX-2", { kind: "exclude", record: { id: "881" } })];
    const geo = course(evaluate(both), "GEO", "MATH");
    expect(geo).toMatchObject({ status: "offTrack", earnedCredits: "0" });
    expect(geo.records).toEqual([{ index: 2, courseNumber: "ART1", status: "completed", credits: "1", counted: false, reason: "excluded" }]);
    const targeted = [ex("EX-2", { kind: "exclude", ...req("MATH", "GEO"), record: { id: "881" } }), sub("EX-1", "GEO", { id: "881" })];
    expect(course(evaluate(targeted), "GEO", "MATH").records[0]).toMatchObject({ counted: false, reason: "excluded" });
  });
});

describe("adjust", () => {
  const adjust = (id: string, target: Json, minimum: Json) => ex(id, { kind: "adjust", ...target, ...minimum });

  it("replaces a course requirement's minimum: required and remaining show it (A-10.18)", () => {
    const report = evaluate([adjust("EX-1", req("MATH", "ALG"), { minCredits: "0.5" })], { transcript: [record("ALG1", { credits: credits(["Math", "0.5"]), gpaValue: "3" })] });
    expect(course(report, "ALG", "MATH")).toMatchObject({ status: "met", requiredCredits: "0.5", remainingCredits: "0", exceptions: [{ id: "EX-1", kind: "adjust" }] });
  });

  it("a later adjust of the same target replaces the earlier minimum; both are listed, in the student's order (A-10.14)", () => {
    const report = evaluate([adjust("EX-1", { creditGroup: "TOTAL" }, { minCredits: "10" }), waive("EX-2", { creditGroup: "TOTAL" }), adjust("EX-3", { creditGroup: "TOTAL" }, { minCredits: "4" })]);
    expect(report.creditGroups[0]).toMatchObject({
      status: "met",
      requiredCredits: "4",
      remainingCredits: "1",
      exceptions: [{ id: "EX-1", kind: "adjust" }, { id: "EX-2", kind: "waive" }, { id: "EX-3", kind: "adjust" }],
    });
  });

  it("an activity requirement takes minTotal; the pace expects no more than the adjusted minimum (A-9.11, A-10.15)", () => {
    const program = { id: "P", criteria: [{ id: "S", expression: "H", requirements: [{ id: "H", type: "activity", codes: ["SERV%"], minTotal: "40", pace: { "9": "10", "10": "30" } }] }] };
    const s = student({ gradeLevel: 12, activities: [{ code: "SERV-1", amount: "22" }], exceptions: [adjust("EX-1", req("S", "H"), { minTotal: "20" })] });
    expect(requirement(evaluateProgress(program, s), "H", "S")).toMatchObject({ status: "met", requiredTotal: "20", pace: { grade: 12, expected: "20" } });
    const tenth = { ...s, gradeLevel: 10, exceptions: [adjust("EX-1", req("S", "H"), { minTotal: "25" })], activities: [{ code: "SERV-1", amount: "24" }] };
    expect(requirement(evaluateProgress(program, tenth), "H", "S")).toMatchObject({ status: "offTrack", pace: { expected: "25", actual: "24", onPace: false } });
    expect(requirement(evaluateProgress(program, { ...tenth, gradeLevel: 9 }), "H", "S")).toMatchObject({ status: "onTrack", pace: { expected: "10", onPace: true } });
  });
});

describe("exclude", () => {
  const exclude = (id: string, recordSelector: Json, target: Json = {}) => ex(id, { kind: "exclude", ...target, record: recordSelector });

  it("without a target: the records count nowhere in the program — requirements, credit groups, GPAs — and stay listed as excluded", () => {
    const report = evaluate([exclude("EX-1", { id: 881 })]);
    expect(gpa(report, "G", "ALL")).toMatchObject({ status: "met", gpa: "3.5", attemptedCredits: "2", belowMinimum: [] });
    expect(report.creditGroups[0]).toMatchObject({ earnedCredits: "2", status: "offTrack" });
    expect(course(evaluate([exclude("EX-1", { id: "T-1" })]), "ALG", "MATH").records[0]).toEqual({
      index: 0, courseNumber: "ALG1", status: "completed", credits: "1", counted: false, reason: "excluded",
    });
  });

  it("without a target it is carried by no result, only by report.exceptions (A-10.1)", () => {
    const report = evaluate([exclude("EX-1", { id: "T-1" })]);
    expect(JSON.stringify(report.criteria)).not.toContain("EX-1");
    expect(JSON.stringify(report.creditGroups)).not.toContain("EX-1");
    expect(report.exceptions).toEqual([{ id: "EX-1", applied: true }]);
  });

  it("with a course requirement target: not toward that requirement only", () => {
    const report = evaluate([exclude("EX-1", { courseNumber: "ALG1" }, req("MATH", "ALG"))]);
    expect(course(report, "ALG", "MATH")).toMatchObject({ status: "offTrack", exceptions: [{ id: "EX-1", kind: "exclude" }] });
    expect(report.creditGroups[0]!.earnedCredits).toBe("3");
    expect(gpa(report, "G", "ALL").attemptedCredits).toBe("3");
  });

  it("with a GPA requirement target: the record leaves that GPA and its per-course check (A-10.11)", () => {
    const report = evaluate([exclude("EX-1", { id: 881 }, req("ALL", "G"))]);
    expect(gpa(report, "G", "ALL")).toMatchObject({ status: "met", gpa: "3.5", belowMinimum: [], exceptions: [{ id: "EX-1", kind: "exclude" }] });
    expect(course(report, "ALG", "MATH").status).toBe("met");
  });

  it("a record that no longer counts anywhere can still have a pending record keep the GPA on track (A-9.6)", () => {
    const s = { gradeLevel: 9, transcript: [transcript[1], record("ALG2", { status: "inProgress" })] };
    expect(gpa(evaluate([exclude("EX-1", { id: 881 })], s), "G", "ALL").status).toBe("onTrack");
    expect(gpa(evaluate([exclude("EX-1", { id: 881 }), exclude("EX-2", { courseNumber: "ALG2" })], s), "G", "ALL").status).toBe("offTrack");
  });
});

describe("record selectors (A-10.6)", () => {
  const exclude = (selector: Json) => evaluate([ex("EX-1", { kind: "exclude", record: selector })]);
  const excluded = (report: ProgressReport) => gpa(report, "G", "ALL").attemptedCredits;

  it("compare every given field exactly, with its JSON type: \"881\" does not select 881", () => {
    expect(excluded(exclude({ id: 881 }))).toBe("2");
    expect(course(exclude({ id: "881" }), "ALG", "MATH").status).toBe("met");
    expect(excluded(exclude({ id: "881" }))).toBe("2");
    expect(excluded(exclude({ schoolYear: 2025 }))).toBe("1");
    expect(excluded(exclude({ schoolYear: 2025, term: "S2" }))).toBe("2");
    expect(excluded(exclude({ courseNumber: "alg1" }))).toBe("3");
  });

  it("never select a standards-based or replaced record; one that selects nothing is an orphan", () => {
    const s = { transcript: [record("ALG1", { standardsBased: true }), record("ALG1", { replaced: true })] };
    const report = evaluate([ex("EX-1", { kind: "exclude", record: { courseNumber: "ALG1" } })], s);
    expect(report.exceptions).toEqual([{ id: "EX-1", applied: false }]);
    expect(report.warnings).toEqual([
      { code: "orphanException", message: 'exception "EX-1" (exclude) was not applied: its record selector (courseNumber "ALG1") selects no transcript record', path: ["exceptions", 0] },
    ]);
  });
});

describe("replaced records (§11, A-11.16)", () => {
  it("count nowhere: listed where they match as replaced (before excluded), out of GPAs and credit groups", () => {
    const s = { transcript: [record("ALG1", { credits: credits(["Math", "1"]), gpaValue: "0", replaced: true }), ...transcript] };
    const report = evaluate([ex("EX-1", { kind: "exclude", record: { courseNumber: "ALG1" } })], s);
    expect(course(report, "ALG", "MATH").records.map((r) => [r.index, r.reason])).toEqual([[0, "replaced"], [1, "excluded"]]);
    expect(report.creditGroups[0]!.earnedCredits).toBe("2");
    expect(gpa(report, "G", "ALL").attemptedCredits).toBe("2");
  });

  it("give no missingAttempted warning, as they enter no GPA; exceptions never change that warning (A-10.17)", () => {
    const zero = { courseNumber: "ALG9", credits: credits(["Math", "0"]), gpaValue: "0" };
    const warned = evaluate([ex("EX-1", { kind: "exclude", record: { courseNumber: "ALG9" } })], { transcript: [zero] });
    expect(warned.warnings.map((w) => w.code)).toEqual(["missingAttempted"]);
    expect(evaluate([], { transcript: [{ ...zero, replaced: true }] }).warnings).toEqual([]);
  });
});

describe("orphans: a target the program lacks is a warning, never an error", () => {
  const orphan = (exception: Json, program: Json = P) => {
    const report = evaluate([exception], {}, program);
    expect(report.exceptions).toEqual([{ id: exception["id"], applied: false }]);
    expect(report.warnings.map((w) => [w.code, w.path])).toEqual([["orphanException", ["exceptions", 0]]]);
    // Nothing but the warning and report.exceptions changes.
    const { warnings: _w, exceptions: _e, ...rest } = report;
    const { warnings: _w0, ...before } = evaluate([], {}, program);
    expect(rest).toEqual(before);
    return report.warnings[0]!.message;
  };

  it("names what is missing: criterion, requirement, credit group", () => {
    expect(orphan(waive("EX-9", { criterion: "SCIENCE" }))).toBe('exception "EX-9" (waive) was not applied: program "P" has no criterion "SCIENCE"');
    expect(orphan(waive("EX-9", req("MATH", "ALG2")))).toBe('exception "EX-9" (waive) was not applied: criterion "MATH" has no requirement "ALG2"');
    expect(orphan(waive("EX-9", { creditGroup: "PE" }))).toBe('exception "EX-9" (waive) was not applied: program "P" has no credit group "PE"');
  });

  it("a recommended requirement, or the wrong kind for substitute, adjust or a targeted exclude (A-10.11, A-10.15, A-12.4)", () => {
    expect(orphan(waive("EX-9", req("MATH", "HON")))).toContain("is a recommendation");
    expect(orphan(ex("EX-9", { kind: "substitute", ...req("TESTS", "EXAM"), record: { id: 881 } }))).toContain("is a test requirement; only course requirements take substitutes");
    expect(orphan(ex("EX-9", { kind: "adjust", ...req("ALL", "G"), minCredits: "1" }))).toContain("is a gpa requirement, which has no minimum an adjust can change");
    expect(orphan(ex("EX-9", { kind: "adjust", ...req("MATH", "ALG"), minTotal: "1" }))).toContain("is a course requirement, whose minimum is minCredits, not minTotal");
    expect(orphan(ex("EX-9", { kind: "adjust", creditGroup: "TOTAL", minTotal: "1" }))).toContain("minCredits minimum, not minTotal");
    expect(orphan(ex("EX-9", { kind: "exclude", ...req("ALL", "M"), record: { id: 881 } }))).toContain("a targeted exclude applies to course and GPA requirements");
    const activity = { id: "P", criteria: [{ id: "S", expression: "H", requirements: [{ id: "H", type: "activity", codes: ["S%"], minTotal: "1" }] }] };
    expect(orphan(ex("EX-9", { kind: "substitute", ...req("S", "H"), record: { id: 881 } }), activity)).toContain("an activity requirement; only course requirements");
  });

  it("come after missingAttempted, in the student's order (A-X3)", () => {
    const report = evaluate([waive("EX-1", { criterion: "X" }), waive("EX-2", { criterion: "MATH" }), waive("EX-3", { criterion: "Y" })], {
      transcript: [...transcript, { courseNumber: "Z", gpaValue: "3" }],
    });
    expect(report.warnings.map((w) => [w.code, w.path.join(".")])).toEqual([
      ["missingAttempted", "transcript.3"],
      ["orphanException", "exceptions.0"],
      ["orphanException", "exceptions.2"],
    ]);
    expect(report.exceptions!.map((e) => `${e.id} ${e.applied}`)).toEqual(["EX-1 false", "EX-2 true", "EX-3 false"]);
  });
});

describe("scope: exceptions apply when their program is evaluated (A-10.2, A-10.3, A-10.16)", () => {
  const Q: Json = { id: "Q", criteria: [{ id: "K", expression: "R", requirements: [courseReq("R", ["Q%"], "1")] }] };
  const top: Json = { id: "TOP", criteria: [{ id: "C", expression: "N", requirements: [{ id: "N", type: "program", programs: ["Q"], minRequired: 1 }] }] };
  const forQ = (id: string, target: Json) => ({ id, program: "Q", kind: "waive", ...target });
  const run = (programs: Json[], exceptions: Json[]) => evaluateProgress(top, student({ programs, exceptions }), { programs: [Q] });

  it("an exception of a program an academic-program requirement evaluates applies there; its orphans warn in the report", () => {
    const report = run([{ programId: "Q" }], [forQ("EX-1", req("K", "R")), forQ("EX-2", { criterion: "NOPE" })]);
    expect(requirement(report, "N")).toMatchObject({ status: "met", completed: ["Q"] });
    expect(report.exceptions).toEqual([{ id: "EX-1", applied: true }, { id: "EX-2", applied: false }]);
    expect(report.warnings.map((w) => w.path)).toEqual([["exceptions", 1]]);
  });

  it("exceptions of programs not evaluated (not assigned, completed, unknown) are ignored and not listed", () => {
    for (const programs of [[], [{ programId: "Q", status: "completed" }]]) {
      const report = run(programs, [forQ("EX-1", { criterion: "NOPE" }), { ...forQ("EX-2", { criterion: "C" }), program: "ELSEWHERE" }]);
      expect(report.warnings).toEqual([]);
      expect("exceptions" in report).toBe(false);
    }
  });

  it("report.exceptions comes after warnings; exceptions keys come after every other key of a result (A-X7)", () => {
    const report = evaluate([waive("EX-1", { criterion: "MATH" })], {}, { ...P, criteria: (P["criteria"] as Json[]).map((c) => ({ ...c, displayOrder: 1, description: "d" })) });
    expect(Object.keys(report).slice(-3)).toEqual(["warnings", "remaining", "exceptions"]);
    expect(Object.keys(criterionOf(report, "MATH")).slice(-3)).toEqual(["description", "displayOrder", "exceptions"]);
    const paced = { ...P, criteria: [{ id: "MATH", expression: "ALG", requirements: [courseReq("ALG", ["ALG%"], "1", { pace: { "9": "1" }, suggestedGrade: 9 })] }] };
    const s = base([waive("EX-1", req("MATH", "ALG"))], { gradeLevel: 9 });
    expect(Object.keys(course(evaluateProgress(paced, s), "ALG", "MATH")).slice(-3)).toEqual(["suggestedGrade", "pace", "exceptions"]);
  });
});

describe("through every entry point", () => {
  const exceptions = [waive("EX-1", req("MATH", "GEO"), "IEP"), ex("EX-2", { kind: "exclude", record: { id: 881 } }), waive("EX-3", { criterion: "GONE" })];

  it("the runtime entry and evaluateMany give the same report as evaluateProgress", () => {
    const compiled = compileProgram(P);
    const s = base(exceptions);
    const expected = evaluateProgress(compiled, s);
    expect(evaluateAtRuntime(JSON.parse(JSON.stringify(compiled)), s)).toEqual(expected);
    expect([...evaluateMany(compiled, [s, s])]).toEqual([expected, expected]);
  });

  it("the tree printer shows each exception with its id and reason, and which were not applied", () => {
    const tree = formatReportTree(evaluate(exceptions), { ascii: true, records: false });
    expect(tree).toContain("[x] GEO 0 of 1 credit earned, 0 with planned courses\n");
    expect(tree).toMatch(/\[x\] GEO .*\n.*\[e\] waived by exception EX-1 \(IEP\)/);
    expect(tree).toContain("[e] EX-3: not applied (see the warnings)");
    expect(tree).toContain("[e] EX-2: applied");
  });
});
