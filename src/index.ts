/**
 * The whole library: parse and format expressions, match wildcards, compile and validate programs, evaluate students, render reports.
 *
 * @module program-criteria
 */
export {
  ProgramDefinitionError,
  StudentRecordError,
  ExpressionSyntaxError,
  type Issue,
  type SyntaxErrorDetails,
} from "./errors/index.js";
export {
  parseExpression,
  formatExpression,
  type Expression,
  type RefExpression,
  type AndExpression,
  type OrExpression,
  type OfExpression,
  type Span,
} from "./expression/index.js";
export { matchWildcard, type WildcardOptions } from "./match/index.js";
export {
  compileProgram,
  evaluateProgress,
  evaluateMany,
  loadCompiledProgram,
  type CompileOptions,
  type EvaluateManyOptions,
  type EvaluateOptions,
  type CompiledProgram,
  type CompiledProgramJSON,
  type CompiledProgramData,
  type CompiledCriterion,
  type CompiledSettings,
  type ProgramOutline,
  type OutlineCriterion,
} from "./engine/index.js";
export {
  ProgramDefinitionSchema,
  StudentRecordSchema,
  type ProgramDefinition,
  type StudentRecord,
  CatalogSchema,
} from "./schema/index.js";
export {
  loadRequests,
  type LoadRequestsInput,
  type LoadRequestsResult,
  type CourseRequest,
  type Section,
  type SectionRoster,
  type RosterEntry,
  type UnplacedRequest,
  type UnplacedReason,
  type PriorityRequirement,
} from "./schedule/index.js";
export {
  previewProgram,
  lintProgram,
  type ProgramPreview,
  type PreviewRequirement,
  type LintFinding,
  type Catalog,
  type CatalogCourse,
  type CatalogTest,
} from "./catalog/index.js";
// Every shape of the progress report.
export type * from "./report/types.js";
export { formatReportTree, type TreeOptions } from "./report/index.js";
