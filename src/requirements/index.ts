import type { ChildRuntime } from "./child.js";
import type { CourseRuntime } from "./course.js";
import type { GpaRuntime } from "./gpa.js";
import type { ProgramRuntime } from "./program.js";
import type { TestRuntime } from "./test.js";
import { evaluateChild } from "./child.js";
import { evaluateCourse } from "./course.js";
import { evaluateGpa } from "./gpa.js";
import { evaluateProgramRequirement } from "./program.js";
import { evaluateTest } from "./test.js";
import type { EvaluationScope } from "./context.js";
import type { RequirementResult } from "./results.js";

export type RequirementRuntime = CourseRuntime | TestRuntime | GpaRuntime | ProgramRuntime | ChildRuntime;

export function evaluateRequirement(rt: RequirementRuntime, scope: EvaluationScope): RequirementResult {
  switch (rt.kind) {
    case "course":
      return evaluateCourse(rt, scope);
    case "test":
      return evaluateTest(rt, scope);
    case "gpa":
      return evaluateGpa(rt, scope);
    case "program":
      return evaluateProgramRequirement(rt, scope);
    case "child":
      return evaluateChild(rt, scope);
  }
}

export { prepareCourse, type CourseRuntime } from "./course.js";
export { prepareTest, type TestRuntime } from "./test.js";
export { prepareGpa, prepareGpaFilter, CUMULATIVE, type GpaFilter, type GpaRuntime } from "./gpa.js";
export { prepareProgramRequirement, type ProgramRuntime } from "./program.js";
export { prepareChild, type ChildRuntime } from "./child.js";
export type { EvaluationScope, PrepareContext, CompiledSettings } from "./context.js";
export * from "./results.js";
export { RANK, STATUS_OF_RANK, statusFromCounts } from "./status.js";
export { compileCodeMatcher, createMatchIndex, bucketBySlot, type CodeMatcher, type MatchIndex } from "./record-matcher.js";
