import { lintProgram, previewProgram, ProgramDefinitionError, type LintFinding, type ProgramPreview } from "../index.js";
import { escapeControls, plural } from "../errors/index.js";
import { choiceOption, parseCommandArgs } from "./args.js";
import { compileSet, formatProblem, loadDefinitionsOrFail, pickProgram, printedPath, programIdOf, splitSet, type LoadedDefinition } from "./definitions.js";
import { CliError, EXIT, UsageError } from "./errors.js";
import { formatIssueLine } from "./issue-lines.js";
import { readJsonFile } from "./read-json.js";
import { printHelp } from "./usage.js";

/*
 * `lint` and `preview` (DESIGN.md §13): program definitions against the district's catalog. Both
 * take the definitions as `-p FILE…` (one set, as for evaluate) and the catalog as `--catalog FILE`.
 */

const OPTIONS = {
  programs: { type: "string", short: "p", multiple: true },
  program: { type: "string" },
  catalog: { type: "string", short: "c" },
  format: { type: "string", short: "f" },
} as const;

const FORMATS = ["text", "json"] as const;

async function inputs(command: "lint" | "preview", args: string[]) {
  const { values, positionals } = parseCommandArgs(command, args, OPTIONS);
  if (values.help) return undefined;
  if (values.programs === undefined) throw new UsageError("--programs is required", command);
  if (values.catalog === undefined) throw new UsageError("--catalog is required", command);
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`, command);
  const format = choiceOption(command, "format", values.format, FORMATS, "text");
  const definitions = await loadDefinitionsOrFail(values.programs);
  const catalogFile = values.catalog;
  const catalog = await readJsonFile(catalogFile);
  return { values, format, definitions, catalogFile, catalog };
}

/** Runs `use` on one definition with the rest of the set as its programs; a bad catalog names the file. */
function withProgram<T>(definitions: LoadedDefinition[], main: number, catalogFile: string, use: (program: unknown, programs: unknown[]) => T): T {
  // Problems of the definitions are printed as check and evaluate print them.
  compileSet(definitions, main, "-p");
  const { program, others } = splitSet(definitions, main);
  try {
    return use(program.value, others.map((d) => d.value));
  } catch (error) {
    if (!ProgramDefinitionError.is(error)) throw error;
    throw new CliError(error.issues.map((issue) => formatIssueLine(catalogFile, { ...issue, path: issue.path[0] === "catalog" ? issue.path.slice(1) : issue.path })).join("\n"));
  }
}

const print = (text: string) => process.stdout.write(`${escapeControls(text)}\n`);

/** `lint`: every definition given (or the one --program names), each against the catalog; exit 1 on an error finding. */
export async function lint(args: string[]): Promise<number> {
  const read = await inputs("lint", args);
  if (read === undefined) return printHelp("lint");
  const { values, format, definitions, catalogFile, catalog } = read;
  const chosen = values.program === undefined ? definitions.map((_, i) => i) : [pickProgram(definitions, values.program)];
  const all: (LintFinding & { file: string; programId: string | undefined; where: string })[] = [];
  for (const i of chosen) {
    const definition = definitions[i]!;
    const findings = withProgram(definitions, i, catalogFile, (program, programs) => lintProgram(program, catalog, { programs }));
    for (const f of findings) all.push({ ...f, file: definition.file, programId: programIdOf(definition), where: printedPath(definition, definitions, f.path) });
  }
  const errors = all.filter((f) => f.severity === "error").length;
  if (format === "json") {
    print(JSON.stringify(all.map(({ where: _, ...f }) => f), null, 2));
  } else {
    for (const f of all) print(formatProblem({ file: f.file, path: f.where, message: `${f.severity} ${f.code}: ${f.message}` }));
    print(`${plural(errors, "error")}, ${plural(all.length - errors, "warning")} in ${plural(chosen.length, "program")} against ${catalogFile}`);
  }
  return errors > 0 ? EXIT.invalidInput : EXIT.ok;
}

/** `preview`: the catalog courses and tests each requirement and GPA calculation of one program matches. */
export async function preview(args: string[]): Promise<number> {
  const read = await inputs("preview", args);
  if (read === undefined) return printHelp("preview");
  const { values, format, definitions, catalogFile, catalog } = read;
  const main = pickProgram(definitions, values.program);
  const result = withProgram(definitions, main, catalogFile, (program, programs) => previewProgram(program, catalog, { programs }));
  print(format === "json" ? JSON.stringify(result, null, 2) : previewText(result));
  return EXIT.ok;
}

function names(entries: readonly { courseNumber?: string; testCode?: string; name?: string; active?: boolean }[]): string[] {
  return entries.map((e) => `    ${e.courseNumber ?? e.testCode}${e.name === undefined ? "" : `  ${e.name}`}${e.active === false ? "  (inactive)" : ""}`);
}

function previewText(result: ProgramPreview): string {
  const lines: string[] = [];
  for (const r of result.requirements) {
    const list = r.courses ?? r.tests;
    const what = r.courses !== undefined ? "course" : "test";
    lines.push(list === undefined ? `${r.criterion} / ${r.id}: (the catalog lists no tests)` : `${r.criterion} / ${r.id}: ${plural(list.length, what)}`);
    if (list !== undefined) lines.push(...names(list));
  }
  for (const g of result.gpaCalculations) {
    lines.push(`GPA calculation ${g.id}: ${plural(g.courses.length, "course")}`, ...names(g.courses));
  }
  return lines.join("\n");
}
