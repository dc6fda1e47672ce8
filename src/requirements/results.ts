/*
 * The progress report's shapes (DESIGN.md §6): plain JSON, decimals as strings in plain notation.
 * Optional fields are left out rather than set to undefined, so JSON.stringify output is stable.
 */

export type Status = "offTrack" | "onTrack" | "met";

export interface Warning {
  code: string;
  message: string;
  path: (string | number)[];
}

export type NotCountedReason = "creditTypeNotCounted" | "belowMinGpa" | "noGpaValue";

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

export interface ScoreFigures {
  rawScore?: string;
  scaleScore?: string;
}

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

export interface GpaBelowMinimum {
  index: number;
  courseNumber: string;
  /** The record's GPA weight. */
  credits: string;
  points: string;
}

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

export interface ProgramRequirementResult extends RequirementBase {
  type: "program";
  minRequired: number;
  completed: string[];
  onTrack: string[];
  offTrack: string[];
  notAssigned: string[];
}

export interface ChildRequirementResult extends RequirementBase {
  type: "child";
  result: CriterionResult;
}

export type RequirementResult =
  | CourseRequirementResult
  | TestRequirementResult
  | GpaRequirementResult
  | ProgramRequirementResult
  | ChildRequirementResult;

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

export interface CreditGroupResult {
  id: string;
  name: string;
  status: Status;
  earnedCredits: string;
  projectedCredits: string;
  requiredCredits: string;
  remainingCredits: string;
}

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
