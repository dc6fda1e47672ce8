import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StudentRecordSchema } from "../../src/schema/index.js";
import { passesOnePassCheck, prepareStudent, studentRecordIssues } from "../../src/student/index.js";
import { readStudentFast } from "../../src/student/fast-readers.js";
import { STUDENT_FAST_READERS } from "../../src/student/fast-readers.spec.js";
import { StudentShape } from "../../src/student/shape.js";
import { readShape } from "../../src/shape/read.js";
import { toIssues } from "../../src/schema/issues.js";
import { StudentRecordError } from "../../src/errors/index.js";

// Values that are right for some fields and wrong for others, so generated records probe each check.
const anyValue = fc.oneof(
  fc.constantFrom("1", "0.5", " 2 ", "-1", "1e3", ".5", "1.", "", "abc", "completed", "planned", "inProgress", "done"),
  fc.constantFrom("assigned", "weighted", "unweighted", "weightedWithBonus", "cumulative"),
  fc.constantFrom(0, 1, 2.5, -3, 1e-7, 1e21, 9.5, 12, 2 ** 60),
  fc.constantFrom(true, false, null, undefined),
  fc.constant([]),
  fc.constant({}),
  fc.string({ maxLength: 3 }),
);

function maybe<T>(arb: fc.Arbitrary<T>) {
  return fc.option(arb, { nil: undefined, freq: 2 });
}

const valueOr = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: arb, weight: 4 }, { arbitrary: anyValue, weight: 1 });
const decimal = valueOr(fc.constantFrom("1", "0.5", 3, "4.0", 0, "-0.25"));

const record = fc.record(
  {
    courseNumber: valueOr(fc.constantFrom("ENG101", "MAT1", "x".repeat(64), "x".repeat(65))),
    stateCode: maybe(valueOr(fc.constant("01001"))),
    status: maybe(valueOr(fc.constantFrom("completed", "inProgress", "planned"))),
    credits: maybe(valueOr(fc.array(fc.record({ type: valueOr(fc.constant("English")), amount: decimal }), { maxLength: 3 }))),
    attempted: maybe(decimal),
    gpaValue: maybe(decimal),
    unweightedGpaValue: maybe(decimal),
    bonusPoints: maybe(decimal),
    excludeFromGpa: maybe(valueOr(fc.boolean())),
    standardsBased: maybe(valueOr(fc.boolean())),
    gradeLevel: maybe(valueOr(fc.integer({ min: 9, max: 12 }))),
    schoolYear: maybe(valueOr(fc.constant(2025))),
    term: maybe(valueOr(fc.constant("S1"))),
    grade: maybe(valueOr(fc.constant("B+"))),
    id: maybe(valueOr(fc.constantFrom("T-1", 881, -0))),
    replaced: maybe(valueOr(fc.boolean())),
    extra: maybe(anyValue),
  },
  { requiredKeys: [] },
);

const test = fc.record(
  {
    testCode: valueOr(fc.constantFrom("REG-ALG1", "SAT-M")),
    stateCode: maybe(valueOr(fc.constant("AL1"))),
    subject: maybe(valueOr(fc.constant("Math"))),
    date: maybe(valueOr(fc.constant("2025-06-15"))),
    rawScore: maybe(decimal),
    scaleScore: maybe(decimal),
    passed: maybe(valueOr(fc.boolean())),
    status: maybe(valueOr(fc.constantFrom("completed", "planned"))),
  },
  { requiredKeys: [] },
);

// Exceptions (DESIGN.md §10): every field sometimes present, so the rules across fields are probed.
const exception = fc.record(
  {
    id: valueOr(fc.constantFrom("EX-1", "EX-2")),
    program: valueOr(fc.constant("P")),
    kind: valueOr(fc.constantFrom("waive", "substitute", "adjust", "exclude")),
    criterion: maybe(valueOr(fc.constant("C"))),
    requirement: maybe(valueOr(fc.constant("R"))),
    creditGroup: maybe(valueOr(fc.constant("G"))),
    record: maybe(valueOr(fc.record({ id: maybe(valueOr(fc.constantFrom("T-1", 881))), courseNumber: maybe(fc.constant("A")), schoolYear: maybe(valueOr(fc.constant(2025))) }, { requiredKeys: [] }))),
    minCredits: maybe(valueOr(fc.constantFrom("1", "0", 0.5))),
    minTotal: maybe(valueOr(fc.constantFrom("10", "-0"))),
    reason: maybe(valueOr(fc.constant("IEP"))),
  },
  { requiredKeys: [] },
);

