import { describe, expect, it } from "vitest";
import { evaluateProgress, formatReportTree, type CourseRequirementResult, type GpaRequirementResult, type TestRequirementResult } from "../../src/index.js";

/*
 * The examples of docs/semantics.md Part II (sections 13 and 14), run through the public API so
 * the document cannot drift from the code.
 */

type Json = Record<string, unknown>;
const program = (requirement: Json, extra: Json = {}): Json => ({ id: "P", criteria: [{ id: "C", expression: requirement["id"], requirements: [requirement] }], ...extra });
const first = <T>(definition: Json, student: Json) => evaluateProgress(definition, student).criteria[0]!.requirements[0] as T;
const english = (courseNumber: string, status = "completed") => ({ courseNumber, status, credits: [{ type: "English", amount: "1" }] });

describe("semantics.md section 13: time", () => {
  const eoc = program({ id: "T", type: "test", scoreEvaluation: "countPassing", count: 2, testCodes: ["EOC-%"], dueGrade: 11 });

  it("13.1: a registration and a due grade keep a test on track", () => {
    const tests = [{ testCode: "EOC-ALG", passed: true }, { testCode: "EOC-BIO", status: "planned" }];
    expect(first<TestRequirementResult>(eoc, { tests })).toMatchObject({ status: "onTrack", achieved: 1, planned: 1 });
    expect(first<TestRequirementResult>(eoc, { tests: [tests[0], { testCode: "EOC-ALG", status: "planned" }] }).status).toBe("offTrack");
    expect(first<TestRequirementResult>(eoc, { gradeLevel: 10 }).status).toBe("onTrack");
    expect(first<TestRequirementResult>(eoc, { gradeLevel: 12 }).status).toBe("offTrack");
    expect(formatReportTree(evaluateProgress(eoc, { tests }), { width: Infinity })).toContain(", 1 registration planned, due by grade 11");
  });

  it("13.2: a freshman with English 9 in progress is on track for the GPA", () => {
    const gpa = program({ id: "G", type: "gpa", calculation: "cumulative", minOverallGpa: "2" });
    const result = first<GpaRequirementResult>(gpa, { gradeLevel: 9, transcript: [english("ENG101", "inProgress")] });
    expect(result.status).toBe("onTrack");
    expect("gpa" in result).toBe(false);
    expect(first<GpaRequirementResult>(gpa, { gradeLevel: 9, transcript: [{ ...english("ENG101", "inProgress"), excludeFromGpa: true }] }).status).toBe("offTrack");
  });

  it("13.3: on pace without a complete plan", () => {
    const paced = program({ id: "E", type: "course", courses: ["ENG%"], minCredits: "4", pace: { "9": "1", "10": "2", "11": "3" } });
    const report = evaluateProgress(paced, { gradeLevel: 10, transcript: [english("ENG101"), english("ENG201", "inProgress")] });
    const result = report.criteria[0]!.requirements[0] as CourseRequirementResult;
    expect(result).toMatchObject({ status: "onTrack", projectedCredits: "2", pace: { grade: 10, expected: "2", actual: "2", onPace: true } });
    expect(formatReportTree(report, { width: Infinity })).toContain("on pace: 2 of 2 expected by end of grade 10");
  });
});

describe("semantics.md section 14: exceptions", () => {
  it("14.5: a renamed requirement is an orphan, reported as a warning", () => {
    const definition = { id: "P", criteria: [{ id: "PE_HEALTH", expression: "PE_HEALTH_CREDITS", requirements: [{ id: "PE_HEALTH_CREDITS", type: "course", courses: ["PHS%"], minCredits: "1" }] }] };
    const exception = { id: "EX-9", program: "P", kind: "waive", criterion: "PE_HEALTH", requirement: "PE_CREDITS" };
    const report = evaluateProgress(definition, { exceptions: [exception] });
    expect(report.warnings).toEqual([
      { code: "orphanException", path: ["exceptions", 0], message: 'exception "EX-9" (waive) was not applied: criterion "PE_HEALTH" has no requirement "PE_CREDITS"' },
    ]);
    expect(report.exceptions).toEqual([{ id: "EX-9", applied: false }]);
  });

  it("14.2: selectors compare with their JSON type", () => {
    const definition = program({ id: "E", type: "course", courses: ["ENG%"], minCredits: "1" });
    const transcript = [{ ...english("ENG101"), id: 881 }];
    const exclude = (id: unknown) => ({ transcript, exceptions: [{ id: "X", program: "P", kind: "exclude", record: { id } }] });
    expect(evaluateProgress(definition, exclude("881")).exceptions).toEqual([{ id: "X", applied: false }]);
    expect(first<CourseRequirementResult>(definition, exclude(881)).records[0]).toMatchObject({ counted: false, reason: "excluded" });
  });
});
