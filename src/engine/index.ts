export { compileProgram, evaluateProgress, type CompileOptions } from "./progress.js";
export { loadCompiledProgram, isCompiledProgram, type CompiledProgram } from "./compiled-program.js";
export type { CompiledProgramJSON, CompiledProgramData, CompiledCriterion, CompiledSettings } from "./compiled.js";
