import { ProgramDefinitionError, StudentRecordError } from "../errors/index.js";
import type { ProgressReport } from "../report/types.js";
import { prepareStudent } from "../student/index.js";
import { runtimeOf, type CompiledProgram } from "./compiled-program.js";
import { evaluateStudent } from "./evaluate/evaluate.js";
import type { ReportDetail } from "../report/compact.js";
import { readDetail, type EvaluateOptions } from "./options.js";

/** Options of `evaluateMany`. */
export interface EvaluateManyOptions extends EvaluateOptions {
  /**
   * Called with each invalid student record (and its position in the input), which is then
   * skipped. Without it, the first invalid record ends the iteration by throwing.
   */
  onError?: (error: StudentRecordError, index: number) => void;
}

/** One student through an already compiled program: check and index the record, then evaluate. */
export function evaluateCompiled(compiled: CompiledProgram, student: unknown, detail: ReportDetail = "full"): ProgressReport {
  return evaluateStudent(runtimeOf(compiled), prepareStudent(student), detail);
}

type OnError = EvaluateManyOptions["onError"];

/** `options.onError`, read once; anything but a function (or nothing) is a ProgramDefinitionError. */
export function readOnError(options: unknown): OnError {
  let onError: unknown;
  try {
    onError = typeof options === "object" && options !== null ? (options as EvaluateManyOptions).onError : undefined;
  } catch {
    onError = null;
  }
  if (onError === undefined || typeof onError === "function") return onError as OnError;
  throw new ProgramDefinitionError([
    { path: ["onError"], code: "invalidOption", message: "options.onError must be a function (error, index) => void" },
  ]);
}

function attempt(compiled: CompiledProgram, student: unknown, index: number, onError: OnError, detail: ReportDetail) {
  if (onError === undefined) return evaluateCompiled(compiled, student, detail);
  try {
    return evaluateCompiled(compiled, student, detail);
  } catch (error) {
    if (!StudentRecordError.is(error)) throw error;
    onError(error, index);
    return undefined;
  }
}

function* reportsOf(compiled: CompiledProgram, students: Iterable<unknown>, onError: OnError, detail: ReportDetail) {
  let index = 0;
  for (const student of students) {
    const report = attempt(compiled, student, index++, onError, detail);
    if (report !== undefined) yield report;
  }
}

async function* reportsOfAsync(compiled: CompiledProgram, students: AsyncIterable<unknown>, onError: OnError, detail: ReportDetail) {
  let index = 0;
  for await (const student of students) {
    const report = attempt(compiled, student, index++, onError, detail);
    if (report !== undefined) yield report;
  }
}

function kindOfIterable(students: unknown): "sync" | "async" | undefined {
  try {
    if (typeof students !== "object" && typeof students !== "function") return undefined;
    if (students === null) return undefined;
    const s = students as Record<symbol, unknown>;
    if (typeof s[Symbol.asyncIterator] === "function") return "async";
    if (typeof s[Symbol.iterator] === "function") return "sync";
    return undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reports for a sequence of students, produced one at a time as the input is read, so a cohort
 * of any size runs in constant memory. An AsyncIterable (a stream) gives an AsyncGenerator.
 */
export function iterateReports(
  compiled: CompiledProgram,
  students: Iterable<unknown> | AsyncIterable<unknown>,
  options: unknown,
): Generator<ProgressReport, void, undefined> | AsyncGenerator<ProgressReport, void, undefined> {
  const onError = readOnError(options);
  const detail = readDetail(options);
  const kind = kindOfIterable(students);
  if (kind === undefined) {
    throw new StudentRecordError([
      { path: [], code: "notIterable", message: "evaluateMany needs an Iterable or an AsyncIterable of student records (an array, a generator, a stream)" },
    ]);
  }
  if (kind === "async") return reportsOfAsync(compiled, students as AsyncIterable<unknown>, onError, detail);
  return reportsOf(compiled, students as Iterable<unknown>, onError, detail);
}
