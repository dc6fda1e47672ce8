import { Readable } from "node:stream";
import { readdir, realpath } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fromEdFi, ProgramDefinitionError, StudentRecordError, type EdFiOptions, type EdFiResources, type EdFiResult, type EdFiWarning } from "../ed-fi.js";
import { formatPath } from "../errors/index.js";
import { isResourceName } from "../ed-fi/parse.js";
import { CliError, UsageError } from "./errors.js";
import { describeFsError, readJsonFile } from "./read-json.js";

/*
 * `--ed-fi DIR`: a folder holding one `<resource>.json` per Ed-Fi API resource (each the API's
 * JSON array, as an export or bulk download writes them), converted by the adapter. Problems name
 * the file: a malformed resource is `courseTranscripts.json: 3.courseReference: …`, a warning
 * `studentAssessments.json: 17.scoreResults.1.result: warning: … (code)`.
 */

export interface EdFiFolder {
  dir: string;
  resources: Record<string, unknown>;
  /** The resource files read, as paths. */
  files: string[];
}

export async function readEdFiFolder(dir: string): Promise<EdFiFolder> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
  } catch (error) {
    throw new CliError(`${dir}: cannot read the Ed-Fi folder: ${describeFsError(error)}`);
  }
  const resources: Record<string, unknown> = {};
  const files: string[] = [];
  for (const name of names) {
    const resource = name.endsWith(".json") ? name.slice(0, -5) : "";
    if (!isResourceName(resource)) continue;
    const file = join(dir, name);
    resources[resource] = await readJsonFile(file);
    files.push(file);
  }
  if (files.length === 0) {
    throw new CliError(`${dir}: no Ed-Fi resource file in the folder (courseTranscripts.json, studentAssessments.json, courses.json, … one per resource)`);
  }
  return { dir, resources, files };
}

/** `--ed-fi-options FILE`: the adapter's options as JSON (absent: the defaults). */
export async function readEdFiOptions(file: string | undefined): Promise<unknown> {
  return file === undefined ? {} : readJsonFile(file);
}

/** Converts the folder; a malformed resource or bad options is a CliError naming the file and path. */
export function convertFolder(folder: EdFiFolder, options: unknown, optionsFile: string | undefined): EdFiResult {
  try {
    // Both are checked by the adapter: JSON of any shape gets an error naming its path.
    return fromEdFi(folder.resources as EdFiResources, options as EdFiOptions);
  } catch (error) {
    if (StudentRecordError.is(error)) {
      const lines = error.issues.map((i) => {
        const [resource, ...rest] = i.path;
        const file = resource === undefined ? folder.dir : join(folder.dir, `${resource}.json`);
        return `${file}: ${formatPath(rest)}: ${i.message}`;
      });
      throw new CliError(`${lines.join("\n")}\nprogram-criteria: the Ed-Fi resources have ${lines.length} problem${lines.length === 1 ? "" : "s"}; nothing was converted`);
    }
    if (ProgramDefinitionError.is(error)) {
      const lines = error.issues.map((i) => `${optionsFile ?? "options"}: ${formatPath(i.path.slice(1))}: ${i.message}`);
      throw new CliError(`${lines.join("\n")}\nprogram-criteria: the Ed-Fi options have ${lines.length} problem${lines.length === 1 ? "" : "s"}; nothing was converted`);
    }
    throw error;
  }
}

/** `studentAssessments.json: 17.scoreResults.1.result: warning: message (code)` */
export function formatWarning(dir: string, w: EdFiWarning): string {
  const where = [w.index, w.field].filter((part) => part !== null).join(".");
  return `${join(dir, `${w.resource}.json`)}: ${where === "" ? "" : `${where}: `}warning: ${w.message} (${w.code})`;
}

/** `97 students from DIR; 468 warnings (passedFromCutScore 268, …)` */
export function conversionLine(dir: string, result: EdFiResult): string {
  const counts = new Map<string, number>();
  for (const w of result.warnings) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  const byCode = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code, n]) => `${code} ${n}`);
  const n = result.students.length;
  const w = result.warnings.length;
  return `Ed-Fi: ${n} student${n === 1 ? "" : "s"} from ${dir}; ${w} warning${w === 1 ? "" : "s"}${byCode.length === 0 ? "" : ` (${byCode.join(", ")})`}`;
}

/** DESIGN.md §8: `-o` naming an input is refused before anything is read or written. */
export async function refuseOutputOverInput(command: string, output: string | undefined, inputs: readonly string[]): Promise<void> {
  if (output === undefined || output === "-") return;
  const target = await realpath(output).catch(() => resolve(output));
  for (const input of inputs) {
    const source = await realpath(input).catch(() => resolve(input));
    if (source === target) throw new UsageError(`--output ${JSON.stringify(output)} is one of the input files`, command);
  }
}

/** The resource files `--ed-fi DIR` would read, for the `-o` check, without reading them. */
export async function resourceFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(".json") && isResourceName(name.slice(0, -5))).map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/** For `evaluate --ed-fi`: the usage rules of the two options. */
export function checkEdFiArgs(command: string, dir: string | undefined, optionsFile: string | undefined, positionals: readonly string[]): void {
  if (dir === undefined) {
    if (optionsFile !== undefined) throw new UsageError("--ed-fi-options needs --ed-fi DIR", command);
    return;
  }
  if (positionals.length > 0) throw new UsageError("give either a students file or --ed-fi DIR, not both", command);
}

/** The converted students as the NDJSON text `ed-fi convert` would write, so they are evaluated exactly like NDJSON input. */
export interface EdFiStudents {
  count: number;
  stream: Readable;
  /** The NDJSON text's size, which chooses the default number of jobs as a file's size would. */
  regularFileBytes: number;
}

/** Reads and converts `--ed-fi DIR`, printing the adapter's warnings and a conversion line on stderr. */
export async function readEdFiStudents(dir: string, optionsFile: string | undefined, log: (line: string) => void): Promise<EdFiStudents> {
  const options = await readEdFiOptions(optionsFile);
  const folder = await readEdFiFolder(dir);
  const result = convertFolder(folder, options, optionsFile);
  for (const w of result.warnings) log(formatWarning(dir, w));
  log(conversionLine(dir, result));
  const text = result.students.map((student) => `${JSON.stringify(student)}\n`).join("");
  return { count: result.students.length, stream: Readable.from([Buffer.from(text, "utf8")]), regularFileBytes: Buffer.byteLength(text) };
}
