import fc from "fast-check";
import type { EdFiOptions } from "../../src/ed-fi.js";
import { ed } from "./helpers.js";

/*
 * Resource arrays the schemas accept: the fields the adapter reads, valid in type, with values
 * drawn from the Ed-Fi defaults, a state namespace, and odd text — so that every mapping branch
 * and every warning can be reached. Few students and codes, so that records collide.
 */

const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const descriptor = (name: string, codes: string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: pick(...codes).map((c) => ed(name, c)) },
    { weight: 1, arbitrary: pick(...codes).map((c) => `uri://tea.texas.gov/${name}#${c}`) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  );

const student = pick("S1", "S2", "S3");
const edOrg = pick(255901001, 255901044, 255901);
const code = fc.oneof(pick("ALG-1", "BIO", "ENG_1", "100%", "[X]", "!NOT", "a"), fc.string({ minLength: 1, maxLength: 70 }));
const year = pick(2022, 2023, 2024);
const date = fc.oneof(pick("2021-08-30", "2022-01-10", "2022-06-30", "2023-05-27", "2021-04-01T16:00:00", "2010-04-01T16:00:00Z"), fc.string({ maxLength: 12 }));

/** A decimal the §2 form accepts: integers, plain-notation numbers, decimal strings (≤ 30 digits). */
const amount = fc.oneof(
  fc.integer({ min: 0, max: 40 }),
  pick(0.5, 0.25, 1.5, 0.1, 3.3333, 0),
  fc.tuple(fc.nat({ max: 99999 }), fc.nat({ max: 9999 })).map(([a, b]) => `${a}.${String(b).padStart(4, "0")}`),
  pick("1", "0.50", " 2 ", "000.5", "123456789012345678901234567.5"),
);
const score = fc.oneof(pick("18", "24", "540", "-3", "12.5", "", "A", "4O", "1e2", " 7 "), fc.string({ maxLength: 8 }));

const term = descriptor("TermDescriptor", ["Fall Semester", "Spring Semester", "Summer Semester", "Block 4"]);
const subject = descriptor("AcademicSubjectDescriptor", ["Mathematics", "Science", "English Language Arts", "Social Studies"]);
const gradeLevel = descriptor("GradeLevelDescriptor", ["Ninth grade", "Kindergarten", "Twelfth grade", "Postsecondary"]);
const method = descriptor("AssessmentReportingMethodDescriptor", ["Raw score", "Scale score", "Composite Score", "Percentile"]);
const level = descriptor("PerformanceLevelDescriptor", ["Met Standard", "Did Not Meet Standard", "Basic", "Pass"]);

const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const courseTranscript = fc
  .record({
    courseAttemptResultDescriptor: descriptor("CourseAttemptResultDescriptor", ["Pass", "Fail", "Incomplete", "Withdrawn", "Unknown"]),
    courseReference: fc.record({ courseCode: code, educationOrganizationId: edOrg }),
    studentAcademicRecordReference: fc.record({ educationOrganizationId: edOrg, schoolYear: year, studentUniqueId: student, termDescriptor: term }),
    attemptedCredits: optional(amount),
    earnedCredits: optional(amount),
    earnedCreditTypeDescriptor: optional(descriptor("CreditTypeDescriptor", ["Carnegie unit", "Semester hour credit"])),
    earnedCreditConversion: optional(amount),
    earnedAdditionalCredits: optional(fc.array(fc.record({ credits: amount, additionalCreditTypeDescriptor: fc.string({ minLength: 1 }) }), { maxLength: 1 })),
    whenTakenGradeLevelDescriptor: optional(gradeLevel),
    finalLetterGradeEarned: optional(pick("A", "B", "C", "F", "P", "")),
    finalNumericGradeEarned: optional(fc.oneof(fc.integer({ min: 0, max: 100 }), pick("89.5", "64.99"))),
    courseRepeatCodeDescriptor: optional(descriptor("CourseRepeatCodeDescriptor", ["Repeat Counted", "Repeat NotCounted", "Replaced NotCounted", "Odd"])),
    courseTitle: optional(fc.string({ maxLength: 10 })),
    alternativeCourseIdentificationCodes: optional(
      fc.array(fc.record({ identificationCode: pick("3100500", "02052", ""), courseIdentificationSystemDescriptor: descriptor("CourseIdentificationSystemDescriptor", ["State course code", "SCED course code"]) }), { maxLength: 2 }),
    ),
    creditCategories: optional(fc.array(fc.record({ creditCategoryDescriptor: descriptor("CreditCategoryDescriptor", ["Honors", "General"]) }), { maxLength: 2 })),
    academicSubjects: optional(fc.array(fc.record({ academicSubjectDescriptor: subject }), { maxLength: 2 })),
  })
  .map(strip);

