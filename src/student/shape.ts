import {
  amount,
  boolean,
  decimal,
  integer,
  list,
  looseObject,
  oneOf,
  optional,
  text,
  textOrInteger,
  withCheck,
  withDefault,
  type In,
  type Out,
} from "../shape/types.js";
import { ASSIGNMENT_STATUSES, EXCEPTION_KINDS, GPA_TYPES, RECORD_STATUSES, TEST_STATUSES } from "../model/vocabulary.js";
import { checkException, checkExceptionIds, checkSelector } from "./exception-rules.js";

/*
 * The student record (DESIGN.md §2), declared once. Student records come from SIS exports that
 * carry many extra keys: objects are loose (unknown keys ignored), but every key declared here is
 * checked. The zod schema, the JSON Schema file, the careful reader and the generated fast reader
 * (src/student/fast-readers.ts, `npm run shapes`) are all derived from these declarations.
 */

export const CreditLineShape = looseObject({
  type: text(),
  amount: amount(),
});

export const TranscriptRecordShape = looseObject({
  courseNumber: text({ minLength: 1, maxLength: 64 }),
  stateCode: optional(text()),
  name: optional(text()),
  status: withDefault(oneOf(RECORD_STATUSES), "completed"),
  credits: optional(list(CreditLineShape)),
  attempted: optional(amount()),
  gpaValue: optional(amount()),
  unweightedGpaValue: optional(amount()),
  bonusPoints: optional(amount()),
  excludeFromGpa: withDefault(boolean(), false),
  standardsBased: withDefault(boolean(), false),
  gradeLevel: optional(integer()),
  schoolYear: optional(integer()),
  term: optional(text()),
  grade: optional(text()),
  /** The SIS's key of the record, for exceptions' record selectors (DESIGN.md §10). */
  id: optional(textOrInteger()),
  /** The SIS already replaced this record (a grade replacement): it counts nowhere (§11). */
  replaced: withDefault(boolean(), false),
});

export const TestEntryShape = looseObject({
  testCode: text({ minLength: 1 }),
  stateCode: optional(text()),
  subject: optional(text()),
  date: optional(text()),
  rawScore: optional(decimal()),
  scaleScore: optional(decimal()),
  passed: optional(boolean()),
  /** `planned`: a registration for a future administration; its scores and `passed` are ignored (§9). */
  status: withDefault(oneOf(TEST_STATUSES), "completed"),
});

export const StoredGpaShape = looseObject({
  calculation: text(),
  type: oneOf(GPA_TYPES),
  value: amount(),
});

export const ProgramAssignmentShape = looseObject({
  programId: text(),
  status: withDefault(oneOf(ASSIGNMENT_STATUSES), "assigned"),
});

/** Service hours, work-based learning hours, portfolio items (DESIGN.md §12). */
export const ActivityShape = looseObject({
  code: text({ minLength: 1, maxLength: 64 }),
  amount: amount(),
  status: withDefault(oneOf(RECORD_STATUSES), "completed"),
  date: optional(text()),
  description: optional(text()),
});

/** Which transcript records an exception means: every record whose given fields all equal these (§10). */
export const RecordSelectorShape = withCheck(
  looseObject({
    id: optional(textOrInteger()),
    courseNumber: optional(text()),
    schoolYear: optional(integer()),
    term: optional(text()),
  }),
  checkSelector,
);

/** A counselor's exception for one student: waive, substitute, adjust or exclude (DESIGN.md §10). */
export const ExceptionShape = withCheck(
  looseObject({
    id: text({ minLength: 1 }),
    program: text({ minLength: 1 }),
    kind: oneOf(EXCEPTION_KINDS),
    criterion: optional(text()),
    requirement: optional(text()),
    creditGroup: optional(text()),
    record: optional(RecordSelectorShape),
    minCredits: optional(amount()),
    minTotal: optional(amount()),
    reason: optional(text()),
    approvedBy: optional(text()),
    date: optional(text()),
  }),
  checkException,
);

export const StudentShape = withCheck(
  looseObject({
    id: optional(textOrInteger()),
    gradeLevel: optional(integer()),
    transcript: optional(list(TranscriptRecordShape)),
    tests: optional(list(TestEntryShape)),
    gpas: optional(list(StoredGpaShape)),
    programs: optional(list(ProgramAssignmentShape)),
    activities: optional(list(ActivityShape)),
    exceptions: optional(list(ExceptionShape)),
  }),
  checkExceptionIds,
);

/** A student's plain transcript data (DESIGN.md §2). */
export interface StudentRecord extends In<typeof StudentShape> {}
/** One transcript record of a student. */
export interface TranscriptRecord extends In<typeof TranscriptRecordShape> {}
/** One test score of a student. */
export interface TestScore extends In<typeof TestEntryShape> {}

/** A student record as the reader returns it: numbers exact, defaults applied. */
export type StudentRead = Out<typeof StudentShape>;
export type TranscriptRecordRead = Out<typeof TranscriptRecordShape>;
export type TestEntryRead = Out<typeof TestEntryShape>;
export type ActivityRead = Out<typeof ActivityShape>;
export type ExceptionRead = Out<typeof ExceptionShape>;
export type RecordSelectorRead = Out<typeof RecordSelectorShape>;
