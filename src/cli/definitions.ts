import { compileProgram, ProgramDefinitionError, type CompiledProgram, type Issue } from "../index.js";
import { TOO_MANY_ISSUES } from "../errors/index.js";
import { describeDefinitionPath, elementName } from "./definition-path.js";
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
  /** As printed (`criteria[MATH].expression`); empty for a problem about no place in the file. */
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

/**
 * How a command's messages name the definitions given to it, in place of the library's
 * `options.programs`: `check` takes files as arguments, `evaluate` and `explain` take `-p`.
 */
export type Source = "arguments" | "-p";

const GIVEN: Record<Source, string> = {
  arguments: "the definitions given on the command line",
  "-p": "the definitions given with -p",
};

/** Compiles the chosen definition against the others, mapping issues back to files. */
export function compileSet(definitions: readonly LoadedDefinition[], main: number, source: Source): CompiledProgram {
  const { program, others } = splitSet(definitions, main);
  try {
    return compileProgram(program.value, { programs: others.map((d) => d.value) });
  } catch (error) {
    if (!ProgramDefinitionError.is(error)) throw error;
    throw new DefinitionProblems(error.issues.map((issue) => locate(issue, program, others, source)));
  }
}

/*
 * The engine prefixes issues of `options.programs[i]` with ["programs", i]; the user knows that
 * definition as element k of some file, so the prefix is swapped for the file and the element
 * (by id when it has one, see definition-path.ts).
 */
export function locate(issue: Issue, program: LoadedDefinition, others: readonly LoadedDefinition[], source: Source): Problem {
  const [head, position, ...rest] = issue.path;
  const other = head === "programs" && typeof position === "number" ? others[position] : undefined;
  const definition = other ?? program;
  const path = other === undefined ? issue.path : rest;
  const message = issue.message.replace(/the programs given in options\.programs|options\.programs/g, GIVEN[source]);
  if (issue.code === TOO_MANY_ISSUES && issue.path.length === 0) return { file: definition.file, path: "", message };
  return { file: definition.file, path: printedPath(definition, [program, ...others], path), message };
}

/** A definition's path as printed: from the file's root, the array element first when there is one. */
export function printedPath(definition: LoadedDefinition, set: readonly LoadedDefinition[], path: readonly (string | number)[]): string {
  if (definition.index === undefined) return describeDefinitionPath(definition.value, path);
  // The file's array, as far as the set holds it, names the element by id when that is unique.
  const file = set.filter((d) => d.file === definition.file && d.index !== undefined).sort((a, b) => a.index! - b.index!);
  const list: unknown[] = [];
  for (const d of file) list[d.index!] = d.value;
  return describeDefinitionPath(definition.value, path, elementName(list, definition.index) ?? String(definition.index));
}

/** `file: path: message`, a multi-line message (expression excerpt and caret) indented beneath. */
export function formatProblem(problem: Problem): string {
  const message = problem.message.replace(/\n/g, "\n    ");
  return problem.path === "" ? `${problem.file}: ${message}` : `${problem.file}: ${problem.path}: ${message}`;
}
