import * as z from "zod/mini";
import {
  AcademicSubjects,
  Amount,
  CourseIdentificationCodes,
  DateText,
  Decimal,
  Descriptor,
  EdOrgId,
  EdOrgReference,
  SchoolYear,
  StudentReference,
  Text,
} from "./schema-parts.js";

/*
 * Ed-Fi API resource JSON (Data Standard 4.0–5.2; ODS/API 5–7 and the Data Management Service),
 * one schema per resource this adapter reads. Field names are the API's; the fields it does not
 * read pass through unchecked.
 */

export const CourseTranscriptSchema = z.looseObject({
  courseAttemptResultDescriptor: Descriptor,
  courseReference: z.looseObject({ courseCode: Text, educationOrganizationId: EdOrgId }),
  studentAcademicRecordReference: z.looseObject({
    educationOrganizationId: EdOrgId,
    schoolYear: SchoolYear,
    studentUniqueId: Text,
    termDescriptor: Descriptor,
  }),
  attemptedCredits: z.optional(Amount),
  earnedCredits: z.optional(Amount),
  attemptedCreditTypeDescriptor: z.optional(Descriptor),
  earnedCreditTypeDescriptor: z.optional(Descriptor),
  attemptedCreditConversion: z.optional(Amount),
  earnedCreditConversion: z.optional(Amount),
  earnedAdditionalCredits: z.optional(z.array(z.looseObject({ credits: Amount, additionalCreditTypeDescriptor: Descriptor }))),
  whenTakenGradeLevelDescriptor: z.optional(Descriptor),
  finalLetterGradeEarned: z.optional(z.string()),
  finalNumericGradeEarned: z.optional(Decimal),
  courseRepeatCodeDescriptor: z.optional(Descriptor),
  courseTitle: z.optional(z.string()),
  alternativeCourseIdentificationCodes: CourseIdentificationCodes,
  creditCategories: z.optional(z.array(z.looseObject({ creditCategoryDescriptor: Descriptor }))),
  academicSubjects: AcademicSubjects,
});

const GradePointAverage = z.looseObject({
  gradePointAverageTypeDescriptor: Descriptor,
  isCumulative: z.optional(z.boolean()),
  gradePointAverageValue: Amount,
});

export const StudentAcademicRecordSchema = z.looseObject({
  studentReference: StudentReference,
  educationOrganizationReference: EdOrgReference,
  schoolYearTypeReference: z.looseObject({ schoolYear: SchoolYear }),
  termDescriptor: Descriptor,
  gradePointAverages: z.optional(z.array(GradePointAverage)),
  diplomas: z.optional(z.array(z.looseObject({ diplomaTypeDescriptor: Descriptor, diplomaAwardDate: DateText }))),
  // Data Standard ≤ 4.0: one scalar with no weighting, read only when the options say which it is.
  cumulativeGradePointAverage: z.optional(Amount),
});

const ScoreResults = z.optional(z.array(z.looseObject({ result: z.string(), assessmentReportingMethodDescriptor: Descriptor })));
const PerformanceLevels = z.optional(
  z.array(z.looseObject({ performanceLevelDescriptor: Descriptor, assessmentReportingMethodDescriptor: z.optional(Descriptor) })),
);

export const StudentAssessmentSchema = z.looseObject({
  studentAssessmentIdentifier: Text,
  assessmentReference: z.looseObject({ assessmentIdentifier: Text, namespace: Text }),
  studentReference: StudentReference,
  administrationDate: z.optional(DateText),
  scoreResults: ScoreResults,
  performanceLevels: PerformanceLevels,
  reasonNotTestedDescriptor: z.optional(Descriptor),
});

const ScoreRange = z.looseObject({
  assessmentReportingMethodDescriptor: Descriptor,
  minimumScore: z.optional(z.string()),
  maximumScore: z.optional(z.string()),
});

