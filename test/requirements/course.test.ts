import { describe, expect, it } from "vitest";
import type { CourseRequirementResult } from "../../src/index.js";
import { course, courseReq, credits, record, run, student } from "./support.js";

/** The listed records without their transcript index. */
const rows = (r: CourseRequirementResult) => r.records.map(({ index: _index, ...rest }) => rest);

describe("course requirement: credit figures", () => {
  it("reports earned, projected, required and remaining credits as plain decimal strings", () => {
    const report = run([courseReq("E", ["ENG%"], "4")], student({
      transcript: [
        record("ENG101", { credits: credits(["English", "1.5"]) }),
        record("ENG201", { credits: credits(["English", "1"]), status: "inProgress" }),
        record("ENG301", { credits: credits(["English", "0.50"]), status: "planned" }),
      ],
    }));
    const r = course(report, "E");
    expect(r).toMatchObject({
      id: "E",
      criterion: "C",
      type: "course",
      status: "offTrack",
      earnedCredits: "1.5",
      projectedCredits: "3",
      requiredCredits: "4",
      remainingCredits: "2.5",
    });
  });

  it("is met when earned ≥ minCredits, remaining then 0 (never negative)", () => {
    const r = course(run([courseReq("E", ["ENG%"], 2)], student({
      transcript: [record("ENG1", { credits: credits(["English", "1.25"]) }), record("ENG2", { credits: credits(["English", "1.25"]) })],
    })), "E");
    expect(r).toMatchObject({ status: "met", earnedCredits: "2.5", projectedCredits: "2.5", requiredCredits: "2", remainingCredits: "0" });
  });

  it("is onTrack when in-progress and planned close the gap, and remaining ignores them", () => {
    const r = course(run([courseReq("E", ["ENG%"], "3")], student({
      transcript: [
        record("ENG1"),
        record("ENG2", { status: "inProgress" }),
        record("ENG3", { status: "planned" }),
      ],
    })), "E");
    expect(r).toMatchObject({ status: "onTrack", earnedCredits: "1", projectedCredits: "3", remainingCredits: "2" });
  });

  it("with nothing matched reports zeros and no records", () => {
    const r = course(run([courseReq("E", ["ENG%"], "1.0")], student({ transcript: [record("MAT1")] })), "E");
    expect(r).toMatchObject({
      status: "offTrack",
      earnedCredits: "0",
      projectedCredits: "0",
      requiredCredits: "1",
      remainingCredits: "1",
      records: [],
    });
  });

  it("reads minCredits given as a JSON number", () => {
    const r = course(run([courseReq("E", ["ENG%"], 0.5)], student({ transcript: [record("ENG1", { credits: credits(["English", "0.5"]) })] })), "E");
    expect(r).toMatchObject({ status: "met", requiredCredits: "0.5", remainingCredits: "0" });
  });
});

