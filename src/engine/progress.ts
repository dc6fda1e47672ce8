import { ProgramDefinitionError } from "../errors/index.js";
import type { ProgressReport } from "../report/types.js";
import { compileToPlan } from "./compile/compile.js";
import { compiledFromPlan, isCompiledProgram, type CompiledProgram } from "./compiled-program.js";
import { evaluateCompiled, iterateReports, type EvaluateManyOptions } from "./many.js";
import { readDetail, type EvaluateOptions } from "./options.js";

/** Options of `compileProgram` (and of `evaluateProgress` given a plain definition). */
export interface CompileOptions {
  /** The other program definitions that academic-program requirements may name, found by `id`. */
  programs?: unknown[];
}

/**
 * Validates a program definition (and every program in `options.programs`) once and returns a
 * CompiledProgram that evaluates any number of students. Throws ProgramDefinitionError listing
 * every problem found.
 */
export function compileProgram(definition: unknown, options?: CompileOptions): CompiledProgram {
  return compiledFromPlan(compileToPlan(definition, programsOption(options)));
}

/** `options.programs`, read once without trusting `options` to be plain data. */
function programsOption(options: unknown): unknown {
  try {
    return typeof options === "object" && options !== null ? (options as CompileOptions).programs : undefined;
  } catch {
    throw new ProgramDefinitionError([{ path: ["programs"], code: "unreadable", message: "options.programs could not be read" }]);
  }
}

// Plain definitions passed straight to evaluateProgress are compiled once per object identity
// (and per programs list), so a loop over students does not recompile. Mutating a definition
// after evaluating it is not seen: compile it again with compileProgram.
const cache = new WeakMap<object, { programs: unknown; compiled: CompiledProgram }>();

function compiledFor(program: unknown, options: CompileOptions | undefined): CompiledProgram {
  if (isCompiledProgram(program)) {
    if (programsOption(options) !== undefined) {
      throw new ProgramDefinitionError([
        {
          path: ["programs"],
          code: "programsWithCompiled",
          message: "a compiled program keeps the programs it was compiled with; give options.programs to compileProgram instead",
        },
      ]);
    }
    return program;
  }
  if (typeof program !== "object" || program === null) return compileProgram(program, options);
  const programs = programsOption(options);
  const hit = cache.get(program);
  if (hit !== undefined && hit.programs === programs) return hit.compiled;
  const compiled = compileProgram(program, { programs: programs as unknown[] });
  cache.set(program, { programs, compiled });
  return compiled;
}

/**
 * Evaluates one student's record against a program (a CompiledProgram, or a definition that is
 * compiled and cached by identity). Throws ProgramDefinitionError (checked first), then
 * StudentRecordError. The report is plain JSON and deterministic.
 */
export function evaluateProgress(
  program: CompiledProgram | unknown,
  student: unknown,
  options?: CompileOptions & EvaluateOptions,
): ProgressReport {
  const compiled = compiledFor(program, options);
  return evaluateCompiled(compiled, student, readDetail(options));
}

/**
 * Evaluates a sequence of students (an Iterable, or an AsyncIterable such as a stream) against one
 * program, yielding each report as it goes. The program is compiled (and checked) before this
 * returns; invalid records go to `options.onError` when given, else they throw.
 */
export function evaluateMany(
  program: CompiledProgram | unknown,
  students: Iterable<unknown>,
  options?: CompileOptions & EvaluateManyOptions,
): Generator<ProgressReport, void, undefined>;
export function evaluateMany(
  program: CompiledProgram | unknown,
  students: AsyncIterable<unknown>,
  options?: CompileOptions & EvaluateManyOptions,
): AsyncGenerator<ProgressReport, void, undefined>;
export function evaluateMany(
  program: CompiledProgram | unknown,
  students: Iterable<unknown> | AsyncIterable<unknown>,
  options?: CompileOptions & EvaluateManyOptions,
) {
  return iterateReports(compiledFor(program, options), students, options);
}
