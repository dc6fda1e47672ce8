import { describe, expect, it } from "vitest";
import { fromEdFi, ProgramDefinitionError, StudentRecordError, type EdFiResources } from "../../src/ed-fi.js";
import { transcriptRow } from "./helpers.js";

/* Malformed resources and options: our errors, paths from the resource (or the options), messages for administrators. */

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("malformed input", () => {
  it("a malformed resource is a StudentRecordError listing every problem at [resource, index, field…]", () => {
    const rows = [transcriptRow(), transcriptRow({ courseReference: { educationOrganizationId: "255901001" }, earnedCredits: "1,5", attemptedCredits: -1 })];
    const error = thrown(() => fromEdFi({ courseTranscripts: rows, studentAssessments: [{ studentAssessmentIdentifier: "x" }] }));
    expect(StudentRecordError.is(error)).toBe(true);
    expect((error as StudentRecordError).issues).toEqual([
      { path: ["courseTranscripts", 1, "courseReference", "courseCode"], code: "required", message: "is required" },
      { path: ["courseTranscripts", 1, "courseReference", "educationOrganizationId"], code: "invalidType", message: 'expected a number, but found "255901001"' },
      { path: ["courseTranscripts", 1, "attemptedCredits"], code: "negativeNumber", message: "must not be negative" },
      { path: ["courseTranscripts", 1, "earnedCredits"], code: "invalidNumber", message: 'expected a decimal number like "2.5", but found "1,5"' },
      { path: ["studentAssessments", 0, "assessmentReference"], code: "required", message: "is required" },
      { path: ["studentAssessments", 0, "studentReference"], code: "required", message: "is required" },
    ]);
    expect((error as Error).message).toContain("courseTranscripts.1.earnedCredits:");
  });

  it("numbers in exponent form, or of more than 30 digits, are malformed", () => {
    const error = thrown(() => fromEdFi({ courseTranscripts: [transcriptRow({ earnedCredits: 1e21, attemptedCredits: "1".repeat(31) })] })) as StudentRecordError;
    expect(error.issues.map((i) => [i.path.at(-1), i.code])).toEqual([
      ["attemptedCredits", "invalidNumber"],
      ["earnedCredits", "invalidNumber"],
    ]);
    expect(error.issues[0]!.message).toContain("has too many digits");
  });

  it("a resource that is not an array, and resources that are not an object", () => {
    expect((thrown(() => fromEdFi({ courses: {} } as unknown as EdFiResources)) as StudentRecordError).issues).toEqual([
      { path: ["courses"], code: "invalidType", message: "expected a list of Ed-Fi resources (the API's JSON array)" },
    ]);
    for (const value of [null, [], "x", new Map()]) {
      expect((thrown(() => fromEdFi(value as unknown as EdFiResources)) as StudentRecordError).issues[0]!.path).toEqual([]);
    }
  });

  it("at most 100 problems are listed, then a count of the rest", () => {
    const rows = Array.from({ length: 150 }, () => ({}));
    const issues = (thrown(() => fromEdFi({ courses: rows })) as StudentRecordError).issues;
    expect(issues).toHaveLength(101);
    expect(issues[100]).toEqual({ path: [], code: "tooManyIssues", message: "… and 200 more problems" });
  });

  it("a property that throws when read is `unreadable`, never a crash", () => {
    const row = transcriptRow();
    Object.defineProperty(row, "earnedCredits", { enumerable: true, get: () => { throw new Error("boom"); } });
    const issues = (thrown(() => fromEdFi({ courseTranscripts: [row] })) as StudentRecordError).issues;
    expect(issues).toEqual([expect.objectContaining({ path: ["courseTranscripts", 0], code: "unreadable" })]);
    const resources = {};
    Object.defineProperty(resources, "courses", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect((thrown(() => fromEdFi(resources)) as StudentRecordError).issues).toEqual([expect.objectContaining({ path: ["courses"], code: "unreadable" })]);
  });

  it("bad options are a ProgramDefinitionError at ['options', …]; an unknown key is named", () => {
    const error = thrown(() => fromEdFi({}, { gradeScale: { letters: { A: "four" } }, incomplete: "later", gradeLevel: {} } as never)) as ProgramDefinitionError;
    expect(ProgramDefinitionError.is(error)).toBe(true);
    expect(error.issues).toEqual([
      { path: ["options", "gradeScale", "letters", "A"], code: "invalidNumber", message: 'expected a decimal number like "2.5", but found "four"' },
      { path: ["options", "incomplete"], code: "invalidValue", message: 'expected "completed", "inProgress" or "drop", but found "later"' },
      { path: ["options"], code: "unknownKey", message: 'unknown key "gradeLevel"' },
    ]);
    expect((thrown(() => fromEdFi({}, { asOf: "June 2022" })) as ProgramDefinitionError).issues[0]!.path).toEqual(["options", "asOf"]);
  });

  it("options are checked before resources", () => {
    expect(ProgramDefinitionError.is(thrown(() => fromEdFi({ courses: {} } as unknown as EdFiResources, { withdrawn: "x" } as never)))).toBe(true);
  });
});
