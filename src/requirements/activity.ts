import { add, addTo, compare, formatDecimal, max, newSum, subtract, ZERO, type Fixed } from "../decimal/index.js";
import type { RecordStatus } from "../model/vocabulary.js";
import { amount, gradeTable, integer, list, optional, text } from "../shape/types.js";
import { checkPatterns } from "./checks.js";
import { kindShape, type KindModule, type RequirementResultBase } from "./kind.js";
import { loadPace, onTrackBy, paceResult, validatePace, type PaceResult, type PaceRuntime } from "./pace.js";
import { compileCodeMatcher } from "./record-matcher.js";
import { statusFromCounts } from "./status.js";

/*
 * Activity requirement (DESIGN.md §12): service hours, work-based learning hours, portfolio items
 * and capstone defences are records of `student.activities`, matched by code patterns like course
 * numbers, their amounts summed against `minTotal` (and, with `minCount`, counted).
 */

const shape = kindShape("activity", {
  codes: list(text()),
  minTotal: amount(),
  minCount: optional(integer()),
  pace: optional(gradeTable()),
});

/** An activity record that an activity requirement matched. */
export interface ActivityRecordResult {
  /** Position in the student's `activities`. */
  index: number;
  code: string;
  status: RecordStatus;
  amount: string;
  counted: boolean;
}

/** An activity requirement: amounts earned (completed), projected (with in-progress and planned), required. */
export interface ActivityRequirementResult extends RequirementResultBase {
  type: "activity";
  earnedTotal: string;
  projectedTotal: string;
  requiredTotal: string;
  remainingTotal: string;
  activities: ActivityRecordResult[];
  /** With `minCount`: completed matching activities. */
  earnedCount?: number;
  /** With `minCount`: matching activities of any status. */
  projectedCount?: number;
  requiredCount?: number;
  /** With `pace` and a student grade level: where the student stands against it (§9; amounts stand for credits). */
  pace?: PaceResult;
}

export interface ActivityRuntime {
  id: string;
  criterion: string;
  description: string | undefined;
  matches: (code: string) => boolean;
  minTotal: Fixed;
  minCount: number | undefined;
  pace: PaceRuntime | undefined;
}


export const activity: KindModule<typeof shape, ActivityRuntime, ActivityRequirementResult> = {
  shape,

  validate(d, path, { issues }) {
    if (d.codes.length === 0) issues.add([...path, "codes"], "noPatterns", "an activity requirement needs at least one entry in codes");
    checkPatterns(issues, d.codes, [...path, "codes"]);
    if (d.minCount !== undefined && d.minCount < 1) {
      issues.add([...path, "minCount"], "tooSmall", `must be at least 1, but is ${d.minCount}`);
    }
    validatePace(issues, d.pace, d.minTotal, [...path, "pace"], "");
  },

  exceptionTargets: () => ({ adjust: "minTotal" }),

  load(d, context) {
    const matcher = compileCodeMatcher(d.codes, undefined, context.settings.caseSensitive);
    return {
      id: d.id,
      criterion: context.criterion,
      description: d.description,
      matches: (code) => matcher(code, undefined),
      minTotal: d.minTotal,
      minCount: d.minCount,
      pace: loadPace(d.pace),
    };
  },

  evaluate(rt, scope, adjustment) {
    const minimum = adjustment?.minimum ?? rt.minTotal;
    const earned = newSum();
    const inProgress = newSum();
    const projected = newSum();
    let earnedCount = 0;
    const activities: ActivityRecordResult[] = [];
    for (const a of scope.student.activities) {
      if (!rt.matches(a.code)) continue;
      addTo(projected, a.amount);
      if (a.status === "completed") {
        addTo(earned, a.amount);
        earnedCount++;
      } else if (a.status === "inProgress") addTo(inProgress, a.amount);
      activities.push({ index: a.index, code: a.code, status: a.status, amount: formatDecimal(a.amount), counted: true });
    }
    const counts = (count: number) => rt.minCount === undefined || count >= rt.minCount;
    const pace = rt.pace === undefined ? undefined : paceResult(rt.pace, scope.student.gradeLevel, minimum, add(earned, inProgress));
    // A compact report has no activities listing.
    const result = {
      id: rt.id,
      criterion: rt.criterion,
      type: "activity",
      status: statusFromCounts(
        compare(earned, minimum) >= 0 && counts(earnedCount),
        onTrackBy(projected, minimum, pace) && counts(activities.length),
      ),
      earnedTotal: formatDecimal(earned),
      projectedTotal: formatDecimal(projected),
      requiredTotal: formatDecimal(minimum),
      remainingTotal: formatDecimal(max(ZERO, subtract(minimum, earned))),
    } as ActivityRequirementResult;
    if (!scope.compact) result.activities = activities;
    if (rt.minCount !== undefined) {
      result.earnedCount = earnedCount;
      result.projectedCount = activities.length;
      result.requiredCount = rt.minCount;
    }
    if (rt.description !== undefined && !scope.compact) result.description = rt.description;
    if (pace !== undefined) result.pace = pace;
    return result;
  },

  remaining(r, entry) {
    entry.remainingTotal = r.remainingTotal;
  },
};
