import { describe, expect, it } from "vitest";
import { fromEdFi, type EdFiOptions } from "../../src/ed-fi.js";
import { ASOF, administration, codes, ed, withCode } from "./helpers.js";

/* Student assessments → §2 test scores. */

const NS = "uri://ed-fi.org/Assessment/Assessment.xml";
const method = (code: string) => ed("AssessmentReportingMethodDescriptor", code);
const level = (code: string, reporting = "Scale score") => ({ performanceLevelDescriptor: ed("PerformanceLevelDescriptor", code), assessmentReportingMethodDescriptor: method(reporting) });
const EXAM = {
  assessmentIdentifier: "EXAM",
  namespace: NS,
  assessmentTitle: "Exam",
  academicSubjects: [{ academicSubjectDescriptor: ed("AcademicSubjectDescriptor", "Mathematics") }],
  identificationCodes: [{ identificationCode: "ST-EXAM", assessmentIdentificationSystemDescriptor: ed("AssessmentIdentificationSystemDescriptor", "State") }],
  scores: [
    { assessmentReportingMethodDescriptor: method("Raw score"), minimumScore: "0", maximumScore: "50" },
    { assessmentReportingMethodDescriptor: method("Scale score"), minimumScore: "100", maximumScore: "200" },
  ],
  performanceLevels: [{ performanceLevelDescriptor: ed("PerformanceLevelDescriptor", "Met Standard"), assessmentReportingMethodDescriptor: method("Scale score"), minimumScore: "150", maximumScore: "200" }],
};

function convert(rows: Record<string, unknown>[], options: EdFiOptions = {}, assessments: unknown[] = [EXAM]) {
  const result = fromEdFi({ assessments, studentAssessments: rows }, { asOf: ASOF, ...options });
  return { ...result, tests: result.students.flatMap((s) => s.tests) };
}

