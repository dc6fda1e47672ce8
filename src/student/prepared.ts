import type { Fixed } from "../decimal/index.js";
import type { GpaType, RecordStatus } from "../schema/student-schema.js";

/** A transcript record after the one-pass check: numbers exact, defaults applied. */
export interface PreparedRecord {
  /** Position in the student's transcript, for report paths and UIs. */
  index: number;
  courseNumber: string;
  stateCode: string | undefined;
  status: RecordStatus;
  credits: { type: string; amount: Fixed }[];
  /** Sum of every credit line, whatever its type. */
  totalCredits: Fixed;
  attempted: Fixed | undefined;
  gpaValue: Fixed | undefined;
  unweightedGpaValue: Fixed | undefined;
  bonusPoints: Fixed | undefined;
  excludeFromGpa: boolean;
  standardsBased: boolean;
  gradeLevel: number | undefined;
}

export interface PreparedTest {
  index: number;
  testCode: string;
  stateCode: string | undefined;
  subject: string | undefined;
  date: string | undefined;
  rawScore: Fixed | undefined;
  scaleScore: Fixed | undefined;
  passed: boolean | undefined;
}

export interface PreparedGpa {
  calculation: string;
  type: GpaType;
  value: Fixed;
}

export interface StudentWarning {
  code: string;
  message: string;
  path: (string | number)[];
}

export interface PreparedStudent {
  id: string | number | null;
  transcript: PreparedRecord[];
  tests: PreparedTest[];
  gpas: PreparedGpa[];
  /** First entry per program id. */
  programs: Map<string, "assigned" | "completed">;
  warnings: StudentWarning[];
}