const student = fc.record(
  {
    id: maybe(valueOr(fc.constantFrom("S1", 1001))),
    gradeLevel: maybe(valueOr(fc.integer({ min: 9, max: 12 }))),
    transcript: maybe(valueOr(fc.array(valueOr(record), { maxLength: 4 }))),
    tests: maybe(valueOr(fc.array(valueOr(test), { maxLength: 3 }))),
    gpas: maybe(
      valueOr(
        fc.array(
          fc.record({
            calculation: valueOr(fc.constant("cumulative")),
            type: valueOr(fc.constantFrom("weighted", "unweighted")),
            value: decimal,
          }),
          { maxLength: 2 },
        ),
      ),
    ),
    programs: maybe(
      valueOr(
        fc.array(
          fc.record(
            { programId: valueOr(fc.constant("SEAL")), status: maybe(valueOr(fc.constantFrom("assigned", "completed"))) },
            { requiredKeys: ["programId"] },
          ),
          { maxLength: 2 },
        ),
      ),
    ),
    exceptions: maybe(valueOr(fc.array(valueOr(exception), { maxLength: 3 }))),
  },
  { requiredKeys: [] },
);

describe("the one-pass student check", () => {
  it("accepts exactly what StudentRecordSchema accepts", () => {
    fc.assert(
      fc.property(fc.oneof(student, anyValue), (value) => {
        expect(passesOnePassCheck(value)).toBe(StudentRecordSchema.safeParse(value).success);
      }),
      { numRuns: 5_000 },
    );
  });

  it("names the same problem paths as the schema", () => {
    const paths = (issues: { path: (string | number)[] }[]) => [...new Set(issues.map((i) => i.path.join(".")))].sort();
    fc.assert(
      fc.property(student, (value) => {
        const zod = StudentRecordSchema.safeParse(value, { reportInput: true });
        expect(paths(studentRecordIssues(value))).toEqual(zod.success ? [] : paths(toIssues(zod.error.issues)));
      }),
      { numRuns: 3_000 },
    );
  });

  it("the generated fast reader accepts exactly what the careful reader accepts of JSON data, reading the same values", () => {
    // The fields prepare.ts adds later start in the fast reader's objects (one hidden class): not read values.
    const added = Object.values(STUDENT_FAST_READERS.addedLater ?? {}).flatMap((fields) => Object.keys(fields));
    expect(added.length).toBeGreaterThan(0);
    const withoutAdded = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(withoutAdded);
      if (typeof value !== "object" || value === null) return value;
      return Object.fromEntries(Object.entries(value).filter(([key]) => !added.includes(key)).map(([key, v]) => [key, withoutAdded(v)]));
    };
    const fastRead = (value: unknown) => {
      try {
        return { ok: true, value: withoutAdded(readStudentFast(value)) };
      } catch {
        return { ok: false };
      }
    };
    fc.assert(
      fc.property(fc.oneof(student, anyValue), (generated) => {
        // Of JSON data (what JSON.parse gives) the two agree; of anything else the fast reader may
        // decline (a null prototype) but never accept what the careful one rejects.
        const json: unknown = JSON.parse(JSON.stringify(generated) ?? "null");
        for (const value of [json, generated]) {
          const fast = fastRead(value);
          const careful = readShape(StudentShape, value);
          if (value === json) expect(fast.ok).toBe(careful.ok);
          if (fast.ok) expect(careful.ok && fast.value).toEqual(careful.ok && careful.value);
        }
      }),
      { numRuns: 5_000 },
    );
  });

  it("throws only StudentRecordError, naming at least one problem", () => {
    fc.assert(
      fc.property(fc.oneof(student, fc.anything()), (value) => {
        try {
          prepareStudent(value);
        } catch (error) {
          expect(StudentRecordError.is(error)).toBe(true);
          expect((error as StudentRecordError).issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3_000 },
    );
  });
});

describe("prepareStudent", () => {
  it("names every problem with its path from the record's root", () => {
    let error: unknown;
    try {
      prepareStudent({
        id: "S9",
        transcript: [{ credits: [{ type: "English", amount: "1e3" }] }, { courseNumber: "ENG1", status: "done" }],
        tests: [{ testCode: "A", rawScore: ".5" }],
        programs: [{ programId: "SEAL", status: "finished" }],
      });
    } catch (e) {
      error = e;
    }
    expect(StudentRecordError.is(error)).toBe(true);
    const issues = (error as StudentRecordError).issues.map((i) => [i.path.join("."), i.code]);
    expect(issues).toEqual([
      ["transcript.0.courseNumber", "required"],
      ["transcript.0.credits.0.amount", "invalidNumber"],
      ["transcript.1.status", "invalidValue"],
      ["tests.0.rawScore", "invalidNumber"],
      ["programs.0.status", "invalidValue"],
    ]);
    expect((error as Error).message).toMatchInlineSnapshot(`
      "Invalid student record "S9" (5 problems):
        - transcript.0.courseNumber: is required
        - transcript.0.credits.0.amount: expected a decimal number like "2.5", but found "1e3"
        - transcript.1.status: expected "completed", "inProgress" or "planned", but found "done"
        - tests.0.rawScore: expected a decimal number like "2.5", but found ".5"
        - programs.0.status: expected "assigned" or "completed", but found "finished""
    `);
  });

  it("warns about a graded failed course sent without attempted credits", () => {
    const prepared = prepareStudent({
      transcript: [
        { courseNumber: "A", credits: [{ type: "X", amount: 0 }], gpaValue: "0" },
        { courseNumber: "B", credits: [{ type: "X", amount: 0 }], gpaValue: "0", attempted: "1" },
        { courseNumber: "C", credits: [{ type: "X", amount: 0 }], gpaValue: "0", excludeFromGpa: true },
      ],
    });
    expect(prepared.warnings.map((w) => [w.code, w.path])).toEqual([["missingAttempted", ["transcript", 0]]]);
  });

  it("ignores unknown keys and keeps the first entry per program", () => {
    const prepared = prepareStudent({
      sisInternalId: 7,
      programs: [{ programId: "SEAL", status: "completed" }, { programId: "SEAL" }],
    });
    expect(prepared.programs.get("SEAL")).toBe("completed");
    expect(prepared.id).toBeNull();
  });
});

describe("short decimal strings read once (src/shape/fast.ts)", () => {
  it("a value kept from a signed field is still refused where amounts must not be negative", () => {
    // rawScore may be negative: "-1" is read there first and kept.
    expect(() => prepareStudent({ tests: [{ testCode: "T", rawScore: "-1" }] })).not.toThrow();
    const error = (() => {
      try {
        prepareStudent({ tests: [{ testCode: "T", rawScore: "-1" }], transcript: [{ courseNumber: "C1", credits: [{ type: "X", amount: "-1" }] }] });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(StudentRecordError.is(error)).toBe(true);
    expect((error as StudentRecordError).issues.map((i) => i.path)).toEqual([["transcript", 0, "credits", 0, "amount"]]);
  });

  it("students sharing kept values get the same figures as when read alone", () => {
    const a = prepareStudent({ transcript: [{ courseNumber: "C1", credits: [{ type: "X", amount: "0.5" }, { type: "Y", amount: "0.5" }] }] });
    const b = prepareStudent({ transcript: [{ courseNumber: "C2", credits: [{ type: "X", amount: "0.5" }] }] });
    expect(a.transcript[0]!.credits[0]!.amount).toBe(b.transcript[0]!.credits[0]!.amount);
    expect(a.transcript[0]!.totalCredits).toEqual({ units: 10, scale: 1 });
    expect(b.transcript[0]!.totalCredits).toEqual({ units: 5, scale: 1 });
  });
});