export const AssessmentSchema = z.looseObject({
  assessmentIdentifier: Text,
  namespace: Text,
  assessmentTitle: z.optional(z.string()),
  academicSubjects: AcademicSubjects,
  assessedGradeLevels: z.optional(z.array(z.looseObject({ gradeLevelDescriptor: Descriptor }))),
  identificationCodes: z.optional(
    z.array(z.looseObject({ identificationCode: z.string(), assessmentIdentificationSystemDescriptor: Descriptor })),
  ),
  scores: z.optional(z.array(ScoreRange)),
  performanceLevels: z.optional(
    z.array(
      z.looseObject({
        performanceLevelDescriptor: Descriptor,
        assessmentReportingMethodDescriptor: Descriptor,
        minimumScore: z.optional(z.string()),
        maximumScore: z.optional(z.string()),
      }),
    ),
  ),
});

export const CourseSchema = z.looseObject({
  courseCode: Text,
  educationOrganizationReference: EdOrgReference,
  courseTitle: z.optional(z.string()),
  identificationCodes: CourseIdentificationCodes,
  academicSubjects: AcademicSubjects,
  // Data Standard ≤ 4.0 and 5.0-pre: a single subject.
  academicSubjectDescriptor: z.optional(Descriptor),
  levelCharacteristics: z.optional(z.array(z.looseObject({ courseLevelCharacteristicDescriptor: Descriptor }))),
  highSchoolCourseRequirement: z.optional(z.boolean()),
  courseGPAApplicabilityDescriptor: z.optional(Descriptor),
  maximumAvailableCredits: z.optional(Amount),
});

export const StudentSchoolAssociationSchema = z.looseObject({
  studentReference: StudentReference,
  schoolReference: z.looseObject({ schoolId: EdOrgId }),
  entryDate: DateText,
  entryGradeLevelDescriptor: Descriptor,
  exitWithdrawDate: z.optional(DateText),
});

const SectionKey = {
  localCourseCode: Text,
  schoolId: EdOrgId,
  schoolYear: SchoolYear,
  sessionName: Text,
};

export const StudentSectionAssociationSchema = z.looseObject({
  studentReference: StudentReference,
  sectionReference: z.looseObject({ ...SectionKey, sectionIdentifier: Text }),
  beginDate: DateText,
  endDate: z.optional(DateText),
});

export const SectionSchema = z.looseObject({
  sectionIdentifier: Text,
  courseOfferingReference: z.looseObject(SectionKey),
  availableCredits: z.optional(Amount),
});

export const CourseOfferingSchema = z.looseObject({
  localCourseCode: Text,
  schoolReference: z.looseObject({ schoolId: EdOrgId }),
  sessionReference: z.looseObject({ schoolId: EdOrgId, schoolYear: SchoolYear, sessionName: Text }),
  courseReference: z.looseObject({ courseCode: Text, educationOrganizationId: EdOrgId }),
});

export const GradeSchema = z.looseObject({
  studentSectionAssociationReference: z.looseObject({
    ...SectionKey,
    sectionIdentifier: Text,
    beginDate: DateText,
    studentUniqueId: Text,
  }),
  letterGradeEarned: z.optional(z.string()),
  numericGradeEarned: z.optional(Decimal),
  currentGradeIndicator: z.optional(z.boolean()),
});

export const StudentProgramAssociationSchema = z.looseObject({
  studentReference: StudentReference,
  programReference: z.looseObject({ educationOrganizationId: EdOrgId, programName: Text, programTypeDescriptor: Descriptor }),
  beginDate: DateText,
  endDate: z.optional(DateText),
  reasonExitedDescriptor: z.optional(Descriptor),
});

export type CourseTranscript = z.infer<typeof CourseTranscriptSchema>;
export type StudentAcademicRecord = z.infer<typeof StudentAcademicRecordSchema>;
export type StudentAssessment = z.infer<typeof StudentAssessmentSchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;
export type Course = z.infer<typeof CourseSchema>;
export type StudentSchoolAssociation = z.infer<typeof StudentSchoolAssociationSchema>;
export type StudentSectionAssociation = z.infer<typeof StudentSectionAssociationSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type CourseOffering = z.infer<typeof CourseOfferingSchema>;
export type Grade = z.infer<typeof GradeSchema>;
export type StudentProgramAssociation = z.infer<typeof StudentProgramAssociationSchema>;
