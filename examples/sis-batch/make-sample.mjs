#!/usr/bin/env node
// Derives the sample SIS export files of this example from the first students of
// examples/district/students.ndjson, so that the CSVs and the district stay consistent.
//
//   node examples/sis-batch/make-sample.mjs [--count 50]
//
// Writes students.csv, transcript.csv, tests.csv, programs.csv, activities.csv and exceptions.csv
// next to this script. The output
// depends only on students.ndjson and the count; test/examples/sis-batch.test.ts fails when the
// committed files are stale. The files imitate what SIS exports look like, quirks included:
//
// - transcript.csv: one row per credit line (a cross-credit course such as CTE211 has two rows that
//   share a record_id); status as the codes C / IP / P; Y/N flags; empty cells for absent values;
//   course names quoted when they contain a comma ("Math 8 (middle school, standards-based)").
// - tests.csv: exported by the assessment vendor's Windows tool: UTF-8 BOM and CRLF line endings.
// - programs.csv: hand-maintained, with a space after each comma; status as words (Active/Completed).
// - activities.csv: the counseling office's service-hours log (status as words: Logged / In progress /
//   Planned).
// - exceptions.csv: the counselors' exception log (waivers, substitutions …), one row per exception,
//   the record selector in `record_*` columns.
// - students.csv: the roster (current grade level, the stored GPA of transfer students).
// - One cell is deliberately wrong: S000007's English 9 credits read "1.O" (letter O), so the batch
//   shows how an invalid student record is reported and skipped.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const HERE = dirname(fileURLToPath(import.meta.url));
const DISTRICT_STUDENTS = join(HERE, "..", "district", "students.ndjson");

export const DEFAULT_COUNT = 50; // the first met student is S000049
/** The deliberately invalid cell: this student's first record of this course gets this credits text. */
export const INVALID_CELL = { studentId: "S000007", courseNumber: "ENG101", credits: "1.O" };
export const FILES = ["students.csv", "transcript.csv", "tests.csv", "programs.csv", "activities.csv", "exceptions.csv"];

export const STATUS_CODES = { completed: "C", inProgress: "IP", planned: "P" };
export const PROGRAM_STATUS_WORDS = { assigned: "Active", completed: "Completed" };
export const ACTIVITY_STATUS_WORDS = { completed: "Logged", inProgress: "In progress", planned: "Planned" };

/** The first `count` student records of the example district. */
export function readDistrictStudents(count = DEFAULT_COUNT) {
  return readFileSync(DISTRICT_STUDENTS, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(0, count)
    .map((line) => JSON.parse(line));
}

// A cell: absent → empty; numbers through their shortest string form (how an SIS prints 1 or 0.5);
// booleans → Y/N.
function cell(value) {
  if (value === undefined || value === null) return "";
  if (typeof value === "boolean") return value ? "Y" : "N";
  return String(value);
}

function csvField(text) {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsv(header, rows, { eol = "\n", bom = false, separator = "," } = {}) {
  const lines = [header, ...rows].map((row) => row.map((v) => csvField(cell(v))).join(separator));
  return (bom ? "\uFEFF" : "") + lines.join(eol) + eol;
}

/**
 * The sample export files for the given student records, as { fileName: text }.
 * Pure: the same students give the same text.
 */
export function makeSample(students = readDistrictStudents()) {
  const roster = [];
  const transcript = [];
  const tests = [];
  const programs = [];
  const activities = [];
  const exceptions = [];
  let recordId = 100000;
  let invalidDone = false;

  for (const student of students) {
    const storedGpa = (student.gpas ?? []).find((g) => g.calculation === "cumulative" && g.type === "weighted");
    roster.push([student.id, student.schoolId, student.gradeLevel, student.cohort, storedGpa?.value]);

    for (const record of student.transcript ?? []) {
      recordId += 1;
      // A record without credit lines still gets one row, with empty credit_type and credits.
      const lines = record.credits?.length ? record.credits : [{}];
      for (const line of lines) {
        let credits = cell(line.amount);
        if (!invalidDone && student.id === INVALID_CELL.studentId && record.courseNumber === INVALID_CELL.courseNumber) {
          credits = INVALID_CELL.credits;
          invalidDone = true;
        }
        transcript.push([
          student.id,
          recordId,
          record.gradeLevel,
          record.courseNumber,
          record.stateCode,
          record.name,
          record.status === undefined ? undefined : (STATUS_CODES[record.status] ?? record.status),
          line.type,
          credits,
          record.attempted,
          record.gpaValue,
          record.unweightedGpaValue,
          record.bonusPoints,
          record.excludeFromGpa ?? false, // the SIS always prints the flag: N when not set
          record.standardsBased ?? false,
          record.schoolYear,
          record.term,
          record.grade,
        ]);
      }
    }

    for (const test of student.tests ?? []) {
      tests.push([
        student.id,
        test.testCode,
        test.stateCode,
        test.subject,
        test.date,
        test.rawScore,
        test.scaleScore,
        test.passed, // empty when the test has no pass/fail outcome (SAT, PSAT, SBAC)
      ]);
    }

    for (const activity of student.activities ?? []) {
      activities.push([
        student.id,
        activity.code,
        activity.amount,
        activity.status === undefined ? undefined : (ACTIVITY_STATUS_WORDS[activity.status] ?? activity.status),
        activity.date,
        activity.description,
      ]);
    }

    for (const e of student.exceptions ?? []) {
      exceptions.push([
        student.id, e.id, e.program, e.kind, e.criterion, e.requirement, e.creditGroup,
        e.record?.id, e.record?.courseNumber, e.record?.schoolYear, e.record?.term,
        e.minCredits, e.minTotal, e.reason, e.approvedBy, e.date,
      ]);
    }

    for (const program of student.programs ?? []) {
      programs.push([
        student.id,
        program.programId,
        program.status === undefined ? undefined : (PROGRAM_STATUS_WORDS[program.status] ?? program.status),
      ]);
    }
  }

  return {
    "students.csv": toCsv(["student_id", "school_id", "grade_level", "cohort", "cum_gpa_weighted"], roster),
    "transcript.csv": toCsv(
      [
        "student_id", "record_id", "grade_level", "course_number", "state_code", "course_name", "status",
        "credit_type", "credits", "attempted", "gpa_points", "unweighted_points", "bonus",
        "exclude_from_gpa", "standards_based", "school_year", "term", "grade",
      ],
      transcript,
    ),
    "tests.csv": toCsv(
      ["student_id", "test_code", "state_code", "subject", "test_date", "raw_score", "scale_score", "passed"],
      tests,
      { eol: "\r\n", bom: true },
    ),
    "programs.csv": toCsv(["student_id", "program_id", "status"], programs, { separator: ", " }),
    "exceptions.csv": toCsv(
      [
        "student_id", "exception_id", "program_id", "kind", "criterion", "requirement", "credit_group",
        "record_id", "record_course_number", "record_school_year", "record_term",
        "min_credits", "min_total", "reason", "approved_by", "approved_on",
      ],
      exceptions,
    ),
    "activities.csv": toCsv(["student_id", "activity_code", "hours", "status", "activity_date", "description"], activities),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { count: { type: "string" } } });
  const count = values.count === undefined ? DEFAULT_COUNT : Number.parseInt(values.count, 10);
  const files = makeSample(readDistrictStudents(count));
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(HERE, name), text);
    console.log(`wrote examples/sis-batch/${name} (${text.split("\n").length - 2} rows)`);
  }
}
