import { formatDecimal, max, subtract, ZERO, type Fixed } from "../decimal/index.js";
import type { GpaType, RecordStatus } from "../model/vocabulary.js";
import { amount, boolean, gradeTable, integer, list, optional, requiredUnless, text } from "../shape/types.js";
import type { PreparedRecord } from "../student/prepared.js";
import { CapShape, loadCaps, validateCaps, type CapRuntime } from "./caps.js";
import { checkDigits, checkNotEmpty, checkPatterns, checkPositive } from "./checks.js";
import { kindShape, type AllocationView, type EvaluationScope, type Owner, type RequirementAdjustment, type KindModule, type RequirementResultBase } from "./kind.js";
import { loadPace, validatePace, type PaceResult, type PaceRuntime } from "./pace.js";
import { consider, creditUnits, figures, rankOfUnits, statusOf, tallyRecords, type Considered, type Tally } from "./course-records.js";

/*
 * Course requirement (DESIGN.md §4, §11): credits of matching transcript records, earned
 * (completed) and projected (with in-progress and planned work), against `minCredits`, and the
 * number of distinct courses against `minCourses`; caps, a letter-grade minimum, a grade-level
 * filter, and in exclusive allocation the records given to it.
 */

const shape = kindShape("course", {
  courses: optional(list(text())),
  stateCodes: optional(list(text())),
  // With `minCourses` (§11) `minCredits` may be left out; without, it is required as in Part I.
  minCredits: requiredUnless(amount(), "minCourses"),
  minGpa: optional(amount()),
  limitCreditType: optional(text()),
  schedulingPriority: optional(boolean()),
  recommended: optional(boolean()),
  suggestedGrade: optional(integer()),
  pace: optional(gradeTable()),
  minCourses: optional(integer({ min: 1 })),
  minGrade: optional(text()),
  gradeLevels: optional(list(integer())),
  caps: optional(list(CapShape)),
  shared: optional(boolean()),
});

/**
 * Why a matched course record did not count; when several apply, the first of this order
 * (DESIGN.md A-X2): replaced, excluded, repeated, creditTypeNotCounted, noGpaValue, belowMinGpa,
 * noGrade, belowMinGrade, usedElsewhere.
 */
export type NotCountedReason =
  | "replaced"
  | "excluded"
  | "repeated"
  | "creditTypeNotCounted"
  | "belowMinGpa"
  | "noGpaValue"
  | "noGrade"
  | "belowMinGrade"
  | "usedElsewhere";

/** A transcript record that a course requirement matched. */
export interface CourseRecordResult {
  /** Position in the student's transcript. */
  index: number;
  courseNumber: string;
  status: RecordStatus;
  /** Credits of the counted types on this record (what it adds when counted; after caps when `capped`). */
  credits: string;
  counted: boolean;
  reason?: NotCountedReason;
  /** Exclusive allocation: the requirement the record was given to instead (§11). */
  usedBy?: Owner;
  /** A cap cut some of its credits (§11); `credits` is what it adds. */
  capped?: true;
}

/** A course requirement: credits earned, projected with planned courses, required and remaining. */
export interface CourseRequirementResult extends RequirementResultBase {
  type: "course";
  earnedCredits: string;
  projectedCredits: string;
  /** Absent when the requirement has `minCourses` and no `minCredits`. */
  requiredCredits?: string;
  remainingCredits?: string;
  minGpa?: string;
  schedulingPriority?: boolean;
  suggestedGrade?: number;
  records: CourseRecordResult[];
  /** With `minCourses`: distinct courses of completed counted records, of all counted records, required, still needed. */
  earnedCourses?: number;
  projectedCourses?: number;
  requiredCourses?: number;
  remainingCourses?: number;
  /** With `pace` and a student grade level: where the student stands against it (§9). */
  pace?: PaceResult;
}

export interface CourseRuntime {
  id: string;
  criterion: string;
  description: string | undefined;
  /** The slot of `courses`/`stateCodes` in the program set's course index. */
  slot: number;
  minCredits: Fixed | undefined;
  minCourses: number | undefined;
  minGpa: Fixed | undefined;
  /** Position of `minGrade` in the grade scale, and every scale entry's position. */
  minGrade: number | undefined;
  gradeRanks: ReadonlyMap<string, number>;
  gradeLevels: ReadonlySet<number> | undefined;
  caps: CapRuntime[] | undefined;
  shared: boolean;
  caseSensitive: boolean;
  /** Which credit lines count: limitCreditType, else parentCreditTypes, else every type. */
  countsType: (type: string) => boolean;
  gpaType: GpaType;
  schedulingPriority: boolean | undefined;
  suggestedGrade: number | undefined;
  pace: PaceRuntime | undefined;
}

