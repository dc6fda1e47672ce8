import {
  addProductTo,
  addTo,
  compare,
  divideRounded,
  formatDecimal,
  isZero,
  newSum,
  roundTo,
  type Fixed,
} from "../decimal/index.js";
import { GPA_TYPES, type GpaRounding, type GpaType } from "../model/vocabulary.js";
import { amount, oneOf, optional, text } from "../shape/types.js";
import { checkDigits } from "./checks.js";
import type { PreparedRecord } from "../student/prepared.js";
import { CUMULATIVE, entersGpas, gpaEligible, type GpaFilter } from "./gpa-filter.js";
import { gpaWeight, gradePoints } from "./grade-points.js";
import { kindShape, type EvaluationScope, type KindModule, type RequirementAdjustment, type RequirementResultBase } from "./kind.js";

/*
 * GPA requirement (DESIGN.md §4): a computed (or stored) GPA, rounded exactly, against a minimum,
 * optionally with a minimum for every eligible course.
 */

const shape = kindShape("gpa", {
  calculation: text({ minLength: 1 }),
  calculationType: optional(oneOf(GPA_TYPES)),
  minOverallGpa: amount(),
  minGpaPerCourseCredit: optional(amount()),
});

/** A GPA-eligible record whose grade points are below `minGpaPerCourseCredit`. */
export interface GpaBelowMinimum {
  index: number;
  courseNumber: string;
  /** The record's GPA weight. */
  credits: string;
  points: string;
}

/** A GPA requirement: the rounded GPA, how it was rounded, and records below the per-course minimum. */
export interface GpaRequirementResult extends RequirementResultBase {
  type: "gpa";
  calculation: string;
  calculationType: GpaType;
  /** The rounded GPA; absent when there is none. */
  gpa?: string;
  /** `computed` from the transcript, or `stored` from `student.gpas`. */
  source?: "computed" | "stored";
  decimals: number;
  rounding: GpaRounding;
  requiredGpa: string;
  minGpaPerCourseCredit?: string;
  /** Σ weight of the eligible records. */
  attemptedCredits: string;
  belowMinimum: GpaBelowMinimum[];
}

export interface GpaRuntime {
  id: string;
  criterion: string;
  description: string | undefined;
  calculation: string;
  filter: GpaFilter;
  calculationType: GpaType;
  minOverall: Fixed;
  minPerCourse: Fixed | undefined;
  places: number;
  rounding: GpaRounding;
}

/** A record an exception leaves out: of the whole program, or of this requirement (a targeted exclude). */
function leftOut(record: PreparedRecord, scope: EvaluationScope, adjustment: RequirementAdjustment | undefined): boolean {
  return scope.setAside?.has(record) === true || adjustment?.excluded?.has(record) === true;
}

/**
 * DESIGN.md §9, A-9.6: with no GPA yet, an in-progress or planned record that would enter it once
 * completed keeps the requirement on track. Only for a student whose record says which grade they
 * are in: without it a missing GPA cannot be told from a transcript that never had grades, and
 * the Part I rule (no GPA is offTrack) holds.
 */
function pendingWouldEnter(candidates: readonly PreparedRecord[], rt: GpaRuntime, scope: EvaluationScope, adjustment: RequirementAdjustment | undefined): boolean {
  if (scope.student.gradeLevel === undefined) return false;
  for (const record of candidates) {
    if (record.status !== "completed" && entersGpas(record, rt.filter) && !leftOut(record, scope, adjustment)) return true;
  }
  return false;
}

export const gpa: KindModule<typeof shape, GpaRuntime, GpaRequirementResult> = {
  shape,

  validate(d, path, { issues, gpaCalculations }) {
    if (d.calculation !== CUMULATIVE.id && !gpaCalculations.has(d.calculation)) {
      issues.add(
        [...path, "calculation"],
        "unknownCalculation",
        `unknown GPA calculation ${JSON.stringify(d.calculation)}: use "cumulative" or the id of a gpaCalculations entry`,
      );
    }
    checkDigits(issues, d.minOverallGpa, [...path, "minOverallGpa"], 6, 4);
    if (d.minGpaPerCourseCredit !== undefined) checkDigits(issues, d.minGpaPerCourseCredit, [...path, "minGpaPerCourseCredit"], 7, 4);
  },

  load(d, context) {
    const { settings } = context;
    return {
      id: d.id,
      criterion: context.criterion,
      description: d.description,
      calculation: d.calculation,
      filter: context.gpaFilters.get(d.calculation) ?? CUMULATIVE,
      calculationType: d.calculationType ?? settings.gpaType,
      minOverall: d.minOverallGpa,
      minPerCourse: d.minGpaPerCourseCredit,
      places: settings.gpaDecimals,
      rounding: settings.gpaRounding,
    };
  },

  exceptionTargets: () => ({ exclude: true }),

  evaluate(rt, scope, adjustment) {
    const { places, rounding } = rt;
    const weighted = newSum();
    const weights = newSum();
    const belowMinimum: GpaBelowMinimum[] = [];
    const candidates = rt.filter.courses === undefined ? scope.student.transcript : scope.records(rt.filter.courses);
    const exceptions = scope.setAside !== undefined || adjustment?.excluded !== undefined;
    for (const record of candidates) {
      if (!gpaEligible(record, rt.filter) || (exceptions && leftOut(record, scope, adjustment))) continue;
      const points = gradePoints(record, rt.calculationType);
      if (points === undefined) continue;
      const weight = gpaWeight(record);
      addProductTo(weighted, points, weight);
      addTo(weights, weight);
      if (rt.minPerCourse !== undefined && compare(points, rt.minPerCourse) < 0) {
        belowMinimum.push({
          index: record.index,
          courseNumber: record.courseNumber,
          credits: formatDecimal(weight),
          points: formatDecimal(points),
        });
      }
    }
    const stored = scope.student.gpas.find((g) => g.calculation === rt.filter.id && g.type === rt.calculationType);
    let value: Fixed | undefined;
    let source: "computed" | "stored" | undefined;
    if (stored !== undefined) {
      value = roundTo(stored.value, places, rounding);
      source = "stored";
    } else if (!isZero(weights)) {
      value = divideRounded(weighted, weights, places, rounding);
      source = "computed";
    }
    const met = value !== undefined && compare(value, rt.minOverall) >= 0 && belowMinimum.length === 0;
    // A GPA below a minimum does not rise by itself, and a course below the per-course minimum stays there.
    const onTrack = !met && value === undefined && belowMinimum.length === 0 && pendingWouldEnter(candidates, rt, scope, adjustment);
    // A compact report has no belowMinimum listing.
    const result = {
      id: rt.id,
      criterion: rt.criterion,
      type: "gpa",
      status: met ? "met" : onTrack ? "onTrack" : "offTrack",
      calculation: rt.calculation,
      calculationType: rt.calculationType,
      decimals: places,
      rounding,
      requiredGpa: formatDecimal(rt.minOverall),
      attemptedCredits: formatDecimal(weights),
    } as GpaRequirementResult;
    if (!scope.compact) result.belowMinimum = belowMinimum;
    if (value !== undefined) {
      result.gpa = formatDecimal(value);
      result.source = source;
    }
    if (rt.minPerCourse !== undefined) result.minGpaPerCourseCredit = formatDecimal(rt.minPerCourse);
    if (rt.description !== undefined && !scope.compact) result.description = rt.description;
    return result;
  },

  remaining(r, entry) {
    entry.requiredGpa = r.requiredGpa;
  },
};
