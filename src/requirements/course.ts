import { add, addTo, compare, formatDecimal, isZero, max, newSum, subtract, ZERO, type Fixed } from "../decimal/index.js";
import type { GpaType, RecordStatus, Status } from "../model/vocabulary.js";
import { amount, boolean, integer, list, optional, text } from "../shape/types.js";
import { checkDigits, checkPatterns, checkPositive } from "./checks.js";
import { gradePoints } from "./grade-points.js";
import { kindShape, type KindModule, type RequirementResultBase, type TreeLine } from "./kind.js";
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
});

/** Why a matched course record did not count. */
export type NotCountedReason = "creditTypeNotCounted" | "belowMinGpa" | "noGpaValue";

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
}

const REASON: Record<NotCountedReason, string> = {
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
  },

  isRecommended: (d) => d.recommended === true,

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
    };
  },

  evaluate(rt, scope) {
    const earned = newSum();
    const pending = newSum();
    const records: CourseRecordResult[] = [];
    for (const record of scope.records(rt.slot)) {
      if (record.standardsBased) continue;
      let credits = ZERO;
      for (const line of record.credits) if (rt.countsType(line.type)) credits = add(credits, line.amount);
      let reason: NotCountedReason | undefined;
      if (isZero(credits) && !isZero(record.totalCredits)) {
        reason = "creditTypeNotCounted";
      } else if (rt.minGpa !== undefined && record.status === "completed") {
        const points = gradePoints(record, rt.gpaType);
        if (points === undefined) reason = "noGpaValue";
        else if (compare(points, rt.minGpa) < 0) reason = "belowMinGpa";
      }
      if (reason === undefined) addTo(record.status === "completed" ? earned : pending, credits);
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
    const result: CourseRequirementResult = {
      id: rt.id,
      criterion: rt.criterion,
      type: "course",
      status: statusFromCounts(compare(earned, rt.minCredits) >= 0, compare(projected, rt.minCredits) >= 0),
      earnedCredits: formatDecimal(earned),
      projectedCredits: formatDecimal(projected),
      requiredCredits: formatDecimal(rt.minCredits),
      remainingCredits: formatDecimal(max(ZERO, subtract(rt.minCredits, earned))),
      records,
    };
    if (rt.description !== undefined) result.description = rt.description;
    if (rt.minGpa !== undefined) result.minGpa = formatDecimal(rt.minGpa);
    if (rt.schedulingPriority !== undefined) result.schedulingPriority = rt.schedulingPriority;
    if (rt.suggestedGrade !== undefined) result.suggestedGrade = rt.suggestedGrade;
    return result;
  },

  tree(r, options) {
    const gpa = r.minGpa === undefined ? "" : `, grades ≥ ${r.minGpa}`;
    return {
      figures: `${r.earnedCredits} of ${plural(r.requiredCredits, "credit")} earned, ${r.projectedCredits} with planned courses${gpa}`,
      lines: options.records ? r.records.map(recordLine) : [],
    };
  },
};
