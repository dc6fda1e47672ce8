import { add, compare, formatDecimal, type Fixed } from "../decimal/fixed.js";
import type { Context } from "./context.js";
import { GPA_WEIGHTED, WEIGHTED_LEVELS } from "./defaults.js";
import { isIn, lookup } from "./descriptors.js";
import { exact } from "./decimals.js";
import type { Course } from "./resource-schemas.js";
import { quote, warn, warnOnce, type Source } from "./warnings.js";

/*
 * Ed-Fi has no per-course grade points: they come from the district's grade scale (letters, or
 * bands of numeric grades) and, for weighted courses, a weight added on top. Without a scale no
 * points are written and GPA requirements rely on the stored GPAs.
 */

export interface GradeInput {
  letter: string | undefined;
  numeric: number | string | undefined;
  course: Course | undefined;
  letterField: string;
  numericField: string;
  courseField: string;
}

export interface Points {
  gpaValue?: string;
  unweightedGpaValue?: string;
  bonusPoints?: string;
}

function pointsOf(ctx: Context, input: GradeInput): Fixed | undefined {
  const { letters, bands } = ctx.settings;
  if (input.letter !== undefined && letters?.has(input.letter)) return letters.get(input.letter);
  if (input.numeric !== undefined && bands !== undefined) {
    const grade = exact(input.numeric);
    return bands.find((band) => compare(grade, band.min) >= 0)?.points;
  }
  return undefined;
}

const WEIGHTED = new Set([...WEIGHTED_LEVELS, GPA_WEIGHTED]);

/** The weight of a weighted course: the largest configured weight among its markers. */
function weightOf(ctx: Context, course: Course | undefined, source: Source, field: string): Fixed | undefined {
  if (course === undefined) return undefined;
  const { settings, warnings } = ctx;
  const markers = (course.levelCharacteristics ?? []).map((l) => ({ value: l.courseLevelCharacteristicDescriptor, descriptor: "CourseLevelCharacteristicDescriptor" }));
  if (course.courseGPAApplicabilityDescriptor !== undefined) markers.push({ value: course.courseGPAApplicabilityDescriptor, descriptor: "CourseGPAApplicabilityDescriptor" });
  let weight: Fixed | undefined;
  let weighted: string | undefined;
  for (const { value, descriptor } of markers) {
    const configured = lookup(warnings, settings.weights, value, descriptor, source, field);
    if (configured !== undefined) {
      if (weight === undefined || compare(configured, weight) > 0) weight = configured;
    } else if (isIn(warnings, WEIGHTED, value, descriptor, source, field)) {
      weighted ??= value;
    }
  }
  if (weight === undefined && weighted !== undefined) {
    warn(warnings, "noWeight", `the course is marked ${quote(weighted)} but options.gradeScale.weights gives no weight for it: its weighted points equal its unweighted points`, source, field);
  }
  return weight;
}

export function gradePoints(ctx: Context, input: GradeInput, source: Source): Points {
  const { settings, warnings } = ctx;
  if (input.letter === undefined && input.numeric === undefined) return {};
  if (settings.letters === undefined && settings.bands === undefined) {
    warnOnce(warnings, "", "noGradeScale", "no grade scale in the options: transcript rows carry no grade points, so GPA requirements use only the stored GPAs", source, input.letter === undefined ? input.numericField : input.letterField);
    return {};
  }
  const points = pointsOf(ctx, input);
  if (points === undefined) {
    const grade = input.letter !== undefined ? `the letter grade ${quote(input.letter)}` : `the numeric grade ${quote(input.numeric)}`;
    warn(warnings, "unknownGrade", `${grade} is not in the grade scale: the row has no grade points`, source, input.letter !== undefined ? input.letterField : input.numericField);
    return {};
  }
  const weight = weightOf(ctx, input.course, source, input.courseField);
  const unweighted = formatDecimal(points);
  if (weight === undefined) return { gpaValue: unweighted };
  if (settings.weightAs === "bonusPoints") return { gpaValue: unweighted, bonusPoints: formatDecimal(weight) };
  return { gpaValue: formatDecimal(add(points, weight)), unweightedGpaValue: unweighted };
}