const isOwner = (rt: CourseRuntime, owner: Owner | undefined) =>
  owner !== undefined && owner.criterion === rt.criterion && owner.requirement === rt.id;

export const course: KindModule<typeof shape, CourseRuntime, CourseRequirementResult> = {
  shape,

  validate(d, path, { issues, gradeScale }) {
    if ((d.courses?.length ?? 0) + (d.stateCodes?.length ?? 0) === 0) {
      issues.add(path, "noPatterns", "a course requirement needs at least one entry in courses or stateCodes");
    }
    checkPatterns(issues, d.courses, [...path, "courses"]);
    checkPatterns(issues, d.stateCodes, [...path, "stateCodes"]);
    if (d.minCredits !== undefined) checkPositive(issues, d.minCredits, [...path, "minCredits"]);
    if (d.minGpa !== undefined) checkDigits(issues, d.minGpa, [...path, "minGpa"], 7, 4);
    validatePace(issues, d.pace, d.minCredits, [...path, "pace"], "credits");
    if (d.minGrade !== undefined) {
      if (gradeScale === undefined) issues.add([...path, "minGrade"], "noGradeScale", "minGrade needs settings.gradeScale, the letter grades from best to worst");
      else if (!gradeScale.includes(d.minGrade)) {
        issues.add([...path, "minGrade"], "unknownGrade", `${JSON.stringify(d.minGrade)} is not a letter grade of settings.gradeScale`);
      }
    }
    checkNotEmpty(issues, d.gradeLevels, [...path, "gradeLevels"], "take every grade level");
    validateCaps(issues, d.caps, [...path, "caps"]);
  },

  isRecommended: (d) => d.recommended === true,

  exceptionTargets: () => ({ substitute: true, exclude: true, adjust: "minCredits" }),

  load(d, context) {
    const { settings, parentCreditTypes } = context;
    const limit = d.limitCreditType;
    return {
      id: d.id,
      criterion: context.criterion,
      description: d.description,
      slot: context.courses.register(d.courses, d.stateCodes, settings.caseSensitive),
      minCredits: d.minCredits,
      minCourses: d.minCourses,
      minGpa: d.minGpa,
      minGrade: d.minGrade === undefined ? undefined : context.gradeRanks.get(d.minGrade),
      gradeRanks: context.gradeRanks,
      gradeLevels: d.gradeLevels === undefined ? undefined : new Set(d.gradeLevels),
      caps: loadCaps(d.caps, settings.caseSensitive),
      // A recommendation never takes a record, and counts every matching one.
      shared: d.shared === true || d.recommended === true,
      caseSensitive: settings.caseSensitive,
      countsType:
        limit !== undefined
          ? (type) => type === limit
          : parentCreditTypes !== undefined
            ? (type) => parentCreditTypes.has(type)
            : () => true,
      gpaType: settings.gpaType,
      schedulingPriority: d.schedulingPriority,
      suggestedGrade: d.suggestedGrade,
      pace: loadPace(d.pace),
    };
  },

  allocation: (rt) => (rt.shared ? undefined : (scope, adjustment) => allocationView(rt, scope, adjustment)),

  evaluate: (rt, scope, adjustment) => (rt.caps === undefined ? directResult(rt, scope, adjustment) : resultOf(rt, scope, adjustment, consider(rt, scope, adjustment))),

  remaining(r, entry) {
    if (r.remainingCredits !== undefined) entry.remainingCredits = r.remainingCredits;
    if (r.remainingCourses !== undefined) entry.remainingCourses = r.remainingCourses;
  },
};

/** What the allocation search asks of a course requirement: its candidates and its rank for any set of them. */
function allocationView(rt: CourseRuntime, scope: EvaluationScope, adjustment: RequirementAdjustment | undefined): AllocationView {
  const c = consider(rt, scope, adjustment);
  const candidates: PreparedRecord[] = [];
  // Each candidate's position in `c`, and back (only candidates are asked: the others have a reason).
  const at: number[] = [];
  const candidateAt: number[] = [];
  for (let i = 0; i < c.records.length; i++) {
    if (c.reasons[i] !== undefined) {
      candidateAt.push(-1);
      continue;
    }
    candidateAt.push(candidates.length);
    candidates.push(c.records[i]!);
    at.push(i);
  }
  const minimum = adjustment?.minimum ?? rt.minCredits;
  const gradeLevel = scope.student.gradeLevel;
  const units = creditUnits(rt, c, at, minimum);
  return {
    candidates,
    // Two overlapping caps, or a cap with minCourses, can make one more record lower a status.
    monotone: rt.caps === undefined || (rt.caps.length === 1 && rt.minCourses === undefined),
    units,
    rank:
      units !== undefined
        ? (given) => rankOfUnits(units, given)
        : (given) => {
            const status = statusOf(rt, figures(rt, c, (i) => given(candidateAt[i]!)), minimum, gradeLevel).status;
            return status === "met" ? 2 : status === "onTrack" ? 1 : 0;
          },
    result: () => resultOf(rt, scope, adjustment, c),
  };
}

