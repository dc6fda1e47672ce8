import { describe, expect, it } from "vitest";
import { fromEdFi, type EdFiOptions, type EdFiResources } from "../../src/ed-fi.js";
import { ASOF, SCALE, codes, course, ed, transcriptRow, withCode } from "./helpers.js";

/* Academic records (GPAs, diplomas), enrollments, sections and program associations. */

const convert = (resources: EdFiResources, options: EdFiOptions = {}) => fromEdFi(resources, { asOf: ASOF, ...options });
const student = (resources: EdFiResources, options: EdFiOptions = {}) => convert(resources, options).students[0]!;

function sar(schoolYear: number, term: string, gpas: object[], more: object = {}) {
  return {
    studentReference: { studentUniqueId: "S1" },
    educationOrganizationReference: { educationOrganizationId: 255901001 },
    schoolYearTypeReference: { schoolYear },
    termDescriptor: ed("TermDescriptor", term),
    gradePointAverages: gpas,
    ...more,
  };
}
const gpa = (type: string, value: number | string, isCumulative?: boolean) => ({
  gradePointAverageTypeDescriptor: ed("GradePointAverageTypeDescriptor", type),
  gradePointAverageValue: value,
  ...(isCumulative === undefined ? {} : { isCumulative }),
});

describe("student academic records", () => {
  it("the cumulative GPAs of the latest record, one per type; session GPAs are not stored", () => {
    const records = [
      sar(2024, "Spring Semester", [gpa("Weighted", 3.9, true), gpa("Unweighted", "3.5000", true)]),
      sar(2024, "Fall Semester", [gpa("Weighted", 3.1, true), gpa("Unweighted", 3.0, true)]),
      sar(2023, "Spring Semester", [gpa("Unweighted", 2.0, true), gpa("Unweighted", 4, false)]),
    ];
    const { students, warnings } = convert({ studentAcademicRecords: records });
    expect(students[0]!.gpas).toEqual([
      { calculation: "cumulative", type: "unweighted", value: "3.5" },
      { calculation: "cumulative", type: "weighted", value: "3.9" },
    ]);
    expect(warnings).toEqual([]);
  });

  it("isCumulative missing: assumed cumulative with a warning (default), or left out", () => {
    const records = [sar(2024, "Fall Semester", [gpa("Unweighted", 3.2)])];
    const assumed = convert({ studentAcademicRecords: records });
    expect(assumed.students[0]!.gpas).toEqual([{ calculation: "cumulative", type: "unweighted", value: "3.2" }]);
    expect(withCode(assumed.warnings, "cumulativeAssumed")).toEqual([expect.objectContaining({ field: "gradePointAverages.0" })]);
    const skipped = convert({ studentAcademicRecords: records }, { cumulativeWhenUnknown: false });
    expect(skipped.students[0]!.gpas).toBeUndefined();
    expect(codes(skipped.warnings)).toEqual(["cumulativeUnknown"]);
  });

  it("a GPA type of the latest record missing: the older one is used, reported as stale", () => {
    const records = [sar(2024, "Fall Semester", [gpa("Unweighted", 3, true)]), sar(2024, "Spring Semester", [gpa("Weighted", 3.4, true)])];
    const { students, warnings } = convert({ studentAcademicRecords: records });
    expect(students[0]!.gpas).toHaveLength(2);
    expect(withCode(warnings, "staleGpa")).toEqual([expect.objectContaining({ index: 0, field: "gradePointAverages.0.gradePointAverageValue" })]);
  });

  it("the Data Standard 4 scalar GPA only when the options say its weighting", () => {
    const records = [sar(2024, "Fall Semester", [], { cumulativeGradePointAverage: 2.75 })];
    expect(codes(convert({ studentAcademicRecords: records }).warnings)).toEqual(["legacyGpaSkipped"]);
    expect(student({ studentAcademicRecords: records }, { legacyCumulativeGpa: "unweighted" }).gpas).toEqual([{ calculation: "cumulative", type: "unweighted", value: "2.75" }]);
  });

  it("an unknown GPA type is left out; a state's own is mapped by options.gpaTypes", () => {
    const state = { gradePointAverageTypeDescriptor: "uri://state.gov/GradePointAverageTypeDescriptor#Core", gradePointAverageValue: 3, isCumulative: true };
    expect(codes(convert({ studentAcademicRecords: [sar(2024, "Fall Semester", [state])] }).warnings)).toEqual(["unknownGpaType"]);
    const mapped = student({ studentAcademicRecords: [sar(2024, "Fall Semester", [state])] }, { gpaTypes: { "uri://state.gov/GradePointAverageTypeDescriptor#Core": "unweightedWithBonus" } });
    expect(mapped.gpas).toEqual([{ calculation: "cumulative", type: "unweightedWithBonus", value: "3" }]);
  });

  it("a stored GPA that the grades do not give is reported; one they give is not", () => {
    const rows = [transcriptRow({ finalLetterGradeEarned: "A" }), transcriptRow({ courseReference: { courseCode: "GEOM", educationOrganizationId: 255901001 }, finalLetterGradeEarned: "B", attemptedCredits: 0.5, earnedCredits: 0.5 })];
    const courses = [course("ALG-1", "Mathematics"), course("GEOM", "Mathematics")];
    const good = convert({ courses, courseTranscripts: rows, studentAcademicRecords: [sar(2024, "Fall Semester", [gpa("Unweighted", "3.6667", true)])] }, { gradeScale: SCALE });
    expect(good.warnings).toEqual([]);
    // Compared at the stored value's places: 3.7 is 3.6667 written with one decimal.
    const rounded = convert({ courses, courseTranscripts: rows, studentAcademicRecords: [sar(2024, "Fall Semester", [gpa("Unweighted", "3.7", true)])] }, { gradeScale: SCALE });
    expect(rounded.warnings).toEqual([]);
    const bad = convert({ courses, courseTranscripts: rows, studentAcademicRecords: [sar(2024, "Fall Semester", [gpa("Unweighted", "3.8", true)])] }, { gradeScale: SCALE });
    expect(withCode(bad.warnings, "gpaMismatch")[0]!.message).toMatch(/stored unweighted GPA 3\.8 .* give 3\.6667/);
    expect(bad.students[0]!.gpas).toEqual([{ calculation: "cumulative", type: "unweighted", value: "3.8" }]);
  });

  it("diplomas are completed programs, by options.diplomaTypes or the code value", () => {
    const diploma = { diplomas: [{ diplomaTypeDescriptor: ed("DiplomaTypeDescriptor", "Regular diploma"), diplomaAwardDate: "2024-06-01" }] };
    expect(student({ studentAcademicRecords: [sar(2024, "Spring Semester", [], diploma)] }).programs).toEqual([{ programId: "Regular diploma", status: "completed" }]);
    const mapped = student({ studentAcademicRecords: [sar(2024, "Spring Semester", [], diploma)] }, { diplomaTypes: { [ed("DiplomaTypeDescriptor", "Regular diploma")]: "DIPLOMA" } });
    expect(mapped.programs).toEqual([{ programId: "DIPLOMA", status: "completed" }]);
  });
});

