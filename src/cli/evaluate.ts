import { performance } from "node:perf_hooks";
import { choiceOption, integerOption, parseCommandArgs } from "./args.js";
import type { BatchResult } from "./batch.js";
import { compileSet, loadDefinitionsOrFail, pickProgram } from "./definitions.js";
import { EXIT, UsageError } from "./errors.js";
import { checkEdFiArgs, readEdFiStudents } from "./ed-fi-input.js";
import { columnsOf, csvHeader, FORMATS } from "./formats.js";
import { countStudents, openInput, readBatches } from "./lines.js";
import { openOutput } from "./output.js";
import { startProgress } from "./progress.js";
import { Summary } from "./summary.js";
import { printHelp } from "./usage.js";
import { inlineRunner, workerRunner } from "./workers.js";

/** Lines per message to a worker: large enough that messaging costs little next to evaluating. */
const BATCH_LINES = 64;
/** Batches queued per worker, so none idles while the reader waits on the slowest one. */
const QUEUE_PER_JOB = 4;

export async function evaluate(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("evaluate", args, {
    programs: { type: "string", short: "p", multiple: true },
    program: { type: "string" },
    format: { type: "string", short: "f" },
    jobs: { type: "string", short: "j" },
    output: { type: "string", short: "o" },
    "ed-fi": { type: "string" },
    "ed-fi-options": { type: "string" },
  });
  if (values.help) return printHelp("evaluate");
  if (values.programs === undefined) throw new UsageError("--programs is required", "evaluate");
  checkEdFiArgs("evaluate", values["ed-fi"], values["ed-fi-options"], positionals);
  if (values["ed-fi"] === undefined && positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? "give the students file (- for standard input)" : "give exactly one students file", "evaluate");
  }
  const format = choiceOption("evaluate", "format", values.format, FORMATS, "ndjson");
  const jobs = integerOption("evaluate", "jobs", values.jobs, 1, 256, 1);
  const file = positionals[0]!;

  const definitions = await loadDefinitionsOrFail(values.programs);
  const program = compileSet(definitions, pickProgram(definitions, values.program));
  const columns = columnsOf(program.outline);
  // --ed-fi DIR: the adapter's students, as the NDJSON lines `ed-fi convert` writes.
  const edFi = values["ed-fi"] === undefined ? undefined : await readEdFiStudents(values["ed-fi"], values["ed-fi-options"], (line) => process.stderr.write(`${line}\n`));
  const input = edFi === undefined ? await openInput(file) : undefined;
  const total = edFi?.count ?? (process.stderr.isTTY && file !== "-" ? await countStudents(file) : undefined);
  const output = openOutput(values.output);

  const setup = { format, columns };
  const runner = jobs > 1 ? workerRunner(jobs, program, setup, new URL(import.meta.url)) : inlineRunner(program, setup);
  const summary = new Summary(program.programId, columns);
  const progress = startProgress(total);
  const started = performance.now();

  const emit = async (result: BatchResult) => {
    for (const messages of result.skipped) {
      summary.skippedLines += 1;
      for (const message of messages) progress.log(message);
    }
    for (const tally of result.tallies) summary.add(tally);
    await output.write(result.output);
    progress.update(summary.students + summary.skippedLines);
  };

  try {
    if (format === "csv") await output.write(csvHeader(columns));
    // Batches are emitted in the order they were read, whichever worker finishes first.
    const queue: Promise<BatchResult>[] = [];
    for await (const batch of edFi?.batches(BATCH_LINES) ?? readBatches(input!, BATCH_LINES)) {
      const result = runner.run(batch);
      result.catch(() => {}); // awaited in turn below; this only keeps an early failure from counting as unhandled
      queue.push(result);
      if (queue.length >= jobs * QUEUE_PER_JOB) await emit(await queue.shift()!);
    }
    while (queue.length > 0) await emit(await queue.shift()!);
    if (format === "summary") await output.write(summary.table());
  } finally {
    progress.stop();
    await runner.close();
  }
  await output.close();
  process.stderr.write(`${summary.line(performance.now() - started)}\n`);
  return summary.skippedLines > 0 ? EXIT.skippedLines : EXIT.ok;
}
