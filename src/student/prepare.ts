import { add, isZero, readDecimal, ZERO, type Fixed } from "../decimal/index.js";
import { StudentRecordError } from "../errors/index.js";
import { StudentRecordSchema } from "../schema/student-schema.js";
import { toIssues } from "../schema/issues.js";
import type { PreparedGpa, PreparedRecord, PreparedStudent, PreparedTest, StudentWarning } from "./prepared.js";

/*
 * One pass over the record checks every field the engine knows and builds the indexed form the
 * evaluators read. It accepts exactly what StudentRecordSchema accepts (a property test holds the
 * two together); only when it meets a problem does the zod schema run, to name every problem with
 * its path. Running zod on every student would cost twice a JSON.parse of the record.
 */

class Reject {}
const REJECT = new Reject();

type Obj = Record<string, unknown>;

function object(value: unknown): Obj {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw REJECT;
  return value as Obj;
}

function list(value: unknown): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw REJECT;
  return value;
}

function text(value: unknown): string {
  if (typeof value !== "string") throw REJECT;
  return value;
}

function optionalText(value: unknown): string | undefined {
  return value === undefined ? undefined : text(value);
}

function optionalBoolean(value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "boolean") throw REJECT;
  return value;
}

function optionalInteger(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value)) throw REJECT;
  return value as number;
}

function decimal(value: unknown): Fixed {
  const read = readDecimal(value);
  if (typeof read === "string") throw REJECT;
  return read;
}

function optionalDecimal(value: unknown): Fixed | undefined {
  return value === undefined ? undefined : decimal(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw REJECT;
  return value as T;
}

function requiredOneOf<T extends string>(value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw REJECT;
  return value as T;
}

const RECORD_STATUSES = ["completed", "inProgress", "planned"] as const;
const GPA_TYPES = ["weighted", "unweighted", "weightedWithBonus", "unweightedWithBonus"] as const;
const ASSIGNMENT_STATUSES = ["assigned", "completed"] as const;

function prepareRecord(value: unknown, index: number, warnings: StudentWarning[]): PreparedRecord {
  const r = object(value);
  const courseNumber = text(r["courseNumber"]);
  if (courseNumber.length === 0 || courseNumber.length > 64) throw REJECT;
  const credits: PreparedRecord["credits"] = [];
  let totalCredits = ZERO;
  for (const line of list(r["credits"])) {
    const l = object(line);
    const amount = decimal(l["amount"]);
    credits.push({ type: text(l["type"]), amount });
    totalCredits = add(totalCredits, amount);
  }
  const record: PreparedRecord = {
    index,
    courseNumber,
    stateCode: optionalText(r["stateCode"]),
    status: oneOf(r["status"], RECORD_STATUSES, "completed"),
    credits,
    totalCredits,
    attempted: optionalDecimal(r["attempted"]),
    gpaValue: optionalDecimal(r["gpaValue"]),
    unweightedGpaValue: optionalDecimal(r["unweightedGpaValue"]),
    bonusPoints: optionalDecimal(r["bonusPoints"]),
    excludeFromGpa: optionalBoolean(r["excludeFromGpa"]) ?? false,
    standardsBased: optionalBoolean(r["standardsBased"]) ?? false,
    gradeLevel: optionalInteger(r["gradeLevel"]),
  };
  optionalText(r["name"]);
  optionalText(r["term"]);
  optionalText(r["grade"]);
  optionalInteger(r["schoolYear"]);
  if (
    record.status === "completed" &&
    !record.standardsBased &&
    !record.excludeFromGpa &&
    (record.gpaValue !== undefined || record.unweightedGpaValue !== undefined) &&
    record.attempted === undefined &&
    credits.every((c) => isZero(c.amount))
  ) {
    warnings.push({
      code: "missingAttempted",
      message: `${courseNumber} has grade points but no attempted credits and earned none, so it weighs nothing in a GPA; send "attempted" for failed courses`,
      path: ["transcript", index],
    });
  }
  return record;
}

function prepareTest(value: unknown, index: number): PreparedTest {
  const t = object(value);
  const testCode = text(t["testCode"]);
  if (testCode.length === 0) throw REJECT;
  return {
    index,
    testCode,
    stateCode: optionalText(t["stateCode"]),
    subject: optionalText(t["subject"]),
    date: optionalText(t["date"]),
    rawScore: optionalDecimal(t["rawScore"]),
    scaleScore: optionalDecimal(t["scaleScore"]),
    passed: optionalBoolean(t["passed"]),
  };
}

function prepareGpa(value: unknown): PreparedGpa {
  const g = object(value);
  return {
    calculation: text(g["calculation"]),
    type: requiredOneOf(g["type"], GPA_TYPES),
    value: decimal(g["value"]),
  };
}

function checkedId(value: unknown): string | number | null {
  if (value === undefined) return null;
  if (typeof value === "string" || Number.isSafeInteger(value)) return value as string | number;
  throw REJECT;
}

function tryPrepare(value: unknown): PreparedStudent {
  const s = object(value);
  const warnings: StudentWarning[] = [];
  const id = checkedId(s["id"]);
  optionalInteger(s["gradeLevel"]);
  const transcript = list(s["transcript"]).map((r, i) => prepareRecord(r, i, warnings));
  const tests = list(s["tests"]).map(prepareTest);
  const gpas = list(s["gpas"]).map(prepareGpa);
  const programs = new Map<string, "assigned" | "completed">();
  for (const entry of list(s["programs"])) {
    const p = object(entry);
    const programId = text(p["programId"]);
    const status = oneOf(p["status"], ASSIGNMENT_STATUSES, "assigned");
    if (!programs.has(programId)) programs.set(programId, status);
  }
  return { id, transcript, tests, gpas, programs, warnings };
}

/** Checks and indexes a student record; throws StudentRecordError naming every problem. */
export function prepareStudent(value: unknown): PreparedStudent {
  try {
    return tryPrepare(value);
  } catch (error) {
    if (error !== REJECT) throw error;
  }
  const result = StudentRecordSchema.safeParse(value, { reportInput: true });
  const issues = result.success
    ? [{ path: [], code: "invalid", message: "the record could not be read" }]
    : toIssues(result.error.issues);
  const id = typeof value === "object" && value !== null ? (value as Obj)["id"] : undefined;
  throw new StudentRecordError(issues, typeof id === "string" || typeof id === "number" ? String(id) : undefined);
}

/** True when the one-pass check accepts the record (for the property test against the schema). */
export function passesOnePassCheck(value: unknown): boolean {
  try {
    tryPrepare(value);
    return true;
  } catch (error) {
    if (error === REJECT) return false;
    throw error;
  }
}
