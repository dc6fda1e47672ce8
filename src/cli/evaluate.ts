import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { escapeControls } from "../errors/index.js";
import { choiceOption, integerOption, parseCommandArgs } from "./args.js";
import { skippedMessages } from "./batch.js";
import { compileSet, loadDefinitionsOrFail, pickProgram } from "./definitions.js";
import { EXIT, UsageError } from "./errors.js";
import { checkEdFiArgs, readEdFiStudents } from "./ed-fi-input.js";
import { columnsOf, csvHeader, FORMATS } from "./formats.js";
import { defaultJobs } from "./jobs.js";
import { countStudents, openInput, readChunks } from "./lines.js";
import { openOutput } from "./output.js";
import { startProgress } from "./progress.js";
import { refuseOutputOverInput } from "./same-file.js";
import { Summary } from "./summary.js";
import { printHelp } from "./usage.js";
import { REPORT_DETAILS } from "../report/compact.js";
import type { RunResult } from "./worker-protocol.js";
import { inlineRunner, workerRunner } from "./workers.js";

/** Bytes of input per chunk sent to a worker: a few dozen students, so messages cost little. */
const CHUNK_BYTES = 256 * 1024;
/** Chunks queued per job, so no worker idles while the reader waits on the slowest one. */
const QUEUE_PER_JOB = 4;

export async function evaluate(args: string[], tool: URL): Promise<number> {
  const { values, positionals } = parseCommandArgs("evaluate", args, {
    programs: { type: "string", short: "p", multiple: true },
    program: { type: "string" },
    format: { type: "string", short: "f" },
    jobs: { type: "string", short: "j" },
    output: { type: "string", short: "o" },
    detail: { type: "string" },
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
  const detail = choiceOption("evaluate", "detail", values.detail, REPORT_DETAILS, "full");
  const explicitJobs = values.jobs === undefined ? undefined : integerOption("evaluate", "jobs", values.jobs, 1, 256, 1);
  const file = positionals[0]!;
  refuseOutputOverInput("evaluate", values.output, [
    ...(values["ed-fi"] === undefined ? [{ file, role: "the students file" }] : []),
    ...values.programs.map((p) => ({ file: p, role: "the definitions file" })),
  ]);

  const definitions = await loadDefinitionsOrFail(values.programs);
  const program = compileSet(definitions, pickProgram(definitions, values.program), "-p");
  const columns = columnsOf(program.outline);
  // --ed-fi DIR: the adapter's students, as the NDJSON text `ed-fi convert` writes.
  const edFi = values["ed-fi"] === undefined ? undefined : await readEdFiStudents(values["ed-fi"], values["ed-fi-options"], (line) => process.stderr.write(`${line}
`));
  const input = edFi ?? (await openInput(file));
  const jobs = explicitJobs ?? defaultJobs(input.regularFileBytes, availableParallelism());
  const total = edFi?.count ?? (process.stderr.isTTY && file !== "-" ? await countStudents(file) : undefined);
  const output = openOutput(values.output);

  const setup = { format, columns, detail };
  const runner = jobs > 1 ? workerRunner(jobs, program, setup, tool) : inlineRunner(program, setup);
  const summary = new Summary(program.programId, columns);
  const progress = startProgress(total);
  const started = performance.now();

  // Chunks come back numbered from their own first line; counting their line feeds in emitting
  // order gives each its place in the input.
  let linesBefore = 0;
  const emit = async (result: RunResult) => {
    for (const skipped of result.skipped) {
      summary.skippedLines += 1;
      for (const message of skippedMessages(skipped, linesBefore)) progress.log(escapeControls(message));
    }
    linesBefore += result.lineFeeds;
    for (const tally of result.tallies) summary.add(tally);
    await output.write(result.output);
    progress.update(summary.students + summary.skippedLines);
  };

  try {
    if (format === "csv") await output.write(csvHeader(columns));
    // Chunks are emitted in the order they were read, whichever worker finishes first.
    const queue: Promise<RunResult>[] = [];
    for await (const chunk of readChunks(input.stream, CHUNK_BYTES)) {
      const result = runner.run(chunk);
      result.catch(() => {}); // awaited in turn below; this only keeps an early failure from counting as unhandled
      queue.push(result);
      if (queue.length >= jobs * QUEUE_PER_JOB) await emit(await queue.shift()!);
    }
    while (queue.length > 0) await emit(await queue.shift()!);
    if (format === "summary") await output.write(escapeControls(summary.table()));
  } finally {
    progress.stop();
    await runner.close();
  }
  await output.close();
  process.stderr.write(`${summary.line(performance.now() - started)}\n`);
  return summary.skippedLines > 0 ? EXIT.skippedLines : EXIT.ok;
}
