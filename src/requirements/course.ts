import { add, addTo, compare, formatDecimal, isZero, max, newSum, subtract, ZERO, type Fixed } from "../decimal/index.js";
import type { GpaType, RecordStatus, Status } from "../model/vocabulary.js";
import { amount, boolean, gradeTable, integer, list, optional, text } from "../shape/types.js";
import type { PreparedRecord } from "../student/prepared.js";
import { checkDigits, checkPatterns, checkPositive } from "./checks.js";
import { gradePoints } from "./grade-points.js";
import { kindShape, type EvaluationScope, type KindModule, type RequirementAdjustment, type RequirementResultBase, type TreeLine } from "./kind.js";
import { loadPace, paceResult, paceText, validatePace, type PaceResult, type PaceRuntime } from "./pace.js";
import { statusFromCounts } from "./status.js";

/*
 * Course requirement (DESIGN.md §4): credits of matching transcript records, earned (completed)
 * and projected (with in-progress and planned work), against `minCredits`.
 */

const shape = kindShape("course", {
  courses: optional(list(text())),
  stateCodes: optional(list(text())),
  minCredits: amount(),
  minGpa: optional(amount()),
  limitCreditType: optional(text()),
  schedulingPriority: optional(boolean()),
  recommended: optional(boolean()),
  suggestedGrade: optional(integer()),
  pace: optional(gradeTable()),
});

/**
 * Why a matched course record did not count; when several apply, the first of this order
 * (DESIGN.md A-X2): replaced, excluded, creditTypeNotCounted, noGpaValue, belowMinGpa.
 */
export type NotCountedReason = "replaced" | "excluded" | "creditTypeNotCounted" | "belowMinGpa" | "noGpaValue";

/** A transcript record that a course requirement matched. */
export interface CourseRecordResult {
  /** Position in the student's transcript. */
  index: number;
  courseNumber: string;
  status: RecordStatus;
  /** Credits of the counted types on this record (what it adds when counted). */
  credits: string;
  counted: boolean;
  reason?: NotCountedReason;
}

/** A course requirement: credits earned, projected with planned courses, required and remaining. */
export interface CourseRequirementResult extends RequirementResultBase {
  type: "course";
  earnedCredits: string;
  projectedCredits: string;
  requiredCredits: string;
  remainingCredits: string;
  minGpa?: string;
  schedulingPriority?: boolean;
  suggestedGrade?: number;
  records: CourseRecordResult[];
  /** With `pace` and a student grade level: where the student stands against it (§9). */
  pace?: PaceResult;
}

export interface CourseRuntime {
  id: string;
  criterion: string;
  description: string | undefined;
  /** The slot of `courses`/`stateCodes` in the program set's course index. */
  slot: number;
  minCredits: Fixed;
  minGpa: Fixed | undefined;
  /** Which credit lines count: limitCreditType, else parentCreditTypes, else every type. */
  countsType: (type: string) => boolean;
  gpaType: GpaType;
  schedulingPriority: boolean | undefined;
  suggestedGrade: number | undefined;
  pace: PaceRuntime | undefined;
}

const REASON: Record<NotCountedReason, string> = {
  replaced: "replaced (the SIS marks it replaced)",
  excluded: "excluded by an exception",
  creditTypeNotCounted: "its credit type does not count here",
  belowMinGpa: "grade below the minimum GPA",
  noGpaValue: "no grade points to compare with the minimum GPA",
};

const plural = (n: string, word: string) => `${n} ${word}${n === "1" ? "" : "s"}`;

function recordLine(record: CourseRecordResult): TreeLine {
  const status: Status = record.counted ? (record.status === "completed" ? "met" : "onTrack") : "offTrack";
  const why = record.reason === undefined ? "" : ` — not counted: ${REASON[record.reason]}`;
  const state = record.status === "completed" ? "" : ` (${record.status === "inProgress" ? "in progress" : "planned"})`;
  return { status, text: `${record.courseNumber}${state} ${plural(record.credits, "credit")}${why}` };
}

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

