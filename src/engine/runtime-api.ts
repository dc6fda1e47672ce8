import { ProgramDefinitionError } from "../errors/index.js";
import type { ProgressReport } from "../report/types.js";
import { isCompiledProgram, loadCompiledProgram, type CompiledProgram } from "./compiled-program.js";
import type { CompiledProgramJSON } from "./plan/shape.js";
import { evaluateCompiled, iterateReports, type EvaluateManyOptions } from "./many.js";
import { readDetail, type EvaluateOptions } from "./options.js";

/*
 * The runtime entry evaluates programs compiled ahead of time (on a server, by compileProgram) and
 * shipped as JSON. It has no expression parser and no definition validation, which keeps the
 * browser bundle small; student records are still fully checked.
 */

const loaded = new WeakMap<object, CompiledProgram>();

/** A compiled artefact names its format; a definition does not. Safe on hostile objects. */
function hasOwnFormat(value: object): boolean {
  try {
    return Object.prototype.propertyIsEnumerable.call(value, "format");
  } catch {
    return false;
  }
}

function compiledFor(program: unknown): CompiledProgram {
  if (isCompiledProgram(program)) return program;
  if (typeof program === "object" && program !== null) {
    let compiled = loaded.get(program);
    if (compiled === undefined) {
      if (!hasOwnFormat(program)) {
        throw new ProgramDefinitionError([
          {
            path: [],
            code: "notCompiledProgram",
            message:
              "program-criteria/runtime evaluates compiled programs only: compile the definition with compileProgram (from program-criteria) and pass compiled.toJSON()",
          },
        ]);
      }
      compiled = loadCompiledProgram(program);
      loaded.set(program, compiled);
    }
    return compiled;
  }
  return loadCompiledProgram(program);
}

/** Evaluates one student against a compiled program or its JSON form (`compiled.toJSON()`). */
export function evaluateProgress(program: CompiledProgram | CompiledProgramJSON, student: unknown, options?: EvaluateOptions): ProgressReport {
  const compiled = compiledFor(program);
  return evaluateCompiled(compiled, student, readDetail(options));
}

/** Evaluates a sequence of students against a compiled program, yielding each report as it goes. */
export function evaluateMany(
  program: CompiledProgram | CompiledProgramJSON,
  students: Iterable<unknown>,
  options?: EvaluateManyOptions,
): Generator<ProgressReport, void, undefined>;
export function evaluateMany(
  program: CompiledProgram | CompiledProgramJSON,
  students: AsyncIterable<unknown>,
  options?: EvaluateManyOptions,
): AsyncGenerator<ProgressReport, void, undefined>;
export function evaluateMany(
  program: CompiledProgram | CompiledProgramJSON,
  students: Iterable<unknown> | AsyncIterable<unknown>,
  options?: EvaluateManyOptions,
) {
  return iterateReports(compiledFor(program), students, options);
}
