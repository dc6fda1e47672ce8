import { evaluateProgress, StudentRecordError, type CompiledProgram } from "../index.js";
import { formatPath } from "../errors/index.js";
import { csvRow, tallyOf, type Columns, type Format } from "./formats.js";
import { parseJson } from "./read-json.js";

/** A non-blank input line and its 1-based line number. */
export interface InputLine {
  line: number;
  text: string;
}

/** What a batch of lines turned into: output text (in line order), summary tallies, skipped lines. */
export interface BatchResult {
  output: string;
  tallies: string[];
  /** One entry per skipped line, each message already prefixed with `line N: `. */
  skipped: string[][];
}

export interface BatchSetup {
  format: Format;
  columns: Columns;
}

/**
 * Runs in the main thread (`--jobs 1`) and in worker threads alike, so the output cannot depend on
 * the number of jobs. Bad lines are reported and skipped; any other error is a bug and propagates.
 */
export function evaluateBatch(program: CompiledProgram, lines: readonly InputLine[], setup: BatchSetup): BatchResult {
  let output = "";
  const tallies: string[] = [];
  const skipped: string[][] = [];
  for (const { line, text } of lines) {
    const parsed = parseJson(text);
    if (!parsed.ok) {
      const { reason, column } = parsed.problem;
      skipped.push([`line ${line}: invalid JSON at column ${column}: ${reason}`]);
      continue;
    }
    try {
      const report = evaluateProgress(program, parsed.value);
      if (setup.format === "ndjson") output += `${JSON.stringify(report)}\n`;
      else if (setup.format === "csv") output += csvRow(report, setup.columns);
      tallies.push(tallyOf(report, setup.columns));
    } catch (error) {
      if (!StudentRecordError.is(error)) throw error;
      skipped.push(error.issues.map((i) => `line ${line}: ${formatPath(i.path)}: ${i.message.replace(/\n/g, "\n    ")}`));
    }
  }
  return { output, tallies, skipped };
}
