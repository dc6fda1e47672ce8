import * as z from "zod/mini";
import { DecimalValue } from "./decimal-schema.js";

/*
 * Student records come from SIS exports that carry many extra keys: objects are loose (unknown
 * keys ignored), but every key we know is type-checked. Strings are compared as given.
 */

export const RecordStatus = z.enum(["completed", "inProgress", "planned"]);
export const ProgramAssignmentStatus = z.enum(["assigned", "completed"]);
export const GpaType = z.enum(["weighted", "unweighted", "weightedWithBonus", "unweightedWithBonus"]);

export const CreditLineSchema = z.looseObject({
  type: z.string(),
  amount: DecimalValue,
});

export const TranscriptRecordSchema = z.looseObject({
  courseNumber: z.string().check(z.minLength(1), z.maxLength(64)),
  stateCode: z.optional(z.string()),
  name: z.optional(z.string()),
  status: z.optional(RecordStatus),
  credits: z.optional(z.array(CreditLineSchema)),
  attempted: z.optional(DecimalValue),
  gpaValue: z.optional(DecimalValue),
  unweightedGpaValue: z.optional(DecimalValue),
  bonusPoints: z.optional(DecimalValue),
  excludeFromGpa: z.optional(z.boolean()),
  standardsBased: z.optional(z.boolean()),
  gradeLevel: z.optional(z.int()),
  schoolYear: z.optional(z.int()),
  term: z.optional(z.string()),
  grade: z.optional(z.string()),
});

export const TestScoreSchema = z.looseObject({
  testCode: z.string().check(z.minLength(1)),
  stateCode: z.optional(z.string()),
  subject: z.optional(z.string()),
  date: z.optional(z.string()),
  rawScore: z.optional(DecimalValue),
  scaleScore: z.optional(DecimalValue),
  passed: z.optional(z.boolean()),
});

export const StoredGpaSchema = z.looseObject({
  calculation: z.string(),
  type: GpaType,
  value: DecimalValue,
});

export const ProgramAssignmentSchema = z.looseObject({
  programId: z.string(),
  status: z.optional(ProgramAssignmentStatus),
});

/** A student's plain transcript data (DESIGN.md §2). */
export const StudentRecordSchema = z.looseObject({
  id: z.optional(z.union([z.string(), z.int()])),
  gradeLevel: z.optional(z.int()),
  transcript: z.optional(z.array(TranscriptRecordSchema)),
  tests: z.optional(z.array(TestScoreSchema)),
  gpas: z.optional(z.array(StoredGpaSchema)),
  programs: z.optional(z.array(ProgramAssignmentSchema)),
});

/** A student record as DESIGN.md §2 describes it (inferred from StudentRecordSchema). */
export type StudentRecord = z.infer<typeof StudentRecordSchema>;
export type TranscriptRecord = z.infer<typeof TranscriptRecordSchema>;
export type TestScore = z.infer<typeof TestScoreSchema>;
export type RecordStatus = z.infer<typeof RecordStatus>;
export type GpaType = z.infer<typeof GpaType>;
