/*
 * The laws of DESIGN.md §9 and §10 that hold, over generated programs and students: a planned
 * test entry or a pace never lowers a status; a waive never lowers one; an exclude never raises
 * one (course requirements and credit groups: an exclude can lift a GPA, see below); an orphan
 * exception changes nothing but the warnings and `report.exceptions`. Shared allocation without
 * repeats is the only mode there is yet.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileProgram, evaluateProgress, type ProgressReport } from "../../src/index.js";
import { COURSE_NUMBERS, programArb, studentArb, type Json } from "../requirements/arbitraries.js";
import { lowered, raised } from "./status-changes.js";

const RUNS = { numRuns: 300 };
const gradeLevel = fc.integer({ min: 8, max: 13 });

type Program = Json & { criteria: (Json & { requirements: Json[] })[]; creditGroups?: Json[] };

/** Every requirement of a generated program with its criterion's id. */
const requirementsOf = (program: Json) =>
  (program as Program).criteria.flatMap((c) => c.requirements.map((r) => ({ criterion: c["id"] as string, requirement: r })));

/** A valid pace for a minimum from (grade, share of the minimum) pairs: non-decreasing, never above it. */
function paceFrom(minimum: string | number, shares: readonly [number, number][]): Record<string, string> {
  const pace: Record<string, string> = {};
  let highest = 0;
  for (const [grade, share] of [...new Map(shares).entries()].sort((a, b) => a[0] - b[0])) {
    highest = Math.max(highest, share * Number(minimum));
    pace[String(grade)] = String(highest);
  }
  return pace;
}

const sharesArb = fc.array(fc.tuple(fc.integer({ min: 8, max: 12 }), fc.constantFrom(0, 0.25, 0.5, 1)), { minLength: 1, maxLength: 4 });

/** The program with a pace added to one course requirement or credit group (`pick` chooses which). */
function withPace(program: Json, pick: number, pace: (minimum: string | number) => Record<string, string>): Json {
  const copy = structuredClone(program) as Program;
  const targets = [
    ...copy.criteria.flatMap((c) => c.requirements.filter((r) => r["type"] === "course")),
    ...(copy.creditGroups ?? []),
  ];
  const target = targets[pick % Math.max(1, targets.length)];
  if (target !== undefined) target["pace"] = pace(target["minCredits"] as string | number);
  return copy;
}

describe("time (§9): registrations, due grades and pace only ever help", () => {
  it("adding a planned test entry never lowers a status", () => {
    const entry = fc.record({ testCode: fc.constantFrom("T1", "T2", "T3", "t1", "X"), subject: fc.constantFrom("Math", "Reading") }, { requiredKeys: ["testCode"] });
    fc.assert(
      fc.property(programArb({ coursesOnly: false }), studentArb({ coursesOnly: false }), entry, fc.option(gradeLevel, { nil: undefined }), fc.nat(), (program, s, registration, grade, at) => {
        const compiled = compileProgram(program);
        const student = grade === undefined ? s : { ...s, gradeLevel: grade };
        const tests = [...(student["tests"] as Json[])];
        tests.splice(at % (tests.length + 1), 0, { ...registration, status: "planned" });
        expect(lowered(evaluateProgress(compiled, student), evaluateProgress(compiled, { ...student, tests }))).toEqual([]);
      }),
      RUNS,
    );
  });

  it("adding a dueGrade to a test requirement never lowers a status", () => {
    fc.assert(
      fc.property(programArb({ coursesOnly: false }), studentArb({ coursesOnly: false }), gradeLevel, fc.integer({ min: 8, max: 13 }), (program, s, grade, due) => {
        const student = { ...s, gradeLevel: grade };
        const dated = structuredClone(program) as Program;
        for (const { requirement } of requirementsOf(dated)) if (requirement["type"] === "test") requirement["dueGrade"] = due;
        expect(lowered(evaluateProgress(program, student), evaluateProgress(dated, student))).toEqual([]);
      }),
      RUNS,
    );
  });

  it("adding a pace to a course requirement or a credit group never lowers a status", () => {
    fc.assert(
      fc.property(
        programArb({ coursesOnly: false }),
        studentArb({ coursesOnly: false }),
        gradeLevel,
        fc.nat(),
        sharesArb,
        (program, s, grade, pick, shares) => {
          const paced = withPace(program, pick, (minimum) => paceFrom(minimum, shares));
          const student = { ...s, gradeLevel: grade };
          expect(lowered(evaluateProgress(program, student), evaluateProgress(paced, student))).toEqual([]);
        },
      ),
      RUNS,
    );
  });
});

/** A waive of some target of the program (a requirement, a criterion or a credit group), or of none that exists. */
function waiveFor(program: Json, pick: number): Json {
  const requirements = requirementsOf(program).filter(({ requirement }) => requirement["recommended"] !== true);
  const criteria = (program as Program).criteria.map((c) => c["id"] as string);
  const groups = ((program as Program).creditGroups ?? []).map((g) => g["id"] as string);
  const targets: Json[] = [
    ...requirements.map(({ criterion, requirement }) => ({ criterion, requirement: requirement["id"] })),
    ...criteria.map((criterion) => ({ criterion })),
    ...groups.map((creditGroup) => ({ creditGroup })),
    { criterion: "NOPE" },
  ];
  return { id: `W${pick}`, program: "PROG", kind: "waive", reason: "IEP", ...targets[pick % targets.length]! };
}

