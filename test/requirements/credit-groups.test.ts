import { describe, expect, it } from "vitest";
import { courseReq, credits, record, run, student } from "./support.js";

const group = (id: string, minCredits: string | number, creditTypes?: string[]) => ({
  id,
  name: `${id} group`,
  minCredits,
  ...(creditTypes === undefined ? {} : { creditTypes }),
});

// A requirement that is always met, so the program status is the groups' minimum.
const alwaysMet = [{ id: "T", type: "test", testCodes: ["X"], scoreEvaluation: "countPassing", count: 1, assumePassed: true }];

describe("credit groups", () => {
  const transcript = [
    record("ENG1", { credits: credits(["English", "1"], ["Elective", "0.5"]) }),
    record("ENG2", { credits: credits(["English", "1"]), status: "inProgress" }),
    record("MAT1", { credits: credits(["Math", "1"]), status: "planned" }),
    record("ART1", { credits: credits(["Art", "2"]), standardsBased: true }),
    record("ART2", { credits: credits(["Art", "2"]), standardsBased: true, status: "planned" }),
    record("SCI1", { credits: credits(["Science", "0"]) }),
  ];

  it("count completed lines of their creditTypes as earned, in-progress and planned lines as projected", () => {
    const report = run(alwaysMet, student({ transcript }), {
      creditGroups: [group("ENG", "2", ["English"]), group("STEM", "1", ["Math", "Science"]), group("TOTAL", "4")],
    });
    expect(report.creditGroups).toEqual([
      { id: "ENG", name: "ENG group", status: "onTrack", earnedCredits: "1", projectedCredits: "2", requiredCredits: "2", remainingCredits: "1" },
      { id: "STEM", name: "STEM group", status: "onTrack", earnedCredits: "0", projectedCredits: "1", requiredCredits: "1", remainingCredits: "1" },
      { id: "TOTAL", name: "TOTAL group", status: "offTrack", earnedCredits: "1.5", projectedCredits: "3.5", requiredCredits: "4", remainingCredits: "2.5" },
    ]);
    expect(report.status).toBe("offTrack");
  });

  it("met when earned reaches minCredits; remaining is then 0", () => {
    const report = run(alwaysMet, student({ transcript }), { creditGroups: [group("ENG", 1, ["English"]), group("EL", "0.5", ["Elective"])] });
    expect(report.creditGroups.map((g) => [g.id, g.status, g.remainingCredits])).toEqual([
      ["ENG", "met", "0"],
      ["EL", "met", "0"],
    ]);
    expect(report.status).toBe("met");
  });

  it("parentCreditTypes does not apply to credit groups", () => {
    const report = run(alwaysMet, student({ transcript }), { parentCreditTypes: ["Math"], creditGroups: [group("TOTAL", "1.5")] });
    expect(report.creditGroups[0]).toMatchObject({ earnedCredits: "1.5", projectedCredits: "3.5", status: "met" });
  });

  it("creditTypes compare exactly (case-sensitive)", () => {
    const report = run(alwaysMet, student({ transcript }), { creditGroups: [group("ENG", "1", ["english"])] });
    expect(report.creditGroups[0]).toMatchObject({ earnedCredits: "0", projectedCredits: "0", status: "offTrack" });
  });

  it("standards-based records never count, even in a group of all types", () => {
    const report = run(alwaysMet, student({ transcript: transcript.slice(3, 5) }), { creditGroups: [group("ART", "1", ["Art"]), group("ALL", "1")] });
    expect(report.creditGroups.map((g) => [g.earnedCredits, g.projectedCredits])).toEqual([["0", "0"], ["0", "0"]]);
  });

  it("the program status is the minimum of top-level criteria and credit groups", () => {
    const req = [courseReq("E", ["ENG%"], "1")];
    const s = student({ transcript });
    expect(run(req, s, { creditGroups: [group("A", "1")] }).status).toBe("met");
    expect(run(req, s, { creditGroups: [group("A", "3.5")] }).status).toBe("onTrack");
    expect(run([courseReq("E", ["ENG%"], "2")], s, { creditGroups: [group("A", "1")] }).status).toBe("onTrack");
    expect(run([courseReq("E", ["ENG%"], "9")], s, { creditGroups: [group("A", "1")] }).status).toBe("offTrack");
  });

  it("a program with no criteria and no credit groups is met", () => {
    const report = run([], student(), { criteria: [] });
    expect(report).toMatchObject({ status: "met", criteria: [], creditGroups: [] });
  });

  it("a program with only credit groups takes their minimum", () => {
    const report = run([], student({ transcript }), { criteria: [], creditGroups: [group("A", "1"), group("B", "3")] });
    expect(report.status).toBe("onTrack");
  });

  it("shared credit: one line counts in every group whose types include it", () => {
    const report = run(alwaysMet, student({ transcript: [record("ENG1")] }), {
      creditGroups: [group("ENG", "1", ["English"]), group("ALL", "1"), group("MIX", "1", ["Math", "English"])],
    });
    expect(report.creditGroups.map((g) => g.status)).toEqual(["met", "met", "met"]);
  });
});
