import { add, addTo, compare, isZero, newSum, unitsAt, ZERO, type Fixed, type Sum } from "../decimal/index.js";
import type { Status } from "../model/vocabulary.js";
import type { PreparedRecord } from "../student/prepared.js";
import { applyCaps, type CapItem, type CapLine } from "./caps.js";
import type { CourseRuntime, NotCountedReason } from "./course.js";
import { gradePoints } from "./grade-points.js";
import type { CreditUnits, EvaluationScope, RequirementAdjustment } from "./kind.js";
import { paceResult, type PaceResult } from "./pace.js";
import { statusFromCounts } from "./status.js";

/*
 * Which of a course requirement's records count and what they add (DESIGN.md §4, §11): the reasons
 * a record is set aside, caps, distinct courses, and the status the figures give. Shared by the
 * requirement's evaluation and by its allocation view, which judges any set of records given to it.
 */

/** The matched records and the substituted ones, each once, in transcript order. */
function withSubstitutes(matched: readonly PreparedRecord[], substitutes: readonly PreparedRecord[]): PreparedRecord[] {
  const all = new Set(matched);
  for (const record of substitutes) all.add(record);
  return [...all].sort((a, b) => a.index - b.index);
}

/**
 * The reasons before the grade's (A-X2): a record the SIS replaced, then one an exception leaves
 * out of the program or of this requirement.
 */
function setAsideReason(record: PreparedRecord, scope: EvaluationScope, adjustment: RequirementAdjustment | undefined): NotCountedReason | undefined {
  if (record.replaced) return "replaced";
  const setAside = scope.setAside?.get(record);
  if (setAside !== undefined) return setAside;
  if (adjustment?.excluded?.has(record) === true) return "excluded";
  return undefined;
}

/** What a requirement makes of each matched record before allocation and caps. */
export interface Considered {
  records: PreparedRecord[];
  /** Credits of the counted types (every line for a substituted record). */
  credits: Fixed[];
  reasons: (NotCountedReason | undefined)[];
  /** Per record, whether an exception substituted it; empty when the requirement has no substitutes. */
  substituted: boolean[];
}

const NO_FLAGS: boolean[] = [];

/** Whether any matched record may be set aside: replaced records, or exceptions of this student. */
const mayBeSetAside = (scope: EvaluationScope, adjustment: RequirementAdjustment | undefined) =>
  scope.student.hasReplaced || scope.setAside !== undefined || adjustment?.excluded !== undefined;

/** A matched record the requirement does not see at all: standards-based, or outside its grade levels. */
function unseen(rt: CourseRuntime, record: PreparedRecord, substituted: boolean): boolean {
  if (record.standardsBased) return true;
  // Outside the grade levels a record does not match at all; a substitute is named, not matched.
  const levels = rt.gradeLevels;
  return levels !== undefined && !substituted && (record.gradeLevel === undefined || !levels.has(record.gradeLevel));
}

/** Credits of the counted types; a substituted record counts all its lines, whatever their type. */
function countedCredits(rt: CourseRuntime, record: PreparedRecord, substituted: boolean): Fixed {
  if (substituted) return record.totalCredits;
  let credits = ZERO;
  for (const line of record.credits) if (rt.countsType(line.type)) credits = add(credits, line.amount);
  return credits;
}

/** Why a seen record does not count, before allocation (A-X2's order); undefined when it counts. */
function reasonOf(
  rt: CourseRuntime,
  scope: EvaluationScope,
  adjustment: RequirementAdjustment | undefined,
  record: PreparedRecord,
  credits: Fixed,
  checkAside: boolean,
): NotCountedReason | undefined {
  const aside = checkAside ? setAsideReason(record, scope, adjustment) : undefined;
  if (aside !== undefined) return aside;
  if (isZero(credits) && !isZero(record.totalCredits)) return "creditTypeNotCounted";
  if (record.status !== "completed") return undefined;
  if (rt.minGpa !== undefined) {
    const points = gradePoints(record, rt.gpaType);
    if (points === undefined) return "noGpaValue";
    if (compare(points, rt.minGpa) < 0) return "belowMinGpa";
  }
  if (rt.minGrade !== undefined) {
    const rank = record.grade === undefined ? undefined : rt.gradeRanks.get(record.grade);
    if (rank === undefined) return "noGrade";
    if (rank > rt.minGrade) return "belowMinGrade";
  }
  return undefined;
}

