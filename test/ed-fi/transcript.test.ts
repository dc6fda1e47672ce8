import { describe, expect, it } from "vitest";
import { fromEdFi, type EdFiOptions, type EdFiResources } from "../../src/ed-fi.js";
import { compileProgram, evaluateProgress } from "../../src/index.js";
import { ASOF, SCALE, codes, course, ed, transcriptRow, withCode } from "./helpers.js";

/* Course transcripts → §2 transcript records, decision by decision. */

const COURSES = [
  course("ALG-1", "Mathematics"),
  course("AP-CALC", "Mathematics", { levelCharacteristics: [{ courseLevelCharacteristicDescriptor: ed("CourseLevelCharacteristicDescriptor", "Advanced Placement") }] }),
  course("ENG-H", "English Language Arts", { courseGPAApplicabilityDescriptor: ed("CourseGPAApplicabilityDescriptor", "Weighted") }),
  course("ADVIS", "Other", { courseGPAApplicabilityDescriptor: ed("CourseGPAApplicabilityDescriptor", "Not Applicable") }),
  course("ART-05", "Fine and Performing Arts", { highSchoolCourseRequirement: false }),
  course("CTE-1", "Career and Technical Education", { academicSubjects: undefined, academicSubjectDescriptor: ed("AcademicSubjectDescriptor", "Career and Technical Education"), maximumAvailableCredits: 0.5 }),
];

function convert(rows: Record<string, unknown>[], options: EdFiOptions = {}, more: EdFiResources = {}) {
  const result = fromEdFi({ courses: COURSES, courseTranscripts: rows, ...more }, { asOf: ASOF, gradeScale: SCALE, ...options });
  return { ...result, records: result.students.flatMap((s) => s.transcript) };
}
const result = (code: string) => ed("CourseAttemptResultDescriptor", code);
const repeat = (code: string) => ({ courseRepeatCodeDescriptor: ed("CourseRepeatCodeDescriptor", code) });
/** The row in another term of the same school year: another attempt, not a repeat. */
const QUARTERS = ["First Quarter", "Second Quarter", "Third Quarter", "Fourth Quarter"];
const inTerm = (i: number, row: Record<string, unknown>) => ({
  ...row,
  studentAcademicRecordReference: { ...(transcriptRow().studentAcademicRecordReference as object), termDescriptor: ed("TermDescriptor", QUARTERS[i]!) },
});

