#!/usr/bin/env node
// An SIS engineer's nightly job: read the SIS export files (CSV), assemble one student record per
// student, evaluate everyone against the district's graduation program, and write the reports.
//
//   node examples/sis-batch/batch.mjs [--in DIR] [--out DIR]
//
// --in  the folder holding students.csv, transcript.csv, tests.csv, programs.csv, activities.csv and
//       exceptions.csv (default: this folder)
// --out the output folder (default: examples/sis-batch/out): reports.ndjson (one progress report per
//       line) and summary.csv (one row per evaluated student).
//
// Decimal cells (credits, scores, GPAs) are passed to the engine as the strings the SIS wrote: the
// engine reads them exactly, so never parseFloat them. Empty cells become absent keys. A student whose
// assembled record is invalid is logged, each problem at the CSV file, row and column it came from,
// and skipped; the batch goes on.

import { createReadStream, createWriteStream, mkdirSync, readFileSync } from "node:fs";
import { once } from "node:events";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "csv-parse";
import { compileProgram, evaluateProgress, StudentRecordError } from "program-criteria";

const HERE = dirname(fileURLToPath(import.meta.url));
const DISTRICT = join(HERE, "..", "district");

const { values: args } = parseArgs({ options: { in: { type: "string" }, out: { type: "string" } } });
const inDir = resolve(args.in ?? HERE);
const outDir = resolve(args.out ?? join(HERE, "out"));

// ---------------------------------------------------------------------------------------------
// Reading: csv-parse's streaming API, one object per row keyed by the header, with the line of the
// file where the row starts (the header is line 1), so a problem can be shown as a CSV cell.

async function* rowsOf(file) {
  const parser = createReadStream(join(inDir, file)).pipe(
    parse({ columns: true, bom: true, trim: true, skip_empty_lines: true, info: true }),
  );
  // csv-parse counts the lines read when a row ends; a row starts after the previous one and
  // after the empty lines skipped since.
  let end = 1;
  let empty = 0;
  for await (const { record, info } of parser) {
    yield { row: record, line: end + 1 + info.empty_lines - empty };
    end = info.lines;
    empty = info.empty_lines;
  }
}

// ---------------------------------------------------------------------------------------------
// Mapping cells to student-record values. Values the mapping does not know are passed through as
// text, so the engine's validation reports them with their path instead of this job guessing.

const TRANSCRIPT_STATUS = { C: "completed", IP: "inProgress", P: "planned" };
const PROGRAM_STATUS = { ACTIVE: "assigned", COMPLETED: "completed" };
const ACTIVITY_STATUS = { LOGGED: "completed", "IN PROGRESS": "inProgress", PLANNED: "planned" };

/** The cell's text, or undefined for an empty cell (→ the key is left out). */
const text = (value) => (value === undefined || value === "" ? undefined : value);
/** Decimal cells stay strings: "0.5" and "3.8081" are exact; the engine validates their form. */
const decimal = text;
/** Integer cells (grade levels, school years): JSON integers, or the text as is when not an integer. */
const integer = (value) => (text(value) === undefined ? undefined : /^-?\d+$/.test(value) ? Number(value) : value);
/** Y/N flags. */
const flag = (value) => {
  const v = text(value)?.toUpperCase();
  return v === undefined ? undefined : v === "Y" ? true : v === "N" ? false : value;
};
const code = (map) => (value) => {
  const v = text(value);
  return v === undefined ? undefined : (map[v.toUpperCase()] ?? v);
};

/*
 * Each record key and the column it is read from, with its conversion. The same tables assemble
 * the records and, when the engine reports an issue at a path such as transcript.3.credits.0.amount,
 * turn the path back into the file, row and column it came from (cellOf, below).
 */
