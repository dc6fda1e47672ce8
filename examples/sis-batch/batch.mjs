#!/usr/bin/env node
// An SIS engineer's nightly job: read the SIS export files (CSV), assemble one student record per
// student, evaluate everyone against the district's graduation program, and write the reports.
//
//   node examples/sis-batch/batch.mjs [--in DIR] [--out DIR]
//
// --in  the folder holding students.csv, transcript.csv, tests.csv, programs.csv (default: this folder)
// --out the output folder (default: examples/sis-batch/out): reports.ndjson (one progress report per
//       line) and summary.csv (one row per evaluated student).
//
// Decimal cells (credits, scores, GPAs) are passed to the engine as the strings the SIS wrote: the
// engine reads them exactly, so never parseFloat them. Empty cells become absent keys. A student whose
// assembled record is invalid is logged with the engine's issue paths and skipped; the batch goes on.

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
// Reading: csv-parse's streaming API, one object per row keyed by the header.

async function* rowsOf(file) {
  const parser = createReadStream(join(inDir, file)).pipe(
    parse({ columns: true, bom: true, trim: true, skip_empty_lines: true }),
  );
  for await (const row of parser) yield row;
}

// ---------------------------------------------------------------------------------------------
// Mapping cells to student-record values. Values the mapping does not know are passed through as
// text, so the engine's validation reports them with their path instead of this job guessing.

const TRANSCRIPT_STATUS = { C: "completed", IP: "inProgress", P: "planned" };
const PROGRAM_STATUS = { ACTIVE: "assigned", COMPLETED: "completed" };

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

/** A plain object without the undefined entries. */
function compact(object) {
  const out = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) out[key] = value;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Assembly: one student record per student id, in roster order, transcript and tests in file order.

const students = new Map();
function studentFor(id) {
  let student = students.get(id);
  if (student === undefined) {
    student = { id, transcript: [], tests: [], programs: [] };
    students.set(id, student);
  }
  return student;
}

const started = process.hrtime.bigint();
const rowCounts = {};

rowCounts["students.csv"] = 0;
for await (const row of rowsOf("students.csv")) {
  rowCounts["students.csv"] += 1;
  const student = studentFor(row.student_id);
  Object.assign(student, compact({ gradeLevel: integer(row.grade_level), schoolId: text(row.school_id) }));
  const gpa = decimal(row.cum_gpa_weighted);
  if (gpa !== undefined) student.gpas = [{ calculation: "cumulative", type: "weighted", value: gpa }];
}

// One row per credit line: consecutive rows with the same record_id are one course record.
rowCounts["transcript.csv"] = 0;
let previous = { recordId: undefined, record: undefined };
for await (const row of rowsOf("transcript.csv")) {
  rowCounts["transcript.csv"] += 1;
  const creditLine = compact({ type: text(row.credit_type), amount: decimal(row.credits) });
  if (row.record_id !== "" && row.record_id === previous.recordId) {
    previous.record.credits.push(creditLine);
    continue;
  }
  const record = compact({
    courseNumber: text(row.course_number),
    stateCode: text(row.state_code),
    name: text(row.course_name),
    status: code(TRANSCRIPT_STATUS)(row.status),
    credits: Object.keys(creditLine).length > 0 ? [creditLine] : [],
    attempted: decimal(row.attempted),
    gpaValue: decimal(row.gpa_points),
    unweightedGpaValue: decimal(row.unweighted_points),
    bonusPoints: decimal(row.bonus),
    excludeFromGpa: flag(row.exclude_from_gpa),
    standardsBased: flag(row.standards_based),
    gradeLevel: integer(row.grade_level),
    schoolYear: integer(row.school_year),
    term: text(row.term),
    grade: text(row.grade),
  });
  studentFor(row.student_id).transcript.push(record);
  previous = { recordId: row.record_id, record };
}

rowCounts["tests.csv"] = 0;
for await (const row of rowsOf("tests.csv")) {
  rowCounts["tests.csv"] += 1;
  studentFor(row.student_id).tests.push(
    compact({
      testCode: text(row.test_code),
      stateCode: text(row.state_code),
      subject: text(row.subject),
      date: text(row.test_date),
      rawScore: decimal(row.raw_score),
      scaleScore: decimal(row.scale_score),
      passed: flag(row.passed),
    }),
  );
}

rowCounts["programs.csv"] = 0;
for await (const row of rowsOf("programs.csv")) {
  rowCounts["programs.csv"] += 1;
  studentFor(row.student_id).programs.push(
    compact({ programId: text(row.program_id), status: code(PROGRAM_STATUS)(row.status) }),
  );
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
await write(summaryOut, csvLine(["student_id", "status", ...topLevel, "total_credits", "cumulative_gpa"]));

const counts = { met: 0, onTrack: 0, offTrack: 0 };
const invalid = [];
for (const student of students.values()) {
  let report;
  try {
    report = evaluateProgress(program, student);
  } catch (error) {
    if (!StudentRecordError.is(error)) throw error;
    const paths = error.issues.map((issue) => `${issue.path.join(".")} (${issue.code})`);
    console.error(`invalid student record ${student.id}: ${paths.join("; ")}`);
    for (const issue of error.issues) console.error(`  ${issue.path.join(".")}: ${issue.message}`);
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