describe("course requirement: records", () => {
  it("lists matched records in transcript order with their index, counted and reason", () => {
    const r = course(run(
      [courseReq("E", ["ENG%"], "3", { minGpa: "2", limitCreditType: "English" })],
      student({
        transcript: [
          record("ENG3", { gpaValue: "3" }),
          record("MAT1", { gpaValue: "4" }),
          record("ENG1", { gpaValue: "1.5" }),
          record("ENG2"),
          record("ENG4", { credits: credits(["Elective", "1"]), gpaValue: "4" }),
          record("ENG5", { status: "planned" }),
        ],
      }),
    ), "E");
    expect(r.records.map((x) => x.index)).toEqual([0, 2, 3, 4, 5]);
    expect(rows(r)).toEqual([
      { courseNumber: "ENG3", status: "completed", credits: "1", counted: true },
      { courseNumber: "ENG1", status: "completed", credits: "1", counted: false, reason: "belowMinGpa" },
      { courseNumber: "ENG2", status: "completed", credits: "1", counted: false, reason: "noGpaValue" },
      { courseNumber: "ENG4", status: "completed", credits: "0", counted: false, reason: "creditTypeNotCounted" },
      { courseNumber: "ENG5", status: "planned", credits: "1", counted: true },
    ]);
    expect(r).toMatchObject({ earnedCredits: "1", projectedCredits: "2", status: "offTrack", minGpa: "2" });
  });

  it("creditTypeNotCounted needs credit: a record whose every amount is 0 is a failed course and counts", () => {
    const r = course(run(
      [courseReq("E", ["ENG%"], "1", { limitCreditType: "English" })],
      student({
        transcript: [
          record("ENG1", { credits: credits(["English", "0"]) }),
          record("ENG2", { credits: credits(["Elective", "0"]) }),
          record("ENG3", { credits: [] }),
        ],
      }),
    ), "E");
    expect(rows(r)).toEqual([
      { courseNumber: "ENG1", status: "completed", credits: "0", counted: true },
      { courseNumber: "ENG2", status: "completed", credits: "0", counted: true },
      { courseNumber: "ENG3", status: "completed", credits: "0", counted: true },
    ]);
    expect(r).toMatchObject({ status: "offTrack", earnedCredits: "0", projectedCredits: "0", remainingCredits: "1" });
  });

  it("never lists standards-based records, whatever their status", () => {
    const r = course(run([courseReq("E", ["ENG%"], "1")], student({
      transcript: [
        record("ENG1", { standardsBased: true }),
        record("ENG2", { standardsBased: true, status: "planned" }),
        record("ENG3", { standardsBased: false, status: "planned" }),
      ],
    })), "E");
    expect(rows(r)).toEqual([{ courseNumber: "ENG3", status: "planned", credits: "1", counted: true }]);
    expect(r.records[0]!.index).toBe(2);
    expect(r).toMatchObject({ status: "onTrack", earnedCredits: "0", projectedCredits: "1" });
  });

  it("planned and in-progress records are assumed to meet minGpa, with or without grade points", () => {
    const r = course(run([courseReq("E", ["ENG%"], "2", { minGpa: "3.5" })], student({
      transcript: [
        record("ENG1", { status: "inProgress", gpaValue: "1" }),
        record("ENG2", { status: "planned" }),
      ],
    })), "E");
    expect(rows(r)).toEqual([
      { courseNumber: "ENG1", status: "inProgress", credits: "1", counted: true },
      { courseNumber: "ENG2", status: "planned", credits: "1", counted: true },
    ]);
    expect(r).toMatchObject({ status: "onTrack", earnedCredits: "0", projectedCredits: "2", remainingCredits: "2" });
  });

  it("compares minGpa with ≥ (equal counts)", () => {
    const r = course(run([courseReq("E", ["ENG%"], "1", { minGpa: "2.5" })], student({
      transcript: [record("ENG1", { gpaValue: "2.50" })],
    })), "E");
    expect(r.records[0]).toMatchObject({ counted: true });
    expect(r.status).toBe("met");
  });

  it("a failed completed record (amounts 0) with grade points below minGpa is belowMinGpa", () => {
    const r = course(run([courseReq("E", ["ENG%"], "1", { minGpa: "1" })], student({
      transcript: [record("ENG1", { credits: credits(["English", "0"]), gpaValue: "0" })],
    })), "E");
    expect(rows(r)).toEqual([{ courseNumber: "ENG1", status: "completed", credits: "0", counted: false, reason: "belowMinGpa" }]);
  });
});

