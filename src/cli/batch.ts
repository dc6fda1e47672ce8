// The runtime entry: enough to evaluate a compiled program, so a worker thread loads no parser.
import { evaluateProgress, StudentRecordError, type CompiledProgram } from "../runtime.js";
import type { ReportDetail } from "../report/compact.js";
import { csvRow, tallyOf, type Columns, type Format } from "./formats.js";
import { formatIssueLine, studentOf } from "./issue-lines.js";
import { splitLines, type Chunk } from "./lines.js";
import { parseJson } from "./read-json.js";

/** What a chunk of lines turned into: output text (in line order), summary tallies, skipped lines. */
export interface BatchResult {
  output: string;
  tallies: string[];
  skipped: SkippedLine[];
  /** The chunk's `\n`s: whoever emits the chunks in order numbers the next chunk's lines from them. */
  lineFeeds: number;
}

/**
 * A line that was reported and skipped: its number within the chunk, and each message as it
 * follows `line N` (`: invalid JSON at column 7: …`, ` (student "S1"): transcript.0.courseNumber: …`).
 */
export interface SkippedLine {
  line: number;
  messages: string[];
}

/** `line 17 (student "S1"): …`: the messages of a skipped line, numbered from the input's start. */
export function skippedMessages(skipped: SkippedLine, linesBefore: number): string[] {
  return skipped.messages.map((message) => `line ${linesBefore + skipped.line}${message}`);
}

const COMPACT = { detail: "compact" } as const;

export interface BatchSetup {
  format: Format;
  columns: Columns;
  /** The NDJSON report's detail (`--detail`); CSV rows and the summary read only what a compact report keeps. */
  detail: ReportDetail;
}

/**
 * Runs in the main thread (`--jobs 1`) and in worker threads alike, so the output cannot depend on
 * the number of jobs. Bad lines are reported and skipped; any other error is a bug and propagates.
 */
export function evaluateChunk(program: CompiledProgram, chunk: Chunk, setup: BatchSetup): BatchResult {
  let output = "";
  const tallies: string[] = [];
  const skipped: SkippedLine[] = [];
  const options = setup.format === "ndjson" ? { detail: setup.detail } : COMPACT;
  const { lines, lineFeeds } = splitLines(chunk);
  for (const { line, text } of lines) {
    const parsed = parseJson(text);
    if (!parsed.ok) {
      // The line holds no line feed, so the offset is the column.
      const { reason, offset } = parsed.problem;
      skipped.push({ line, messages: [`: invalid JSON at column ${offset + 1}: ${reason}`] });
      continue;
    }
    try {
      const report = evaluateProgress(program, parsed.value, options);
      if (setup.format === "ndjson") output += `${JSON.stringify(report)}\n`;
      else if (setup.format === "csv") output += csvRow(report, setup.columns);
      tallies.push(tallyOf(report, setup.columns, setup.format === "summary"));
    } catch (error) {
      if (!StudentRecordError.is(error)) throw error;
      const student = studentOf(parsed.value);
      skipped.push({ line, messages: error.issues.map((issue) => formatIssueLine(student, issue)) });
    }
  }
  return { output, tallies, skipped, lineFeeds };
}
