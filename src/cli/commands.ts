import packageJson from "../../package.json" with { type: "json" };
import { escapeControls } from "../errors/index.js";
import { lint, preview } from "./catalog.js";
import { check } from "./check.js";
import { DefinitionProblems } from "./definitions.js";
import { CliError, EXIT, UsageError } from "./errors.js";
import { evaluate } from "./evaluate.js";
import { edFi } from "./ed-fi.js";
import { explain } from "./explain.js";
import { schedule } from "./schedule.js";
import { helpText, printHelp } from "./usage.js";

/** A command: its arguments and the tool's own script (worker threads run it), to an exit code. */
type Command = (args: string[], tool: URL) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = { check, evaluate, explain, lint, preview, schedule, "ed-fi": edFi };

async function run(argv: string[], tool: URL): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "-h" || first === "--help") return printHelp();
  if (first === "-v" || first === "--version") {
    process.stdout.write(`${packageJson.version}\n`);
    return EXIT.ok;
  }
  if (first === "help") {
    if (rest[0] !== undefined && !Object.hasOwn(COMMANDS, rest[0])) throw new UsageError(`unknown command ${JSON.stringify(rest[0])}`, undefined);
    return printHelp(rest[0]);
  }
  if (first === undefined) throw new UsageError("give a command", undefined);
  if (!Object.hasOwn(COMMANDS, first)) {
    throw new UsageError(first.startsWith("-") ? `unknown option ${JSON.stringify(first)}` : `unknown command ${JSON.stringify(first)}`, undefined);
  }
  return COMMANDS[first]!(rest, tool);
}

/** Every failure ends as one message and an exit code; only a bug says "internal error". */
function report(error: unknown): number {
  // Messages echo file names, ids and file contents: control characters in them are escaped.
  const say = (text: string) => process.stderr.write(`${escapeControls(text)}\n`);
  if (error instanceof UsageError) {
    const usage = helpText(error.command).split("\n")[0];
    const more = error.command === undefined ? "program-criteria --help" : `program-criteria ${error.command} --help`;
    say(`program-criteria: ${error.message}\n${usage}\nRun \`${more}\` for more.`);
  } else if (error instanceof DefinitionProblems) {
    say(error.message);
    say(`program-criteria: the program definitions have ${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}; nothing was evaluated`);
  } else if (error instanceof CliError) {
    say(`program-criteria: ${error.message}`);
  } else {
    say(`program-criteria: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.internal;
  }
  return error.exitCode;
}

/** The tool in the main thread: runs the command line and exits with its code. */
export function main(tool: URL): void {
  // A reader that stops early (`| head`) is not a failure of the tool.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(EXIT.ok);
    process.stderr.write(`program-criteria: cannot write the output: ${error.message}\n`);
    process.exit(EXIT.invalidInput);
  });
  process.on("uncaughtException", (error) => process.exit(report(error)));
  run(process.argv.slice(2), tool).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.exitCode = report(error);
    },
  );
}
