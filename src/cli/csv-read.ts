/*
 * Reading CSV (RFC 4180) for the `schedule` command's requests and sections: fields separated by
 * commas, a field in double quotes may hold commas, quotes (doubled) and line breaks; records end
 * at CRLF or LF. The runtime may only use `dependencies`, and csv-parse is a devDependency; two-
 * and three-column files need only this much.
 */

/** One record's fields and the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; line: number; reason: string };

export function parseCsv(text: string): CsvParse {
  const records: CsvRecord[] = [];
  let line = 1;
  let start = 1;
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let afterQuote = false;
  const endRecord = () => {
    fields.push(field);
    // A blank line is no record.
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: start, fields });
    fields = [];
    field = "";
    afterQuote = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        afterQuote = true;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === ",") {
      fields.push(field);
      field = "";
      afterQuote = false;
    } else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      if (c === "\r") i++;
      endRecord();
      line++;
      start = line;
    } else if (afterQuote) {
      return { ok: false, line, reason: `unexpected ${JSON.stringify(c)} after a closing quote` };
    } else if (c === '"' && field === "") {
      quoted = true;
    } else if (c === '"') {
      return { ok: false, line, reason: "a quote inside an unquoted field (quote the whole field and double the quote)" };
    } else {
      field += c;
    }
  }
  if (quoted) return { ok: false, line: start, reason: "a quoted field is never closed" };
  if (field !== "" || fields.length > 0 || afterQuote) endRecord();
  return { ok: true, records };
}
