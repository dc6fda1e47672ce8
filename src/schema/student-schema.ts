import { StudentShape } from "../student/shape.js";
import { toZod } from "./from-shape.js";

/** A student's plain transcript data (DESIGN.md §2), as a zod schema derived from its declaration. */
export const StudentRecordSchema = toZod(StudentShape);

export type { StudentRecord, TranscriptRecord, TestScore } from "../student/shape.js";
