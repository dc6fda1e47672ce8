import { add, isZero, readDecimal, ZERO, type Fixed } from "../decimal/index.js";
import { describeValue, quoteList, StudentRecordError, type Issue } from "../errors/index.js";
import type { PreparedGpa, PreparedRecord, PreparedStudent, PreparedTest, StudentWarning } from "./prepared.js";

/*
 * One pass over a student record checks every field the engine knows and builds the indexed form
 * the evaluators read. It accepts exactly what StudentRecordSchema accepts (a property test holds
 * the two together) without running zod, which costs about twice a JSON.parse of the record, and
 * without pulling zod into the runtime bundle.
 *
 * The same walk runs in two modes. Fast: `issues` is undefined and the first problem throws
 * REJECT, so a valid record allocates nothing for error handling. Explain: after a rejection the
 * walk runs again collecting every problem with its path, for the StudentRecordError.
 */

type Path = readonly (string | number)[];
type Issues = Issue[] | undefined;
type Obj = Record<string, unknown>;

const REJECT: unique symbol = Symbol("reject");
// In fast mode no path is ever read (the first problem throws), so none is built.
const FAST: Path = [];

function problem(issues: Issues, path: Path, code: string, message: string): undefined {
  if (issues === undefined) throw REJECT;
  issues.push({ path: [...path], code, message });
  return undefined;
}

const TYPE_WORDS = { string: "text", boolean: "true or false", integer: "a whole number" } as const;

function wrongType(issues: Issues, path: Path, value: unknown, expected: string): undefined {
  return value === undefined
    ? problem(issues, path, "required", "is required")
    : problem(issues, path, "invalidType", `expected ${expected}, but found ${describeValue(value)}`);
}

function object(value: unknown, issues: Issues, path: Path): Obj | undefined {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Obj;
  return wrongType(issues, path, value, "an object");
}

/** An optional list: absent is empty; anything but a list is a problem. */
function list(value: unknown, key: string, issues: Issues, path: Path): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  wrongType(issues, [...path, key], value, "a list");
  return [];
}

function optionalText(value: unknown, key: string, issues: Issues, path: Path): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  return wrongType(issues, [...path, key], value, TYPE_WORDS.string);
}

function requiredText(value: unknown, key: string, issues: Issues, path: Path): string | undefined {
  if (typeof value === "string") return value;
  return wrongType(issues, [...path, key], value, TYPE_WORDS.string);
}

function optionalBoolean(value: unknown, key: string, issues: Issues, path: Path): boolean | undefined {
  if (value === undefined || typeof value === "boolean") return value;
  return wrongType(issues, [...path, key], value, TYPE_WORDS.boolean);
}

function optionalInteger(value: unknown, key: string, issues: Issues, path: Path): number | undefined {
  if (value === undefined || Number.isSafeInteger(value)) return value as number | undefined;
  return wrongType(issues, [...path, key], value, TYPE_WORDS.integer);
}

function decimal(value: unknown, key: string, required: boolean, issues: Issues, path: Path): Fixed | undefined {
  if (value === undefined && !required) return undefined;
  if (value === undefined) return problem(issues, [...path, key], "required", "is required");
  const read = readDecimal(value);
  if (typeof read !== "string") return read;
  const code = typeof value === "number" || typeof value === "string" ? "invalidNumber" : "invalidType";
  return problem(issues, [...path, key], code, read);
}

function oneOf<T extends string>(value: unknown, key: string, allowed: readonly T[], required: boolean, issues: Issues, path: Path): T | undefined {
  if (value === undefined && !required) return undefined;
  if (allowed.includes(value as T)) return value as T;
  if (value === undefined) return problem(issues, [...path, key], "required", "is required");
  return problem(issues, [...path, key], "invalidValue", `expected ${quoteList(allowed)}, but found ${describeValue(value)}`);
}

function nonEmptyText(value: unknown, key: string, max: number, issues: Issues, path: Path): string | undefined {
  const text = requiredText(value, key, issues, path);
  if (text === undefined) return undefined;
  if (text.length === 0) return problem(issues, [...path, key], "tooSmall", "must not be empty");
  if (text.length > max) return problem(issues, [...path, key], "tooBig", `must be at most ${max} characters long`);
  return text;
}

const RECORD_STATUSES = ["completed", "inProgress", "planned"] as const;
const GPA_TYPES = ["weighted", "unweighted", "weightedWithBonus", "unweightedWithBonus"] as const;
const ASSIGNMENT_STATUSES = ["assigned", "completed"] as const;

