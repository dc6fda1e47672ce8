import type { GpaType } from "../model/vocabulary.js";
import { defaults, edFi } from "./descriptors.js";

/*
 * What the adapter assumes when the options say nothing, each as Ed-Fi default URIs. A district
 * whose state uses its own namespace adds entries in the options (tables merge over these; lists
 * given in the options replace these). docs/ed-fi.md lists every default.
 */

export type AttemptResult = "pass" | "fail" | "incomplete" | "withdrawn";
export type RepeatRule = "count" | "excludeFromGpa" | "replaced";

export const ATTEMPT_RESULTS = defaults<AttemptResult>("CourseAttemptResultDescriptor", [
  ["Pass", "pass"],
  ["Fail", "fail"],
  ["Incomplete", "incomplete"],
  ["Withdrawn", "withdrawn"],
]);

export const REPEAT_CODES = defaults<RepeatRule>("CourseRepeatCodeDescriptor", [
  ["Repeat Counted", "count"],
  ["Repeat NotCounted", "excludeFromGpa"],
  ["Replaced NotCounted", "replaced"],
  ["Replacement Counted", "count"],
  ["Repeat Other Institution", "count"],
  ["Not Counted Other", "excludeFromGpa"],
]);

const GRADES = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth"];
export const GRADE_LEVELS = defaults<number>("GradeLevelDescriptor", [
  ["Kindergarten", 0],
  ...GRADES.map((name, i) => [`${name} grade`, i + 1] as const),
]);

export const CREDIT_UNIT = edFi("CreditTypeDescriptor", "Carnegie unit");
export const OTHER_CREDIT_TYPE = "Other";

export const RAW_METHODS = [edFi("AssessmentReportingMethodDescriptor", "Raw score")];
export const SCALE_METHODS = ["Scale score", "Composite Score"].map((code) => edFi("AssessmentReportingMethodDescriptor", code));

export const PASS_LEVELS = ["Met Standard", "Pass", "Proficient", "Advanced", "Commended Performance"].map((code) =>
  edFi("PerformanceLevelDescriptor", code),
);
export const FAIL_LEVELS = ["Did Not Meet Standard", "Fail", "Below Basic", "Well Below Basic", "Unsatisfactory"].map((code) =>
  edFi("PerformanceLevelDescriptor", code),
);

/** Course level characteristics that make a course weighted in most districts' GPA policies. */
export const WEIGHTED_LEVELS = ["Advanced Placement", "International Baccalaureate", "Honors", "Dual Credit"].map((code) =>
  edFi("CourseLevelCharacteristicDescriptor", code),
);
export const GPA_WEIGHTED = edFi("CourseGPAApplicabilityDescriptor", "Weighted");
export const GPA_NOT_APPLICABLE = edFi("CourseGPAApplicabilityDescriptor", "Not Applicable");

export const COURSE_STATE_SYSTEM = edFi("CourseIdentificationSystemDescriptor", "State course code");
export const ASSESSMENT_STATE_SYSTEM = edFi("AssessmentIdentificationSystemDescriptor", "State");

/** Terms by when they end within a school year; terms not listed sort after these. */
export const TERM_ORDER = [
  "First Quarter",
  "First Trimester",
  "Second Quarter",
  "Fall Semester",
  "Second Trimester",
  "MiniTerm",
  "Third Quarter",
  "Fourth Quarter",
  "Third Trimester",
  "Spring Semester",
  "Semester",
  "Quarter",
  "Trimester",
  "Year Round",
  "Summer Semester",
  "Other",
].map((code) => edFi("TermDescriptor", code));

export const GPA_TYPES = defaults<GpaType>("GradePointAverageTypeDescriptor", [
  ["Weighted", "weighted"],
  ["Unweighted", "unweighted"],
]);

export const PROGRAM_TYPES = defaults<string>("ProgramTypeDescriptor", [
  ["Career and Technical Education", "CTE"],
  ["Gifted and Talented", "GIFTED"],
]);

export const COMPLETED_EXIT_REASONS = [
  "Completed",
  "Program completion",
  "Graduated with a high school diploma",
  "Received certificate of completion",
].map((code) => edFi("ReasonExitedDescriptor", code));