/** A course requirement's result from what it made of its records (exclusive allocation's owners applied). */
function resultOf(rt: CourseRuntime, scope: EvaluationScope, adjustment: RequirementAdjustment | undefined, c: Considered): CourseRequirementResult {
  const owners = rt.shared ? undefined : scope.owners;
  if (owners !== undefined) {
    // Exclusive allocation (§11): a candidate given to another requirement counts there.
    for (let i = 0; i < c.records.length; i++) if (c.reasons[i] === undefined && !isOwner(rt, owners[c.records[i]!.index])) c.reasons[i] = "usedElsewhere";
  }
  const f = figures(rt, c, undefined);
  let records: CourseRecordResult[] | undefined;
  if (!scope.compact) {
    records = [];
    for (let i = 0; i < c.records.length; i++) {
      const capped = f.cut?.capped[i] === true;
      records.push(recordEntry(c.records[i]!, capped ? f.cut!.amounts[i]! : c.credits[i]!, c.reasons[i], owners, capped));
    }
  }
  return resultFrom(rt, scope, adjustment, f, records);
}

/** Without caps, the same result in one pass over the records (course-records.ts, `tallyRecords`). */
function directResult(rt: CourseRuntime, scope: EvaluationScope, adjustment: RequirementAdjustment | undefined): CourseRequirementResult {
  const owners = rt.shared ? undefined : scope.owners;
  const records: CourseRecordResult[] | undefined = scope.compact ? undefined : [];
  const tally = tallyRecords(
    rt,
    scope,
    adjustment,
    owners === undefined ? undefined : (record) => isOwner(rt, owners[record.index]),
    records === undefined ? undefined : (record, credits, reason) => records.push(recordEntry(record, credits, reason, owners, false)),
  );
  return resultFrom(rt, scope, adjustment, tally, records);
}

function recordEntry(
  record: PreparedRecord,
  credits: Fixed,
  reason: NotCountedReason | undefined,
  owners: readonly (Owner | undefined)[] | undefined,
  capped: boolean,
): CourseRecordResult {
  const entry: CourseRecordResult = {
    index: record.index,
    courseNumber: record.courseNumber,
    status: record.status,
    credits: formatDecimal(credits),
    counted: reason === undefined,
  };
  if (reason !== undefined) entry.reason = reason;
  if (reason === "usedElsewhere") {
    const owner = owners![record.index];
    if (owner !== undefined) entry.usedBy = { criterion: owner.criterion, requirement: owner.requirement };
  }
  if (capped) entry.capped = true;
  return entry;
}

/** The result's figures and keys; `records` undefined in a compact report. */
function resultFrom(
  rt: CourseRuntime,
  scope: EvaluationScope,
  adjustment: RequirementAdjustment | undefined,
  f: Tally,
  records: CourseRecordResult[] | undefined,
): CourseRequirementResult {
  const minimum = adjustment?.minimum ?? rt.minCredits;
  const { status, projected, pace } = statusOf(rt, f, minimum, scope.student.gradeLevel);
  const earned: Fixed = f.earned;
  // Part I's key order: the credit minimum's figures before the records (A-X7). A compact report has no records.
  const result = (
    minimum === undefined
      ? { id: rt.id, criterion: rt.criterion, type: "course", status, earnedCredits: formatDecimal(earned), projectedCredits: formatDecimal(projected) }
      : {
          id: rt.id,
          criterion: rt.criterion,
          type: "course",
          status,
          earnedCredits: formatDecimal(earned),
          projectedCredits: formatDecimal(projected),
          requiredCredits: formatDecimal(minimum),
          remainingCredits: formatDecimal(max(ZERO, subtract(minimum, earned))),
        }
  ) as CourseRequirementResult;
  if (records !== undefined) {
    result.records = records;
    if (rt.description !== undefined) result.description = rt.description;
  }
  if (rt.minGpa !== undefined) result.minGpa = formatDecimal(rt.minGpa);
  if (rt.schedulingPriority !== undefined) result.schedulingPriority = rt.schedulingPriority;
  if (rt.suggestedGrade !== undefined) result.suggestedGrade = rt.suggestedGrade;
  if (rt.minCourses !== undefined) {
    const earnedCourses = f.earnedCourses!.size;
    result.earnedCourses = earnedCourses;
    result.projectedCourses = f.projectedCourses!.size;
    result.requiredCourses = rt.minCourses;
    result.remainingCourses = Math.max(0, rt.minCourses - earnedCourses);
  }
  if (pace !== undefined) result.pace = pace;
  return result;
}