describe("course requirement: which credit lines count", () => {
  const transcript = [
    record("X1", { credits: credits(["Math", "1"], ["Science", "0.5"], ["Elective", "0.25"]) }),
  ];

  it("limitCreditType counts only its lines, even when parentCreditTypes is set", () => {
    const r = course(run(
      [courseReq("R", ["X%"], "1", { limitCreditType: "Science" })],
      student({ transcript }),
      { parentCreditTypes: ["Math", "Science"] },
    ), "R");
    expect(r).toMatchObject({ earnedCredits: "0.5", status: "offTrack" });
    expect(r.records[0]).toMatchObject({ credits: "0.5", counted: true });
  });

  it("limitCreditType may name a type outside parentCreditTypes", () => {
    const r = course(run(
      [courseReq("R", ["X%"], "0.25", { limitCreditType: "Elective" })],
      student({ transcript }),
      { parentCreditTypes: ["Math"] },
    ), "R");
    expect(r).toMatchObject({ earnedCredits: "0.25", status: "met" });
  });

  it("without limitCreditType, only parentCreditTypes count", () => {
    const r = course(run([courseReq("R", ["X%"], "2")], student({ transcript }), { parentCreditTypes: ["Math", "Science"] }), "R");
    expect(r).toMatchObject({ earnedCredits: "1.5" });
    expect(r.records[0]).toMatchObject({ credits: "1.5", counted: true });
  });

  it("without either, every credit type counts", () => {
    const r = course(run([courseReq("R", ["X%"], "2")], student({ transcript })), "R");
    expect(r).toMatchObject({ earnedCredits: "1.75", remainingCredits: "0.25" });
  });

  it("credit types compare exactly (case-sensitive) even when matching is case-insensitive", () => {
    const r = course(run([courseReq("R", ["x%"], "1", { limitCreditType: "math" })], student({ transcript })), "R");
    expect(rows(r)).toEqual([{ courseNumber: "X1", status: "completed", credits: "0", counted: false, reason: "creditTypeNotCounted" }]);
    const p = course(run([courseReq("R", ["X%"], "1")], student({ transcript }), { parentCreditTypes: ["MATH"] }), "R");
    expect(p.records[0]).toMatchObject({ counted: false, reason: "creditTypeNotCounted" });
  });

  it("parentCreditTypes filters a record to creditTypeNotCounted when it has credit but none of them", () => {
    const r = course(run([courseReq("R", ["X%"], "1")], student({
      transcript: [record("X2", { credits: credits(["Art", "1"]) }), record("X3", { credits: credits(["Art", "1"]), status: "planned" })],
    }), { parentCreditTypes: ["Math"] }), "R");
    expect(rows(r)).toEqual([
      { courseNumber: "X2", status: "completed", credits: "0", counted: false, reason: "creditTypeNotCounted" },
      { courseNumber: "X3", status: "planned", credits: "0", counted: false, reason: "creditTypeNotCounted" },
    ]);
    expect(r).toMatchObject({ earnedCredits: "0", projectedCredits: "0" });
  });
});

describe("course requirement: matching", () => {
  const transcript = [
    record("ENG101", { stateCode: "01001" }),
    record("ENG102", { stateCode: "01002" }),
    record("HIS100", { stateCode: "01003" }),
    record("ART100"),
  ];
  const matched = (req: Record<string, unknown>, extra: Record<string, unknown> = {}, tr = transcript) =>
    course(run([{ id: "R", type: "course", minCredits: "1", ...req }], student({ transcript: tr }), extra), "R").records.map(
      (x) => x.courseNumber,
    );

  it("a course number or a state code match is enough", () => {
    expect(matched({ courses: ["ENG101"], stateCodes: ["01003"] })).toEqual(["ENG101", "HIS100"]);
    expect(matched({ stateCodes: ["0100_"] })).toEqual(["ENG101", "ENG102", "HIS100"]);
  });

  it("an exclusion in courses beats a positive state code match", () => {
    expect(matched({ courses: ["!ENG102"], stateCodes: ["01%"] })).toEqual(["ENG101", "HIS100"]);
  });

  it("an exclusion in stateCodes beats a positive course match", () => {
    expect(matched({ courses: ["ENG%", "HIS%"], stateCodes: ["!01001"] })).toEqual(["ENG102", "HIS100"]);
  });

  it("an exclusion in stateCodes never hits a record without a state code", () => {
    expect(matched({ courses: ["%"], stateCodes: ["!%"] })).toEqual(["ART100"]);
  });

  it("a list of exclusions alone matches nothing", () => {
    expect(matched({ courses: ["!ENG%"] })).toEqual([]);
    expect(matched({ stateCodes: ["!01001"] })).toEqual([]);
    expect(matched({ courses: ["!ENG%"], stateCodes: ["!01001"] })).toEqual([]);
  });

  it("is case-insensitive by default and case-sensitive when settings.caseSensitive", () => {
    const tr = [record("eng101", { stateCode: "ab1" }), record("ENG102", { stateCode: "AB2" })];
    expect(matched({ courses: ["ENG%"] }, {}, tr)).toEqual(["eng101", "ENG102"]);
    expect(matched({ courses: ["ENG%"] }, { settings: { caseSensitive: true } }, tr)).toEqual(["ENG102"]);
    expect(matched({ stateCodes: ["AB_"] }, { settings: { caseSensitive: true } }, tr)).toEqual(["ENG102"]);
    expect(matched({ courses: ["%"], stateCodes: ["!ab%"] }, { settings: { caseSensitive: true } }, tr)).toEqual(["ENG102"]);
    expect(matched({ courses: ["%"], stateCodes: ["!ab%"] }, {}, tr)).toEqual([]);
  });

  it("course numbers are compared as given: no trimming", () => {
    expect(matched({ courses: ["ENG101"] }, {}, [record("ENG101 "), record(" ENG101"), record("ENG101")])).toEqual(["ENG101"]);
  });
});

