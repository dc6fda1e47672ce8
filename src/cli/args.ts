import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * `parseArgs` in strict mode with positionals allowed, `-h/--help` added to every command, and its
 * errors turned into usage errors. Node's messages go on to suggest `--` for positionals that start
 * with a dash; only the first sentence is kept, the usage printed after it says the rest.
 */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  const config = {
    args,
    options: { ...options, help: { type: "boolean", short: "h" } } as O & { help: { type: "boolean"; short: "h" } },
    allowPositionals: true,
    strict: true,
  } as const;
  try {
    return parseArgs(config);
  } catch (error) {
    if (isParseArgsError(error)) throw new UsageError(firstSentence(error.message), command);
    throw error;
  }
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS");
}

function firstSentence(message: string): string {
  const end = message.indexOf(". ");
  return end === -1 ? message : message.slice(0, end + 1);
}

/** `--jobs 4`: a whole number in a range, or a usage error naming the option. */
export function integerOption(command: string, name: string, text: string | undefined, min: number, max: number, fallback: number): number {
  if (text === undefined) return fallback;
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, but is ${JSON.stringify(text)}`, command);
  }
  return value;
}

/** An option limited to a few words, such as `--format`. */
export function choiceOption<T extends string>(command: string, name: string, text: string | undefined, choices: readonly T[], fallback: T): T {
  if (text === undefined) return fallback;
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`--${name} must be one of ${choices.join(", ")}, but is ${JSON.stringify(text)}`, command);
}
