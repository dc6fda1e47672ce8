import type { StudentRecord } from "../schema/student-schema.js";
import type { Source } from "./warnings.js";

/*
 * What the adapter writes: DESIGN.md §2 student records. The record types come from the student
 * schema; the Part II fields the adapter fills in (a transcript record's `id`, `replaced`) are
 * named here so that callers see them.
 */

/** A §2 transcript record as the adapter writes it. */
export type EdFiTranscriptRecord = NonNullable<StudentRecord["transcript"]>[number] & { id: string; replaced?: true };

/** A §2 student record as the adapter writes it (decimals as strings). */
export interface EdFiStudentRecord {
  id: string;
  gradeLevel?: number;
  transcript: EdFiTranscriptRecord[];
  tests: NonNullable<StudentRecord["tests"]>;
  gpas?: StudentRecord["gpas"];
  programs?: StudentRecord["programs"];
}

/** A transcript record with what the merge and the checks need to know about it. */
export interface Mapped<T> {
  student: string;
  source: Source;
  /** School year and term position: records are listed in this order. */
  session: readonly [number, number];
  /** The record's natural key: a second record with it is a duplicate. */
  key: string;
  value: T;
  /** The education organization of the record's course, when known. */
  courseEdOrg?: number | undefined;
  /** Whether the row carries a course repeat code. */
  repeatCoded?: boolean;
}

export function compareSessions(a: readonly [number, number], b: readonly [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}
