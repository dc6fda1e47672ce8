import { loadRequests, StudentRecordError, type LoadRequestsResult } from "../index.js";
import { formatPath, TOO_MANY_ISSUES, type Issue } from "../errors/index.js";
import { parseCommandArgs } from "./args.js";
import { compileSet, loadDefinitionsOrFail, pickProgram } from "./definitions.js";
import { refuseOutputOverInput } from "./ed-fi-input.js";
import { CliError, EXIT, UsageError } from "./errors.js";
import { openOutput } from "./output.js";
import { fromNdjson, isCsv, readTableFile, type TableFile } from "./table-file.js";
import { readText } from "./read-json.js";
import { printHelp } from "./usage.js";

/*
 * `program-criteria schedule`: scheduling-priority loading (DESIGN.md §13) from files. Students
 * are NDJSON (as `evaluate` reads them); requests and sections are CSV or NDJSON by extension.
 * The result is one JSON document; a summary line goes to stderr.
 */

const REQUEST_COLUMNS = { required: ["studentId", "courseNumber"] };
const SECTION_COLUMNS = { required: ["id", "courseNumber", "capacity"], integers: ["capacity"] };

export async function schedule(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("schedule", args, {
    programs: { type: "string", short: "p", multiple: true },
    program: { type: "string" },
    students: { type: "string" },
    requests: { type: "string" },
    sections: { type: "string" },
    seed: { type: "string" },
    output: { type: "string", short: "o" },
  });
  if (values.help) return printHelp("schedule");
  for (const name of ["programs", "students", "requests", "sections"] as const) {
    if (values[name] === undefined) throw new UsageError(`--${name} is required`, "schedule");
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`, "schedule");
  const seed = seedOption(values.seed);
  const students = values.students!;
  if (isCsv(students)) throw new UsageError("--students takes NDJSON student records (one JSON object per line), not CSV", "schedule");
  await refuseOutputOverInput("schedule", values.output, [...values.programs!, students, values.requests!, values.sections!]);

  const definitions = await loadDefinitionsOrFail(values.programs!);
  const program = compileSet(definitions, pickProgram(definitions, values.program), "-p");
  const tables = {
    students: fromNdjson(students, await readText(students)),
    requests: await readTableFile(values.requests!, REQUEST_COLUMNS),
    sections: await readTableFile(values.sections!, SECTION_COLUMNS),
  };
  let result: LoadRequestsResult;
  try {
    result = loadRequests({ program, students: tables.students.rows, requests: tables.requests.rows as never, sections: tables.sections.rows as never, seed });
  } catch (error) {
    if (!StudentRecordError.is(error)) throw error;
    throw new CliError(error.issues.map((issue) => issueLine(issue, tables)).join("\n"));
  }
  const output = openOutput(values.output);
  await output.write(`${JSON.stringify(result, null, 2)}\n`);
  await output.close();
  process.stderr.write(`${summaryLine(result)}\n`);
  return EXIT.ok;
}

/** `--seed 42`: any integer (negative ones as `--seed=-3`); 0 when not given. */
function seedOption(text: string | undefined): number {
  if (text === undefined) return 0;
  const value = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value)) throw new UsageError(`--seed must be a whole number, but is ${JSON.stringify(text)}`, "schedule");
  return value;
}

/** `requests.csv: line 5: courseNumber: is required`: the library's path turned into the file's line. */
function issueLine(issue: Issue, tables: Record<"students" | "requests" | "sections", TableFile>): string {
  const [list, index, ...rest] = issue.path;
  const table = typeof list === "string" && Object.hasOwn(tables, list) ? tables[list as keyof typeof tables] : undefined;
  if (issue.code === TOO_MANY_ISSUES || table === undefined || typeof index !== "number") return issue.path.length === 0 ? issue.message : `${formatPath(issue.path)}: ${issue.message}`;
  const where = `${table.file}: line ${table.lines[index]}`;
  return rest.length === 0 ? `${where}: ${issue.message}` : `${where}: ${formatPath(rest)}: ${issue.message}`;
}

function summaryLine(result: LoadRequestsResult): string {
  const seated = result.sections.flatMap((s) => s.roster);
  const priority = seated.filter((r) => r.priority).length;
  const count = (reason: string) => result.unplaced.filter((u) => u.reason === reason).length;
  const total = seated.length + result.unplaced.length;
  const n = result.sections.length;
  return `schedule: ${seated.length} of ${total} requests placed in ${n} section${n === 1 ? "" : "s"} (${priority} priority); unplaced: ${count("full")} full, ${count("noSection")} noSection, ${count("unknownStudent")} unknownStudent`;
}
