import { extname } from "node:path";
import { parseCsv } from "./csv-read.js";
import { CliError } from "./errors.js";
import { parseJson, readText } from "./read-json.js";

/*
 * A list input of the `schedule` command, read whole: CSV (a header row naming the columns) when
 * the file name ends in `.csv`, else NDJSON (one JSON object per line). Each row remembers its
 * line, so the library's issues (`["requests", 3, "courseNumber"]`) can name the file and line.
 */

export interface TableFile {
  file: string;
  rows: unknown[];
  /** The line each row starts on. */
  lines: number[];
}

export interface Columns {
  /** Columns the header must name. */
  required: readonly string[];
  /** Columns read as whole numbers when they hold digits only (else left as text, for the library to name). */
  integers?: readonly string[];
}

export const isCsv = (file: string) => extname(file).toLowerCase() === ".csv";

export async function readTableFile(file: string, columns: Columns): Promise<TableFile> {
  const text = await readText(file);
  return isCsv(file) ? fromCsv(file, text, columns) : fromNdjson(file, text);
}

export function fromNdjson(file: string, text: string): TableFile {
  const rows: unknown[] = [];
  const lines: number[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") return;
    const parsed = parseJson(line);
    if (!parsed.ok) throw new CliError(`${file}: line ${index + 1}: invalid JSON at column ${parsed.problem.column}: ${parsed.problem.reason}`);
    rows.push(parsed.value);
    lines.push(index + 1);
  });
  return { file, rows, lines };
}

function fromCsv(file: string, text: string, columns: Columns): TableFile {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new CliError(`${file}: line ${parsed.line}: invalid CSV: ${parsed.reason}`);
  const [header, ...records] = parsed.records;
  const names = header?.fields.map((name) => name.trim()) ?? [];
  const missing = columns.required.filter((name) => !names.includes(name));
  if (missing.length > 0) {
    throw new CliError(`${file}: the header row must name the columns ${columns.required.join(", ")} (missing: ${missing.join(", ")})`);
  }
  const integers = new Set(columns.integers ?? []);
  const rows = records.map(({ fields, line }) => {
    if (fields.length !== names.length) throw new CliError(`${file}: line ${line}: ${fields.length} fields, but the header names ${names.length}`);
    const row: Record<string, string | number> = {};
    names.forEach((name, i) => {
      const value = fields[i]!;
      // An empty cell is a missing value, so the library says "is required".
      if (value === "") return;
      row[name] = integers.has(name) && /^-?\d{1,15}$/.test(value) ? Number(value) : value;
    });
    return row;
  });
  return { file, rows, lines: records.map((r) => r.line) };
}
