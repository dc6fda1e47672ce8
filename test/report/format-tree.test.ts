import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileProgram, evaluateProgress, formatReportTree } from "../../src/index.js";

// What a counselor reads in a terminal (issue 13): marks that do not praise a failed course, grade
// levels that read as grade levels, muted branches folded, "Still needed" last, 100 columns.
const readJson = (file: string) => JSON.parse(readFileSync(new URL(`../../examples/district/${file}`, import.meta.url), "utf8"));
const district = compileProgram(readJson("program.json"), { programs: readJson("programs.json") });
const students = readFileSync(new URL("../../examples/district/students.ndjson", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l));

const record = (courseNumber: string, amount: string, grade: string) => ({
  courseNumber,
  status: "completed",
  grade,
  credits: [{ type: "MATH", amount }],
});

describe("formatReportTree", () => {
  it("marks a completed record that earned no credit as not counting, under a failed requirement", () => {
    const program = { id: "P", criteria: [{ id: "M", expression: "ALG", requirements: [{ id: "ALG", type: "course", courses: ["MTH%"], minCredits: "1" }] }] };
    const tree = formatReportTree(evaluateProgress(program, { transcript: [record("MTH201", "0", "F"), record("MTH202", "0.5", "C")] }), { ascii: true });
    expect(tree).toContain("[ ] MTH201 0 credits — earned no credit");
    expect(tree).toContain("[x] MTH202 0.5 credits\n");
    expect(tree).not.toMatch(/\[x\] MTH201/);
  });

  it("says a suggested grade as a grade level", () => {
    const program = { id: "P", criteria: [{ id: "M", expression: "ALG", requirements: [{ id: "ALG", type: "course", courses: ["MTH%"], minCredits: "1", suggestedGrade: 9 }] }] };
    const tree = formatReportTree(evaluateProgress(program, { transcript: [] }));
    expect(tree).toMatch(/ALG 0 of 1 credit earned, 0 with planned courses, suggested in grade 9\n/);
  });

  it("folds what is under a muted result into its one line", () => {
    const program = {
      id: "P",
      criteria: [
        {
          id: "M",
          expression: "ALG OR ALT",
          requirements: [
            { id: "ALG", type: "course", courses: ["MTH%"], minCredits: "1" },
            { id: "ALT", type: "course", courses: ["ALT%"], minCredits: "2" },
          ],
        },
      ],
    };
    const report = evaluateProgress(program, { transcript: [record("MTH101", "1", "A"), record("ALT101", "1", "B")] });
    const tree = formatReportTree(report, { ascii: true });
    expect(tree).toMatch(/ALT 1 of 2 credits earned, 1 with planned courses \(not needed\)$/m);
    expect(tree).toContain("MTH101 1 credit");
    expect(tree).not.toContain("ALT101");
  });

  it("ends with every entry of report.remaining, in its order, with all its figures", () => {
    const program = {
      id: "P",
      criteria: [
        {
          id: "M",
          expression: "ALG AND GEO",
          requirements: [
            { id: "ALG", type: "course", description: "Algebra", courses: ["MTH%"], minCredits: "2", minCourses: 2 },
            { id: "GEO", type: "course", courses: ["GEO%"], minCourses: 1 },
          ],
        },
      ],
      creditGroups: [{ id: "T", name: "Total", minCredits: "4" }],
    };
    const report = evaluateProgress(program, { transcript: [record("MTH101", "1", "A")] });
    const lines = formatReportTree(report, { ascii: true }).split("\n");
    const at = lines.findIndex((l) => l.endsWith("Still needed"));
    expect(lines.slice(at + 1)).toHaveLength(report.remaining.length);
    expect(lines.slice(at + 1)).toEqual([
      "   +- [ ] M/ALG Algebra: 1 more credit, 1 more course",
      "   +- [ ] M/GEO: 1 more course",
      "   `- [ ] Total: 3 more credits",
    ]);
  });

  it("says a best-score test in Still needed lacks a passing score", () => {
    const program = {
      id: "P",
      criteria: [{ id: "A", expression: "EOC", requirements: [{ id: "EOC", type: "test", testCodes: ["EOC-ALG1"], scoreEvaluation: "oneAtOrAbove", minScaleScore: "400" }] }],
    };
    const report = evaluateProgress(program, { tests: [{ testCode: "EOC-ALG1", scaleScore: "350", status: "completed" }] });
    expect(report.remaining).toEqual([{ criterion: "A", id: "EOC", type: "test", status: "offTrack" }]);
    expect(formatReportTree(report, { ascii: true })).toMatch(/Still needed\n   `- \[ \] A\/EOC: no passing score yet$/);
  });

  it("wraps long text at spaces under its node, losing no word", () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
    const program = { id: "P", criteria: [{ id: "M", description: long, expression: "ALG", requirements: [{ id: "ALG", type: "course", courses: ["MTH%"], minCredits: "1" }] }] };
    const lines = formatReportTree(evaluateProgress(program, { transcript: [] }), { width: 60 }).split("\n");
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(60);
    const words = lines.join(" ").split(/\s+/).filter((w) => w.startsWith("word"));
    expect(words).toEqual(long.split(" "));
  });

  it("keeps every line of every example district student within 100 columns", () => {
    let longest = 0;
    for (const student of students) {
      const report = evaluateProgress(district, student);
      for (const ascii of [false, true]) {
        for (const line of formatReportTree(report, { ascii }).split("\n")) longest = Math.max(longest, [...line].length);
      }
    }
    expect(students).toHaveLength(400);
    expect(longest).toBeLessThanOrEqual(100);
    expect(longest).toBeGreaterThan(90);
  });
});
