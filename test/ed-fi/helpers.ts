import { readFileSync } from "node:fs";
// @ts-expect-error: the example's sample reader is plain JavaScript (Node 20 runs it directly), without types.
import { readSample, SAMPLE_DIR, SAMPLE_FILES } from "../../examples/ed-fi/sample.mjs";
import type { EdFiOptions, EdFiResources, EdFiWarning } from "../../src/ed-fi.js";

/** The Ed-Fi Alliance's Grand Bend sample, read in place from ../shared/ed-fi-sample/. */
export const sample = (): EdFiResources => readSample();
export const sampleDir: string = SAMPLE_DIR;
export const sampleFiles: Record<string, string> = SAMPLE_FILES;
export const sampleFile = (name: string): unknown[] => JSON.parse(readFileSync(`${SAMPLE_DIR}/${name}`, "utf8"));

/** The example district's adapter options (examples/ed-fi/ed-fi-options.json). */
export const gbOptions = (): EdFiOptions => JSON.parse(readFileSync(new URL("../../examples/ed-fi/ed-fi-options.json", import.meta.url), "utf8"));

export const ASOF = "2022-06-30";
export const SCALE = { letters: { A: "4", B: "3", C: "2", D: "1", F: "0" } };

export const ed = (descriptor: string, code: string) => `uri://ed-fi.org/${descriptor}#${code}`;

export const codes = (warnings: readonly EdFiWarning[]) => warnings.map((w) => w.code);
export const withCode = (warnings: readonly EdFiWarning[], code: string) => warnings.filter((w) => w.code === code);

/** A CourseTranscript row of student S1 (Fall 2024, Pass, one Carnegie unit), with overrides. */
export function transcriptRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    courseAttemptResultDescriptor: ed("CourseAttemptResultDescriptor", "Pass"),
    courseReference: { courseCode: "ALG-1", educationOrganizationId: 255901001 },
    studentAcademicRecordReference: {
      educationOrganizationId: 255901001,
      schoolYear: 2024,
      studentUniqueId: "S1",
      termDescriptor: ed("TermDescriptor", "Fall Semester"),
    },
    attemptedCredits: 1,
    earnedCredits: 1,
    finalLetterGradeEarned: "B",
    ...overrides,
  };
}

/** A Course of Grand Bend High School, with overrides. */
export function course(code: string, subject: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    courseCode: code,
    educationOrganizationReference: { educationOrganizationId: 255901001 },
    courseTitle: code,
    numberOfParts: 1,
    identificationCodes: [{ identificationCode: code, courseIdentificationSystemDescriptor: ed("CourseIdentificationSystemDescriptor", "LEA course code") }],
    academicSubjects: [{ academicSubjectDescriptor: ed("AcademicSubjectDescriptor", subject) }],
    highSchoolCourseRequirement: true,
    courseGPAApplicabilityDescriptor: ed("CourseGPAApplicabilityDescriptor", "Applicable"),
    ...overrides,
  };
}

/** A StudentAssessment of student S1, with overrides. */
export function administration(assessment: string, scores: [method: string, result: string][], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    studentAssessmentIdentifier: `${assessment}-1`,
    assessmentReference: { assessmentIdentifier: assessment, namespace: "uri://ed-fi.org/Assessment/Assessment.xml" },
    studentReference: { studentUniqueId: "S1" },
    administrationDate: "2024-04-01T09:00:00",
    scoreResults: scores.map(([method, result]) => ({
      result,
      resultDatatypeTypeDescriptor: ed("ResultDatatypeTypeDescriptor", "Integer"),
      assessmentReportingMethodDescriptor: ed("AssessmentReportingMethodDescriptor", method),
    })),
    ...overrides,
  };
}
