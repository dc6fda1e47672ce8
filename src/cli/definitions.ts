import { compileProgram, ProgramDefinitionError, type CompiledProgram, type Issue } from "../index.js";
import { formatPath } from "../errors/index.js";
import { CliError } from "./errors.js";
import { readJsonFile } from "./read-json.js";

/** One program definition and where it came from, so issues can name the file and array index. */
export interface LoadedDefinition {
  value: unknown;
  file: string;
  /** Position in the file's array; undefined when the file holds a single definition. */
  index: number | undefined;
}

/** A problem to print as `file: path: message`. */
export interface Problem {
  file: string;
  path: string;
  message: string;
}

export interface LoadResult {
  definitions: LoadedDefinition[];
  /** One message per file that could not be read or parsed. */
  failures: string[];
}

/** Reads every file; a file holding an array contributes each of its elements. */
export async function loadDefinitions(files: readonly string[]): Promise<LoadResult> {
  const definitions: LoadedDefinition[] = [];
  const failures: string[] = [];
  for (const file of files) {
    try {
      const value = await readJsonFile(file);
      if (Array.isArray(value)) value.forEach((element, index) => definitions.push({ value: element, file, index }));
      else definitions.push({ value, file, index: undefined });
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      failures.push(error.message);
    }
  }
  return { definitions, failures };
}

/** For commands that cannot go on without every definition: the first failure stops them. */
export async function loadDefinitionsOrFail(files: readonly string[]): Promise<LoadedDefinition[]> {
  const { definitions, failures } = await loadDefinitions(files);
  if (failures.length > 0) throw new CliError(failures.join("\n"));
  if (definitions.length === 0) throw new CliError(`${files.join(", ")}: no program definition (the array is empty)`);
  return definitions;
}

export function programIdOf(definition: LoadedDefinition): string | undefined {
  const id = (definition.value as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : undefined;
}

/** The definition `--program ID` names, or the first one when no id is given. */
export function pickProgram(definitions: readonly LoadedDefinition[], id: string | undefined): number {
  if (id === undefined) return 0;
  const index = definitions.findIndex((d) => programIdOf(d) === id);
  if (index !== -1) return index;
  const known = definitions.map(programIdOf).filter((x) => x !== undefined);
  throw new CliError(`no program with id ${JSON.stringify(id)}; the definitions given hold ${known.map((x) => JSON.stringify(x)).join(", ") || "no ids"}`);
}

/** The chosen definition, with every other one as its `options.programs`. */
export function splitSet(definitions: readonly LoadedDefinition[], main: number) {
  return { program: definitions[main]!, others: definitions.filter((_, i) => i !== main) };
}

/** A definition set with problems; printed like `check` prints them. */
export class DefinitionProblems extends CliError {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "DefinitionProblems";
  }
}

/** Compiles the chosen definition against the others, mapping issues back to files. */
export function compileSet(definitions: readonly LoadedDefinition[], main: number): CompiledProgram {
  const { program, others } = splitSet(definitions, main);
  try {
    return compileProgram(program.value, { programs: others.map((d) => d.value) });
  } catch (error) {
    if (!ProgramDefinitionError.is(error)) throw error;
    throw new DefinitionProblems(error.issues.map((issue) => locate(issue, program, others)));
  }
}

/*
 * The engine prefixes issues of `options.programs[i]` with ["programs", i]; the user knows that
 * definition as element k of some file, so the prefix is swapped for the file and index.
 */
export function locate(issue: Issue, program: LoadedDefinition, others: readonly LoadedDefinition[]): Problem {
  const [head, position, ...rest] = issue.path;
  const other = head === "programs" && typeof position === "number" ? others[position] : undefined;
  const source = other ?? program;
  const path = other === undefined ? issue.path : rest;
  return { file: source.file, path: formatPath(source.index === undefined ? path : [source.index, ...path]), message: issue.message };
}

/** `file: path: message`, a multi-line message (expression excerpt and caret) indented beneath. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.path}: ${problem.message.replace(/\n/g, "\n    ")}`;
}
