import { describe, expect, it } from "vitest";
import { fromEdFi } from "../../src/ed-fi.js";
import { compileProgram, evaluateProgress } from "../../src/index.js";
import { ASOF, SCALE, codes, course, ed, gbOptions, sample, sampleFile, transcriptRow, withCode } from "./helpers.js";

/*
 * The Ed-Fi Alliance's Grand Bend sample, as it is: every course, every assessment and the one
 * real transcript convert, and its known quirks come out as the documented warnings.
 */

type Row = Record<string, any>;
const courses = sampleFile("courses.json") as Row[];
const assessments = sampleFile("assessments.json") as Row[];
const studentAssessments = sampleFile("studentAssessments.json") as Row[];
const composite = sampleFile("acan-transcript-composite-604837.json") as Row[];

describe("the Grand Bend sample", () => {
  it("converts as a whole: one record per studentUniqueId, sorted, the same every time", () => {
    const a = fromEdFi(sample(), { asOf: ASOF, gradeScale: SCALE });
    const ids = new Set(studentAssessments.map((s) => s.studentReference.studentUniqueId));
    expect(a.students.map((s) => s.id)).toEqual([...ids].sort());
    expect(JSON.stringify(fromEdFi(sample(), { asOf: ASOF, gradeScale: SCALE }))).toBe(JSON.stringify(a));
  });

  it("every course converts: one transcript row per course gets the course's subject, title and state code", () => {
    const rows = courses.map((c, i) =>
      transcriptRow({
        courseReference: { courseCode: c.courseCode, educationOrganizationId: c.educationOrganizationReference.educationOrganizationId },
        studentAcademicRecordReference: { ...(transcriptRow().studentAcademicRecordReference as Row), studentUniqueId: `S${i}` },
      }),
    );
    const { students, warnings } = fromEdFi({ courses, courseTranscripts: rows }, { asOf: ASOF, highSchoolRequirementOnly: false });
    expect(students).toHaveLength(courses.length);
    students.forEach((student) => {
      const c = courses[Number(student.id.slice(1))]!;
      const [record] = student.transcript;
      expect(record).toMatchObject({ courseNumber: c.courseCode, name: c.courseTitle, credits: [{ type: c.academicSubjects[0].academicSubjectDescriptor.split("#")[1], amount: "1" }] });
      const state = c.identificationCodes.find((x: Row) => x.courseIdentificationSystemDescriptor.endsWith("#State course code"));
      expect(record!.stateCode).toBe(state?.identificationCode);
    });
    // Letter grades without a grade scale: said once for the whole conversion.
    expect(codes(warnings)).toEqual(["noGradeScale"]);
  });

  it("courses that are no high-school course requirement give credit of the other type by default", () => {
    const rows = courses.map((c) => transcriptRow({ courseReference: { courseCode: c.courseCode, educationOrganizationId: c.educationOrganizationReference.educationOrganizationId } }));
    const { students, warnings } = fromEdFi({ courses, courseTranscripts: rows }, { asOf: ASOF });
    const types = students[0]!.transcript.map((r) => r.credits![0]!.type);
    const hs = courses.map((c) => c.highSchoolCourseRequirement === true);
    expect(types.filter((t, i) => !hs[i] && t !== "Other")).toEqual([]);
    expect(types.filter((t, i) => hs[i] && t === "Other")).toEqual([]);
    expect(withCode(warnings, "notHighSchoolRequirement")).toHaveLength(hs.filter((x) => !x).length);
    expect(hs.filter((x) => x)).toHaveLength(28);
  });

  it("every assessment converts: an administration at each reported score range's minimum gives a score", () => {
    const rows = assessments.map((a, i) => ({
      studentAssessmentIdentifier: `X${i}`,
      assessmentReference: { assessmentIdentifier: a.assessmentIdentifier, namespace: a.namespace },
      studentReference: { studentUniqueId: `S${i}` },
      administrationDate: "2022-04-01T09:00:00",
      scoreResults: a.scores.map((s: Row) => ({ result: s.minimumScore, assessmentReportingMethodDescriptor: s.assessmentReportingMethodDescriptor })),
    }));
    const { students } = fromEdFi({ assessments, studentAssessments: rows }, { asOf: ASOF });
    expect(students).toHaveLength(assessments.length);
    for (const student of students) {
      const a = assessments[Number(student.id.slice(1))]!;
      const [test] = student.tests;
      expect(test).toMatchObject({ testCode: a.assessmentIdentifier, subject: a.academicSubjects[0].academicSubjectDescriptor.split("#")[1], date: "2022-04-01" });
      expect(test!.rawScore ?? test!.scaleScore).toBeDefined();
      const state = a.identificationCodes.find((x: Row) => x.assessmentIdentificationSystemDescriptor.endsWith("#State"));
      expect(test!.stateCode).toBe(state?.identificationCode);
    }
  });

  it("every one of the 408 student assessments converts, the two not tested left out with a warning", () => {
    const { students, warnings } = fromEdFi({ assessments, studentAssessments }, { asOf: ASOF });
    expect(students.flatMap((s) => s.tests)).toHaveLength(406);
    expect(withCode(warnings, "notTested").map((w) => w.index)).toEqual(
      studentAssessments.flatMap((s, i) => (s.reasonNotTestedDescriptor === undefined ? [] : [i])),
    );
  });

  it("SAT section scores labelled raw are reported, and read as scale scores once the options say so", () => {
    const sat = studentAssessments.flatMap((s, i) => (s.assessmentReference.assessmentIdentifier.startsWith("SAT") ? [i] : []));
    expect(sat).toHaveLength(39);
    const raw = fromEdFi({ assessments, studentAssessments }, { asOf: ASOF });
    expect(withCode(raw.warnings, "suspectRawScore").map((w) => w.index)).toEqual(sat);
    expect(withCode(raw.warnings, "suspectRawScore")[0]).toMatchObject({ resource: "studentAssessments", field: "scoreResults.1.result" });
    const fixed = fromEdFi({ assessments, studentAssessments }, gbOptions());
    expect(codes(fixed.warnings)).not.toContain("suspectRawScore");
    const satTests = fixed.students.flatMap((s) => s.tests).filter((t) => t.testCode.startsWith("SAT"));
    expect(satTests).toHaveLength(39);
    expect(satTests.every((t) => t.scaleScore !== undefined && t.rawScore === undefined)).toBe(true);
  });

  it("ACT results without a performance level: passed from the cut score, with a warning each", () => {
    const act = studentAssessments.flatMap((s, i) => (s.assessmentReference.assessmentIdentifier.startsWith("ACT") && s.performanceLevels === undefined ? [i] : []));
    expect(act).toHaveLength(245);
    const { students, warnings } = fromEdFi({ assessments, studentAssessments }, { asOf: ASOF });
    const fromCut = withCode(warnings, "passedFromCutScore");
    expect(fromCut.map((w) => w.index).filter((i) => act.includes(i!))).toEqual(act);
    expect(fromCut[0]!.message).toMatch(/passed is false from the Composite Score 18 against the cut score 24 for "Met Standard"/);
    // All 245 are below the cut score, as the sample's README says.
    const actTests = students.flatMap((s) => s.tests).filter((t) => t.testCode.startsWith("ACT"));
    expect(actTests.filter((t) => t.passed === false)).toHaveLength(245);
    expect(actTests.filter((t) => t.passed === true)).toHaveLength(335 - 245);
  });

  describe("the ACAN transcript composite of student 604837", () => {
    const convert = (options = {}) => fromEdFi({ courses, assessments, studentAssessments, studentTranscriptComposites: composite }, { asOf: ASOF, gradeScale: SCALE, ...options });
    const student = (result: ReturnType<typeof convert>) => result.students.find((s) => s.id === "604837")!;

    it("converts its 14 course transcripts: school year as the API writes it, fifth grade, letter grades as points", () => {
      const { transcript } = student(convert());
      expect(transcript).toHaveLength(14);
      expect(transcript[0]).toEqual({
        id: "255901107/2012/Fall Semester/255901107/ART-05/Pass",
        courseNumber: "ART-05",
        stateCode: "3100500",
        name: "Art, Grade 5",
        credits: [{ type: "Other", amount: "1" }],
        attempted: "1",
        gpaValue: "2",
        gradeLevel: 5,
        schoolYear: 2012,
        term: "Fall Semester",
        grade: "C",
      });
      expect(new Set(transcript.map((r) => r.term))).toEqual(new Set(["Fall Semester", "Spring Semester"]));
    });

    it("the failed row earns 0 credits but keeps its attempted credit and its grade points (an F weighs in the GPA)", () => {
      const { transcript } = student(convert());
      const failed = transcript.filter((r) => r.id.endsWith("/Fail"));
      expect(failed).toEqual([expect.objectContaining({ courseNumber: "SCI-05", credits: [{ type: "Other", amount: "0" }], attempted: "1", gpaValue: "0", grade: "F" })]);
      // earnedCredits 0 on the Fail row: nothing lost, so nothing to report about it.
      expect(codes(convert().warnings)).not.toContain("failedWithCredits");
    });

    it("the stored GPAs do not follow from the letters: each is reported with what the letters give, and the latest is used", () => {
      const result = convert();
      const mismatch = withCode(result.warnings, "gpaMismatch");
      expect(mismatch.map((w) => [w.resource, w.index, w.field])).toEqual([
        ["studentTranscriptComposites", 0, "studentAcademicRecords.0.gradePointAverages.0.gradePointAverageValue"],
        ["studentTranscriptComposites", 0, "studentAcademicRecords.1.gradePointAverages.0.gradePointAverageValue"],
      ]);
      expect(mismatch[0]!.message).toMatch(/stored unweighted GPA 4 .* give 2\.2857/);
      expect(mismatch[1]!.message).toMatch(/stored unweighted GPA 3\.7143 .* give 2\.3571/);
      expect(student(result).gpas).toEqual([{ calculation: "cumulative", type: "unweighted", value: "3.7143" }]);
      expect(withCode(result.warnings, "cumulativeAssumed")).toHaveLength(2);
    });

    it("its assessments, also in studentAssessments with other dates, count once, and the conflict is reported", () => {
      const result = convert();
      const tests = student(result).tests;
      expect(tests.map((t) => [t.testCode, t.date, t.rawScore])).toEqual([
        ["SA-2011-Mathematics-Fifth grade", "2021-04-01", "25"],
        ["SA-2011-Reading-Fifth grade", "2021-04-01", "32"],
      ]);
      const duplicates = withCode(result.warnings, "conflictingDuplicate");
      expect(duplicates.map((w) => [w.resource, w.field])).toEqual([
        ["studentTranscriptComposites", "studentAssessments.0.administrationDate"],
        ["studentTranscriptComposites", "studentAssessments.1.administrationDate"],
      ]);
      expect(duplicates[0]!.message).toContain('"2010-04-01" here, "2021-04-01" in studentAssessments[');
    });

    it("read alone, the composite's assessments are identified by title, subject and grade level", () => {
      const result = fromEdFi({ assessments, studentTranscriptComposites: composite }, { asOf: ASOF });
      expect(result.students[0]!.tests.map((t) => [t.testCode, t.date])).toEqual([
        ["SA-2011-Mathematics-Fifth grade", "2010-04-01"],
        ["SA-2011-Reading-Fifth grade", "2010-04-01"],
      ]);
      const without = fromEdFi({ studentTranscriptComposites: composite }, { asOf: ASOF });
      expect(without.students[0]!.tests).toEqual([]);
      expect(withCode(without.warnings, "compositeAssessmentUnresolved")).toHaveLength(2);
    });

    it("the placeholder state course code shared by every course is reported once", () => {
      const shared = withCode(convert().warnings, "sharedStateCode");
      expect(shared).toHaveLength(1);
      expect(shared[0]!.message).toContain('"3100500" is given for 7 different courses');
    });

    it("evaluates: the converted record is a valid student record", () => {
      const program = compileProgram({
        id: "P",
        creditGroups: [{ id: "TOTAL", name: "Total", minCredits: "13" }],
        criteria: [{ id: "GPA", expression: "G", requirements: [{ id: "G", type: "gpa", calculation: "cumulative", calculationType: "unweighted", minOverallGpa: "3.5" }] }],
      });
      const report = evaluateProgress(program, student(convert()));
      expect(report.creditGroups[0]).toMatchObject({ status: "met", earnedCredits: "13" });
      expect(report.criteria[0]).toMatchObject({ status: "met" });
    });
  });

  it("the program associations: CTE and Gifted assigned, those who left reported, services not mapped", () => {
    const { students, warnings } = fromEdFi(
      { studentProgramAssociations: sampleFile("studentProgramAssociations.json"), studentCTEProgramAssociations: sampleFile("studentCTEProgramAssociations.json") },
      { asOf: ASOF },
    );
    const programs = students.flatMap((s) => s.programs ?? []);
    expect(new Set(programs.map((p) => p.programId))).toEqual(new Set(["CTE", "GIFTED"]));
    expect(programs.every((p) => p.status === "assigned")).toBe(true);
    expect(withCode(warnings, "programExited")).toHaveLength(8);
    expect(withCode(warnings, "programNotMapped").map((w) => w.message)).toEqual([expect.stringContaining('"Bilingual"')]);
    expect(students.find((s) => s.id === "604837")!.programs).toBeUndefined();
  });

  it("a course the transcript names but the courses resource lacks is reported once", () => {
    const { warnings } = fromEdFi({ courses: [course("BIO", "Science")], courseTranscripts: [transcriptRow(), transcriptRow({ finalLetterGradeEarned: "A" })] }, { asOf: ASOF, gradeScale: SCALE });
    expect(withCode(warnings, "courseNotFound")).toHaveLength(1);
    expect(ed("X", "Y")).toBe("uri://ed-fi.org/X#Y");
  });
});
