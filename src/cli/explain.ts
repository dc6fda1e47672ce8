import { evaluateProgress, formatReportTree, StudentRecordError } from "../index.js";
import { escapeControls } from "../errors/index.js";
import { parseCommandArgs } from "./args.js";
import { compileSet, loadDefinitionsOrFail, pickProgram } from "./definitions.js";
import { CliError, EXIT, UsageError } from "./errors.js";
import { formatIssueLine, studentOf } from "./issue-lines.js";
import { openInput, readLines } from "./lines.js";
import { parseJson, readJsonFile } from "./read-json.js";
import { printHelp } from "./usage.js";

export async function explain(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("explain", args, {
    programs: { type: "string", short: "p", multiple: true },
    program: { type: "string" },
    student: { type: "string", short: "s" },
    id: { type: "string" },
    ascii: { type: "boolean" },
  });
  if (values.help) return printHelp("explain");
  if (values.programs === undefined) throw new UsageError("--programs is required", "explain");
  if (values.student === undefined) throw new UsageError("--student is required", "explain");
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`, "explain");

  const definitions = await loadDefinitionsOrFail(values.programs);
  const program = compileSet(definitions, pickProgram(definitions, values.program), "-p");
  const { student, where } =
    values.id === undefined ? await readOneStudent(values.student) : await findStudent(values.student, values.id);
  try {
    const tree = formatReportTree(evaluateProgress(program, student), { ascii: values.ascii === true });
    process.stdout.write(`${escapeControls(tree)}\n`);
  } catch (error) {
    if (!StudentRecordError.is(error)) throw error;
    throw new CliError(error.issues.map((issue) => formatIssueLine(`${where}${studentOf(student)}`, issue)).join("\n"));
  }
  return EXIT.ok;
}

async function readOneStudent(file: string): Promise<{ student: unknown; where: string }> {
  try {
    return { student: await readJsonFile(file), where: file };
  } catch (error) {
    // A second value after the first is what an NDJSON file looks like to JSON.parse.
    if (error instanceof CliError && error.message.includes("Unexpected non-whitespace character after JSON")) {
      throw new CliError(`${file}: holds more than one student; choose one with --id`);
    }
    throw error;
  }
}

/*
 * Streams the NDJSON file and parses only lines that mention the id, so picking one student from
 * a large export stays fast and small.
 */
async function findStudent(file: string, id: string): Promise<{ student: unknown; where: string }> {
  const needle = JSON.stringify(id).slice(1, -1);
  for await (const { line, text } of readLines((await openInput(file)).stream)) {
    if (!text.includes(needle)) continue;
    const parsed = parseJson(text);
    if (!parsed.ok) continue;
    const candidate = (parsed.value as { id?: unknown } | null)?.id;
    if ((typeof candidate === "string" || typeof candidate === "number") && String(candidate) === id) {
      return { student: parsed.value, where: `${file}: line ${line}` };
    }
  }
  throw new CliError(`${file}: no student with id ${JSON.stringify(id)}`);
}