const course = fc
  .record({
    courseCode: code,
    educationOrganizationReference: fc.record({ educationOrganizationId: edOrg }),
    courseTitle: optional(fc.string({ maxLength: 10 })),
    academicSubjects: optional(fc.array(fc.record({ academicSubjectDescriptor: subject }), { maxLength: 2 })),
    academicSubjectDescriptor: optional(subject),
    levelCharacteristics: optional(fc.array(fc.record({ courseLevelCharacteristicDescriptor: descriptor("CourseLevelCharacteristicDescriptor", ["Advanced Placement", "Honors", "Core Subject"]) }), { maxLength: 2 })),
    highSchoolCourseRequirement: optional(fc.boolean()),
    courseGPAApplicabilityDescriptor: optional(descriptor("CourseGPAApplicabilityDescriptor", ["Applicable", "Not Applicable", "Weighted"])),
    maximumAvailableCredits: optional(amount),
    identificationCodes: optional(fc.array(fc.record({ identificationCode: code, courseIdentificationSystemDescriptor: descriptor("CourseIdentificationSystemDescriptor", ["State course code", "LEA course code"]) }), { maxLength: 2 })),
  })
  .map(strip);

const gpa = fc
  .record({ gradePointAverageTypeDescriptor: descriptor("GradePointAverageTypeDescriptor", ["Weighted", "Unweighted"]), isCumulative: optional(fc.boolean()), gradePointAverageValue: amount })
  .map(strip);

const academicRecord = fc
  .record({
    studentReference: fc.record({ studentUniqueId: student }),
    educationOrganizationReference: fc.record({ educationOrganizationId: edOrg }),
    schoolYearTypeReference: fc.record({ schoolYear: year }),
    termDescriptor: term,
    gradePointAverages: optional(fc.array(gpa, { maxLength: 3 })),
    diplomas: optional(fc.array(fc.record({ diplomaTypeDescriptor: descriptor("DiplomaTypeDescriptor", ["Regular diploma"]), diplomaAwardDate: date }), { maxLength: 1 })),
    cumulativeGradePointAverage: optional(amount),
  })
  .map(strip);

const assessmentId = pick("ACT Composite", "SAT Mathematics", "EXAM");
const NS = pick("uri://ed-fi.org/Assessment/Assessment.xml", "uri://state.gov/Assessment");

const studentAssessment = fc
  .record({
    studentAssessmentIdentifier: pick("a", "b", "c"),
    assessmentReference: fc.record({ assessmentIdentifier: assessmentId, namespace: NS }),
    studentReference: fc.record({ studentUniqueId: student }),
    administrationDate: optional(date),
    scoreResults: optional(fc.array(fc.record({ result: score, assessmentReportingMethodDescriptor: method }), { maxLength: 3 })),
    performanceLevels: optional(fc.array(fc.record({ performanceLevelDescriptor: level, assessmentReportingMethodDescriptor: optional(method) }).map(strip), { maxLength: 2 })),
    reasonNotTestedDescriptor: optional(pick("uri://ed-fi.org/ReasonNotTestedDescriptor#Absent")),
  })
  .map(strip);

const assessment = fc
  .record({
    assessmentIdentifier: assessmentId,
    namespace: NS,
    assessmentTitle: optional(pick("ACT", "State Assessment")),
    academicSubjects: optional(fc.array(fc.record({ academicSubjectDescriptor: subject }), { maxLength: 2 })),
    assessedGradeLevels: optional(fc.array(fc.record({ gradeLevelDescriptor: gradeLevel }), { maxLength: 2 })),
    identificationCodes: optional(fc.array(fc.record({ identificationCode: fc.string({ maxLength: 6 }), assessmentIdentificationSystemDescriptor: descriptor("AssessmentIdentificationSystemDescriptor", ["State"]) }), { maxLength: 2 })),
    scores: optional(fc.array(fc.record({ assessmentReportingMethodDescriptor: method, minimumScore: optional(score), maximumScore: optional(score) }).map(strip), { maxLength: 2 })),
    performanceLevels: optional(
      fc.array(fc.record({ performanceLevelDescriptor: level, assessmentReportingMethodDescriptor: method, minimumScore: optional(score), maximumScore: optional(score) }).map(strip), { maxLength: 2 }),
    ),
  })
  .map(strip);

const sectionKey = fc.record({ localCourseCode: code, schoolId: edOrg, schoolYear: year, sessionName: pick("Fall", "Spring") });

const ssa = fc
  .record({ studentReference: fc.record({ studentUniqueId: student }), schoolReference: fc.record({ schoolId: edOrg }), entryDate: date, entryGradeLevelDescriptor: gradeLevel, exitWithdrawDate: optional(date) })
  .map(strip);
const sectionAssociation = fc
  .record({ studentReference: fc.record({ studentUniqueId: student }), sectionReference: fc.tuple(sectionKey, pick("1", "2")).map(([k, id]) => ({ ...k, sectionIdentifier: id })), beginDate: date, endDate: optional(date) })
  .map(strip);