function prepareRecord(value: unknown, index: number, issues: Issues, warnings: StudentWarning[]): PreparedRecord | undefined {
  const path = issues === undefined ? FAST : ["transcript", index];
  const r = object(value, issues, path);
  if (r === undefined) return undefined;
  const courseNumber = nonEmptyText(r.courseNumber, "courseNumber", 64, issues, path);
  const credits: PreparedRecord["credits"] = [];
  let totalCredits = ZERO;
  let anyCredit = false;
  const lines = list(r.credits, "credits", issues, path);
  for (let i = 0; i < lines.length; i++) {
    const linePath = issues === undefined ? FAST : [...path, "credits", i];
    const l = object(lines[i], issues, linePath);
    if (l === undefined) continue;
    const type = requiredText(l.type, "type", issues, linePath);
    const amount = decimal(l.amount, "amount", true, issues, linePath);
    if (type === undefined || amount === undefined) continue;
    credits.push({ type, amount });
    totalCredits = add(totalCredits, amount);
    if (!isZero(amount)) anyCredit = true;
  }
  const record: PreparedRecord = {
    index,
    courseNumber: courseNumber ?? "",
    stateCode: optionalText(r.stateCode, "stateCode", issues, path),
    status: oneOf(r.status, "status", RECORD_STATUSES, false, issues, path) ?? "completed",
    credits,
    totalCredits,
    attempted: decimal(r.attempted, "attempted", false, issues, path),
    gpaValue: decimal(r.gpaValue, "gpaValue", false, issues, path),
    unweightedGpaValue: decimal(r.unweightedGpaValue, "unweightedGpaValue", false, issues, path),
    bonusPoints: decimal(r.bonusPoints, "bonusPoints", false, issues, path),
    excludeFromGpa: optionalBoolean(r.excludeFromGpa, "excludeFromGpa", issues, path) ?? false,
    standardsBased: optionalBoolean(r.standardsBased, "standardsBased", issues, path) ?? false,
    gradeLevel: optionalInteger(r.gradeLevel, "gradeLevel", issues, path),
  };
  optionalText(r.name, "name", issues, path);
  optionalText(r.term, "term", issues, path);
  optionalText(r.grade, "grade", issues, path);
  optionalInteger(r.schoolYear, "schoolYear", issues, path);
  if (
    record.status === "completed" &&
    !record.standardsBased &&
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
  return record;
}

function prepareTest(value: unknown, index: number, issues: Issues): PreparedTest | undefined {
  const path = issues === undefined ? FAST : ["tests", index];
  const t = object(value, issues, path);
  if (t === undefined) return undefined;
  return {
    index,
    testCode: nonEmptyText(t.testCode, "testCode", Number.POSITIVE_INFINITY, issues, path) ?? "",
    stateCode: optionalText(t.stateCode, "stateCode", issues, path),
    subject: optionalText(t.subject, "subject", issues, path),
    date: optionalText(t.date, "date", issues, path),
    rawScore: decimal(t.rawScore, "rawScore", false, issues, path),
    scaleScore: decimal(t.scaleScore, "scaleScore", false, issues, path),
    passed: optionalBoolean(t.passed, "passed", issues, path),
  };
}

function prepareGpa(value: unknown, index: number, issues: Issues): PreparedGpa | undefined {
  const path = issues === undefined ? FAST : ["gpas", index];
  const g = object(value, issues, path);
  if (g === undefined) return undefined;
  const calculation = requiredText(g.calculation, "calculation", issues, path);
  const type = oneOf(g.type, "type", GPA_TYPES, true, issues, path);
  const gpa = decimal(g.value, "value", true, issues, path);
  return calculation === undefined || type === undefined || gpa === undefined ? undefined : { calculation, type, value: gpa };
}

function walk(value: unknown, issues: Issues): PreparedStudent {
  const s = object(value, issues, []) ?? {};
  const warnings: StudentWarning[] = [];
  const idValue = s["id"];
  let id: string | number | null = null;
  if (typeof idValue === "string" || Number.isSafeInteger(idValue)) id = idValue as string | number;
  else if (idValue !== undefined) wrongType(issues, ["id"], idValue, "text or a whole number");
  optionalInteger(s.gradeLevel, "gradeLevel", issues, []);
  const transcript: PreparedRecord[] = [];
  const records = list(s.transcript, "transcript", issues, []);
  for (let i = 0; i < records.length; i++) {
    const record = prepareRecord(records[i], i, issues, warnings);
    if (record !== undefined) transcript.push(record);
  }
  const tests: PreparedTest[] = [];
  list(s.tests, "tests", issues, []).forEach((t, i) => {
    const test = prepareTest(t, i, issues);
    if (test !== undefined) tests.push(test);
  });
  const gpas: PreparedGpa[] = [];
  list(s.gpas, "gpas", issues, []).forEach((g, i) => {
    const gpa = prepareGpa(g, i, issues);
    if (gpa !== undefined) gpas.push(gpa);
  });
  const programs = new Map<string, "assigned" | "completed">();
  list(s.programs, "programs", issues, []).forEach((entry, i) => {
    const path = issues === undefined ? FAST : ["programs", i];
    const p = object(entry, issues, path);
    if (p === undefined) return;
    const programId = requiredText(p.programId, "programId", issues, path);
    const status = oneOf(p.status, "status", ASSIGNMENT_STATUSES, false, issues, path) ?? "assigned";
    if (programId !== undefined && !programs.has(programId)) programs.set(programId, status);
  });
  return { id, transcript, tests, gpas, programs, warnings };
}

/** Checks and indexes a student record; throws StudentRecordError naming every problem with its path. */
export function prepareStudent(value: unknown): PreparedStudent {
  try {
    return walk(value, undefined);
  } catch (error) {
    if (error !== REJECT) throw error;
  }
  const issues: Issue[] = [];
  walk(value, issues);
  const id = typeof value === "object" && value !== null ? (value as Obj)["id"] : undefined;
  throw new StudentRecordError(issues, typeof id === "string" || typeof id === "number" ? String(id) : undefined);
}

/** The problems in a student record (empty when it is valid), without throwing. */
export function studentRecordIssues(value: unknown): Issue[] {
  const issues: Issue[] = [];
  walk(value, issues);
  return issues;
}

/** True when the one-pass check accepts the record (for the property test against the schema). */
export function passesOnePassCheck(value: unknown): boolean {
  try {
    walk(value, undefined);
    return true;
  } catch (error) {
    if (error === REJECT) return false;
    throw error;
  }
}
