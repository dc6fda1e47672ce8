import { add, isZero, ZERO, type Fixed } from "../decimal/index.js";
import { StudentRecordError, type Issue } from "../errors/index.js";
import { readShape } from "../shape/read.js";
import type { AssignmentStatus } from "../model/vocabulary.js";
import { readStudentFast } from "./fast-readers.js";
import type { PreparedActivity, PreparedRecord, PreparedStudent, PreparedTest, StudentWarning } from "./prepared.js";
import { StudentShape, type StudentRead } from "./shape.js";

/*
 * A student record is checked and read in one pass over its fields, then indexed for the
 * evaluators. The fast reader (generated from the declarations) takes ordinary JSON; anything it
 * does not accept goes to the careful reader, which either accepts it too (another realm's
 * objects, null prototypes) or names every problem with its path for the StudentRecordError.
 */

const NO_LINES: PreparedRecord["credits"] = [];

function read(value: unknown): StudentRead {
  try {
    return readStudentFast(value);
  } catch {
    const careful = readShape(StudentShape, value);
    if (careful.ok) return careful.value;
    throw new StudentRecordError(careful.sink.list(), idForMessage(value));
  }
}

/** The record's id for the error's headline, when it can be read without trouble. */
function idForMessage(value: unknown): string | undefined {
  const careful = readShape(StudentShape.fields.id.optional, safeId(value));
  return careful.ok && careful.value !== undefined ? String(careful.value) : undefined;
}

function safeId(value: unknown): unknown {
  try {
    if (typeof value !== "object" || value === null || !Object.prototype.propertyIsEnumerable.call(value, "id")) return undefined;
    return (value as Record<string, unknown>)["id"];
  } catch {
    return undefined;
  }
}

function prepareRecords(read: StudentRead, warnings: StudentWarning[]): { records: PreparedRecord[]; hasReplaced: boolean } {
  const records = (read.transcript ?? []) as PreparedRecord[];
  let hasReplaced = false;
  for (let index = 0; index < records.length; index++) {
    const record = records[index]!;
    record.index = index;
    if (record.replaced) hasReplaced = true;
    if (record.credits === undefined) record.credits = NO_LINES;
    let total: Fixed = ZERO;
    let anyCredit = false;
    for (const line of record.credits) {
      total = add(total, line.amount);
      if (!isZero(line.amount)) anyCredit = true;
    }
    record.totalCredits = total;
    if (
      record.status === "completed" &&
      !record.standardsBased &&
      !record.replaced &&
      !record.excludeFromGpa &&
      (record.gpaValue !== undefined || record.unweightedGpaValue !== undefined) &&
      record.attempted === undefined &&
      !anyCredit
    ) {
      warnings.push({
        code: "missingAttempted",
        message: `${record.courseNumber} has grade points but no attempted credits and earned none, so it would weigh nothing in a GPA; send "attempted" for failed courses`,
        path: ["transcript", index],
      });
    }
  }
  return { records, hasReplaced };
}

const NO_TESTS: PreparedTest[] = [];
const NO_EXCEPTIONS: PreparedStudent["exceptions"] = [];

/** Test results and registrations apart; a student without registrations keeps the one list. */
function splitTests(read: StudentRead): { tests: PreparedTest[]; plannedTests: PreparedTest[] } {
  const all = (read.tests ?? []) as PreparedTest[];
  let planned = 0;
  for (let i = 0; i < all.length; i++) {
    const test = all[i]!;
    test.index = i;
    if (test.status === "planned") planned++;
  }
  if (planned === 0) return { tests: all, plannedTests: NO_TESTS };
  return { tests: all.filter((t) => t.status !== "planned"), plannedTests: all.filter((t) => t.status === "planned") };
}

function index(read: StudentRead): PreparedStudent {
  const warnings: StudentWarning[] = [];
  const { records: transcript, hasReplaced } = prepareRecords(read, warnings);
  const { tests, plannedTests } = splitTests(read);
  const activities = (read.activities ?? []) as PreparedActivity[];
  for (let i = 0; i < activities.length; i++) activities[i]!.index = i;
  const programs = new Map<string, AssignmentStatus>();
  for (const entry of read.programs ?? []) if (!programs.has(entry.programId)) programs.set(entry.programId, entry.status);
  return {
    id: read.id ?? null,
    gradeLevel: read.gradeLevel,
    transcript,
    hasReplaced,
    tests,
    plannedTests,
    gpas: read.gpas ?? [],
    programs,
    activities,
    exceptions: read.exceptions ?? NO_EXCEPTIONS,
    warnings,
  };
}

/** Checks and indexes a student record; throws StudentRecordError naming every problem with its path. */
export function prepareStudent(value: unknown): PreparedStudent {
  return index(read(value));
}

/** The problems in a student record (empty when it is valid), without throwing. */
export function studentRecordIssues(value: unknown): Issue[] {
  const careful = readShape(StudentShape, value);
  return careful.ok ? [] : careful.sink.list();
}

/** True when the fast reader accepts the record (for the property tests against the schema). */
export function passesFastCheck(value: unknown): boolean {
  try {
    readStudentFast(value);
    return true;
  } catch {
    return false;
  }
}

/** True when the record is valid (the careful reader accepts it). */
export function passesOnePassCheck(value: unknown): boolean {
  return readShape(StudentShape, value).ok;
}
