export { compileProgram, evaluateProgress, evaluateMany, type CompileOptions } from "./progress.js";
export {
  loadCompiledProgram,
  isCompiledProgram,
  type CompiledProgram,
  type ProgramOutline,
  type OutlineCriterion,
} from "./compiled-program.js";
export type { EvaluateManyOptions } from "./many.js";
export type { EvaluateOptions } from "./options.js";
export type { CompiledProgramJSON, CompiledProgramData, CompiledCriterion } from "./plan/shape.js";
export type { CompiledSettings } from "../requirements/index.js";
