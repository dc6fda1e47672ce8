import type { Fixed } from "../decimal/index.js";
import type { AssignmentStatus } from "../model/vocabulary.js";
import type { Out } from "../shape/types.js";
import type { ActivityShape, CreditLineShape, ExceptionRead, StoredGpaShape, TestEntryShape, TranscriptRecordShape } from "./shape.js";

/** A transcript record after the check: numbers exact, defaults applied, position and total added. */
export interface PreparedRecord extends Out<typeof TranscriptRecordShape> {
  /** Position in the student's transcript, for report paths and UIs. */
  index: number;
  credits: Out<typeof CreditLineShape>[];
  /** Sum of every credit line, whatever its type. */
  totalCredits: Fixed;
}

export interface PreparedTest extends Out<typeof TestEntryShape> {
  index: number;
}

export type PreparedGpa = Out<typeof StoredGpaShape>;

export interface PreparedActivity extends Out<typeof ActivityShape> {
  /** Position in the student's `activities`. */
  index: number;
}

export type { Warning as StudentWarning } from "../model/warning.js";
import type { Warning } from "../model/warning.js";

export interface PreparedStudent {
  id: string | number | null;
  gradeLevel: number | undefined;
  transcript: PreparedRecord[];
  /** Some transcript record is `replaced` (so evaluators need not look for one otherwise). */
  hasReplaced: boolean;
  /** Test results: the entries of `tests` that are not planned. */
  tests: PreparedTest[];
  /** Registrations for future administrations (`status: "planned"`, DESIGN.md §9), apart from the results. */
  plannedTests: PreparedTest[];
  gpas: PreparedGpa[];
  /** First entry per program id. */
  programs: Map<string, AssignmentStatus>;
  activities: PreparedActivity[];
  /** Per-student exceptions in the student's order (position = index in `exceptions`). */
  exceptions: ExceptionRead[];
  warnings: Warning[];
}
