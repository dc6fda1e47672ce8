import { describe, expect, it } from "vitest";
import type { GpaRequirementResult } from "../../src/index.js";
import { credits, gpa, record, run, student, type Json } from "./support.js";

const req = (extra: Json = {}): Json => ({ id: "G", type: "gpa", calculation: "cumulative", minOverallGpa: "3", ...extra });
const evalGpa = (r: Json, stud: Json, extra: Json = {}): GpaRequirementResult => gpa(run([req(r)], student(stud), extra), "G");

// (4 × 1 + 3 × 0.5) / 1.5 = 3.666…
const twoRecords = [
  record("ENG1", { gpaValue: "4", credits: credits(["English", "1"]) }),
  record("MAT1", { gpaValue: "3", credits: credits(["Math", "0.5"]) }),
];

describe("gpa requirement: computing", () => {
  it("is the credit-weighted average, rounded halfUp at 4 places by default", () => {
    const g = evalGpa({}, { transcript: twoRecords });
    expect(g).toMatchObject({
      id: "G",
      criterion: "C",
      type: "gpa",
      status: "met",
      gpa: "3.6667",
      requiredGpa: "3",
      belowMinimum: [],
    });
  });

  it.each([
    [0, "halfUp", "4"],
    [1, "halfUp", "3.7"],
    [2, "halfUp", "3.67"],
    [3, "halfUp", "3.667"],
    [4, "halfUp", "3.6667"],
    [0, "truncate", "3"],
    [1, "truncate", "3.6"],
    [2, "truncate", "3.66"],
    [3, "truncate", "3.666"],
    [4, "truncate", "3.6666"],
  ])("gpaDecimals %i with %s gives %s", (gpaDecimals, gpaRounding, expected) => {
    const g = evalGpa({}, { transcript: twoRecords }, { settings: { gpaDecimals, gpaRounding } });
    expect(g.gpa).toBe(expected);
  });

  it("compares the rounded GPA: 2.99995 rounds halfUp to 3 (met), truncates to 2.9999 (offTrack)", () => {
    // (3 × 0.9999 + 2.9995 × 0.0001) / 1 = 2.99995 exactly
    const transcript = [
      record("A", { gpaValue: "3", credits: credits(["X", "0.9999"]) }),
      record("B", { gpaValue: "2.5", credits: credits(["X", "0.0001"]) }),
    ];
    expect(evalGpa({}, { transcript })).toMatchObject({ gpa: "3", status: "met" });
    expect(evalGpa({}, { transcript }, { settings: { gpaRounding: "truncate" } })).toMatchObject({ gpa: "2.9999", status: "offTrack" });
  });

  it("equal to the minimum is met", () => {
    expect(evalGpa({ minOverallGpa: "3.6667" }, { transcript: twoRecords }).status).toBe("met");
    expect(evalGpa({ minOverallGpa: "3.6668" }, { transcript: twoRecords }).status).toBe("offTrack");
  });

  it("weighs by attempted when given, else the sum of credit amounts", () => {
    const transcript = [
      record("A", { gpaValue: "4", credits: credits(["X", "0.5"], ["Y", "0.5"]) }),
      record("B", { gpaValue: "1", credits: credits(["X", "0"]), attempted: "1" }),
    ];
    expect(evalGpa({}, { transcript })).toMatchObject({ gpa: "2.5", attemptedCredits: "2", status: "offTrack" });
  });

  it("chooses grade points by calculationType, defaulting to settings.gpaType", () => {
    const transcript = [record("A", { gpaValue: "3.8", unweightedGpaValue: "3.3", bonusPoints: "0.5" }), record("B", { gpaValue: "2" })];
    const of = (r: Json, extra: Json = {}) => evalGpa(r, { transcript }, extra);
    expect(of({})).toMatchObject({ calculationType: "weighted", gpa: "2.9" });
    expect(of({ calculationType: "weighted" }).gpa).toBe("2.9");
    expect(of({ calculationType: "unweighted" })).toMatchObject({ calculationType: "unweighted", gpa: "2.65" });
    expect(of({ calculationType: "weightedWithBonus" }).gpa).toBe("3.15");
    expect(of({ calculationType: "unweightedWithBonus" }).gpa).toBe("2.9");
    expect(of({}, { settings: { gpaType: "unweightedWithBonus" } })).toMatchObject({ calculationType: "unweightedWithBonus", gpa: "2.9" });
    expect(of({ calculationType: "weighted" }, { settings: { gpaType: "unweighted" } }).gpa).toBe("2.9");
  });

  it("leaves out excluded, standards-based, planned and in-progress records, and records with no points", () => {
    const transcript = [
      record("A", { gpaValue: "3" }),
      record("B", { gpaValue: "0", excludeFromGpa: true }),
      record("C", { gpaValue: "0", standardsBased: true }),
      record("D", { gpaValue: "0", status: "planned" }),
      record("E", { gpaValue: "4", status: "inProgress" }),
      record("F"),
      record("G", { unweightedGpaValue: "0" }),
    ];
    expect(evalGpa({ minGpaPerCourseCredit: "1" }, { transcript })).toMatchObject({
      gpa: "3",
      attemptedCredits: "1",
      status: "met",
      belowMinimum: [],
    });
  });

  it("in-progress and planned grades never lift a GPA (it is never onTrack)", () => {
    const g = evalGpa({}, { transcript: [record("A", { gpaValue: "2" }), record("B", { gpaValue: "4", status: "planned" })] });
    expect(g).toMatchObject({ gpa: "2", status: "offTrack" });
  });
});

