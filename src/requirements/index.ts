export { KINDS, kindOf, RequirementShape, type AnyKind, type RequirementType, type RequirementResult, type RequirementDefinition, type RequirementRead } from "./kinds.js";
export type {
  AllocationView,
  CreditUnits,
  AllocationViewOf,
  Owner,
  CompiledSettings,
  EvaluationScope,
  ExceptionTargets,
  RequirementAdjustment,
  SetAsideReason,
  LoadContext,
  ValidateContext,
  RequirementResultBase,
} from "./kind.js";
export type { CourseRequirementResult, CourseRecordResult, NotCountedReason } from "./course.js";
export type { TestRequirementResult, TestScoreResult, ScoreFigures } from "./test.js";
export type { GpaRequirementResult, GpaBelowMinimum } from "./gpa.js";
export type { ProgramRequirementResult } from "./program.js";
export type { ChildRequirementResult } from "./child.js";
export type { ActivityRequirementResult, ActivityRecordResult } from "./activity.js";
export { CUMULATIVE, GpaCalculationShape, loadGpaFilter, type GpaFilter, type GpaCalculationDefinition } from "./gpa-filter.js";
export { checkNotEmpty, checkPatterns, checkPositive, checkReferenceId, checkUnique, isReferenceId } from "./checks.js";
export { RANK, STATUS_OF_RANK, statusFromCounts } from "./status.js";
export type { PaceResult } from "./pace.js";
export { compileCodeMatcher, createMatchIndex, bucketBySlot, type CodeMatcher, type MatchIndex } from "./record-matcher.js";