describe("course requirement: shared credit and minGpa type", () => {
  it("one record counts toward two requirements", () => {
    const report = run(
      [courseReq("A", ["ENG%"], "1"), courseReq("B", ["%101"], "1")],
      student({ transcript: [record("ENG101")] }),
    );
    expect(course(report, "A")).toMatchObject({ status: "met", earnedCredits: "1" });
    expect(course(report, "B")).toMatchObject({ status: "met", earnedCredits: "1" });
    expect(report.status).toBe("met");
  });

  const pointsCase = (gpaType: string | undefined) => {
    const settings = gpaType === undefined ? {} : { settings: { gpaType } };
    return course(run([courseReq("R", ["ENG%"], "1", { minGpa: "3" })], student({
      transcript: [record("ENG1", { gpaValue: "2.8", unweightedGpaValue: "3.1", bonusPoints: "0.25" })],
    }), settings), "R");
  };

  it("minGpa compares the weighted points by default", () => {
    expect(pointsCase(undefined).records[0]).toMatchObject({ counted: false, reason: "belowMinGpa" });
    expect(pointsCase("weighted").records[0]).toMatchObject({ counted: false, reason: "belowMinGpa" });
  });

  it("gpaType unweighted uses unweightedGpaValue", () => {
    expect(pointsCase("unweighted").records[0]).toMatchObject({ counted: true });
  });

  it("weightedWithBonus adds bonusPoints to gpaValue", () => {
    expect(pointsCase("weightedWithBonus").records[0]).toMatchObject({ counted: true });
  });

  it("unweightedWithBonus adds bonusPoints to unweightedGpaValue", () => {
    expect(pointsCase("unweightedWithBonus")).toMatchObject({ status: "met" });
  });

  it("unweighted falls back to gpaValue; noGpaValue when the type has no points", () => {
    const r = course(run([courseReq("R", ["ENG%"], "1", { minGpa: "3" })], student({
      transcript: [record("ENG1", { gpaValue: "3" }), record("ENG2", { unweightedGpaValue: "4" })],
    }), { settings: { gpaType: "unweighted" } }), "R");
    expect(rows(r).map((x) => [x.counted, x.reason])).toEqual([[true, undefined], [true, undefined]]);
    const w = course(run([courseReq("R", ["ENG%"], "1", { minGpa: "3" })], student({
      transcript: [record("ENG2", { unweightedGpaValue: "4" })],
    }), { settings: { gpaType: "weighted" } }), "R");
    expect(w.records[0]).toMatchObject({ counted: false, reason: "noGpaValue" });
  });

  it("bonus with no bonusPoints adds 0", () => {
    const r = course(run([courseReq("R", ["ENG%"], "1", { minGpa: "3" })], student({
      transcript: [record("ENG1", { gpaValue: "2.9" })],
    }), { settings: { gpaType: "weightedWithBonus" } }), "R");
    expect(r.records[0]).toMatchObject({ counted: false, reason: "belowMinGpa" });
  });

  it("carries schedulingPriority and suggestedGrade into the result without changing the status", () => {
    const r = course(run([courseReq("R", ["ENG%"], "1", { schedulingPriority: true, suggestedGrade: 9 })], student()), "R");
    expect(r).toMatchObject({ status: "offTrack", schedulingPriority: true, suggestedGrade: 9 });
  });
});
