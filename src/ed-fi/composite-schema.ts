import * as z from "zod/mini";
import { Amount, CourseIdentificationCodes, DateText, Decimal, Descriptor, EdOrgId, SchoolYear, Text } from "./schema-parts.js";

/*
 * The student transcript composite of the Ed-Fi ACAN research spike (an ODS/API v3-era composite
 * over the Grand Bend database): one object per student holding its academic records with their
 * course transcripts nested, its school and its assessments. Field names are the composite's
 * display names (`courseAttemptResult`, `term`, `gradePointAverageType`), not resource names, and
 * its assessments carry a title instead of an identifier (`assesmentSubject` is spelled as the
 * composite spells it).
 */

const CompositeTranscript = z.looseObject({
  courseCode: Text,
  courseAttemptResult: Descriptor,
  courseTitle: z.optional(z.string()),
  academicSubject: z.optional(Descriptor),
  attemptedCredits: z.optional(Amount),
  earnedCredits: z.optional(Amount),
  finalLetterGradeEarned: z.optional(z.string()),
  finalNumericGradeEarned: z.optional(Decimal),
  whenTakenGradeLevel: z.optional(Descriptor),
  courseRepeatCode: z.optional(Descriptor),
  alternativeCourseIdentificationCodes: CourseIdentificationCodes,
});

const CompositeAcademicRecord = z.looseObject({
  schoolYear: SchoolYear,
  term: Descriptor,
  gradePointAverages: z.optional(
    z.array(z.looseObject({ gradePointAverageType: Descriptor, gradePointAverageValue: Amount, isCumulative: z.optional(z.boolean()) })),
  ),
  courseTranscript: z.optional(z.array(CompositeTranscript)),
});

const CompositeAssessment = z.looseObject({
  assessmentTitle: Text,
  administrationDate: z.optional(DateText),
  whenAssessedGradeLevelDescriptor: z.optional(Descriptor),
  scoreResults: z.optional(z.array(z.looseObject({ result: z.string(), assessmentReportingMethodDescriptor: Descriptor }))),
  performanceLevels: z.optional(
    z.array(z.looseObject({ performanceLevelDescriptor: Descriptor, assessmentReportingMethodDescriptor: z.optional(Descriptor) })),
  ),
  assesmentSubject: z.optional(z.array(z.looseObject({ assesmentSubject: Descriptor }))),
});

export const TranscriptCompositeSchema = z.looseObject({
  studentUniqueId: Text,
  studentAcademicRecords: z.optional(z.array(CompositeAcademicRecord)),
  school: z.optional(z.array(z.looseObject({ schoolId: EdOrgId }))),
  studentAssessments: z.optional(z.array(CompositeAssessment)),
});

export type TranscriptComposite = z.infer<typeof TranscriptCompositeSchema>;
export type CompositeAcademicRecord = z.infer<typeof CompositeAcademicRecord>;
export type CompositeTranscript = z.infer<typeof CompositeTranscript>;
export type CompositeAssessment = z.infer<typeof CompositeAssessment>;