const STUDENT_FIELDS = { gradeLevel: ["grade_level", integer], schoolId: ["school_id", text] };
const TRANSCRIPT_FIELDS = {
  courseNumber: ["course_number", text],
  stateCode: ["state_code", text],
  name: ["course_name", text],
  status: ["status", code(TRANSCRIPT_STATUS)],
  attempted: ["attempted", decimal],
  gpaValue: ["gpa_points", decimal],
  unweightedGpaValue: ["unweighted_points", decimal],
  bonusPoints: ["bonus", decimal],
  excludeFromGpa: ["exclude_from_gpa", flag],
  standardsBased: ["standards_based", flag],
  gradeLevel: ["grade_level", integer],
  schoolYear: ["school_year", integer],
  term: ["term", text],
  grade: ["grade", text],
};
const CREDIT_LINE_FIELDS = { type: ["credit_type", text], amount: ["credits", decimal] };
const TEST_FIELDS = {
  testCode: ["test_code", text],
  stateCode: ["state_code", text],
  subject: ["subject", text],
  date: ["test_date", text],
  rawScore: ["raw_score", decimal],
  scaleScore: ["scale_score", decimal],
  passed: ["passed", flag],
};
const PROGRAM_FIELDS = { programId: ["program_id", text], status: ["status", code(PROGRAM_STATUS)] };
const EXCEPTION_FIELDS = {
  id: ["exception_id", text],
  program: ["program_id", text],
  kind: ["kind", text],
  criterion: ["criterion", text],
  requirement: ["requirement", text],
  creditGroup: ["credit_group", text],
  minCredits: ["min_credits", decimal],
  minTotal: ["min_total", decimal],
  reason: ["reason", text],
  approvedBy: ["approved_by", text],
  date: ["approved_on", text],
};
const SELECTOR_FIELDS = {
  id: ["record_id", text],
  courseNumber: ["record_course_number", text],
  schoolYear: ["record_school_year", integer],
  term: ["record_term", text],
};
const ACTIVITY_FIELDS = {
  code: ["activity_code", text],
  amount: ["hours", decimal],
  status: ["status", code(ACTIVITY_STATUS)],
  date: ["activity_date", text],
  description: ["description", text],
};