describe("gpa requirement: minGpaPerCourseCredit", () => {
  it("lists every eligible record below it with its GPA weight and points, and is offTrack", () => {
    const transcript = [
      record("A", { gpaValue: "4", credits: credits(["X", "3"]) }),
      record("B", { gpaValue: "0.5", credits: credits(["X", "0"]), attempted: "0.5" }),
      record("C", { gpaValue: "1", credits: credits(["X", "1"]) }),
      record("D", { gpaValue: "0.9", credits: credits(["X", "1"]), excludeFromGpa: true }),
    ];
    const g = evalGpa({ minOverallGpa: "2", minGpaPerCourseCredit: "1.0" }, { transcript });
    expect(g.belowMinimum).toEqual([{ index: 1, courseNumber: "B", credits: "0.5", points: "0.5" }]);
    expect(g).toMatchObject({ status: "offTrack", minGpaPerCourseCredit: "1", gpa: "2.9444" }); // (12 + 0.25 + 1) / 4.5
  });

  it("points are those of the calculation type (bonus included)", () => {
    const transcript = [record("A", { gpaValue: "0.8", bonusPoints: "0.25" })];
    expect(evalGpa({ minOverallGpa: "0", minGpaPerCourseCredit: "1", calculationType: "weightedWithBonus" }, { transcript })).toMatchObject({
      status: "met",
      belowMinimum: [],
    });
    expect(evalGpa({ minOverallGpa: "0", minGpaPerCourseCredit: "1" }, { transcript }).belowMinimum).toEqual([
      { index: 0, courseNumber: "A", credits: "1", points: "0.8" },
    ]);
  });
});

