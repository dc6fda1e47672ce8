import { describe, expect, it } from "vitest";
import { evaluateProgress, formatReportTree } from "../../src/index.js";

// DESIGN.md §13: muted results and report.remaining.
const course = (id: string, courses: string[], minCredits: string) => ({ id, type: "course", courses, minCredits });
const done = (courseNumber: string) => ({ courseNumber, status: "completed", credits: [{ type: "MATH", amount: "1" }] });

const program = {
  id: "P",
  criteria: [
    {
      id: "MATH",
      expression: "ALG AND (GEO OR SBAC) AND LINKED",
      requirements: [
        course("ALG", ["ALG%"], "1"),
        course("GEO", ["GEO%"], "1"),
        { id: "SBAC", type: "test", testCodes: ["SBAC"], scoreEvaluation: "countPassing", count: 1 },
        { id: "LINKED", type: "child", criterion: "EXTRA" },
      ],
    },
    { id: "EXTRA", expression: "X OR Y", requirements: [course("X", ["X%"], "1"), course("Y", ["Y%"], "1")] },
  ],
};

describe("muted and remaining", () => {
  it("mutes the lower operand of a met OR, never an AND's, and lists what is left", () => {
    const report = evaluateProgress(program, { transcript: [done("GEO1"), done("X1")] });
    const math = report.criteria[0]!;
    const byId = Object.fromEntries(math.requirements.map((r) => [r.id, r]));
    expect(byId["SBAC"]!.muted).toBe(true);
    expect(byId["GEO"]!.muted).toBeUndefined();
    expect(byId["ALG"]!.muted).toBeUndefined();
    const linked = byId["LINKED"]!;
    if (linked.type !== "child") throw new Error("child expected");
    expect(linked.result.requirements.map((r) => [r.id, r.muted])).toEqual([["X", undefined], ["Y", true]]);
    expect(report.remaining).toEqual([{ criterion: "MATH", id: "ALG", type: "course", status: "offTrack", remainingCredits: "1" }]);
    expect(formatReportTree(report, { ascii: true })).toMatch(/SBAC .*\(not needed\)\n/);
    expect(formatReportTree(report, { ascii: true })).toMatch(/Still needed\n\s+`- \[ \] MATH\/ALG: 1 more credit$/);
  });

  it("a muted child requirement mutes a copy of its linked criterion, met requirements included", () => {
    const or = { ...program, criteria: [{ ...program.criteria[0]!, expression: "ALG OR LINKED OR (GEO AND SBAC)" }, program.criteria[1]!] };
    const report = evaluateProgress(or, { transcript: [done("ALG1")] });
    const linked = report.criteria[0]!.requirements.find((r) => r.id === "LINKED")!;
    if (linked.type !== "child") throw new Error("child expected");
    expect(linked.muted).toBe(true);
    expect(linked.result.muted).toBe(true);
    expect(linked.result.requirements.every((r) => r.muted === true)).toBe(true);
    expect(Object.keys(linked).at(-1)).toBe("muted");
    expect(report.remaining).toEqual([]);
  });

  it("a requirement named twice is muted only when every reference is", () => {
    const twice = { id: "P", criteria: [{ id: "C", expression: "A OR (A AND B)", requirements: [course("A", ["A%"], "1"), course("B", ["B%"], "1")] }] };
    const report = evaluateProgress(twice, { transcript: [done("A1")] });
    expect(report.criteria[0]!.requirements.map((r) => [r.id, r.muted])).toEqual([["A", undefined], ["B", true]]);
  });
});