describe("student assessments", () => {
  it("raw and scale scores by reporting method, state code and subject from the Assessment, the date part of the date-time", () => {
    const { tests, warnings } = convert([administration("EXAM", [["Raw score", "41"], ["Scale score", "176.50"]], { performanceLevels: [level("Met Standard")] })]);
    expect(tests).toEqual([{ testCode: "EXAM", stateCode: "ST-EXAM", subject: "Mathematics", date: "2024-04-01", rawScore: "41", scaleScore: "176.5", passed: true }]);
    expect(warnings).toEqual([]);
  });

  it("performance levels: the pass set and the fail set decide; an unknown level falls back to the cut score", () => {
    const at = (levels: object[], score = "120") => administration("EXAM", [["Scale score", score]], { performanceLevels: levels });
    expect(convert([at([level("Did Not Meet Standard")], "180")]).tests[0]!.passed).toBe(false);
    const unknown = convert([at([level("Basic")])]);
    expect(codes(unknown.warnings)).toEqual(["unknownPerformanceLevel", "passedFromCutScore"]);
    expect(unknown.tests[0]!.passed).toBe(false);
    const both = convert([at([level("Pass"), level("Fail")])]);
    expect(both.tests[0]!.passed).toBeUndefined();
    expect(codes(both.warnings)).toEqual(["conflictingPerformanceLevels"]);
    const own = convert([at([level("Basic")])], { performanceLevels: { pass: [ed("PerformanceLevelDescriptor", "Basic")] } });
    expect(own.tests[0]!.passed).toBe(true);
    expect(own.warnings).toEqual([]);
  });

  it("without a level: passed from the pass level's cut score (a guess, reported); no cut score, no passed", () => {
    const pass = convert([administration("EXAM", [["Scale score", "150"]])]);
    expect(pass.tests[0]!.passed).toBe(true);
    expect(withCode(pass.warnings, "passedFromCutScore")[0]!.message).toBe('no performance level was reported: passed is true from the Scale score 150 against the cut score 150 for "Met Standard"');
    expect(convert([administration("EXAM", [["Raw score", "50"]])]).tests[0]!.passed).toBeUndefined();
  });

  it("results that are not §2 numbers are skipped with a warning; unmapped methods too, unless ignored", () => {
    const row = administration("EXAM", [["Raw score", "4O"], ["Percentile", "88"], ["Scale score", "1e2"], ["Lexile Measure", "800L"]]);
    const { tests, warnings } = convert([row]);
    expect(tests[0]!.rawScore).toBeUndefined();
    expect(tests[0]!.scaleScore).toBeUndefined();
    expect(warnings.map((w) => [w.code, w.field])).toEqual([
      ["scoreNotNumeric", "scoreResults.0.result"],
      ["scoreNotMapped", "scoreResults.1.result"],
      ["scoreNotNumeric", "scoreResults.2.result"],
      ["scoreNotMapped", "scoreResults.3.result"],
    ]);
    const ignored = convert([row], { scores: { ignore: [method("Percentile"), method("Lexile Measure")] } });
    expect(codes(ignored.warnings)).toEqual(["scoreNotNumeric", "scoreNotNumeric"]);
  });

  it("per assessment, the district says which method is which", () => {
    const options: EdFiOptions = { scores: { byAssessment: { EXAM: { raw: [method("Number score")], scale: [method("Raw score")] } } } };
    const { tests, warnings } = convert([administration("EXAM", [["Raw score", "120"], ["Number score", "7"]])], options);
    expect(tests[0]).toMatchObject({ rawScore: "7", scaleScore: "120" });
    // The assessment still says its raw score runs 0–50: a relabelled 120 is outside it.
    expect(codes(warnings)).toEqual(["scoreOutOfRange"]);
    expect(tests[0]!.passed).toBeUndefined();
  });

  it("a second score of one kind keeps the first; a score outside the assessment's range is kept and reported", () => {
    const { tests, warnings } = convert([administration("EXAM", [["Scale score", "210"], ["Composite Score", "190"]])]);
    expect(tests[0]!.scaleScore).toBe("210");
    expect(codes(warnings)).toEqual(["scoreOutOfRange", "severalScores", "passedFromCutScore"]);
    expect(tests[0]!.passed).toBe(false);
  });

  it("a raw score whose range starts above 0 is suspected of being a scale score", () => {
    const sat = { ...EXAM, scores: [{ assessmentReportingMethodDescriptor: method("Raw score"), minimumScore: "200", maximumScore: "800" }], performanceLevels: [] };
    const { tests, warnings } = convert([administration("EXAM", [["Raw score", "540"]])], {}, [sat]);
    expect(tests[0]!.rawScore).toBe("540");
    expect(withCode(warnings, "suspectRawScore")).toEqual([expect.objectContaining({ field: "scoreResults.0.result" })]);
  });

  it("one administration counts once: an agreeing copy is dropped quietly, a disagreeing one with a warning", () => {
    const row = administration("EXAM", [["Scale score", "160"]], { performanceLevels: [level("Met Standard")] });
    expect(convert([row, row]).tests).toHaveLength(1);
    expect(convert([row, row]).warnings).toEqual([]);
    const later = { ...row, administrationDate: "2024-05-01" };
    const both = convert([row, later]);
    expect(both.tests).toEqual([expect.objectContaining({ date: "2024-04-01" })]);
    expect(withCode(both.warnings, "conflictingDuplicate")).toEqual([expect.objectContaining({ index: 1, field: "administrationDate" })]);
    const retake = convert([row, { ...later, studentAssessmentIdentifier: "EXAM-2" }]);
    expect(retake.tests.map((t) => t.date)).toEqual(["2024-04-01", "2024-05-01"]);
  });

  it("tests are listed by date, undated last; a date that is not ISO is reported and left out", () => {
    const rows = [
      administration("EXAM", [["Scale score", "160"]], { studentAssessmentIdentifier: "a", administrationDate: undefined }),
      administration("EXAM", [["Scale score", "161"]], { studentAssessmentIdentifier: "b", administrationDate: "2023-01-01" }),
      administration("EXAM", [["Scale score", "162"]], { studentAssessmentIdentifier: "c", administrationDate: "04/01/2024" }),
    ];
    const { tests, warnings } = convert(rows, { performanceLevels: { pass: [], fail: [] } });
    expect(tests.map((t) => [t.scaleScore, t.date])).toEqual([["161", "2023-01-01"], ["160", undefined], ["162", undefined]]);
    expect(codes(warnings)).toEqual(["invalidDate"]);
  });

  it("assessments missing: once when none were given, once per assessment otherwise; one identifier in two namespaces", () => {
    expect(codes(fromEdFi({ studentAssessments: [administration("EXAM", []), administration("OTHER", [])] }, { asOf: ASOF }).warnings)).toEqual(["noAssessments"]);
    expect(codes(convert([administration("OTHER", []), administration("OTHER", [], { studentAssessmentIdentifier: "x" })]).warnings)).toEqual(["assessmentNotFound"]);
    const twice = convert([administration("EXAM", [])], {}, [EXAM, { ...EXAM, namespace: "uri://state.gov/Assessment" }]);
    expect(codes(twice.warnings)).toEqual(["ambiguousAssessment"]);
  });

  it("not tested: left out with a warning", () => {
    const { tests, students, warnings } = convert([administration("EXAM", [], { reasonNotTestedDescriptor: "uri://ed-fi.org/ReasonNotTestedDescriptor#Absent" })]);
    expect(tests).toEqual([]);
    expect(students.map((s) => s.id)).toEqual(["S1"]);
    expect(codes(warnings)).toEqual(["notTested"]);
  });
});
