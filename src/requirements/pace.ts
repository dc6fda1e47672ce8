import { compare, formatDecimal, ZERO, type Fixed } from "../decimal/index.js";
import type { IssueSink, Path } from "../shape/issues.js";

/*
 * Pacing (DESIGN.md §9, A-9.9–A-9.15): a table of how much a course requirement, a credit group
 * or an activity requirement expects by the end of each grade, so that a student without a
 * complete four-year plan who is exactly where the district expects is on track. Pace is about the
 * credit (or total) minimum only: "projected ≥ minimum or on pace" (`onTrackBy`) is that minimum's
 * onTrack condition, and a kind with further conditions (§11's `minCourses`) ANDs them with it.
 */

/** A pace table as the shape reader gives it: grade levels ascending → the figure expected by the end of that grade. */
export type PaceTable = ReadonlyMap<number, Fixed>;

export interface PaceRuntime {
  grades: readonly number[];
  values: readonly Fixed[];
}

/** Where a student stands against a pace. */
export interface PaceResult {
  /** The student's grade level. */
  grade: number;
  /** What the pace expects by the end of that grade. */
  expected: string;
  /** Counted credits (or amounts) of completed and in-progress records. */
  actual: string;
  /** actual ≥ expected. */
  onPace: boolean;
}

/**
 * The table's own rules: not empty, never decreasing as the grade rises, never above the
 * minimum; `unit` names what it counts in messages ("credits"; "" for activity totals).
 */
export function validatePace(issues: IssueSink, pace: PaceTable | undefined, minimum: Fixed | undefined, path: Path, unit: string): void {
  if (pace === undefined) return;
  if (minimum === undefined) {
    issues.add(path, "notAllowed", "pace is about credits: it needs minCredits");
    return;
  }
  if (pace.size === 0) {
    issues.add(path, "emptyList", "must not be empty (omit pace when nothing is expected before the end)");
    return;
  }
  let highest: { grade: number; value: Fixed } | undefined;
  for (const [grade, value] of pace) {
    const at = [...path, String(grade)];
    const figure = `${formatDecimal(value)}${unit === "" ? "" : ` ${unit}`}`;
    if (highest !== undefined && compare(value, highest.value) < 0) {
      issues.add(
        at,
        "paceDecreases",
        `expects ${figure} by the end of grade ${grade}, less than the ${formatDecimal(highest.value)} expected by the end of grade ${highest.grade}: a pace never decreases`,
      );
    }
    if (compare(value, minimum) > 0) {
      issues.add(at, "paceAboveMinimum", `expects ${figure} by the end of grade ${grade}, more than the minimum of ${formatDecimal(minimum)}`);
    }
    if (highest === undefined || compare(value, highest.value) > 0) highest = { grade, value };
  }
}

export function loadPace(pace: PaceTable | undefined): PaceRuntime | undefined {
  if (pace === undefined) return undefined;
  return { grades: [...pace.keys()], values: [...pace.values()] };
}

/**
 * The figure expected of a student in grade `grade`: the entry of the greatest grade ≤ it (0
 * before the first), the whole minimum after the last; never more than the minimum, which an
 * adjust may have lowered (A-9.11, A-9.13).
 */
export function expectedAt(pace: PaceRuntime, grade: number, minimum: Fixed): Fixed {
  const { grades, values } = pace;
  if (grade > grades[grades.length - 1]!) return minimum;
  let expected = ZERO;
  for (let i = 0; i < grades.length && grades[i]! <= grade; i++) expected = values[i]!;
  return compare(expected, minimum) > 0 ? minimum : expected;
}

/** The pace figures, or undefined without a pace or without the student's grade level (A-9.12). */
export function paceResult(pace: PaceRuntime | undefined, grade: number | undefined, minimum: Fixed, actual: Fixed): PaceResult | undefined {
  if (pace === undefined || grade === undefined) return undefined;
  const expected = expectedAt(pace, grade, minimum);
  return { grade, expected: formatDecimal(expected), actual: formatDecimal(actual), onPace: compare(actual, expected) >= 0 };
}

/** The minimum's onTrack condition: projected work reaches it, or the student is on pace (§9). */
export function onTrackBy(projected: Fixed, minimum: Fixed, pace: PaceResult | undefined): boolean {
  return compare(projected, minimum) >= 0 || pace?.onPace === true;
}
