export { ProgramDefinitionError, StudentRecordError, ExpressionSyntaxError, type Issue } from "./errors/index.js";
export {
  parseExpression,
  formatExpression,
  type Expression,
  type RefExpression,
  type AndExpression,
  type OrExpression,
  type OfExpression,
} from "./expression/index.js";
export { matchWildcard, type WildcardOptions } from "./match/index.js";
export {
  compileProgram,
  evaluateProgress,
  evaluateMany,
  loadCompiledProgram,
  type CompileOptions,
  type EvaluateManyOptions,
  type CompiledProgram,
  type CompiledProgramJSON,
} from "./engine/index.js";
export {
  ProgramDefinitionSchema,
  StudentRecordSchema,
  type ProgramDefinition,
  type StudentRecord,
} from "./schema/index.js";
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
export { formatReportTree, type TreeOptions } from "./report/index.js";
