export { ProgramDefinitionError, StudentRecordError, type Issue } from "./errors/index.js";
export { evaluateProgress, evaluateMany } from "./engine/runtime-api.js";
export { loadCompiledProgram, type CompiledProgram } from "./engine/compiled-program.js";
export type { EvaluateManyOptions } from "./engine/many.js";
export type { CompiledProgramJSON } from "./engine/compiled.js";
export type {
  Status,
  ProgressReport,
  CriterionResult,
  RequirementResult,
  CourseRequirementResult,
  TestRequirementResult,
  GpaRequirementResult,
  ProgramRequirementResult,
  ChildRequirementResult,
  CreditGroupResult,
  Warning,
} from "./requirements/index.js";