const section = fc.record({ sectionIdentifier: pick("1", "2"), courseOfferingReference: sectionKey, availableCredits: optional(amount) }).map(strip);
const grade = fc
  .record({
    studentSectionAssociationReference: fc.tuple(sectionKey, pick("1", "2"), date, student).map(([k, id, beginDate, s]) => ({ ...k, sectionIdentifier: id, beginDate, studentUniqueId: s })),
    letterGradeEarned: optional(pick("A", "B")),
    numericGradeEarned: optional(fc.integer({ min: 0, max: 100 })),
    currentGradeIndicator: optional(fc.boolean()),
  })
  .map(strip);
const programAssociation = fc
  .record({
    studentReference: fc.record({ studentUniqueId: student }),
    programReference: fc.record({ educationOrganizationId: edOrg, programName: pick("CTE", "Gifted"), programTypeDescriptor: descriptor("ProgramTypeDescriptor", ["Career and Technical Education", "Gifted and Talented", "Migrant"]) }),
    beginDate: date,
    endDate: optional(date),
    reasonExitedDescriptor: optional(descriptor("ReasonExitedDescriptor", ["Completed", "Moved out of state"])),
  })
  .map(strip);

const compositeTranscript = fc
  .record({
    courseCode: code,
    courseAttemptResult: descriptor("CourseAttemptResultDescriptor", ["Pass", "Fail"]),
    academicSubject: optional(subject),
    attemptedCredits: optional(amount),
    earnedCredits: optional(amount),
    finalLetterGradeEarned: optional(pick("A", "B", "F")),
    whenTakenGradeLevel: optional(gradeLevel),
  })
  .map(strip);
const composite = fc
  .record({
    studentUniqueId: student,
    school: optional(fc.array(fc.record({ schoolId: edOrg }), { maxLength: 1 })),
    studentAcademicRecords: optional(
      fc.array(
        fc.record({ schoolYear: year, term, gradePointAverages: optional(fc.array(fc.record({ gradePointAverageType: descriptor("GradePointAverageTypeDescriptor", ["Unweighted"]), gradePointAverageValue: amount }), { maxLength: 1 })), courseTranscript: optional(fc.array(compositeTranscript, { maxLength: 3 })) }).map(strip),
        { maxLength: 2 },
      ),
    ),
    studentAssessments: optional(
      fc.array(fc.record({ assessmentTitle: pick("ACT", "State Assessment"), administrationDate: optional(date), scoreResults: optional(fc.array(fc.record({ result: score, assessmentReportingMethodDescriptor: method }), { maxLength: 2 })), assesmentSubject: optional(fc.array(fc.record({ assesmentSubject: subject }), { maxLength: 1 })) }).map(strip), { maxLength: 2 }),
    ),
  })
  .map(strip);

const list = <T>(arb: fc.Arbitrary<T>) => optional(fc.array(arb, { maxLength: 6 }));

export const resourcesArb = fc
  .record({
    courseTranscripts: list(courseTranscript),
    studentAcademicRecords: list(academicRecord),
    studentAssessments: list(studentAssessment),
    assessments: list(assessment),
    courses: list(course),
    studentSchoolAssociations: list(ssa),
    studentSectionAssociations: list(sectionAssociation),
    sections: list(section),
    grades: list(grade),
    studentCTEProgramAssociations: list(programAssociation),
    studentTranscriptComposites: list(composite),
  })
  .map(strip);

export const optionsArb: fc.Arbitrary<EdFiOptions> = fc
  .record({
    asOf: pick("2022-06-30", "2021-01-01"),
    gradeScale: optional(
      fc.record({
        letters: optional(pick<Record<string, string | number>>({ A: "4", B: "3", C: "2", F: "0" }, { A: 4.0, B: "3.3333" })),
        numeric: optional(pick<{ min: string | number; points: string | number }[]>([{ min: "90", points: "4" }, { min: 0, points: "0" }], [{ min: "64.99", points: "1.5" }])),
        weights: optional(pick<Record<string, string | number>>({ [ed("CourseLevelCharacteristicDescriptor", "Advanced Placement")]: "1" }, { [ed("CourseGPAApplicabilityDescriptor", "Weighted")]: 0.5 })),
        weightAs: optional(pick("gpaValue" as const, "bonusPoints" as const)),
      }).map(strip),
    ),
    creditTypes: optional(pick({ [ed("AcademicSubjectDescriptor", "Mathematics")]: "Math" }, { [ed("CreditCategoryDescriptor", "Honors")]: "Honors" })),
    highSchoolRequirementOnly: optional(fc.boolean()),
    incomplete: optional(pick("completed" as const, "inProgress" as const, "drop" as const)),
    withdrawn: optional(pick("drop" as const, "completed" as const)),
    prefixCourseNumbers: optional(fc.boolean()),
    cumulativeWhenUnknown: optional(fc.boolean()),
    legacyCumulativeGpa: optional(pick("weighted" as const, "unweighted" as const)),
    scores: optional(pick({ byAssessment: { "SAT Mathematics": { raw: [], scale: [ed("AssessmentReportingMethodDescriptor", "Raw score")] } } }, { ignore: [ed("AssessmentReportingMethodDescriptor", "Percentile")] })),
  })
  .map(strip);