/** An exclude of the records with one course number, for the whole program or for one course requirement. */
function excludeFor(program: Json, pick: number, courseNumber: string): Json {
  const courses = requirementsOf(program).filter(({ requirement }) => requirement["type"] === "course");
  const target = pick % (courses.length + 1);
  const exclude: Json = { id: `X${pick}`, program: "PROG", kind: "exclude", record: { courseNumber } };
  if (target === courses.length) return exclude;
  return { ...exclude, criterion: courses[target]!.criterion, requirement: courses[target]!.requirement["id"] };
}

const withExceptions = (student: Json, exceptions: Json[]) => ({ ...student, exceptions: [...((student["exceptions"] as Json[]) ?? []), ...exceptions] });

describe("exceptions (§10), shared allocation without repeats", () => {
  it("a waive never lowers any status", () => {
    fc.assert(
      fc.property(programArb({ coursesOnly: false }), studentArb({ coursesOnly: false }), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), (program, student, picks) => {
        const compiled = compileProgram(program);
        const waives = [...new Set(picks)].map((p) => waiveFor(program, p));
        expect(lowered(evaluateProgress(compiled, student), evaluateProgress(compiled, withExceptions(student, waives)))).toEqual([]);
      }),
      RUNS,
    );
  });

  it("an exclude never raises a status of course requirements, credit groups, criteria and the program (course-only programs, with pace)", () => {
    fc.assert(
      fc.property(
        programArb({ coursesOnly: true }),
        studentArb({ coursesOnly: true }),
        gradeLevel,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...COURSE_NUMBERS)), { minLength: 1, maxLength: 3 }),
        fc.nat(),
        sharesArb,
        (program, s, grade, picks, pacePick, shares) => {
          const paced = withPace(program, pacePick, (minimum) => paceFrom(minimum, shares));
          const compiled = compileProgram(paced);
          const student = { ...s, gradeLevel: grade };
          const excludes = picks.map(([pick, courseNumber], i) => ({ ...excludeFor(program, pick, courseNumber), id: `X${i}` }));
          expect(raised(evaluateProgress(compiled, student), evaluateProgress(compiled, withExceptions(student, excludes)))).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it("not a law for GPAs: excluding a low grade lifts the GPA it leaves", () => {
    const program = { id: "PROG", criteria: [{ id: "C", expression: "G", requirements: [{ id: "G", type: "gpa", calculation: "cumulative", minOverallGpa: "3" }] }] };
    const transcript = [{ courseNumber: "A1", credits: [{ type: "X", amount: "1" }], gpaValue: "4" }, { courseNumber: "B1", credits: [{ type: "X", amount: "1" }], gpaValue: "1" }];
    const before = evaluateProgress(program, { transcript });
    const after = evaluateProgress(program, { transcript, exceptions: [{ id: "X", program: "PROG", kind: "exclude", record: { courseNumber: "B1" } }] });
    expect([before.status, after.status]).toEqual(["offTrack", "met"]);
  });

  it("an orphan exception changes nothing but the warnings and report.exceptions", () => {
    const orphans = [
      { kind: "waive", criterion: "NOPE" },
      { kind: "waive", criterion: "C0", requirement: "nope" },
      { kind: "adjust", creditGroup: "NOPE", minCredits: "1" },
      { kind: "adjust", criterion: "C0", requirement: "r0_0", minTotal: "1" },
      { kind: "exclude", record: { courseNumber: "ZZZ" } },
      { kind: "substitute", criterion: "C0", requirement: "r0_0", record: { schoolYear: 1999 } },
      { kind: "exclude", criterion: "C9", requirement: "r0_0", record: { courseNumber: "A1" } },
    ];
    fc.assert(
      fc.property(
        programArb({ coursesOnly: false }),
        studentArb({ coursesOnly: false }),
        fc.subarray(orphans, { minLength: 1 }),
        fc.option(gradeLevel, { nil: undefined }),
        (program, s, chosen, grade) => {
          const student = grade === undefined ? s : { ...s, gradeLevel: grade };
          const compiled = compileProgram(program);
          const before = evaluateProgress(compiled, student);
          const exceptions = chosen.map((o, i) => ({ id: `O${i}`, program: "PROG", ...o }));
          const after = evaluateProgress(compiled, { ...student, exceptions });
          const rest = ({ warnings: _w, exceptions: _e, ...r }: ProgressReport) => r;
          expect(rest(after)).toEqual(rest(before));
          expect(after.warnings.slice(0, before.warnings.length)).toEqual(before.warnings);
          expect(after.warnings.slice(before.warnings.length).map((w) => [w.code, w.path])).toEqual(exceptions.map((_, i) => ["orphanException", ["exceptions", i]]));
          expect(after.exceptions).toEqual(exceptions.map((e) => ({ id: e.id, applied: false })));
          // Exceptions naming another program are not even listed.
          const elsewhere = evaluateProgress(compiled, { ...student, exceptions: exceptions.map((e) => ({ ...e, program: "OTHER" })) });
          expect(elsewhere).toEqual(before);
        },
      ),
      RUNS,
    );
  });
});
