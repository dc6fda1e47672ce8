import { readFile } from "node:fs/promises";
import { caretExcerpt } from "../errors/index.js";
import { CliError } from "./errors.js";

/** Where JSON text stops being JSON, and V8's reason without its position or echo of the input. */
export interface JsonSyntaxProblem {
  reason: string;
  offset: number;
  line: number;
  column: number;
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; problem: JsonSyntaxProblem };

export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const offset = locateJsonError(text);
    return { ok: false, problem: { reason: cleanReason(error.message), offset, ...lineColumn(text, offset) } };
  }
}

/*
 * V8 gives a position for some syntax errors only ("Unexpected token '}', "…" is not valid JSON"
 * has none). Every prefix of valid JSON either parses or fails only for being cut short, and once a
 * prefix holds the bad character no longer prefix does, so a binary search over prefix lengths
 * finds the first bad character with a logarithmic number of parses. Only failing input pays.
 */
function locateJsonError(text: string): number {
  let good = 0;
  let bad = text.length + 1;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (isViablePrefix(text.slice(0, middle))) good = middle;
    else bad = middle;
  }
  return Math.min(good, text.length);
}

function isViablePrefix(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    if (message.includes("Unexpected end of JSON input")) return true;
    const at = /at position (\d+)/.exec(message);
    return at !== null && Number(at[1]) >= prefix.length;
  }
}

function cleanReason(message: string): string {
  return message
    .replace(/, .*is not valid JSON$/s, "")
    .replace(/ in JSON at position \d+.*$/s, "")
    .replace(/^Unexpected end of JSON input$/, "Unexpected end of the text");
}

/*
 * Lines of a JSON file end at \r\n, \r or \n, as the caret excerpt (caretExcerpt) splits them, so
 * the line named and the line shown are the same one. (NDJSON records are split on \n alone, see
 * lines.ts; within one record only the offset is used.)
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Reads a whole file (`-` is standard input) as text, naming the file in any error. */
export async function readText(file: string): Promise<string> {
  try {
    const text = file === "-" ? await readStdin() : await readFile(file, "utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    throw new CliError(`${file}: cannot read: ${describeFsError(error)}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** A JSON file: its value, or a CliError naming the file, line and column with a caret excerpt. */
export async function readJsonFile(file: string): Promise<unknown> {
  const text = await readText(file);
  const parsed = parseJson(text);
  if (parsed.ok) return parsed.value;
  const { reason, line, column } = parsed.problem;
  const excerpt = caretExcerpt(text, line, column, 1).replace(/^/gm, "    ");
  throw new CliError(`${file}: invalid JSON at line ${line}, column ${column}: ${reason}\n${excerpt}`);
}

const FS_REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOTDIR: "a folder on its path is a file",
};

export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && code in FS_REASONS) return FS_REASONS[code]!;
  return error instanceof Error ? error.message : String(error);
}
