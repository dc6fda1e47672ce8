import type { CompositeTranscript } from "./composite-schema.js";
import type { CourseTranscript } from "./resource-schemas.js";
import type { Source } from "./warnings.js";

/*
 * One course attempt, as a CourseTranscript resource or a composite's nested transcript gives it:
 * the values and, for warnings, the names of the fields they came from.
 */

export interface Attempt {
  student: string;
  source: Source;
  courseCode: string;
  courseEdOrg: number | undefined;
  recordEdOrg: number | undefined;
  schoolYear: number;
  term: string;
  result: string;
  attemptedCredits: number | string | undefined;
  earnedCredits: number | string | undefined;
  attemptedUnit: string | undefined;
  earnedUnit: string | undefined;
  attemptedConversion: number | string | undefined;
  earnedConversion: number | string | undefined;
  additionalCredits: number;
  gradeLevel: string | undefined;
  letter: string | undefined;
  numeric: number | string | undefined;
  repeat: string | undefined;
  title: string | undefined;
  codes: readonly { identificationCode: string; courseIdentificationSystemDescriptor: string }[];
  categories: readonly string[];
  subjects: readonly string[];
  names: typeof RESOURCE_NAMES;
}

const RESOURCE_NAMES = {
  course: "courseReference",
  result: "courseAttemptResultDescriptor",
  attempted: "attemptedCredits",
  earned: "earnedCredits",
  attemptedUnit: "attemptedCreditTypeDescriptor",
  earnedUnit: "earnedCreditTypeDescriptor",
  additional: "earnedAdditionalCredits",
  gradeLevel: "whenTakenGradeLevelDescriptor",
  letter: "finalLetterGradeEarned",
  numeric: "finalNumericGradeEarned",
  repeat: "courseRepeatCodeDescriptor",
  codes: "alternativeCourseIdentificationCodes",
  categories: "creditCategories",
  subjects: "academicSubjects",
  term: "studentAcademicRecordReference.termDescriptor",
};

const COMPOSITE_NAMES: typeof RESOURCE_NAMES = {
  ...RESOURCE_NAMES,
  course: "courseCode",
  result: "courseAttemptResult",
  gradeLevel: "whenTakenGradeLevel",
  repeat: "courseRepeatCode",
  subjects: "academicSubject",
  term: "",
};

export function attemptOfResource(row: CourseTranscript, index: number): Attempt {
  const sar = row.studentAcademicRecordReference;
  return {
    student: sar.studentUniqueId,
    source: { resource: "courseTranscripts", index, prefix: "" },
    courseCode: row.courseReference.courseCode,
    courseEdOrg: row.courseReference.educationOrganizationId,
    recordEdOrg: sar.educationOrganizationId,
    schoolYear: sar.schoolYear,
    term: sar.termDescriptor,
    result: row.courseAttemptResultDescriptor,
    attemptedCredits: row.attemptedCredits,
    earnedCredits: row.earnedCredits,
    attemptedUnit: row.attemptedCreditTypeDescriptor,
    earnedUnit: row.earnedCreditTypeDescriptor,
    attemptedConversion: row.attemptedCreditConversion,
    earnedConversion: row.earnedCreditConversion,
    additionalCredits: row.earnedAdditionalCredits?.length ?? 0,
    gradeLevel: row.whenTakenGradeLevelDescriptor,
    letter: row.finalLetterGradeEarned,
    numeric: row.finalNumericGradeEarned,
    repeat: row.courseRepeatCodeDescriptor,
    title: row.courseTitle,
    codes: row.alternativeCourseIdentificationCodes ?? [],
    categories: (row.creditCategories ?? []).map((c) => c.creditCategoryDescriptor),
    subjects: (row.academicSubjects ?? []).map((s) => s.academicSubjectDescriptor),
    names: RESOURCE_NAMES,
  };
}

/** A composite's transcript row; the composite names the school, not the course's edorg: the course is looked for there first. */
export function attemptOfComposite(
  row: CompositeTranscript,
  student: string,
  record: { schoolYear: number; term: string },
  school: number | undefined,
  source: Source,
): Attempt {
  return {
    student,
    source,
    courseCode: row.courseCode,
    courseEdOrg: undefined,
    recordEdOrg: school,
    schoolYear: record.schoolYear,
    term: record.term,
    result: row.courseAttemptResult,
    attemptedCredits: row.attemptedCredits,
    earnedCredits: row.earnedCredits,
    attemptedUnit: undefined,
    earnedUnit: undefined,
    attemptedConversion: undefined,
    earnedConversion: undefined,
    additionalCredits: 0,
    gradeLevel: row.whenTakenGradeLevel,
    letter: row.finalLetterGradeEarned,
    numeric: row.finalNumericGradeEarned,
    repeat: row.courseRepeatCode,
    title: row.courseTitle,
    codes: row.alternativeCourseIdentificationCodes ?? [],
    categories: [],
    subjects: row.academicSubject === undefined ? [] : [row.academicSubject],
    names: COMPOSITE_NAMES,
  };
}
