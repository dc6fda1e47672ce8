export { compileProgram, evaluateProgress, evaluateMany, type CompileOptions } from "./progress.js";
export { loadCompiledProgram, isCompiledProgram, type CompiledProgram } from "./compiled-program.js";
export type { EvaluateManyOptions } from "./many.js";
export type { CompiledProgramJSON, CompiledProgramData, CompiledCriterion, CompiledSettings } from "./compiled.js";
