import type { GpaType } from "../schema/student-schema.js";
import type { PreparedStudent } from "../student/prepared.js";
import type { CriterionResult, Status } from "./results.js";

/** A program's settings with every default applied. */
export interface ResolvedSettings {
  gpaType: GpaType;
  gpaDecimals: number;
  gpaRounding: "halfUp" | "truncate";
  caseSensitive: boolean;
}

/** What evaluating one requirement for one student may ask of the engine. */
export interface EvaluationScope {
  student: PreparedStudent;
  /** The status of another program for this student (memoised per student). */
  programStatus(programId: string): Status;
  /** The result of another criterion of the same program (memoised per student). */
  criterion(criterionId: string): CriterionResult;
}
