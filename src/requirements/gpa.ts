import {
  addProductTo,
  addTo,
  compare,
  divideRounded,
  formatDecimal,
  isZero,
  newSum,
  readDecimal,
  roundTo,
  type Fixed,
} from "../decimal/index.js";
import type { GpaCalculationDefinition, GpaRequirementDefinition } from "../schema/program-schema.js";
import type { GpaType } from "../schema/student-schema.js";
import type { PreparedRecord } from "../student/prepared.js";
import type { EvaluationScope, PrepareContext, CompiledSettings } from "./context.js";
import { gpaWeight, gradePoints } from "./grade-points.js";
import type { GpaBelowMinimum, GpaRequirementResult } from "./results.js";

/** Which completed records a GPA calculation takes: `cumulative` takes every one. */
export interface GpaFilter {
  id: string;
  /** The slot of `courses` in the program set's course index; undefined takes every course. */
  courses: number | undefined;
  gradeLevels: ReadonlySet<number> | undefined;
}

export const CUMULATIVE: GpaFilter = { id: "cumulative", courses: undefined, gradeLevels: undefined };

export function prepareGpaFilter(definition: GpaCalculationDefinition, context: PrepareContext): GpaFilter {
  return {
    id: definition.id,
    courses:
      definition.courses === undefined
        ? undefined
        : context.courses.register(definition.courses, undefined, context.settings.caseSensitive),
    gradeLevels: definition.gradeLevels === undefined ? undefined : new Set(definition.gradeLevels),
  };
}

export interface GpaRuntime {
  kind: "gpa";
  definition: GpaRequirementDefinition;
  criterion: string;
  filter: GpaFilter;
  calculationType: GpaType;
  minOverall: Fixed;
  minPerCourse: Fixed | undefined;
  settings: CompiledSettings;
}

export function prepareGpa(
  definition: GpaRequirementDefinition,
  criterion: string,
  context: PrepareContext,
  filters: ReadonlyMap<string, GpaFilter>,
): GpaRuntime {
  const settings = context.settings;
  return {
    kind: "gpa",
    definition,
    criterion,
    filter: filters.get(definition.calculation) ?? CUMULATIVE,
    calculationType: definition.calculationType ?? settings.gpaType,
    minOverall: readDecimal(definition.minOverallGpa) as Fixed,
    minPerCourse:
      definition.minGpaPerCourseCredit === undefined ? undefined : (readDecimal(definition.minGpaPerCourseCredit) as Fixed),
    settings,
  };
}

function eligible(record: PreparedRecord, filter: GpaFilter): boolean {
  if (record.status !== "completed" || record.standardsBased || record.excludeFromGpa) return false;
  if (filter.gradeLevels !== undefined && (record.gradeLevel === undefined || !filter.gradeLevels.has(record.gradeLevel))) {
    return false;
  }
  return true;
}

export function evaluateGpa(rt: GpaRuntime, scope: EvaluationScope): GpaRequirementResult {
  const { gpaDecimals: places, gpaRounding: rounding } = rt.settings;
  const weighted = newSum();
  const weights = newSum();
  const belowMinimum: GpaBelowMinimum[] = [];
  const candidates = rt.filter.courses === undefined ? scope.student.transcript : scope.records(rt.filter.courses);
  for (const record of candidates) {
    if (!eligible(record, rt.filter)) continue;
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
  let gpa: Fixed | undefined;
  let source: "computed" | "stored" | undefined;
  if (stored !== undefined) {
    gpa = roundTo(stored.value, places, rounding);
    source = "stored";
  } else if (!isZero(weights)) {
    gpa = divideRounded(weighted, weights, places, rounding);
    source = "computed";
  }
  const d = rt.definition;
  const met = gpa !== undefined && compare(gpa, rt.minOverall) >= 0 && belowMinimum.length === 0;
  const result: GpaRequirementResult = {
    id: d.id,
    criterion: rt.criterion,
    type: "gpa",
    status: met ? "met" : "offTrack",
    calculation: d.calculation,
    calculationType: rt.calculationType,
    decimals: places,
    rounding,
    requiredGpa: formatDecimal(rt.minOverall),
    attemptedCredits: formatDecimal(weights),
    belowMinimum,
  };
  if (gpa !== undefined) {
    result.gpa = formatDecimal(gpa);
    result.source = source;
  }
  if (rt.minPerCourse !== undefined) result.minGpaPerCourseCredit = formatDecimal(rt.minPerCourse);
  if (d.description !== undefined) result.description = d.description;
  return result;
}
