import { StudentRecordError } from "../errors/index.js";
import type { ProgressReport } from "../requirements/index.js";
import { prepareStudent } from "../student/index.js";
import { guarded, runtimeOf, type CompiledProgram } from "./compiled-program.js";
import { evaluateStudent } from "./evaluate.js";

/** Options of `evaluateMany`. */
export interface EvaluateManyOptions {
  /**
   * Called with each invalid student record (and its position in the input), which is then
   * skipped. Without it, the first invalid record ends the iteration by throwing.
   */
  onError?: (error: StudentRecordError, index: number) => void;
}

/** One student through an already compiled program: check and index the record, then evaluate. */
export function evaluateCompiled(compiled: CompiledProgram, student: unknown): ProgressReport {
  return guarded(compiled, () => evaluateStudent(runtimeOf(compiled), prepareStudent(student)));
}

function attempt(compiled: CompiledProgram, student: unknown, index: number, options: EvaluateManyOptions | undefined) {
  if (options?.onError === undefined) return evaluateCompiled(compiled, student);
  try {
    return evaluateCompiled(compiled, student);
  } catch (error) {
    if (!StudentRecordError.is(error)) throw error;
    options.onError(error, index);
    return undefined;
  }
}

function* reportsOf(compiled: CompiledProgram, students: Iterable<unknown>, options: EvaluateManyOptions | undefined) {
  let index = 0;
  for (const student of students) {
    const report = attempt(compiled, student, index++, options);
    if (report !== undefined) yield report;
  }
}

async function* reportsOfAsync(compiled: CompiledProgram, students: AsyncIterable<unknown>, options: EvaluateManyOptions | undefined) {
  let index = 0;
  for await (const student of students) {
    const report = attempt(compiled, student, index++, options);
    if (report !== undefined) yield report;
  }
}

/**
 * Reports for a sequence of students, produced one at a time as the input is read, so a cohort
 * of any size runs in constant memory. An AsyncIterable (a stream) gives an AsyncGenerator.
 */
export function iterateReports(
  compiled: CompiledProgram,
  students: Iterable<unknown> | AsyncIterable<unknown>,
  options: EvaluateManyOptions | undefined,
): Generator<ProgressReport, void, undefined> | AsyncGenerator<ProgressReport, void, undefined> {
  if (typeof students === "object" && students !== null && Symbol.asyncIterator in students) {
    return reportsOfAsync(compiled, students as AsyncIterable<unknown>, options);
  }
  return reportsOf(compiled, students as Iterable<unknown>, options);
}
