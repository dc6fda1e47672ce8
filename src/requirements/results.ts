/*
 * The progress report's shapes (DESIGN.md §6): plain JSON, decimals as strings in plain notation.
 * Optional fields are left out rather than set to undefined, so JSON.stringify output is stable.
 */

/** offTrack < onTrack < met: met counts completed work only; onTrack is met once planned work is done. */
export type Status = "offTrack" | "onTrack" | "met";

/** Something worth a look that does not stop evaluation (`mixedDisplayOrder`, `missingAttempted`). */
export interface Warning {
  code: string;
  message: string;
  path: (string | number)[];
}

/** Why a matched course record did not count. */
export type NotCountedReason = "creditTypeNotCounted" | "belowMinGpa" | "noGpaValue";

/** A transcript record that a course requirement matched. */
export interface CourseRecordResult {
  /** Position in the student's transcript. */
  index: number;
  courseNumber: string;
  status: "completed" | "inProgress" | "planned";
  /** Credits of the counted types on this record (what it adds when counted). */
  credits: string;
  counted: boolean;
  reason?: NotCountedReason;
}

interface RequirementBase {
  id: string;
  /** The criterion that defines the requirement. */
  criterion: string;
  description?: string;
  status: Status;
}

/** A course requirement: credits earned, projected with planned courses, required and remaining. */
export interface CourseRequirementResult extends RequirementBase {
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

/** Raw and scale score figures; a field is present only when it applies. */
export interface ScoreFigures {
  rawScore?: string;
  scaleScore?: string;
}

/** A test score that a test requirement matched. */
export interface TestScoreResult {
  /** Position in the student's `tests`. */
  index: number;
  testCode: string;
  date?: string;
  score: ScoreFigures;
  passed?: boolean;
  /** The score contributes to `achieved`. */
  counted: boolean;
}

/** A test requirement: what it needs and what the student achieved. */
export interface TestRequirementResult extends RequirementBase {
  type: "test";
  scoreEvaluation: "countPassing" | "oneAtOrAbove" | "sumAtOrAbove";
  assumed: boolean;
  /** countPassing: the number of distinct passed codes needed; score modes: the minimums set. */
  required: number | ScoreFigures;
  /** countPassing: distinct passed codes; score modes: best single score or sum of per-code bests. */
  achieved: number | ScoreFigures;
  scores: TestScoreResult[];
}

/** A GPA-eligible record whose grade points are below `minGpaPerCourseCredit`. */
export interface GpaBelowMinimum {
  index: number;
  courseNumber: string;
  /** The record's GPA weight. */
  credits: string;
  points: string;
}

/** A GPA requirement: the rounded GPA, how it was rounded, and records below the per-course minimum. */
export interface GpaRequirementResult extends RequirementBase {
  type: "gpa";
  calculation: string;
  calculationType: "weighted" | "unweighted" | "weightedWithBonus" | "unweightedWithBonus";
  /** The rounded GPA; absent when there is none. */
  gpa?: string;
  /** `computed` from the transcript, or `stored` from `student.gpas`. */
  source?: "computed" | "stored";
  decimals: number;
  rounding: "halfUp" | "truncate";
  requiredGpa: string;
  minGpaPerCourseCredit?: string;
  /** Σ weight of the eligible records. */
  attemptedCredits: string;
  belowMinimum: GpaBelowMinimum[];
}

/** An academic-program requirement: the listed programs sorted by how far the student is. */
export interface ProgramRequirementResult extends RequirementBase {
  type: "program";
  minRequired: number;
  completed: string[];
  onTrack: string[];
  offTrack: string[];
  notAssigned: string[];
}

/** A child requirement: the linked criterion's status, with its whole result. */
export interface ChildRequirementResult extends RequirementBase {
  type: "child";
  result: CriterionResult;
}

/** The result of one requirement, by `type`. */
export type RequirementResult =
  | CourseRequirementResult
  | TestRequirementResult
  | GpaRequirementResult
  | ProgramRequirementResult
  | ChildRequirementResult;

/** A criterion: its status from its expression over its requirements. */
export interface CriterionResult {
  id: string;
  description?: string;
  status: Status;
  /** Canonical text of the criterion's expression. */
  expression: string;
  creditType?: string;
  displayAlert?: boolean;
  displayOrder?: number;
  requirements: RequirementResult[];
}

/** A credit group: credits of its types earned and projected against its minimum. */
export interface CreditGroupResult {
  id: string;
  name: string;
  status: Status;
  earnedCredits: string;
  projectedCredits: string;
  requiredCredits: string;
  remainingCredits: string;
}

/** One student against one program: plain JSON, decimals as strings, deterministic. */
export interface ProgressReport {
  programId: string;
  studentId: string | number | null;
  status: Status;
  /** Top-level criteria in display order. */
  criteria: CriterionResult[];
  creditGroups: CreditGroupResult[];
  statuses: { status: string; result: Status }[];
  recommendations: RequirementResult[];
  warnings: Warning[];
}
