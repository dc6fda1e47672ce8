/*
 * The words the contract uses for statuses and settings, each list written once: the shape
 * declarations (and so the zod schemas and JSON Schema files), the reader, the evaluators and the
 * report types all take them from here.
 */

/** offTrack < onTrack < met: met counts completed work only; onTrack is met once planned work is done. */
export type Status = "offTrack" | "onTrack" | "met";
/** The statuses in rank order (DESIGN.md §4 "Status"). */
export const STATUSES = ["offTrack", "onTrack", "met"] as const satisfies readonly Status[];

export const RECORD_STATUSES = ["completed", "inProgress", "planned"] as const;
/** Where a transcript record stands: completed (earned), in progress, or planned. */
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export const ASSIGNMENT_STATUSES = ["assigned", "completed"] as const;
/** A student's assignment to an academic program: assigned, or already completed. */
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const GPA_TYPES = ["weighted", "unweighted", "weightedWithBonus", "unweightedWithBonus"] as const;
/** Which grade points a GPA averages. */
export type GpaType = (typeof GPA_TYPES)[number];

export const GPA_ROUNDINGS = ["halfUp", "truncate"] as const;
/** How a GPA is cut to `gpaDecimals` places: `halfUp` rounds …5 away from zero, `truncate` drops digits. */
export type GpaRounding = (typeof GPA_ROUNDINGS)[number];

export const SCORE_EVALUATIONS = ["countPassing", "oneAtOrAbove", "sumAtOrAbove", "countAtOrAbove"] as const;
/** How a test requirement judges the matching scores. */
export type ScoreEvaluation = (typeof SCORE_EVALUATIONS)[number];

export const TEST_STATUSES = ["completed", "planned"] as const;
/** A test entry: a result (completed), or a registration for a future administration (planned). */
export type TestStatus = (typeof TEST_STATUSES)[number];

export const EXCEPTION_KINDS = ["waive", "substitute", "adjust", "exclude"] as const;
/** What a per-student exception does (DESIGN.md §10). */
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

export const ALLOCATIONS = ["shared", "exclusive"] as const;
/** Whether a transcript record may count toward several course requirements (shared) or at most one (exclusive, §11). */
export type Allocation = (typeof ALLOCATIONS)[number];

export const REPEATS = ["all", "best", "latest"] as const;
/** Which of a course's completed repeats count (§11): all of them, the best grade, or the latest. */
export type Repeats = (typeof REPEATS)[number];