describe("student school associations", () => {
  const ssa = (entryDate: string, grade: string, exitWithdrawDate?: string) => ({
    studentReference: { studentUniqueId: "S1" },
    schoolReference: { schoolId: 255901001 },
    entryDate,
    entryGradeLevelDescriptor: ed("GradeLevelDescriptor", grade),
    ...(exitWithdrawDate === undefined ? {} : { exitWithdrawDate }),
  });

  it("the grade level of the association current on asOf, the latest entered", () => {
    expect(student({ studentSchoolAssociations: [ssa("2020-08-20", "Ninth grade"), ssa("2021-08-20", "Tenth grade")] }).gradeLevel).toBe(10);
    expect(student({ studentSchoolAssociations: [ssa("2021-08-20", "Tenth grade", "2022-01-15"), ssa("2020-08-20", "Ninth grade")] }).gradeLevel).toBe(9);
  });

  it("none current: no grade level, reported; several current with other grades: reported", () => {
    const none = convert({ studentSchoolAssociations: [ssa("2019-08-20", "Ninth grade", "2020-05-30")] });
    expect(none.students[0]!.gradeLevel).toBeUndefined();
    expect(codes(none.warnings)).toEqual(["noCurrentEnrollment"]);
    expect(codes(convert({ studentSchoolAssociations: [ssa("2021-08-20", "Tenth grade"), ssa("2021-09-01", "Eleventh grade")] }).warnings)).toEqual(["severalEnrollments"]);
  });
});

