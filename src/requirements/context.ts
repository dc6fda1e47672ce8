import type { GpaType } from "../schema/student-schema.js";
import type { PreparedRecord, PreparedStudent, PreparedTest } from "../student/prepared.js";
import type { MatchIndex } from "./record-matcher.js";
import type { CriterionResult, Status } from "./results.js";

/** A program's settings with every default applied. */
export interface CompiledSettings {
  gpaType: GpaType;
  gpaDecimals: number;
  gpaRounding: "halfUp" | "truncate";
  caseSensitive: boolean;
}

/** What preparing a requirement needs from its program and program set. */
export interface PrepareContext {
  settings: CompiledSettings;
  parentCreditTypes: ReadonlySet<string> | undefined;
  /** Course-number pattern lists of the whole program set (requirements and GPA calculations). */
  courses: MatchIndex;
  /** Test-code pattern lists of the whole program set. */
  tests: MatchIndex;
}

/** What evaluating one requirement for one student may ask of the engine. */
export interface EvaluationScope {
  student: PreparedStudent;
  /** The transcript records (standards-based ones too) that match a course slot, in transcript order. */
  records(slot: number): readonly PreparedRecord[];
  /** The test scores that match a test slot, in input order. */
  scores(slot: number): readonly PreparedTest[];
  /** The status of another program for this student (memoised per student). */
  programStatus(programId: string): Status;
  /** The result of another criterion of the same program (memoised per student). */
  criterion(criterionId: string): CriterionResult;
}