describe("course transcripts", () => {
  it("Pass: the earned credits of the course's subject, grade points from the scale, exact decimals as text", () => {
    const { records, warnings } = convert([transcriptRow({ earnedCredits: 0.5, attemptedCredits: "0.50", finalLetterGradeEarned: "B" })]);
    expect(records).toEqual([
      {
        id: "255901001/2024/Fall Semester/255901001/ALG-1/Pass",
        courseNumber: "ALG-1",
        name: "ALG-1",
        credits: [{ type: "Mathematics", amount: "0.5" }],
        attempted: "0.5",
        gpaValue: "3",
        schoolYear: 2024,
        term: "Fall Semester",
        grade: "B",
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it("credits never pass through binary floating point: 0.1 + 0.2 stay 0.1 and 0.2, summed exactly by the engine", () => {
    const rows = [transcriptRow({ earnedCredits: 0.1 }), transcriptRow({ earnedCredits: "0.2", courseReference: { courseCode: "AP-CALC", educationOrganizationId: 255901001 } })];
    const { students } = convert(rows);
    expect(students[0]!.transcript.map((r) => r.credits![0]!.amount)).toEqual(["0.1", "0.2"]);
    const program = compileProgram({ id: "P", creditGroups: [{ id: "M", name: "Math", creditTypes: ["Mathematics"], minCredits: "0.3" }], criteria: [] });
    expect(evaluateProgress(program, students[0]).creditGroups[0]).toMatchObject({ status: "met", earnedCredits: "0.3" });
  });

  it("Fail earns 0 whatever the row says, and says so when it says more", () => {
    const { records, warnings } = convert([transcriptRow({ courseAttemptResultDescriptor: result("Fail"), earnedCredits: 1, finalLetterGradeEarned: "F" })]);
    expect(records[0]).toMatchObject({ credits: [{ type: "Mathematics", amount: "0" }], attempted: "1", gpaValue: "0" });
    expect(withCode(warnings, "failedWithCredits")).toEqual([expect.objectContaining({ resource: "courseTranscripts", index: 0, field: "earnedCredits" })]);
  });

  it("a Fail row without attempted credits weighs nothing: the engine's report warns missingAttempted", () => {
    const { students } = convert([transcriptRow({ courseAttemptResultDescriptor: result("Fail"), earnedCredits: 0, attemptedCredits: undefined, finalLetterGradeEarned: "F" })]);
    const program = compileProgram({ id: "P", criteria: [] });
    expect(evaluateProgress(program, students[0]).warnings.map((w) => w.code)).toEqual(["missingAttempted"]);
  });

  it("Incomplete: completed with its earned credits, out of GPAs (default); in progress or left out by the options", () => {
    const row = transcriptRow({ courseAttemptResultDescriptor: result("Incomplete"), earnedCredits: 0 });
    expect(convert([row]).records[0]).toMatchObject({ credits: [{ amount: "0" }], excludeFromGpa: true });
    expect(convert([row], { incomplete: "inProgress" }).records[0]).toMatchObject({ status: "inProgress", credits: [{ amount: "1" }] });
    expect(convert([row], { incomplete: "inProgress" }).records[0]!.gpaValue).toBeUndefined();
    const dropped = convert([row], { incomplete: "drop" });
    expect(dropped.records).toEqual([]);
    expect(codes(dropped.warnings)).toEqual(["incompleteDropped"]);
  });

  it("Withdrawn: left out with a warning (default), or kept out of GPAs", () => {
    const row = transcriptRow({ courseAttemptResultDescriptor: result("Withdrawn"), earnedCredits: 0 });
    const dropped = convert([row]);
    expect(dropped.records).toEqual([]);
    expect(dropped.students.map((s) => s.id)).toEqual(["S1"]);
    expect(codes(dropped.warnings)).toEqual(["withdrawnDropped"]);
    expect(convert([row], { withdrawn: "completed" }).records[0]).toMatchObject({ credits: [{ amount: "0" }], excludeFromGpa: true });
  });

  it("repeat codes: Replaced NotCounted → replaced; Repeat NotCounted → out of GPAs, credits kept with a warning", () => {
    const { records, warnings } = convert([transcriptRow(repeat("Replaced NotCounted")), transcriptRow({ ...repeat("Repeat NotCounted"), studentAcademicRecordReference: { ...(transcriptRow().studentAcademicRecordReference as object), schoolYear: 2025 } })]);
    expect(records[0]).toMatchObject({ replaced: true });
    expect(records[0]!.gpaValue).toBeUndefined();
    expect(records[1]).toMatchObject({ excludeFromGpa: true, gpaValue: "3" });
    expect(codes(warnings)).toEqual(["notCountedWithCredits"]);
    const mapped = convert([transcriptRow(repeat("Repeat NotCounted"))], { repeatCodes: { [ed("CourseRepeatCodeDescriptor", "Repeat NotCounted")]: "replaced" } });
    expect(mapped.records[0]).toMatchObject({ replaced: true });
  });

  it("a course completed again in a later year without a repeat code is reported; parts of one year's course are not", () => {
    const year = (schoolYear: number, term = "Fall Semester") => ({
      studentAcademicRecordReference: { ...(transcriptRow().studentAcademicRecordReference as object), schoolYear, termDescriptor: ed("TermDescriptor", term) },
    });
    expect(codes(convert([transcriptRow(year(2024)), transcriptRow(year(2024, "Spring Semester"))]).warnings)).toEqual([]);
    const again = convert([transcriptRow(year(2024)), transcriptRow({ ...year(2025), courseAttemptResultDescriptor: result("Fail") })]);
    expect(withCode(again.warnings, "repeatWithoutCode")).toEqual([expect.objectContaining({ index: 1, field: "courseRepeatCodeDescriptor" })]);
    expect(codes(convert([transcriptRow(year(2024)), transcriptRow({ ...year(2025), ...repeat("Repeat Counted") })]).warnings)).toEqual([]);
  });

  it("weighted courses: the configured weight on top (the largest), unweighted points kept; or as bonus points", () => {
    const ap = { courseReference: { courseCode: "AP-CALC", educationOrganizationId: 255901001 }, finalLetterGradeEarned: "A" };
    const weights = { [ed("CourseLevelCharacteristicDescriptor", "Advanced Placement")]: "1", [ed("CourseLevelCharacteristicDescriptor", "Core Subject")]: "0.25" };
    expect(convert([transcriptRow(ap)], { gradeScale: { ...SCALE, weights } }).records[0]).toMatchObject({ gpaValue: "5", unweightedGpaValue: "4" });
    const bonus = convert([transcriptRow(ap)], { gradeScale: { ...SCALE, weights, weightAs: "bonusPoints" } }).records[0]!;
    expect(bonus).toMatchObject({ gpaValue: "4", bonusPoints: "1" });
    const none = convert([transcriptRow(ap), transcriptRow({ courseReference: { courseCode: "ENG-H", educationOrganizationId: 255901001 } })]);
    expect(withCode(none.warnings, "noWeight").map((w) => w.message)).toEqual([expect.stringContaining("Advanced Placement"), expect.stringContaining("#Weighted")]);
    expect(none.records[0]).toMatchObject({ gpaValue: "4" });
    expect(none.records[0]!.unweightedGpaValue).toBeUndefined();
  });

  it("numeric grades through the bands; a grade the scale lacks gives no points, with a warning", () => {
    const bands = { numeric: [{ min: "89.5", points: "4" }, { min: "79.5", points: "3" }, { min: "0", points: "0" }] };
    const rows = [transcriptRow({ finalLetterGradeEarned: undefined, finalNumericGradeEarned: 89.5 }), transcriptRow({ finalLetterGradeEarned: "P", finalNumericGradeEarned: 80 }), transcriptRow({ finalLetterGradeEarned: "P" })].map((row, i) => inTerm(i, row));
    const { records, warnings } = convert(rows, { gradeScale: { ...SCALE, ...bands } });
    expect(records.map((r) => [r.gpaValue, r.grade])).toEqual([["4", "89.5"], ["3", "P"], [undefined, "P"]]);
    expect(withCode(warnings, "unknownGrade")).toEqual([expect.objectContaining({ index: 2, field: "finalLetterGradeEarned" })]);
  });

  it("without a grade scale there are no points: said once", () => {
    const rows = [transcriptRow(), transcriptRow({ courseReference: { courseCode: "GEOM", educationOrganizationId: 255901001 } })];
    const { students, warnings } = fromEdFi({ courseTranscripts: rows }, { asOf: ASOF });
    expect(students[0]!.transcript.map((r) => r.gpaValue)).toEqual([undefined, undefined]);
    expect(codes(warnings)).toEqual(["noCourses", "noSubject", "noGradeScale", "noSubject"]);
  });

  it("courseGPAApplicabilityDescriptor Not Applicable keeps the record out of GPAs", () => {
    expect(convert([transcriptRow({ courseReference: { courseCode: "ADVIS", educationOrganizationId: 255901001 } })]).records[0]).toMatchObject({ excludeFromGpa: true });
  });

  it("credit types: categories only when mapped, then the row's subjects, then the course's; a district map over code values", () => {
    const row = transcriptRow({
      creditCategories: [{ creditCategoryDescriptor: ed("CreditCategoryDescriptor", "Honors") }],
      academicSubjects: [{ academicSubjectDescriptor: ed("AcademicSubjectDescriptor", "Science") }],
    });
    expect(convert([row]).records[0]!.credits![0]!.type).toBe("Science");
    const honors = convert([row], { creditTypes: { [ed("CreditCategoryDescriptor", "Honors")]: "Honors" } });
    expect(honors.records[0]!.credits![0]!.type).toBe("Honors");
    const mapped = convert([transcriptRow()], { creditTypes: { [ed("AcademicSubjectDescriptor", "Science")]: "SCI" } });
    expect(mapped.records[0]!.credits![0]!.type).toBe("Mathematics");
    expect(codes(mapped.warnings)).toEqual(["unmappedCreditType"]);
  });

  it("a course of two subjects gives its credit to the first only, with a warning", () => {
    const row = transcriptRow({ academicSubjects: [{ academicSubjectDescriptor: ed("AcademicSubjectDescriptor", "Science") }, { academicSubjectDescriptor: ed("AcademicSubjectDescriptor", "Mathematics") }] });
    const { records, warnings } = convert([row]);
    expect(records[0]!.credits).toEqual([{ type: "Science", amount: "1" }]);
    expect(codes(warnings)).toEqual(["severalSubjects"]);
  });

  it("Data Standard 4 courses: a single academicSubjectDescriptor", () => {
    const { records } = convert([transcriptRow({ courseReference: { courseCode: "CTE-1", educationOrganizationId: 255901001 } })]);
    expect(records[0]!.credits![0]!.type).toBe("Career and Technical Education");
  });

  it("non-high-school courses credit the other type (configurable), subject credit otherwise", () => {
    const row = transcriptRow({ courseReference: { courseCode: "ART-05", educationOrganizationId: 255901001 } });
    const { records, warnings } = convert([row], { otherCreditType: "Elective" });
    expect(records[0]!.credits![0]!.type).toBe("Elective");
    expect(withCode(warnings, "notHighSchoolRequirement")[0]).toMatchObject({ field: "courseReference" });
    expect(convert([row], { highSchoolRequirementOnly: false }).records[0]!.credits![0]!.type).toBe("Fine and Performing Arts");
  });

  it("a state namespace's descriptor is read as the Ed-Fi default with the same code value, said once per value", () => {
    const tx = "uri://tea.texas.gov/CourseAttemptResultDescriptor#Pass";
    const { records, warnings } = convert([inTerm(0, transcriptRow({ courseAttemptResultDescriptor: tx })), inTerm(1, transcriptRow({ courseAttemptResultDescriptor: tx }))]);
    expect(records).toHaveLength(2);
    expect(withCode(warnings, "descriptorFallback")).toEqual([expect.objectContaining({ index: 0, field: "courseAttemptResultDescriptor" })]);
    const own = convert([transcriptRow({ courseAttemptResultDescriptor: "uri://tea.texas.gov/CourseAttemptResultDescriptor#P" })], { attemptResults: { "uri://tea.texas.gov/CourseAttemptResultDescriptor#P": "pass" } });
    expect(own.warnings).toEqual([]);
    const unknown = convert([transcriptRow({ courseAttemptResultDescriptor: "uri://tea.texas.gov/CourseAttemptResultDescriptor#NG" })]);
    expect(codes(unknown.warnings)).toEqual(["unknownAttemptResult"]);
    expect(unknown.records[0]).toMatchObject({ credits: [{ amount: "1" }] });
  });

  it("grade levels: Kindergarten is 0, grades 1–12 by name, others left out with a warning", () => {
    const level = (code: string) => transcriptRow({ whenTakenGradeLevelDescriptor: ed("GradeLevelDescriptor", code) });
    const { records, warnings } = convert([level("Ninth grade"), level("Kindergarten"), level("Postsecondary"), level("Twelfth grade")].map((row, i) => inTerm(i, row)));
    expect(records.map((r) => r.gradeLevel)).toEqual([9, 0, undefined, 12]);
    expect(withCode(warnings, "gradeLevelNotMapped")).toEqual([expect.objectContaining({ index: 2, field: "whenTakenGradeLevelDescriptor" })]);
    const state = convert([transcriptRow({ whenTakenGradeLevelDescriptor: "uri://tea.texas.gov/GradeLevelDescriptor#09" })], { gradeLevels: { "uri://tea.texas.gov/GradeLevelDescriptor#09": 9 } });
    expect(state.records[0]!.gradeLevel).toBe(9);
  });

  it("units: converted by the row's conversion factor, or kept as given with a warning", () => {
    const semester = { earnedCreditTypeDescriptor: ed("CreditTypeDescriptor", "Semester hour credit") };
    expect(convert([transcriptRow({ ...semester, earnedCredits: 3, earnedCreditConversion: 0.3333 })]).records[0]!.credits![0]!.amount).toBe("0.9999");
    const kept = convert([transcriptRow({ ...semester, earnedCredits: 3 })]);
    expect(kept.records[0]!.credits![0]!.amount).toBe("3");
    expect(codes(kept.warnings)).toEqual(["creditUnit"]);
    expect(convert([transcriptRow({ earnedCreditTypeDescriptor: ed("CreditTypeDescriptor", "Carnegie unit") })]).warnings).toEqual([]);
  });

  it("earnedCredits missing (optional in Data Standard 5): the attempted credits, reported; none at all: no credit line", () => {
    const taken = convert([transcriptRow({ earnedCredits: undefined })]);
    expect(taken.records[0]!.credits).toEqual([{ type: "Mathematics", amount: "1" }]);
    expect(codes(taken.warnings)).toEqual(["earnedCreditsMissing"]);
    const none = convert([transcriptRow({ earnedCredits: undefined, attemptedCredits: undefined })]);
    expect(none.records[0]!.credits).toEqual([]);
    expect(codes(none.warnings)).toEqual(["noCredits"]);
  });

  it("additional credits (AP, dual credit) are not added, with a warning", () => {
    const row = transcriptRow({ earnedAdditionalCredits: [{ credits: 1, additionalCreditTypeDescriptor: ed("AdditionalCreditTypeDescriptor", "Dual credit") }] });
    const { records, warnings } = convert([row]);
    expect(records[0]!.credits).toEqual([{ type: "Mathematics", amount: "1" }]);
    expect(codes(warnings)).toEqual(["additionalCreditsIgnored"]);
  });

  it("course numbers: the edorg prefix on request; one code of two edorgs is reported without it", () => {
    const other = { courseReference: { courseCode: "ALG-1", educationOrganizationId: 255901044 } };
    const courses = [course("ALG-1", "Mathematics"), course("ALG-1", "Mathematics", { educationOrganizationReference: { educationOrganizationId: 255901044 } })];
    const plain = fromEdFi({ courses, courseTranscripts: [transcriptRow(), transcriptRow(other)] }, { asOf: ASOF, gradeScale: SCALE });
    expect(plain.students[0]!.transcript.map((r) => r.courseNumber)).toEqual(["ALG-1", "ALG-1"]);
    // One number for two courses: a program's settings.repeats would take them for a repeat, too.
    expect(codes(plain.warnings)).toEqual(["repeatWithoutCode", "sharedCourseCode"]);
    const prefixed = fromEdFi({ courses, courseTranscripts: [transcriptRow(), transcriptRow(other)] }, { asOf: ASOF, gradeScale: SCALE, prefixCourseNumbers: true });
    expect(prefixed.students[0]!.transcript.map((r) => r.courseNumber)).toEqual(["255901001:ALG-1", "255901044:ALG-1"]);
    expect(prefixed.warnings).toEqual([]);
    const long = convert([transcriptRow({ courseReference: { courseCode: "X".repeat(60), educationOrganizationId: 255901001 } })], { prefixCourseNumbers: true });
    expect(long.records).toEqual([]);
    expect(codes(long.warnings)).toContain("courseNumberTooLong");
  });

  it("the state code: the row's alternative codes, else the course's, of the configured system", () => {
    const scedSystem = ed("CourseIdentificationSystemDescriptor", "SCED course code");
    const row = transcriptRow({ alternativeCourseIdentificationCodes: [{ identificationCode: "02052", courseIdentificationSystemDescriptor: scedSystem }] });
    expect(convert([row]).records[0]!.stateCode).toBeUndefined();
    expect(convert([row], { courseStateCodeSystem: scedSystem }).records[0]!.stateCode).toBe("02052");
  });

  it("records are listed by school year, then term (options.termOrder); an unknown term is reported and sorts last", () => {
    const at = (schoolYear: number, term: string, code: string) =>
      transcriptRow({ courseReference: { courseCode: code, educationOrganizationId: 255901001 }, studentAcademicRecordReference: { ...(transcriptRow().studentAcademicRecordReference as object), schoolYear, termDescriptor: ed("TermDescriptor", term) } });
    const { records, warnings } = convert([at(2025, "Fall Semester", "C"), at(2024, "Spring Semester", "B"), at(2024, "Fall Semester", "A"), at(2024, "Block 7", "D")]);
    expect(records.map((r) => r.courseNumber)).toEqual(["A", "B", "D", "C"]);
    expect(codes(warnings).filter((c) => c === "unknownTerm")).toHaveLength(1);
  });

  it("the same attempt twice: kept once, and a disagreeing copy is reported", () => {
    const same = convert([transcriptRow(), transcriptRow()]);
    expect(same.records).toHaveLength(1);
    expect(same.warnings).toEqual([]);
    const different = convert([transcriptRow(), transcriptRow({ finalLetterGradeEarned: "A" })]);
    expect(different.records).toHaveLength(1);
    expect(withCode(different.warnings, "conflictingDuplicate")).toEqual([expect.objectContaining({ index: 1 })]);
  });

  it("an unknown resource name is reported, never silently dropped", () => {
    const { warnings } = fromEdFi({ courseTranscript: [transcriptRow()] } as EdFiResources, { asOf: ASOF });
    expect(warnings).toEqual([{ code: "unknownResource", message: expect.stringContaining('"courseTranscript"'), resource: "courseTranscript", index: null, field: null }]);
  });
});
