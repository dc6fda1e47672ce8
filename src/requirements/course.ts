import { add, addTo, compare, formatDecimal, isZero, max, newSum, readDecimal, subtract, ZERO, type Fixed } from "../decimal/index.js";
import type { CourseRequirementDefinition } from "../schema/program-schema.js";
import type { EvaluationScope, PrepareContext, CompiledSettings } from "./context.js";
import { gradePoints } from "./grade-points.js";
import type { CourseRecordResult, CourseRequirementResult, NotCountedReason } from "./results.js";
import { statusFromCounts } from "./status.js";

export interface CourseRuntime {
  kind: "course";
  definition: CourseRequirementDefinition;
  criterion: string;
  /** The slot of `courses`/`stateCodes` in the program set's course index. */
  slot: number;
  minCredits: Fixed;
  minGpa: Fixed | undefined;
  /** Which credit lines count: limitCreditType, else parentCreditTypes, else every type. */
  countsType: (type: string) => boolean;
  settings: CompiledSettings;
}

export function prepareCourse(definition: CourseRequirementDefinition, criterion: string, context: PrepareContext): CourseRuntime {
  const { settings, parentCreditTypes } = context;
  const limit = definition.limitCreditType;
  return {
    kind: "course",
    definition,
    criterion,
    slot: context.courses.register(definition.courses, definition.stateCodes, settings.caseSensitive),
    minCredits: readDecimal(definition.minCredits) as Fixed,
    minGpa: definition.minGpa === undefined ? undefined : (readDecimal(definition.minGpa) as Fixed),
    countsType:
      limit !== undefined
        ? (type) => type === limit
        : parentCreditTypes !== undefined
          ? (type) => parentCreditTypes.has(type)
          : () => true,
    settings,
  };
}

export function evaluateCourse(rt: CourseRuntime, scope: EvaluationScope): CourseRequirementResult {
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
      const points = gradePoints(record, rt.settings.gpaType);
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
  const d = rt.definition;
  const result: CourseRequirementResult = {
    id: d.id,
    criterion: rt.criterion,
    type: "course",
    status: statusFromCounts(compare(earned, rt.minCredits) >= 0, compare(projected, rt.minCredits) >= 0),
    earnedCredits: formatDecimal(earned),
    projectedCredits: formatDecimal(projected),
    requiredCredits: formatDecimal(rt.minCredits),
    remainingCredits: formatDecimal(max(ZERO, subtract(rt.minCredits, earned))),
    records,
  };
  if (d.description !== undefined) result.description = d.description;
  if (rt.minGpa !== undefined) result.minGpa = formatDecimal(rt.minGpa);
  if (d.schedulingPriority !== undefined) result.schedulingPriority = d.schedulingPriority;
  if (d.suggestedGrade !== undefined) result.suggestedGrade = d.suggestedGrade;
  return result;
}