describe("sections: courses in progress", () => {
  const ref = { localCourseCode: "BIO-L", schoolId: 255901001, schoolYear: 2022, sessionName: "2021-2022 Spring Semester", sectionIdentifier: "BIO-3" };
  const ssa = (beginDate: string, endDate?: string) => ({ studentReference: { studentUniqueId: "S1" }, sectionReference: ref, beginDate, ...(endDate === undefined ? {} : { endDate }) });
  const section = { sectionIdentifier: "BIO-3", courseOfferingReference: { localCourseCode: "BIO-L", schoolId: 255901001, schoolYear: 2022, sessionName: ref.sessionName }, availableCredits: 0.5 };
  const offering = {
    localCourseCode: "BIO-L",
    schoolReference: { schoolId: 255901001 },
    sessionReference: { schoolId: 255901001, schoolYear: 2022, sessionName: ref.sessionName },
    courseReference: { courseCode: "BIO", educationOrganizationId: 255901001 },
  };
  const grade = (letter: string, current: boolean) => ({
    studentSectionAssociationReference: { ...ref, beginDate: "2022-01-10", studentUniqueId: "S1" },
    letterGradeEarned: letter,
    currentGradeIndicator: current,
  });
  const base = { courses: [course("BIO", "Science")], sections: [section], courseOfferings: [offering] };

  it("a current section is an inProgress record: the offering's course, the section's credits, the current grade", () => {
    const { students, warnings } = convert({ ...base, studentSectionAssociations: [ssa("2022-01-10")], grades: [grade("B", true), grade("C", false)] });
    expect(students[0]!.transcript).toEqual([
      { id: `section/255901001/2022/${ref.sessionName}/BIO-3`, courseNumber: "BIO", name: "BIO", status: "inProgress", credits: [{ type: "Science", amount: "0.5" }], schoolYear: 2022, term: ref.sessionName, grade: "B" },
    ]);
    expect(warnings).toEqual([]);
  });

  it("a section that begins after asOf is planned; one that ended without a transcript row is left out, reported", () => {
    expect(student({ ...base, studentSectionAssociations: [ssa("2022-08-20")] }).transcript[0]!.status).toBe("planned");
    const ended = convert({ ...base, studentSectionAssociations: [ssa("2022-01-10", "2022-05-27")] });
    expect(ended.students[0]!.transcript).toEqual([]);
    expect(codes(ended.warnings)).toEqual(["sectionEndedWithoutTranscript"]);
  });

  it("a section whose course the transcripts already hold for the school year adds nothing", () => {
    const row = transcriptRow({ courseReference: { courseCode: "BIO", educationOrganizationId: 255901001 }, studentAcademicRecordReference: { ...(transcriptRow().studentAcademicRecordReference as object), schoolYear: 2022 } });
    const { students } = convert({ ...base, courseTranscripts: [row], studentSectionAssociations: [ssa("2022-01-10", "2022-05-27")] });
    expect(students[0]!.transcript.map((r) => r.status ?? "completed")).toEqual(["completed"]);
  });

  it("no offering: the local course code is taken as the course code; no section: the course's credits, or none", () => {
    const alone = convert({ courses: [course("BIO-L", "Science", { maximumAvailableCredits: 1 })], studentSectionAssociations: [ssa("2022-01-10")] });
    expect(alone.students[0]!.transcript[0]).toMatchObject({ courseNumber: "BIO-L", credits: [{ amount: "1" }] });
    expect(codes(alone.warnings)).toEqual(["offeringNotFound", "sectionNotFound"]);
    const none = convert({ courses: [course("BIO-L", "Science")], studentSectionAssociations: [ssa("2022-01-10")] });
    expect(none.students[0]!.transcript[0]!.credits).toEqual([]);
    expect(codes(none.warnings)).toContain("noAvailableCredits");
  });
});

describe("program associations", () => {
  const spa = (type: string, endDate?: string, reason?: string) => ({
    studentReference: { studentUniqueId: "S1" },
    programReference: { educationOrganizationId: 255901, programName: type, programTypeDescriptor: ed("ProgramTypeDescriptor", type) },
    beginDate: "2021-08-30",
    ...(endDate === undefined ? {} : { endDate }),
    ...(reason === undefined ? {} : { reasonExitedDescriptor: ed("ReasonExitedDescriptor", reason) }),
  });

  it("assigned while not ended, completed when ended for a completion reason, left out otherwise; completed wins", () => {
    const resources = {
      studentCTEProgramAssociations: [spa("Career and Technical Education", "2022-05-30", "Completed"), spa("Career and Technical Education")],
      studentProgramAssociations: [spa("Gifted and Talented", "2021-12-17", "Moved out of state"), spa("Migrant")],
    };
    const { students, warnings } = convert(resources);
    expect(students[0]!.programs).toEqual([{ programId: "CTE", status: "completed" }]);
    expect(codes(warnings)).toEqual(["programExited", "programNotMapped"]);
    const own = convert(resources, { programTypes: { [ed("ProgramTypeDescriptor", "Migrant")]: "MIGRANT" } });
    expect(own.students[0]!.programs).toEqual([{ programId: "MIGRANT", status: "assigned" }]);
  });
});
