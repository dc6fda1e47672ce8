import { describe, expect, it } from "vitest";
import { evaluateProgress, formatReportTree, type TestRequirementResult } from "../../src/index.js";
import { issuesOf, programWith } from "../helpers.js";

/* DESIGN.md §11 "Tests at or above a score", A-11.18, and rule (a) of §9 with it. */

const program = programWith([
  { id: "AP", type: "test", testCodes: ["AP%"], scoreEvaluation: "countAtOrAbove", minScaleScore: "3", minRawScore: "90", count: 2 },
]);
const result = (student: object) => evaluateProgress(program, student).criteria[0]!.requirements[0] as TestRequirementResult;

describe("countAtOrAbove", () => {
  it("counts distinct codes with a score at or above either minimum; the first such score of a code counts", () => {
    const r = result({
      tests: [
        { testCode: "APBIO", scaleScore: "2" },
        { testCode: "APBIO", scaleScore: "4" },
        { testCode: "APBIO", scaleScore: "5" },
        { testCode: "APCHEM", rawScore: "91", scaleScore: "1" },
        { testCode: "SAT", scaleScore: "5" },
      ],
    });
    expect(r).toMatchObject({ status: "met", scoreEvaluation: "countAtOrAbove", required: 2, achieved: 2 });
    expect(r.scores.map((s) => [s.testCode, s.counted])).toEqual([
      ["APBIO", false],
      ["APBIO", true],
      ["APBIO", false],
      ["APCHEM", true],
    ]);
  });

  it("is off track below the count, and on track when registrations for other codes can reach it (A-9.3)", () => {
    const one = { testCode: "APBIO", scaleScore: "3" };
    expect(result({ tests: [one, { testCode: "APCHEM", scaleScore: "2" }] })).toMatchObject({ status: "offTrack", achieved: 1 });
    expect(result({ tests: [one, { testCode: "APBIO", status: "planned" }] }).status).toBe("offTrack");
    const planned = result({ tests: [one, { testCode: "APCHEM", status: "planned" }] });
    expect(planned).toMatchObject({ status: "onTrack", achieved: 1, planned: 1 });
  });

  it("prints the count and lists in report.remaining", () => {
    const report = evaluateProgress(program, { tests: [{ testCode: "APBIO", scaleScore: "3" }] });
    expect(formatReportTree(report)).toContain("1 of 2 distinct tests at or above the minimum");
    expect(report.remaining).toEqual([{ criterion: "C", id: "AP", type: "test", status: "offTrack", tests: { required: 2, achieved: 1 } }]);
  });

  it("needs a count of at least 1 and a minimum", () => {
    const bad = (extra: object) =>
      issuesOf(() => evaluateProgress(programWith([{ id: "T", type: "test", testCodes: ["AP%"], scoreEvaluation: "countAtOrAbove", ...extra }]), {}));
    expect(bad({ minScaleScore: "3" })).toEqual([["criteria.0.requirements.0.count", "required"]]);
    expect(bad({ minScaleScore: "3", count: 0 })).toEqual([["criteria.0.requirements.0.count", "tooSmall"]]);
    expect(bad({ count: 1 })).toEqual([["criteria.0.requirements.0", "noMinimum"]]);
  });
});
