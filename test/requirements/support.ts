import {
  evaluateProgress,
  type CourseRequirementResult,
  type CriterionResult,
  type GpaRequirementResult,
  type ProgramRequirementResult,
  type ProgressReport,
  type RequirementResult,
  type TestRequirementResult,
} from "../../src/index.js";
import { programWith } from "../helpers.js";

export type Json = Record<string, unknown>;

/** A transcript record; completed with one credit line unless told otherwise. */
export function record(courseNumber: string, extra: Json = {}): Json {
  return { courseNumber, credits: [{ type: "English", amount: "1" }], ...extra };
}

export function credits(...lines: [string, string][]) {
  return lines.map(([type, amount]) => ({ type, amount }));
}

export function student(extra: Json = {}): Json {
  return { id: "S1", transcript: [], tests: [], ...extra };
}

/** Evaluates a one-criterion program (criterion "C") holding `requirements` ANDed. */
export function run(requirements: Json[], stud: Json, extra: Json = {}, options?: { programs?: unknown[] }): ProgressReport {
  return evaluateProgress(programWith(requirements, extra), stud, options);
}

/** Every requirement result in the report tree (top-level, linked through children, recommendations). */
export function allRequirements(report: ProgressReport): RequirementResult[] {
  const out: RequirementResult[] = [];
  const visit = (c: CriterionResult) => {
    for (const r of c.requirements) {
      out.push(r);
      if (r.type === "child") visit(r.result);
    }
  };
  report.criteria.forEach(visit);
  out.push(...report.recommendations);
  return out;
}

/** Every criterion result in the report tree (top-level and linked). */
export function allCriteria(report: ProgressReport): CriterionResult[] {
  const out: CriterionResult[] = [];
  const visit = (c: CriterionResult) => {
    out.push(c);
    for (const r of c.requirements) if (r.type === "child") visit(r.result);
  };
  report.criteria.forEach(visit);
  return out;
}

export function requirement(report: ProgressReport, id: string, criterion = "C"): RequirementResult {
  const found = allRequirements(report).find((r) => r.id === id && r.criterion === criterion);
  if (found === undefined) throw new Error(`no requirement ${criterion}/${id} in the report`);
  return found;
}

export const course = (report: ProgressReport, id: string, criterion = "C") =>
  requirement(report, id, criterion) as CourseRequirementResult;
export const test = (report: ProgressReport, id: string, criterion = "C") =>
  requirement(report, id, criterion) as TestRequirementResult;
export const gpa = (report: ProgressReport, id: string, criterion = "C") =>
  requirement(report, id, criterion) as GpaRequirementResult;
export const program = (report: ProgressReport, id: string, criterion = "C") =>
  requirement(report, id, criterion) as ProgramRequirementResult;

/** A course requirement over `courses` needing `minCredits`. */
export function courseReq(id: string, courses: string[], minCredits: string | number = "1", extra: Json = {}): Json {
  return { id, type: "course", courses, minCredits, ...extra };
}