describe("gpa requirement: stored values", () => {
  const stored = (calculation: string, type: string, value: string | number) => ({ calculation, type, value });

  it("a stored value with the same calculation and type replaces the computed one, rounded the same way", () => {
    const gpas = [stored("cumulative", "weighted", "3.45675")];
    expect(evalGpa({ minOverallGpa: "3.4568" }, { transcript: twoRecords, gpas })).toMatchObject({ gpa: "3.4568", status: "met" });
    expect(evalGpa({}, { transcript: twoRecords, gpas }, { settings: { gpaRounding: "truncate" } }).gpa).toBe("3.4567");
    expect(evalGpa({}, { transcript: twoRecords, gpas }, { settings: { gpaDecimals: 1 } }).gpa).toBe("3.5");
  });

  it("matches the effective calculationType (settings.gpaType when the requirement sets none)", () => {
    const gpas = [stored("cumulative", "unweighted", "2.5"), stored("cumulative", "weighted", "3.5")];
    expect(evalGpa({}, { gpas }, { settings: { gpaType: "unweighted" } })).toMatchObject({ calculationType: "unweighted", gpa: "2.5" });
    expect(evalGpa({}, { gpas })).toMatchObject({ calculationType: "weighted", gpa: "3.5" });
  });

  it("halfUp rounds …5 away from zero, truncate drops digits, at every gpaDecimals", () => {
    const of = (value: string, gpaDecimals: number, gpaRounding = "halfUp") =>
      evalGpa({ minOverallGpa: "0" }, { gpas: [stored("cumulative", "weighted", value)] }, { settings: { gpaDecimals, gpaRounding } }).gpa;
    expect(of("2.5", 0)).toBe("3");
    expect(of("2.49999", 0)).toBe("2");
    expect(of("3.99995", 4)).toBe("4");
    expect(of("3.99995", 4, "truncate")).toBe("3.9999");
    expect(of("3.125", 2)).toBe("3.13");
    expect(of("3.125", 2, "truncate")).toBe("3.12");
    expect(of("3.1", 3)).toBe("3.1");
    expect(of("2.5", 0, "truncate")).toBe("2");
  });

  it("is used even when no record is eligible", () => {
    expect(evalGpa({}, { gpas: [stored("cumulative", "weighted", 3)] })).toMatchObject({ gpa: "3", status: "met" });
  });

  it("is not used for another type or another calculation (exact match)", () => {
    const gpas = [stored("cumulative", "unweighted", "1"), stored("Cumulative", "weighted", "1"), stored("core", "weighted", "1")];
    expect(evalGpa({}, { transcript: twoRecords, gpas }).gpa).toBe("3.6667");
    expect(evalGpa({ calculationType: "unweighted" }, { transcript: twoRecords, gpas }).gpa).toBe("1");
  });

  it("a stored value still fails when a record is below minGpaPerCourseCredit", () => {
    const g = evalGpa(
      { minGpaPerCourseCredit: "3.5" },
      { transcript: twoRecords, gpas: [stored("cumulative", "weighted", "4")] },
    );
    expect(g).toMatchObject({ gpa: "4", status: "offTrack" });
    expect(g.belowMinimum.map((b) => b.courseNumber)).toEqual(["MAT1"]);
  });
});

describe("gpa requirement: no GPA", () => {
  it("no eligible record is offTrack with gpa absent", () => {
    const g = evalGpa({ minOverallGpa: "0" }, { transcript: [record("A", { status: "planned", gpaValue: "4" })] });
    expect(g.status).toBe("offTrack");
    expect(g).not.toHaveProperty("gpa");
    expect(JSON.parse(JSON.stringify(g))).not.toHaveProperty("gpa");
  });

  it("a total weight of zero is offTrack with gpa absent", () => {
    const g = evalGpa({ minOverallGpa: "0" }, { transcript: [record("A", { gpaValue: "4", credits: credits(["X", "0"]) })] });
    expect(g.status).toBe("offTrack");
    expect(g).not.toHaveProperty("gpa");
  });
});