/** The records a requirement looks at: those its patterns match, and those substituted into it. */
function matchedRecords(rt: CourseRuntime, scope: EvaluationScope, substitutes: readonly PreparedRecord[] | undefined): readonly PreparedRecord[] {
  return substitutes === undefined ? scope.records(rt.slot) : withSubstitutes(scope.records(rt.slot), substitutes);
}

export function consider(rt: CourseRuntime, scope: EvaluationScope, adjustment: RequirementAdjustment | undefined): Considered {
  const substitutes = adjustment?.substitutes;
  const out: Considered = { records: [], credits: [], reasons: [], substituted: substitutes === undefined ? NO_FLAGS : [] };
  const checkAside = mayBeSetAside(scope, adjustment);
  for (const record of matchedRecords(rt, scope, substitutes)) {
    const substituted = substitutes !== undefined && substitutes.includes(record);
    if (unseen(rt, record, substituted)) continue;
    const credits = countedCredits(rt, record, substituted);
    out.records.push(record);
    out.credits.push(credits);
    out.reasons.push(reasonOf(rt, scope, adjustment, record, credits, checkAside));
    if (substitutes !== undefined) out.substituted.push(substituted);
  }
  return out;
}

/**
 * The requirement's records in one pass, for when nothing needs the whole list first (no caps):
 * `visit` gets each seen record with its credits and its reason (usedElsewhere applied from
 * `owners`), in transcript order, and the tally has every counted record. Same records, credits
 * and reasons as `consider`, then the owners, then `figures`, without the arrays in between.
 */
export function tallyRecords(
  rt: CourseRuntime,
  scope: EvaluationScope,
  adjustment: RequirementAdjustment | undefined,
  owned: ((record: PreparedRecord) => boolean) | undefined,
  visit: ((record: PreparedRecord, credits: Fixed, reason: NotCountedReason | undefined) => void) | undefined,
): Tally {
  const substitutes = adjustment?.substitutes;
  const checkAside = mayBeSetAside(scope, adjustment);
  const tally = newTally(rt);
  for (const record of matchedRecords(rt, scope, substitutes)) {
    const substituted = substitutes !== undefined && substitutes.includes(record);
    if (unseen(rt, record, substituted)) continue;
    const credits = countedCredits(rt, record, substituted);
    let reason = reasonOf(rt, scope, adjustment, record, credits, checkAside);
    if (reason === undefined && owned !== undefined && !owned(record)) reason = "usedElsewhere";
    if (reason === undefined) addToTally(tally, rt, record, credits);
    if (visit !== undefined) visit(record, credits, reason);
  }
  return tally;
}

/** The sums of the records that count (before the status). */
export interface Tally {
  earned: Sum;
  pending: Sum;
  inProgress: Sum | undefined;
  /** Distinct courses, with minCourses only. */
  earnedCourses: Set<string> | undefined;
  projectedCourses: Set<string> | undefined;
}

function newTally(rt: CourseRuntime): Figures {
  const courses = rt.minCourses !== undefined;
  // One shape for a tally and the figures: `cut` set by figures() when there are caps.
  return {
    earned: newSum(),
    pending: newSum(),
    // Only a pace needs the in-progress credits apart.
    inProgress: rt.pace === undefined ? undefined : newSum(),
    earnedCourses: courses ? new Set<string>() : undefined,
    projectedCourses: courses ? new Set<string>() : undefined,
    cut: undefined,
  };
}

function addToTally(t: Tally, rt: CourseRuntime, record: PreparedRecord, credits: Fixed): void {
  const completed = record.status === "completed";
  addTo(completed ? t.earned : t.pending, credits);
  if (t.inProgress !== undefined && record.status === "inProgress") addTo(t.inProgress, credits);
  // A failed course (or one cut to nothing) is not a course.
  if (t.projectedCourses !== undefined && !isZero(credits)) {
    const key = rt.caseSensitive ? record.courseNumber : record.courseNumber.toLowerCase();
    t.projectedCourses.add(key);
    if (completed) t.earnedCourses!.add(key);
  }
}

/** The figures of the records that count: `given(i)` says whether record i of `c` is this requirement's. */
export interface Figures extends Tally {
  /** Per considered record: what it adds (after caps) and whether a cap cut it; undefined without caps. */
  cut: { amounts: Fixed[]; capped: boolean[] } | undefined;
}