/** The record a row holds, by a field table; empty cells leave their keys out. */
function fieldsOf(row, table) {
  const out = {};
  for (const [key, [column, read]] of Object.entries(table)) {
    const value = read(row[column]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Assembly: one student record per student id, in roster order, transcript and tests in file order.
// Beside each record, where its parts came from: the line of each row (`origins`).

const students = new Map();
const origins = new Map();
function studentFor(id) {
  let student = students.get(id);
  if (student === undefined) {
    student = { id, transcript: [], tests: [], programs: [], activities: [], exceptions: [] };
    students.set(id, student);
    origins.set(id, { line: undefined, transcript: [], tests: [], programs: [], activities: [], exceptions: [] });
  }
  return student;
}

const started = process.hrtime.bigint();
const rowCounts = {};

rowCounts["students.csv"] = 0;
for await (const { row, line } of rowsOf("students.csv")) {
  rowCounts["students.csv"] += 1;
  const student = studentFor(row.student_id);
  origins.get(row.student_id).line ??= line;
  Object.assign(student, fieldsOf(row, STUDENT_FIELDS));
  const gpa = decimal(row.cum_gpa_weighted);
  if (gpa !== undefined) student.gpas = [{ calculation: "cumulative", type: "weighted", value: gpa }];
}

// One row per credit line: consecutive rows with the same record_id are one course record.
rowCounts["transcript.csv"] = 0;
let previous = { recordId: undefined, record: undefined, origin: undefined };
for await (const { row, line } of rowsOf("transcript.csv")) {
  rowCounts["transcript.csv"] += 1;
  const creditLine = fieldsOf(row, CREDIT_LINE_FIELDS);
  if (row.record_id !== "" && row.record_id === previous.recordId) {
    previous.record.credits.push(creditLine);
    previous.origin.creditLines.push(line);
    continue;
  }
  const record = { ...fieldsOf(row, TRANSCRIPT_FIELDS), credits: Object.keys(creditLine).length > 0 ? [creditLine] : [] };
  const origin = { line, creditLines: [line] };
  studentFor(row.student_id).transcript.push(record);
  origins.get(row.student_id).transcript.push(origin);
  previous = { recordId: row.record_id, record, origin };
}

rowCounts["tests.csv"] = 0;
for await (const { row, line } of rowsOf("tests.csv")) {
  rowCounts["tests.csv"] += 1;
  studentFor(row.student_id).tests.push(fieldsOf(row, TEST_FIELDS));
  origins.get(row.student_id).tests.push(line);
}

rowCounts["programs.csv"] = 0;
for await (const { row, line } of rowsOf("programs.csv")) {
  rowCounts["programs.csv"] += 1;
  studentFor(row.student_id).programs.push(fieldsOf(row, PROGRAM_FIELDS));
  origins.get(row.student_id).programs.push(line);
}

rowCounts["activities.csv"] = 0;
for await (const { row, line } of rowsOf("activities.csv")) {
  rowCounts["activities.csv"] += 1;
  studentFor(row.student_id).activities.push(fieldsOf(row, ACTIVITY_FIELDS));
  origins.get(row.student_id).activities.push(line);
}

// The selector columns make the exception's `record` object when any of them is filled.
rowCounts["exceptions.csv"] = 0;
for await (const { row, line } of rowsOf("exceptions.csv")) {
  rowCounts["exceptions.csv"] += 1;
  const exception = fieldsOf(row, EXCEPTION_FIELDS);
  const record = fieldsOf(row, SELECTOR_FIELDS);
  if (Object.keys(record).length > 0) exception.record = record;
  studentFor(row.student_id).exceptions.push(exception);
  origins.get(row.student_id).exceptions.push(line);
}

/**
 * The CSV cell an issue path of an assembled record points at: `transcript.csv row 180, column
 * credits` for transcript.1.credits.0.amount. Rows are numbered as lines of the file (the header
 * is row 1), as an editor or a spreadsheet numbers them.
 */
function cellOf(studentId, path) {
  const origin = origins.get(studentId);
  const at = (file, line, column) =>
    line === undefined ? `${file} (no row for ${studentId})` : `${file} row ${line}${column === undefined ? "" : `, column ${column}`}`;
  const [head, index, field, line, key] = path;
  if (head === "transcript" && typeof index === "number") {
    const record = origin.transcript[index];
    if (field === "credits" && typeof line === "number") {
      return at("transcript.csv", record?.creditLines[line], key === undefined ? "credit_type, credits" : CREDIT_LINE_FIELDS[key]?.[0]);
    }
    return at("transcript.csv", record?.line, field === "credits" ? "credits" : TRANSCRIPT_FIELDS[field]?.[0]);
  }
  if (head === "tests" && typeof index === "number") return at("tests.csv", origin.tests[index], TEST_FIELDS[field]?.[0]);
  if (head === "programs" && typeof index === "number") return at("programs.csv", origin.programs[index], PROGRAM_FIELDS[field]?.[0]);
  if (head === "exceptions" && typeof index === "number") {
    const column = field === "record" ? (path[3] === undefined ? "record_*" : SELECTOR_FIELDS[path[3]]?.[0]) : EXCEPTION_FIELDS[field]?.[0];
    return at("exceptions.csv", origin.exceptions[index], column);
  }
  if (head === "activities" && typeof index === "number") return at("activities.csv", origin.activities[index], ACTIVITY_FIELDS[field]?.[0]);
  if (head === "gpas") return at("students.csv", origin.line, "cum_gpa_weighted");
  if (head === "id") return at("students.csv", origin.line, "student_id");
  return at("students.csv", origin.line, STUDENT_FIELDS[head]?.[0]);
}
const readMs = Number(process.hrtime.bigint() - started) / 1e6;

// ---------------------------------------------------------------------------------------------
// Evaluation: compile the program once, then one report per student.

const evaluated = process.hrtime.bigint();
const readJson = (file) => JSON.parse(readFileSync(join(DISTRICT, file), "utf8"));
const definition = readJson("program.json");
const program = compileProgram(definition, { programs: readJson("programs.json") });

// Summary columns: every top-level criterion (those no child requirement links to), the TOTAL
// credit group, and the cumulative GPA requirement.
const childCriteria = new Set(
  definition.criteria.flatMap((c) => c.requirements.filter((r) => r.type === "child").map((r) => r.criterion)),
);
const topLevel = definition.criteria
  .filter((c) => !childCriteria.has(c.id))
  .sort((a, b) => (a.displayOrder ?? 0) - (b.displayOrder ?? 0))
  .map((c) => c.id);
const cumulativeGpa = definition.criteria
  .flatMap((c) => c.requirements.map((r) => ({ criterion: c.id, ...r })))
  .find((r) => r.type === "gpa" && r.calculation === "cumulative");

const csvField = (v) => {
  const s = v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
const csvLine = (cells) => cells.map(csvField).join(",") + "\n";

mkdirSync(outDir, { recursive: true });
const reportsOut = createWriteStream(join(outDir, "reports.ndjson"));
const summaryOut = createWriteStream(join(outDir, "summary.csv"));
const write = async (stream, chunk) => {
  if (!stream.write(chunk)) await once(stream, "drain");
};
// What is still needed (report.remaining, DESIGN.md §13) goes last: credits per credit group, then
// the requirements as criterion/requirement; muted requirements (an OR met another way) are never in it.
const groupIds = (definition.creditGroups ?? []).map((g) => g.id);
await write(
  summaryOut,
  csvLine(["student_id", "status", ...topLevel, "total_credits", "cumulative_gpa", ...groupIds.map((id) => `remaining_credits_${id}`), "still_needed"]),
);

const counts = { met: 0, onTrack: 0, offTrack: 0 };
const invalid = [];
for (const student of students.values()) {
  let report;
  try {
    report = evaluateProgress(program, student);
  } catch (error) {
    if (!StudentRecordError.is(error)) throw error;
    // Each problem named by the CSV cell it came from, the record path after it for developers.
    console.error(`invalid student record ${student.id}, skipped:`);
    for (const issue of error.issues) {
      const where = issue.path.length === 0 ? "" : `${cellOf(student.id, issue.path)}: `;
      const path = issue.path.length === 0 ? "" : ` (${issue.path.join(".")}, ${issue.code})`;
      console.error(`  ${where}${issue.message}${path}`);
    }
    invalid.push(student.id);
    continue;
  }
  counts[report.status] += 1;
  await write(reportsOut, JSON.stringify(report) + "\n");
  const byId = new Map(report.criteria.map((c) => [c.id, c.status]));
  const gpa = report.criteria
    .find((c) => c.id === cumulativeGpa?.criterion)
    ?.requirements.find((r) => r.id === cumulativeGpa.id)?.gpa;
  await write(
    summaryOut,
    csvLine([
      report.studentId,
      report.status,
      ...topLevel.map((id) => byId.get(id)),
      report.creditGroups.find((g) => g.id === "TOTAL")?.earnedCredits,
      gpa,
      ...groupIds.map((id) => report.creditGroups.find((g) => g.id === id)?.remainingCredits),
      report.remaining
        .filter((e) => e.type !== "creditGroup")
        .map((e) => `${e.criterion}/${e.id}`)
        .join(" "),
    ]),
  );
}
const evaluateMs = Number(process.hrtime.bigint() - evaluated) / 1e6;
await Promise.all([once(reportsOut.end(), "finish"), once(summaryOut.end(), "finish")]);

const evaluatedCount = counts.met + counts.onTrack + counts.offTrack;
const rows = Object.entries(rowCounts).map(([file, n]) => `${file} ${n}`).join(", ");
const shown = (dir) => relative(process.cwd(), dir) || ".";
console.log(`${definition.name}: ${students.size} students from ${shown(inDir)} (${rows} rows)`);
console.log(
  `  ${evaluatedCount} evaluated: met ${counts.met}, onTrack ${counts.onTrack}, offTrack ${counts.offTrack}; ` +
    `${invalid.length} invalid${invalid.length ? ` (${invalid.join(", ")})` : ""}`,
);
console.log(`  read ${readMs.toFixed(0)} ms, compile and evaluate ${evaluateMs.toFixed(0)} ms`);
console.log(`  wrote ${shown(join(outDir, "reports.ndjson"))} and ${shown(join(outDir, "summary.csv"))}`);