describe("gpa requirement: custom calculations", () => {
  const calcs = (calc: Json) => ({ gpaCalculations: [{ id: "core", ...calc }] });
  const transcript = [
    record("ENG1", { gpaValue: "4", gradeLevel: 10 }),
    record("ENG2", { gpaValue: "2", gradeLevel: 9 }),
    record("MAT1", { gpaValue: "1", gradeLevel: 10 }),
    record("ENG3", { gpaValue: "0" }),
  ];

  it("courses filter restricts records (with exclusions)", () => {
    expect(evalGpa({ calculation: "core", minOverallGpa: "0" }, { transcript }, calcs({ courses: ["ENG%", "!ENG3"] })).gpa).toBe("3");
  });

  it("a courses filter of exclusions alone matches nothing", () => {
    const g = evalGpa({ calculation: "core", minOverallGpa: "0" }, { transcript }, calcs({ courses: ["!MAT%"] }));
    expect(g.status).toBe("offTrack");
    expect(g).not.toHaveProperty("gpa");
  });

  it("gradeLevels filter restricts records; a record without gradeLevel never qualifies", () => {
    expect(evalGpa({ calculation: "core", minOverallGpa: "0" }, { transcript }, calcs({ gradeLevels: [10, 11] })).gpa).toBe("2.5");
  });

  it("both filters together: a record must pass both", () => {
    expect(evalGpa({ calculation: "core", minOverallGpa: "0" }, { transcript }, calcs({ courses: ["ENG%"], gradeLevels: [10] })).gpa).toBe("4");
    const none = evalGpa({ calculation: "core", minOverallGpa: "0" }, { transcript }, calcs({ courses: ["MAT%"], gradeLevels: [9] }));
    expect(none.status).toBe("offTrack");
    expect(none).not.toHaveProperty("gpa");
  });

  it("a calculation with no filter takes every eligible record; stored values match by its id", () => {
    expect(evalGpa({ calculation: "core", minOverallGpa: "0" }, { transcript }, calcs({})).gpa).toBe("1.75");
    expect(
      evalGpa({ calculation: "core", minOverallGpa: "0" }, { transcript, gpas: [{ calculation: "core", type: "weighted", value: "3.9" }] }, calcs({})).gpa,
    ).toBe("3.9");
  });

  it("follows settings.caseSensitive for course filters", () => {
    const t = [record("eng1", { gpaValue: "4" }), record("ENG2", { gpaValue: "2" })];
    expect(evalGpa({ calculation: "core", minOverallGpa: "0" }, { transcript: t }, calcs({ courses: ["ENG%"] })).gpa).toBe("3");
    expect(
      evalGpa({ calculation: "core", minOverallGpa: "0" }, { transcript: t }, { ...calcs({ courses: ["ENG%"] }), settings: { caseSensitive: true } }).gpa,
    ).toBe("2");
  });
});

describe("missingAttempted warning", () => {
  it("warns at [\"transcript\", i] for a completed graded record with zero credits and no attempted, whatever the requirements", () => {
    const report = run([{ id: "E", type: "course", courses: ["ZZZ"], minCredits: "1" }], student({
      transcript: [
        record("A", { gpaValue: "3" }),
        record("B", { gpaValue: "0", credits: credits(["X", "0"]) }),
        record("C", { unweightedGpaValue: "0", credits: credits(["X", "0"], ["Y", "0.0"]) }),
        record("D", { gpaValue: "0", credits: credits(["X", "0"]), attempted: "1" }),
        record("E", { gpaValue: "0", credits: credits(["X", "0"]), excludeFromGpa: true }),
        record("F", { gpaValue: "0", credits: credits(["X", "0"]), standardsBased: true }),
        record("G", { gpaValue: "0", credits: credits(["X", "0"]), status: "planned" }),
        record("H", { credits: credits(["X", "0"]) }),
      ],
    }));
    const warnings = report.warnings.filter((w) => w.code === "missingAttempted");
    expect(warnings.map((w) => w.path)).toEqual([["transcript", 1], ["transcript", 2]]);
    for (const w of warnings) expect(typeof w.message).toBe("string");
  });

  it("a record with no credit lines at all and grade points warns too (its amounts are all zero)", () => {
    const report = run([{ id: "E", type: "course", courses: ["ZZZ"], minCredits: "1" }], student({
      transcript: [record("A", { gpaValue: "3", credits: [] })],
    }));
    expect(report.warnings.map((w) => [w.code, w.path])).toEqual([["missingAttempted", ["transcript", 0]]]);
  });
});