export const course: KindModule<typeof shape, CourseRuntime, CourseRequirementResult> = {
  shape,

  validate(d, path, { issues }) {
    if ((d.courses?.length ?? 0) + (d.stateCodes?.length ?? 0) === 0) {
      issues.add(path, "noPatterns", "a course requirement needs at least one entry in courses or stateCodes");
    }
    checkPatterns(issues, d.courses, [...path, "courses"]);
    checkPatterns(issues, d.stateCodes, [...path, "stateCodes"]);
    checkPositive(issues, d.minCredits, [...path, "minCredits"]);
    if (d.minGpa !== undefined) checkDigits(issues, d.minGpa, [...path, "minGpa"], 7, 4);
    validatePace(issues, d.pace, d.minCredits, [...path, "pace"], "credits");
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
      minGpa: d.minGpa,
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

  evaluate(rt, scope, adjustment) {
    const minimum = adjustment?.minimum ?? rt.minCredits;
    const earned = newSum();
    const pending = newSum();
    // Only a pace needs the in-progress credits apart.
    const inProgress = rt.pace === undefined ? undefined : newSum();
    const records: CourseRecordResult[] = [];
    const substitutes = adjustment?.substitutes;
    const matched = substitutes === undefined ? scope.records(rt.slot) : withSubstitutes(scope.records(rt.slot), substitutes);
    // Whether any record may be set aside: replaced records, or exceptions of this student.
    const checkAside = scope.student.hasReplaced || scope.setAside !== undefined || adjustment?.excluded !== undefined;
    for (const record of matched) {
      if (record.standardsBased) continue;
      // A substituted record counts all its lines, whatever their type.
      let credits = ZERO;
      if (substitutes !== undefined && substitutes.includes(record)) credits = record.totalCredits;
      else for (const line of record.credits) if (rt.countsType(line.type)) credits = add(credits, line.amount);
      // Kept inline (not a helper) so the common path stays one small function V8 compiles whole.
      let reason = checkAside ? setAsideReason(record, scope, adjustment) : undefined;
      if (reason !== undefined) {
        // set aside: the reasons below do not apply
      } else if (isZero(credits) && !isZero(record.totalCredits)) {
        reason = "creditTypeNotCounted";
      } else if (rt.minGpa !== undefined && record.status === "completed") {
        const points = gradePoints(record, rt.gpaType);
        if (points === undefined) reason = "noGpaValue";
        else if (compare(points, rt.minGpa) < 0) reason = "belowMinGpa";
      }
      if (reason === undefined) {
        addTo(record.status === "completed" ? earned : pending, credits);
        if (inProgress !== undefined && record.status === "inProgress") addTo(inProgress, credits);
      }
      const entry: CourseRecordResult = {
        index: record.index,
        courseNumber: record.courseNumber,
        status: record.status,
        credits: formatDecimal(credits),
        counted: reason === undefined,
      };
      if (reason !== undefined) entry.reason = reason;
      records.push(entry);
    }
    const projected = add(earned, pending);
    const pace = inProgress === undefined ? undefined : paceResult(rt.pace, scope.student.gradeLevel, minimum, add(earned, inProgress));
    const result: CourseRequirementResult = {
      id: rt.id,
      criterion: rt.criterion,
      type: "course",
      // onTrack by the plan, or by the pace (§9); a further minimum (§11's minCourses) would AND here.
      status: statusFromCounts(compare(earned, minimum) >= 0, compare(projected, minimum) >= 0 || pace?.onPace === true),
      earnedCredits: formatDecimal(earned),
      projectedCredits: formatDecimal(projected),
      requiredCredits: formatDecimal(minimum),
      remainingCredits: formatDecimal(max(ZERO, subtract(minimum, earned))),
      records,
    };
    if (rt.description !== undefined) result.description = rt.description;
    if (rt.minGpa !== undefined) result.minGpa = formatDecimal(rt.minGpa);
    if (rt.schedulingPriority !== undefined) result.schedulingPriority = rt.schedulingPriority;
    if (rt.suggestedGrade !== undefined) result.suggestedGrade = rt.suggestedGrade;
    if (pace !== undefined) result.pace = pace;
    return result;
  },

  remaining: (r) => ({ remainingCredits: r.remainingCredits }),

  tree(r, options) {
    const gpa = r.minGpa === undefined ? "" : `, grades ≥ ${r.minGpa}`;
    return {
      figures: `${r.earnedCredits} of ${plural(r.requiredCredits, "credit")} earned, ${r.projectedCredits} with planned courses${gpa}${paceText(r.pace)}`,
      lines: options.records ? r.records.map(recordLine) : [],
    };
  },
};
