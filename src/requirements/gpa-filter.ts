import { list, optional, strictObject, text, integer, type Out } from "../shape/types.js";
import type { PreparedRecord } from "../student/prepared.js";
import type { MatchIndex } from "./record-matcher.js";

/*
 * GPA calculations (DESIGN.md §3 `gpaCalculations`): which completed records a GPA takes. The
 * built-in `cumulative` takes every one; a custom calculation filters by course pattern and by
 * the grade level the course was taken in.
 */

export const GpaCalculationShape = strictObject({
  id: text({ minLength: 1 }),
  name: optional(text()),
  courses: optional(list(text())),
  gradeLevels: optional(list(integer())),
});

export type GpaCalculationDefinition = Out<typeof GpaCalculationShape>;

export interface GpaFilter {
  id: string;
  /** The slot of `courses` in the program set's course index; undefined takes every course. */
  courses: number | undefined;
  gradeLevels: ReadonlySet<number> | undefined;
}

export const CUMULATIVE: GpaFilter = { id: "cumulative", courses: undefined, gradeLevels: undefined };

export function loadGpaFilter(definition: GpaCalculationDefinition, courses: MatchIndex, caseSensitive: boolean): GpaFilter {
  return {
    id: definition.id,
    courses: definition.courses === undefined ? undefined : courses.register(definition.courses, undefined, caseSensitive),
    gradeLevels: definition.gradeLevels === undefined ? undefined : new Set(definition.gradeLevels),
  };
}

/** Completed, not standards-based, not replaced, not excluded from GPAs, and in the calculation's grade levels. */
export function gpaEligible(record: PreparedRecord, filter: GpaFilter): boolean {
  return record.status === "completed" && entersGpas(record, filter);
}

/**
 * Whatever its status: not standards-based, not replaced, not excluded from GPAs, and in the
 * calculation's grade levels (by the record's own grade level). A pending record that passes
 * would enter the GPA once completed (DESIGN.md; its grade points are not looked at).
 */
export function entersGpas(record: PreparedRecord, filter: GpaFilter): boolean {
  if (record.standardsBased || record.replaced || record.excludeFromGpa) return false;
  if (filter.gradeLevels !== undefined && (record.gradeLevel === undefined || !filter.gradeLevels.has(record.gradeLevel))) {
    return false;
  }
  return true;
}
