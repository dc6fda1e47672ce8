import { CsvError, parse } from "csv-parse/sync";

/*
 * Reading CSV (RFC 4180) for the `schedule` command's requests and sections, with csv-parse: a
 * field in double quotes may hold commas, quotes (doubled) and line breaks; records end at CRLF
 * or LF; blank lines are skipped. What is added here is the line each record starts on, so a bad
 * cell can be named by file and line.
 */

/** One record's fields and the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; line: number; reason: string };

export function parseCsv(text: string): CsvParse {
  let rows: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    // Files edited by hand mix CRLF and LF, so both end a record wherever they stand.
    rows = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, record_delimiter: ["\r\n", "\n"] }) as unknown as typeof rows;
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, line: (error as CsvError & { lines?: number }).lines ?? 1, reason: error.message };
    throw error;
  }
  // csv-parse counts the lines read when a record ends; a record starts after the previous one
  // and after the blank lines skipped since.
  let end = 0;
  let empty = 0;
  const records = rows.map(({ record, info }) => {
    const line = end + 1 + info.empty_lines - empty;
    end = info.lines;
    empty = info.empty_lines;
    return { line, fields: record };
  });
  return { ok: true, records };
}
