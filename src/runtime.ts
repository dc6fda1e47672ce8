/**
 * Evaluates programs compiled ahead of time (`compileProgram(...).toJSON()` on a server): no expression parser, no definition schema; student records are still fully checked. For browsers.
 *
 * @module program-criteria/runtime
 */
export { ProgramDefinitionError, StudentRecordError, type Issue } from "./errors/index.js";
export { evaluateProgress, evaluateMany } from "./engine/runtime-api.js";
export { loadCompiledProgram, type CompiledProgram, type ProgramOutline, type OutlineCriterion } from "./engine/compiled-program.js";
export type { EvaluateManyOptions } from "./engine/many.js";
export type { EvaluateOptions } from "./engine/options.js";
export type { CompiledProgramJSON, CompiledProgramData, CompiledCriterion } from "./engine/plan/shape.js";
export type { CompiledSettings } from "./requirements/index.js";
// Every shape of the progress report.
export type * from "./report/types.js";
