import { escapeControls, plural } from "../errors/index.js";
import { parseCommandArgs } from "./args.js";
import { compileSet, DefinitionProblems, formatProblem, loadDefinitions, printedPath, type LoadedDefinition, type Problem } from "./definitions.js";
import { EXIT, UsageError } from "./errors.js";
import { printHelp } from "./usage.js";

/**
 * `check <definitions.json…>`: every definition of every file is validated as one set, each with
 * all the others as its `options.programs`, so academic-program requirements may name programs in
 * other files. Problems go to standard output (they are the command's result).
 */
export async function check(args: string[]): Promise<number> {
  const { values, positionals: files } = parseCommandArgs("check", args, {});
  if (values.help) return printHelp("check");
  if (files.length === 0) throw new UsageError("give at least one definitions file", "check");

  const { definitions, failures } = await loadDefinitions(files);
  const print = (text: string) => process.stdout.write(`${escapeControls(text)}\n`);
  for (const failure of failures) print(failure);
  const problems = failures.length === 0 ? validate(definitions) : [];
  for (const problem of problems) print(formatProblem(problem));
  const warnings = problems.length === 0 && failures.length === 0 ? warningsOf(definitions) : [];
  for (const warning of warnings) print(formatProblem({ ...warning, message: `warning: ${warning.message}` }));

  const errors = failures.length + problems.length;
  print(
    `${plural(errors, "problem")}, ${plural(warnings.length, "warning")} in ${plural(files.length, "file")} ` +
      (failures.length > 0 ? `(${notValidated(files.length, failures.length)})` : `(${plural(definitions.length, "program definition")})`),
  );
  return errors > 0 ? EXIT.invalidInput : EXIT.ok;
}

/*
 * Why nothing was validated when a file could not be read or parsed: the set is checked as a
 * whole, and a set with a member missing would report false problems (unknown programs).
 */
function notValidated(files: number, failed: number): string {
  if (files === 1) return "the file could not be loaded, so nothing was validated";
  if (failed === files) return "no file could be loaded, so nothing was validated";
  return "the other files were not validated: without every file of the set they would show false problems, such as unknown programs";
}

/*
 * One compile validates the whole set: the engine checks every program it is given, not only
 * those the first one reaches, so compiling once with the first as the program reports every issue
 * exactly once.
 */
function validate(definitions: LoadedDefinition[]): Problem[] {
  if (definitions.length === 0) return [];
  try {
    compileSet(definitions, 0, "arguments");
    return [];
  } catch (error) {
    if (error instanceof DefinitionProblems) return error.problems;
    throw error;
  }
}

/*
 * The warnings a definition causes whoever the student is (such as `mixedDisplayOrder`), from
 * each compiled program's outline; warnings that depend on transcripts (`missingAttempted`)
 * cannot come from a definition and are left to `evaluate`.
 */
function warningsOf(definitions: LoadedDefinition[]): Problem[] {
  return definitions.flatMap((definition, i) => {
    const { warnings } = compileSet(definitions, i, "arguments").outline;
    return warnings.map((w) => ({ file: definition.file, path: printedPath(definition, definitions, w.path), message: w.message }));
  });
}
