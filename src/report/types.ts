import type { AppliedException, ExceptionOutcome } from "../model/exception.js";
import type { Status } from "../model/vocabulary.js";
import type { Warning } from "../model/warning.js";
import type { RemainingFigures } from "../requirements/kind.js";
import type { CreditGroupResult } from "../requirements/credit-group.js";
import type {
  ActivityRequirementResult,
  ChildRequirementResult,
  CourseRequirementResult,
  GpaRequirementResult,
  ProgramRequirementResult,
  RequirementResult as RegistryResult,
  TestRequirementResult,
} from "../requirements/index.js";

/*
 * The progress report's shapes (DESIGN.md §6): plain JSON, decimals as strings in plain notation.
 * Optional fields are left out rather than set to undefined, so JSON.stringify output is stable.
 * Each requirement kind declares its own result type in its file; this gathers them.
 */

export type { Status } from "../model/vocabulary.js";
export type { AppliedException, ExceptionOutcome } from "../model/exception.js";
export type { Warning } from "../model/warning.js";
export type { RemainingFigures, Owner } from "../requirements/kind.js";
export type { CreditGroupResult } from "../requirements/credit-group.js";
export type { ReportDetail } from "./compact.js";
export type {
  CourseRequirementResult,
  CourseRecordResult,
  NotCountedReason,
  PaceResult,
  TestRequirementResult,
  TestScoreResult,
  ScoreFigures,
  GpaRequirementResult,
  GpaBelowMinimum,
  ProgramRequirementResult,
  ChildRequirementResult,
  ActivityRequirementResult,
  ActivityRecordResult,
} from "../requirements/index.js";

/** The result of one requirement, by `type`. */
export type RequirementResult =
  | CourseRequirementResult
  | TestRequirementResult
  | GpaRequirementResult
  | ProgramRequirementResult
  | ChildRequirementResult
  | ActivityRequirementResult;

// The union above, written out for readers of the API reference, must be the registry's: a new
// kind in src/requirements/kinds.ts makes this line fail to compile until it is added there.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const registryAgrees: Same<RequirementResult, RegistryResult> = true;
void registryAgrees;

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
  /** Present (false) on a criterion with `required: false` (§11): it does not lower the program status. */
  required?: false;
  /** The student's exceptions applied to this criterion (a waive), in the student's order (§10). */
  exceptions?: AppliedException[];
  /** Present (true) on a linked criterion shown under a muted child requirement (§13). */
  muted?: true;
}

/** One entry of `report.remaining`: a requirement (with its criterion) or a credit group not yet met (§13). */
export type RemainingEntry =
  | ({ criterion: string; id: string; type: Exclude<RequirementResult["type"], "child">; status: Status } & RemainingFigures)
  | { id: string; type: "creditGroup"; status: Status; remainingCredits: string };

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
  /** What is still needed, in display order: neither met nor muted (§13); empty when nothing is left. */
  remaining: RemainingEntry[];
  /**
   * Every exception of the student that names an evaluated program (this one, or one an
   * academic-program requirement evaluated), in the student's order; absent when there is none.
   */
  exceptions?: ExceptionOutcome[];
}