function linesOf(rt: CourseRuntime, c: Considered, i: number): CapLine[] {
  const record = c.records[i]!;
  return c.substituted[i] === true ? record.credits : record.credits.filter((line) => rt.countsType(line.type));
}

export function figures(rt: CourseRuntime, c: Considered, given: ((i: number) => boolean) | undefined): Figures {
  const counts = (i: number) => c.reasons[i] === undefined && (given === undefined || given(i));
  let cut: Figures["cut"];
  if (rt.caps !== undefined) {
    const items: CapItem[] = [];
    const at: number[] = [];
    for (let i = 0; i < c.records.length; i++) {
      if (!counts(i)) continue;
      items.push({ record: c.records[i]!, lines: linesOf(rt, c, i) });
      at.push(i);
    }
    const applied = applyCaps(rt.caps, items);
    cut = { amounts: c.credits.slice(), capped: new Array<boolean>(c.records.length).fill(false) };
    at.forEach((i, k) => {
      cut!.amounts[i] = applied.amounts[k]!;
      cut!.capped[i] = applied.capped[k]!;
    });
  }
  const tally = newTally(rt);
  tally.cut = cut;
  for (let i = 0; i < c.records.length; i++) {
    if (counts(i)) addToTally(tally, rt, c.records[i]!, cut === undefined ? c.credits[i]! : cut.amounts[i]!);
  }
  return tally;
}

export function statusOf(rt: CourseRuntime, f: Tally, minimum: Fixed | undefined, gradeLevel: number | undefined): { status: Status; projected: Fixed; pace: PaceResult | undefined } {
  const earned: Fixed = f.earned;
  const projected = add(earned, f.pending);
  let met = true;
  let onTrack = true;
  let pace: PaceResult | undefined;
  if (minimum !== undefined) {
    pace = f.inProgress === undefined ? undefined : paceResult(rt.pace, gradeLevel, minimum, add(earned, f.inProgress));
    met = compare(earned, minimum) >= 0;
    // onTrack by the plan, or by the pace (§9); minCourses ANDs its own condition.
    onTrack = compare(projected, minimum) >= 0 || pace?.onPace === true;
  }
  if (rt.minCourses !== undefined) {
    met &&= f.earnedCourses!.size >= rt.minCourses;
    onTrack &&= f.projectedCourses!.size >= rt.minCourses;
  }
  return { status: statusFromCounts(met, onTrack), projected, pace };
}

/**
 * The allocation search asks a requirement's rank for many sets of its candidates. When only the
 * credit total decides the status (no caps, no minCourses, no pace), a set's rank comes from the
 * candidates' credits as integers at one scale: the same status as `statusOf(figures(…))`, with no
 * figures built. Undefined when that does not apply or an amount is not a safe integer there; the
 * caller then uses figures. `at` lists the candidates' positions in `c`.
 */
export function creditUnits(rt: CourseRuntime, c: Considered, at: readonly number[], minimum: Fixed | undefined): CreditUnits | undefined {
  if (rt.caps !== undefined || rt.minCourses !== undefined || rt.pace !== undefined) return undefined;
  // No credit minimum means minCourses, which has returned above.
  if (minimum === undefined) return undefined;
  let scale = minimum.scale;
  for (const i of at) scale = Math.max(scale, c.credits[i]!.scale);
  const need = unitsAt(minimum, scale);
  if (need === undefined) return undefined;
  const units = new Array<number>(at.length);
  const completed = new Array<boolean>(at.length);
  let total = Math.abs(need);
  for (let j = 0; j < at.length; j++) {
    const u = unitsAt(c.credits[at[j]!]!, scale);
    if (u === undefined) return undefined;
    total += Math.abs(u);
    units[j] = u;
    completed[j] = c.records[at[j]!]!.status === "completed";
  }
  // Every partial sum stays a safe integer, so the integer sums are exact.
  if (!Number.isSafeInteger(total)) return undefined;
  return { units, completed, need };
}

/** The rank of the candidates for which `given` holds, from their credit units. */
export function rankOfUnits({ units, completed, need }: CreditUnits, given: (candidate: number) => boolean): number {
  let earned = 0;
  let projected = 0;
  for (let j = 0; j < units.length; j++) {
    if (!given(j)) continue;
    projected += units[j]!;
    if (completed[j]!) earned += units[j]!;
  }
  return earned >= need ? 2 : projected >= need ? 1 : 0;
}
