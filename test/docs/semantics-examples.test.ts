import { describe, expect, it } from "vitest";
import {
  compileProgram,
  evaluateProgress,
  ExpressionSyntaxError,
  formatExpression,
  matchWildcard,
  parseExpression,
  ProgramDefinitionError,
  StudentRecordError,
  type CourseRequirementResult,
  type GpaRequirementResult,
  type ProgramRequirementResult,
  type ProgressReport,
  type TestRequirementResult,
} from "../../src/index.js";

/*
 * The examples of docs/semantics.md, run through the public API so the document cannot drift
 * from the code. Section numbers refer to the document.
 */

type Json = Record<string, unknown>;

/** A one-criterion program "P" whose criterion "C" has the given requirements and expression. */
function program(requirements: Json[], expression: string, extra: Json = {}): Json {
  return { id: "P", criteria: [{ id: "C", expression, requirements }], ...extra };
}

function first<T>(report: ProgressReport): T {
  return report.criteria[0]!.requirements[0] as T;
}

function line(type: string, amount: string | number) {
  return [{ type, amount }];
}

function issuesOf(run: () => unknown): { path: (string | number)[]; code: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (ProgramDefinitionError.is(error) || StudentRecordError.is(error)) return error.issues;
    throw error;
  }
  throw new Error("expected an error");
}

function syntaxError(text: string): ExpressionSyntaxError {
  try {
    parseExpression(text);
  } catch (error) {
    if (ExpressionSyntaxError.is(error)) return error;
    throw error;
  }
  throw new Error("expected a syntax error");
}

const gpaRecords = [
  { courseNumber: "A", credits: line("X", 1), gpaValue: 4 },
  { courseNumber: "B", credits: line("X", 1), gpaValue: 4 },
  { courseNumber: "C", credits: line("X", 1), gpaValue: 3 },
];

describe("1 Numbers", () => {
  it("adds 0.1 and 0.2 exactly", () => {
    const report = evaluateProgress(program([{ id: "A", type: "course", courses: ["X%"], minCredits: "0.3" }], "A"), {
      transcript: [
        { courseNumber: "X1", credits: line("T", 0.1) },
        { courseNumber: "X2", credits: line("T", 0.2) },
      ],
    });
    expect(first<CourseRequirementResult>(report)).toMatchObject({ earnedCredits: "0.3", status: "met" });
  });

  it("accepts spaced and zero-padded decimal strings and prints them canonically", () => {
    const report = evaluateProgress(program([{ id: "A", type: "course", courses: ["X"], minCredits: " 1.50 " }], "A"), {});
    expect(first<CourseRequirementResult>(report).requiredCredits).toBe("1.5");
  });

  it("rejects exponent numbers and '.5' with invalidNumber", () => {
    for (const minCredits of [1e-7, ".5", "1.", "1e3", "+1"]) {
      const issues = issuesOf(() => compileProgram(program([{ id: "A", type: "course", courses: ["X"], minCredits }], "A")));
      expect(issues).toEqual([expect.objectContaining({ path: ["criteria", 0, "requirements", 0, "minCredits"], code: "invalidNumber" })]);
    }
  });

  it("rounds GPAs halfUp or by truncation", () => {
    const gpa = (settings: Json) =>
      first<GpaRequirementResult>(
        evaluateProgress(program([{ id: "G", type: "gpa", calculation: "cumulative", minOverallGpa: "3.6667" }], "G", { settings }), {
          transcript: gpaRecords,
        }),
      );
    expect(gpa({})).toMatchObject({ gpa: "3.6667", status: "met", rounding: "halfUp", decimals: 4 });
    expect(gpa({ gpaRounding: "truncate" })).toMatchObject({ gpa: "3.6666", status: "offTrack" });
    expect(gpa({ gpaDecimals: 2 }).gpa).toBe("3.67");
    expect(gpa({ gpaDecimals: 2, gpaRounding: "truncate" }).gpa).toBe("3.66");
  });
});

describe("2 Student records", () => {
  const simple = program([{ id: "A", type: "course", courses: ["X"], minCredits: 1 }], "A");

  it("lists every problem with its path", () => {
    const issues = issuesOf(() =>
      evaluateProgress(simple, { transcript: [{ credits: line("X", "1e3"), status: "done" }], tests: {} }),
    );
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["transcript.0.courseNumber", "required"],
      ["transcript.0.status", "invalidValue"],
      ["transcript.0.credits.0.amount", "invalidNumber"],
      ["tests", "invalidType"],
    ]);
  });

  it("treats null as a wrong type, not as absent", () => {
    const issues = issuesOf(() => evaluateProgress(simple, { id: null, transcript: [{ courseNumber: "X", stateCode: null }] }));
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["id", "invalidType"],
      ["transcript.0.stateCode", "invalidType"],
    ]);
  });

  it("gives studentId null without an id, ignores unknown keys, and rejects a fractional id", () => {
    expect(evaluateProgress(simple, { homeroom: "12B", transcript: [{ courseNumber: "X", teacher: "Lee" }] }).studentId).toBeNull();
    expect(evaluateProgress(simple, { id: 1001 }).studentId).toBe(1001);
    expect(issuesOf(() => evaluateProgress(simple, { id: 1.5 }))[0]).toMatchObject({ path: ["id"], code: "invalidType" });
  });

  it("compares course numbers without trimming", () => {
    expect(evaluateProgress(simple, { transcript: [{ courseNumber: "X ", credits: line("T", 1) }] }).status).toBe("offTrack");
  });
});

describe("3 Program definitions", () => {
  it("reports shape problems first, and only them", () => {
    const issues = issuesOf(() =>
      compileProgram({
        id: "P",
        foo: 1,
        criteria: [{ id: "AND", expression: "B", requirements: [{ id: "A", type: "course", courses: [], minCredits: 1, minCredit: 1 }] }],
      }),
    );
    expect(issues.map((i) => i.code)).toEqual(["unknownKey", "unknownKey"]);
  });

  it("reports every rule problem together once the shapes are right", () => {
    const issues = issuesOf(() =>
      compileProgram({
        id: "P",
        parentCreditTypes: [],
        criteria: [{ id: "AND", expression: "B", requirements: [{ id: "A", type: "course", courses: [], minCredits: 0 }] }],
      }),
    );
    expect(issues.map((i) => i.code)).toEqual([
      "emptyList",
      "invalidId",
      "noPatterns",
      "notPositive",
      "unknownReference",
      "unusedRequirement",
    ]);
  });

  it("counts GPA digits without leading and trailing zeros", () => {
    const issues = issuesOf(() =>
      compileProgram(
        program(
          [
            { id: "A", type: "course", courses: ["X"], minCredits: 1, minGpa: "2.10000" },
            { id: "B", type: "course", courses: ["X"], minCredits: 1, minGpa: "2.12345" },
            { id: "G", type: "gpa", calculation: "cumulative", minOverallGpa: "123.4567" },
          ],
          "A AND B AND G",
        ),
      ),
    );
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["criteria.0.requirements.1.minGpa", "tooManyDigits"],
      ["criteria.0.requirements.2.minOverallGpa", "tooManyDigits"],
    ]);
  });

  it("rejects empty lists that would match nothing", () => {
    const issues = issuesOf(() =>
      compileProgram(
        program([{ id: "A", type: "course", courses: ["X"], minCredits: 1 }], "A", {
          creditGroups: [{ id: "T", name: "T", creditTypes: [], minCredits: 1 }],
          gpaCalculations: [{ id: "core", courses: [], gradeLevels: [] }],
        }),
      ),
    );
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["creditGroups.0.creditTypes", "emptyList"],
      ["gpaCalculations.0.courses", "emptyList"],
      ["gpaCalculations.0.gradeLevels", "emptyList"],
    ]);
  });

  it("accepts expression-style ids and free-text status names", () => {
    const course = (id: string) => ({ id, type: "course", courses: ["X"], minCredits: 1 });
    const compiled = compileProgram({
      id: "P",
      criteria: [{ id: "1A", expression: "007 and 2ND_LANG and x.y-z", requirements: [course("007"), course("2ND_LANG"), course("x.y-z")] }],
      statuses: [{ status: "On track for Regents!", expression: "1A" }],
    });
    expect(compiled.toJSON().programs[0]!.criteria[0]!.canonical).toBe("007 AND 2ND_LANG AND x.y-z");
  });
});

describe("4 Wildcards and pattern lists", () => {
  it("follows the decided fine points", () => {
    expect(matchWildcard("MAT1[0-2]_", "MAT12X")).toBe(true);
    expect(matchWildcard("MAT1[0-2]_", "MAT131")).toBe(false);
    expect([matchWildcard("[a-c-e]", "-"), matchWildcard("[a-c-e]", "d"), matchWildcard("[a-c-e]", "e")]).toEqual([true, false, true]);
    expect(matchWildcard("[c-a]", "b")).toBe(false);
    expect(matchWildcard("[Z-a]", "_")).toBe(false);
    expect(matchWildcard("[Z-a]", "_", { caseSensitive: true })).toBe(true);
    expect(matchWildcard("_", "😀")).toBe(false);
    expect(matchWildcard("", "")).toBe(true);
    expect(matchWildcard("!a", "!a")).toBe(true);
  });

  it("gives 1-based positions in messages", () => {
    expect(issuesOf(() => matchWildcard("AB[C", "x"))).toEqual([
      { path: [], code: "invalidPattern", message: 'Invalid wildcard pattern "AB[C": the [ at position 3 is never closed' },
    ]);
    expect(issuesOf(() => matchWildcard("[]]", "]"))[0]!.code).toBe("invalidPattern");
  });

  it("lets an exclusion in either list beat a positive match in either list", () => {
    const records = (req: Json, transcript: Json[]) =>
      first<CourseRequirementResult>(evaluateProgress(program([{ id: "M", type: "course", minCredits: 1, ...req }], "M"), { transcript }))
        .records.map((r) => r.courseNumber);
    const rec = (courseNumber: string, stateCode?: string) => ({ courseNumber, credits: line("M", 1), ...(stateCode === undefined ? {} : { stateCode }) });
    expect(records({ courses: ["MAT%"], stateCodes: ["!02%"] }, [rec("MAT1", "02052"), rec("MAT2", "03000")])).toEqual(["MAT2"]);
    expect(records({ courses: ["!ENG%"], stateCodes: ["02%"] }, [rec("MATH1", "02052"), rec("ENG1", "02052")])).toEqual(["MATH1"]);
    expect(records({ courses: ["!MAT%"] }, [rec("ENG1")])).toEqual([]);
    expect(records({ courses: ["%", "!!a"] }, [rec("!a"), rec("a")])).toEqual(["a"]);
    expect(records({ stateCodes: [""] }, [rec("X", ""), rec("Y"), rec("Z", "1")])).toEqual(["X"]);
    expect(records({ courses: ["mat1"] }, [rec("MAT1")])).toEqual(["MAT1"]);
  });

  it("matches exactly with caseSensitive", () => {
    const report = evaluateProgress(
      program([{ id: "M", type: "course", courses: ["mat1"], minCredits: 1 }], "M", { settings: { caseSensitive: true } }),
      { transcript: [{ courseNumber: "MAT1", credits: line("M", 1) }] },
    );
    expect(first<CourseRequirementResult>(report).records).toEqual([]);
  });
});

describe("5 Expressions", () => {
  it("writes the canonical form", () => {
    expect(formatExpression(parseExpression("a and (b or c) or 2 of ((d), e and f)"))).toBe("a AND (b OR c) OR 2 OF (d, e AND f)");
    expect(formatExpression(parseExpression("02 of (a, 007 & b || c)"))).toBe("2 OF (a, 007 AND b OR c)");
    expect(formatExpression(parseExpression("OF1 and ORDER or ANDD"))).toBe("OF1 AND ORDER OR ANDD");
  });

  it("merges same-operator groups", () => {
    const shape = (text: string) => JSON.stringify(parseExpression(text), (key, value) => (key === "span" ? undefined : value));
    expect(shape("A OR (B OR C)")).toBe(shape("(A OR B) OR C"));
    expect(shape("A OR B OR C")).toBe(shape("A OR (B OR C)"));
  });

  it("reports the earliest problem with its code", () => {
    expect(syntaxError("ALG1 ANDD GEOM")).toMatchObject({
      code: "unexpectedToken",
      line: 1,
      column: 6,
      offset: 5,
      found: "ANDD",
      summary: "Expected AND, OR or the end of the expression after `ALG1`, but found `ANDD`",
    });
    expect(syntaxError("A AND $B")).toMatchObject({ code: "unexpectedCharacter", offset: 6, found: "$" });
    expect(syntaxError("(A AND").code).toBe("unexpectedEnd");
    expect(syntaxError("  ").code).toBe("emptyExpression");
    expect(syntaxError("3 OF (A, B)")).toMatchObject({ code: "ofCount", offset: 0, found: "3" });
    expect(syntaxError("3 OF (A, B) AND $").code).toBe("ofCount");
    expect(syntaxError("2 OF (A B)")).toMatchObject({ code: "unexpectedToken", found: "B" });
    expect(syntaxError("A ".repeat(6000)).code).toBe("tooLong");
  });

  it("allows 64 nested groups and rejects the 65th", () => {
    expect(parseExpression(`${"(".repeat(64)}A${")".repeat(64)}`).type).toBe("ref");
    expect(syntaxError(`${"(".repeat(65)}A${")".repeat(65)}`)).toMatchObject({ code: "tooDeep", offset: 64 });
    expect(syntaxError(`${"(".repeat(5000)}A`).code).toBe("tooDeep");
  });

  it("reports a syntax error inside a definition at the expression's path", () => {
    const issues = issuesOf(() => compileProgram(program([{ id: "K", type: "course", courses: ["x"], minCredits: 1 }], "K ANDD")));
    expect(issues).toEqual([expect.objectContaining({ path: ["criteria", 0, "expression"], code: "expressionSyntax" })]);
  });
});

describe("6 Three-valued logic", () => {
  it("takes the k-th highest status for k OF", () => {
    const course = (id: string) => ({ id, type: "course", courses: [id], minCredits: 1 });
    const definition = program([course("A"), course("B"), course("D")], "2 of (A, B, D)");
    const a = { courseNumber: "A", credits: line("X", 1) };
    const b = { courseNumber: "B", status: "inProgress", credits: line("X", 1) };
    expect(evaluateProgress(definition, { transcript: [a, b] }).criteria[0]!.status).toBe("onTrack");
    expect(evaluateProgress(definition, { transcript: [a] }).criteria[0]!.status).toBe("offTrack");
  });

  it("makes a program with no criteria and no credit groups met", () => {
    expect(evaluateProgress({ id: "P", criteria: [] }, {}).status).toBe("met");
  });
});

describe("7.1 Course requirements", () => {
  it("lists records with credits, counted and reason", () => {
    const definition = program(
      [{ id: "M", type: "course", courses: ["MAT%", "!MAT9%"], minCredits: "2", minGpa: "2.0" }],
      "M",
      { parentCreditTypes: ["Math"] },
    );
    const result = first<CourseRequirementResult>(
      evaluateProgress(definition, {
        transcript: [
          { courseNumber: "MAT101", credits: line("Math", 1), gpaValue: "3" },
          { courseNumber: "MAT102", credits: line("Elective", 1), gpaValue: "1" },
          { courseNumber: "MAT103", credits: line("Math", 1), gpaValue: "1.5" },
          { courseNumber: "MAT104", credits: line("Math", 1) },
          { courseNumber: "MAT105", credits: line("Math", 0), gpaValue: "3" },
          { courseNumber: "MAT106", gpaValue: "3" },
          { courseNumber: "MAT901", credits: line("Math", 1), gpaValue: "4" },
          { courseNumber: "MAT201", status: "inProgress", credits: line("Math", 1) },
          { courseNumber: "MAT202", standardsBased: true, credits: line("Math", 1) },
          { courseNumber: "mat301", status: "planned", credits: line("Math", "0.5") },
        ],
      }),
    );
    expect(result).toMatchObject({ status: "onTrack", earnedCredits: "1", projectedCredits: "2.5", remainingCredits: "1", minGpa: "2" });
    expect(result.records).toEqual([
      { index: 0, courseNumber: "MAT101", status: "completed", credits: "1", counted: true },
      { index: 1, courseNumber: "MAT102", status: "completed", credits: "0", counted: false, reason: "creditTypeNotCounted" },
      { index: 2, courseNumber: "MAT103", status: "completed", credits: "1", counted: false, reason: "belowMinGpa" },
      { index: 3, courseNumber: "MAT104", status: "completed", credits: "1", counted: false, reason: "noGpaValue" },
      { index: 4, courseNumber: "MAT105", status: "completed", credits: "0", counted: true },
      { index: 5, courseNumber: "MAT106", status: "completed", credits: "0", counted: true },
      { index: 7, courseNumber: "MAT201", status: "inProgress", credits: "1", counted: true },
      { index: 9, courseNumber: "mat301", status: "planned", credits: "0.5", counted: true },
    ]);
  });

  it("counts limitCreditType, else parentCreditTypes; credit groups ignore parentCreditTypes", () => {
    const report = evaluateProgress(
      {
        id: "P",
        parentCreditTypes: ["Math"],
        criteria: [
          {
            id: "C",
            expression: "A AND B",
            requirements: [
              { id: "A", type: "course", courses: ["X%"], minCredits: 1, limitCreditType: "Elective" },
              { id: "B", type: "course", courses: ["X%"], minCredits: 1 },
            ],
          },
        ],
        creditGroups: [
          { id: "ALL", name: "All", minCredits: "2" },
          { id: "m", name: "math lower", creditTypes: ["math"], minCredits: 1 },
        ],
      },
      { transcript: [{ courseNumber: "X1", credits: [{ type: "Math", amount: "1" }, { type: "Elective", amount: "0.5" }] }] },
    );
    expect(report.criteria[0]!.requirements.map((r) => (r as CourseRequirementResult).earnedCredits)).toEqual(["0.5", "1"]);
    expect(report.creditGroups.map((g) => g.earnedCredits)).toEqual(["1.5", "0"]);
  });
});

describe("7.2 Test requirements", () => {
  const tests = {
    tests: [
      { testCode: "ACT-M", subject: "MATH", rawScore: "20", passed: false, date: "2024-01-01" },
      { testCode: "ACT-M", subject: "Math", rawScore: "25", passed: true },
      { testCode: "ACT-M", subject: "Math", rawScore: "24", passed: true },
      { testCode: "ACT-R", subject: "Reading", rawScore: "18", scaleScore: "60", passed: true },
      { testCode: "act-r", subject: "Reading", rawScore: "30", passed: true },
    ],
  };
  const run = (req: Json) =>
    first<TestRequirementResult>(evaluateProgress(program([{ id: "T", type: "test", testCodes: ["ACT%"], ...req }], "T"), tests));
  const counted = (result: TestRequirementResult) => result.scores.filter((s) => s.counted).map((s) => s.index);

  it("countPassing counts distinct codes, and only the first passed score of a code (retakes)", () => {
    const result = run({ scoreEvaluation: "countPassing", count: 2 });
    expect(result).toMatchObject({ status: "met", required: 2, achieved: 3 });
    expect(counted(result)).toEqual([1, 3, 4]);
    expect(result.scores[0]).toEqual({ index: 0, testCode: "ACT-M", score: { rawScore: "20" }, counted: false, date: "2024-01-01", passed: false });
  });

  it("compares subjects after lower-casing both", () => {
    expect(run({ scoreEvaluation: "countPassing", count: 1, subject: "math" }).scores.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it("oneAtOrAbove reports the best single score", () => {
    const result = run({ scoreEvaluation: "oneAtOrAbove", minRawScore: "25" });
    expect(result).toMatchObject({ status: "met", required: { rawScore: "25" }, achieved: { rawScore: "30" } });
    expect(counted(result)).toEqual([1, 4]);
  });

  it("sumAtOrAbove sums each code's best score", () => {
    const raw = run({ scoreEvaluation: "sumAtOrAbove", minRawScore: "70" });
    expect(raw).toMatchObject({ status: "met", achieved: { rawScore: "73" } });
    expect(counted(raw)).toEqual([1, 3, 4]);
    const scale = run({ scoreEvaluation: "sumAtOrAbove", minScaleScore: "60" });
    expect(scale.achieved).toEqual({ scaleScore: "60" });
    expect(counted(scale)).toEqual([3]);
  });

  it("assumePassed makes the requirement met and keeps the real figures", () => {
    const result = run({ scoreEvaluation: "oneAtOrAbove", minRawScore: "99", assumePassed: true });
    expect(result).toMatchObject({ status: "met", assumed: true, achieved: { rawScore: "30" } });
    expect(counted(result)).toEqual([]);
  });
});

describe("7.3 GPA requirements", () => {
  const definition = program(
    [{ id: "G", type: "gpa", calculation: "cumulative", calculationType: "unweighted", minOverallGpa: "3.0", minGpaPerCourseCredit: "2" }],
    "G",
  );
  const transcript = [
    { courseNumber: "A", credits: line("X", "1"), gpaValue: "4" },
    { courseNumber: "B", credits: line("X", "1"), gpaValue: "4" },
    { courseNumber: "C", credits: line("X", "1"), gpaValue: "3", unweightedGpaValue: "1.5" },
    { courseNumber: "D", credits: line("X", "0"), gpaValue: "0" },
    { courseNumber: "E", gpaValue: "0" },
    { courseNumber: "F", gpaValue: "2", excludeFromGpa: true },
  ];

  it("computes exactly, lists courses below the per-course minimum, and warns about missing attempted credits", () => {
    const report = evaluateProgress(definition, { transcript });
    expect(first<GpaRequirementResult>(report)).toMatchObject({
      status: "offTrack",
      gpa: "3.1667",
      source: "computed",
      attemptedCredits: "3",
      belowMinimum: [
        { index: 2, courseNumber: "C", credits: "1", points: "1.5" },
        { index: 3, courseNumber: "D", credits: "0", points: "0" },
        { index: 4, courseNumber: "E", credits: "0", points: "0" },
      ],
    });
    expect(report.warnings.map((w) => [w.code, w.path])).toEqual([
      ["missingAttempted", ["transcript", 3]],
      ["missingAttempted", ["transcript", 4]],
    ]);
  });

  it("uses the first matching stored GPA, and still applies the per-course minimum", () => {
    const result = first<GpaRequirementResult>(
      evaluateProgress(definition, {
        transcript,
        gpas: [
          { calculation: "cumulative", type: "weighted", value: "1" },
          { calculation: "cumulative", type: "unweighted", value: "3.45678" },
          { calculation: "cumulative", type: "unweighted", value: "1" },
        ],
      }),
    );
    expect(result).toMatchObject({ gpa: "3.4568", source: "stored", status: "offTrack" });
    expect(result.belowMinimum).toHaveLength(3);
  });

  it("is offTrack without a GPA and then leaves gpa and source out", () => {
    const result = first<GpaRequirementResult>(
      evaluateProgress(program([{ id: "G", type: "gpa", calculation: "cumulative", minOverallGpa: "0" }], "G"), {}),
    );
    expect(result.status).toBe("offTrack");
    expect("gpa" in result || "source" in result).toBe(false);
  });
});

describe("7.4 Academic program requirements", () => {
  const other = (id: string) => ({
    id,
    criteria: [{ id: "C", expression: "A", requirements: [{ id: "A", type: "course", courses: [`${id}%`], minCredits: 1 }] }],
  });
  const programs = [other("Q"), other("R"), other("S")];
  const definition = program([{ id: "PR", type: "program", programs: ["Q", "R", "S"], minRequired: 2 }], "PR");

  it("sorts listed programs into completed, onTrack, offTrack and notAssigned", () => {
    const result = first<ProgramRequirementResult>(
      evaluateProgress(
        definition,
        {
          transcript: [
            { courseNumber: "Q1", credits: line("X", 1) },
            { courseNumber: "R1", status: "planned", credits: line("X", 1) },
          ],
          programs: [{ programId: "Q" }, { programId: "R" }, { programId: "R", status: "completed" }, { programId: "ZZZ" }],
        },
        { programs },
      ),
    );
    expect(result).toMatchObject({ status: "onTrack", completed: ["Q"], onTrack: ["R"], offTrack: [], notAssigned: ["S"] });
  });

  it("counts a completed entry without evaluating, and never counts an unassigned program", () => {
    const result = first<ProgramRequirementResult>(
      evaluateProgress(definition, { programs: [{ programId: "S", status: "completed" }, { programId: "Q" }] }, { programs }),
    );
    expect(result).toMatchObject({ status: "offTrack", completed: ["S"], offTrack: ["Q"], notAssigned: ["R"] });
  });

  it("reports duplicates, unknown programs and cycles", () => {
    const issues = issuesOf(() =>
      compileProgram(program([{ id: "A", type: "program", programs: ["Q", "Q", "Z"], minRequired: 1 }], "A"), {
        programs: [
          { id: "Q", criteria: [{ id: "C", expression: "A", requirements: [{ id: "A", type: "program", programs: ["P"], minRequired: 1 }] }] },
        ],
      }),
    );
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["criteria.0.requirements.0.programs.1", "duplicateId"],
      ["criteria.0.requirements.0.programs.2", "unknownProgram"],
      ["id", "programCycle"],
    ]);
  });

  it("evaluates each program with its own settings", () => {
    const q = { ...other("Q"), settings: { caseSensitive: true } };
    q.criteria[0]!.requirements[0]!.courses = ["q%"];
    const report = evaluateProgress(
      program(
        [
          { id: "PR", type: "program", programs: ["Q"], minRequired: 1 },
          { id: "A", type: "course", courses: ["q%"], minCredits: 1 },
        ],
        "PR AND A",
      ),
      { transcript: [{ courseNumber: "Q1", credits: line("X", 1) }], programs: [{ programId: "Q" }] },
      { programs: [q] },
    );
    expect(report.criteria[0]!.requirements.map((r) => [r.id, r.status])).toEqual([
      ["PR", "offTrack"],
      ["A", "met"],
    ]);
  });
});

describe("9 Display order, recommendations, warnings, statuses", () => {
  const criterion = (id: string, extra: Json = {}) => ({
    id,
    expression: "A",
    requirements: [{ id: "A", type: "course", courses: [id], minCredits: 1 }],
    ...extra,
  });
  const definition = {
    id: "P",
    criteria: [
      criterion("X", { displayOrder: 2 }),
      criterion("Y"),
      criterion("Z", { displayOrder: 1 }),
      criterion("W", { displayOrder: 2 }),
      {
        id: "V",
        expression: "K",
        requirements: [
          { id: "K", type: "child", criterion: "U" },
          { id: "H", type: "course", courses: ["HON%"], minCredits: 1, recommended: true },
        ],
      },
      {
        id: "U",
        expression: "A",
        displayOrder: 0,
        requirements: [
          { id: "A", type: "course", courses: ["U"], minCredits: 1 },
          { id: "R", type: "course", courses: ["R%"], minCredits: 1, recommended: true },
        ],
      },
    ],
    creditGroups: [{ id: "T", name: "Total", minCredits: "3" }],
    statuses: [
      { status: "All done", expression: "X AND U" },
      { status: "Some", expression: "1 of (X, Y)" },
    ],
  };
  const student = {
    id: 7,
    transcript: [
      { courseNumber: "X", credits: line("Math", 1) },
      { courseNumber: "U", status: "inProgress", credits: line("English", 1) },
      { courseNumber: "Q", gpaValue: "3" },
      { courseNumber: "S", standardsBased: true, credits: line("English", 5) },
    ],
  };
  const report = evaluateProgress(definition, student);

  it("shows criteria without displayOrder first, then by displayOrder, and warns about the mix first", () => {
    expect(report.criteria.map((c) => c.id)).toEqual(["Y", "V", "Z", "X", "W"]);
    expect(report.warnings.map((w) => [w.code, w.path])).toEqual([
      ["mixedDisplayOrder", ["criteria"]],
      ["missingAttempted", ["transcript", 2]],
    ]);
  });

  it("lists recommendations in definition order with their own criterion ids", () => {
    expect(report.recommendations.map((r) => [r.id, r.criterion])).toEqual([
      ["H", "V"],
      ["R", "U"],
    ]);
    expect(report.criteria.find((c) => c.id === "V")!.requirements.map((r) => r.id)).toEqual(["K"]);
  });

  it("evaluates statuses and credit groups", () => {
    expect(report.statuses).toEqual([
      { status: "All done", result: "onTrack" },
      { status: "Some", result: "met" },
    ]);
    expect(report.creditGroups).toEqual([
      { id: "T", name: "Total", status: "offTrack", earnedCredits: "1", projectedCredits: "2", requiredCredits: "3", remainingCredits: "2" },
    ]);
  });

  it("keeps key order and is byte-identical however the program is given", () => {
    expect(Object.keys(report)).toEqual(["programId", "studentId", "status", "criteria", "creditGroups", "statuses", "recommendations", "warnings", "remaining"]);
    expect(JSON.stringify(evaluateProgress(compileProgram(definition), student))).toBe(JSON.stringify(report));
  });
});

describe("11 Compiled programs and caching", () => {
  it("keeps only reachable programs but validates all of them", () => {
    const other = (id: string) => ({ id, criteria: [] });
    const definition = program([{ id: "PR", type: "program", programs: ["Q"], minRequired: 1 }], "PR");
    expect(compileProgram(definition, { programs: [other("Q"), other("UNUSED")] }).toJSON().programs.map((p) => p.id)).toEqual(["P", "Q"]);
    const issues = issuesOf(() => compileProgram(definition, { programs: [other("Q"), { ...other("BAD"), foo: 1 }] }));
    expect(issues).toEqual([expect.objectContaining({ path: ["programs", 1], code: "unknownKey" })]);
  });

  it("caches a plain definition by identity, so a mutation is not seen", () => {
    const definition = program([{ id: "A", type: "course", courses: ["X"], minCredits: 1 }], "A") as {
      criteria: { requirements: { courses: string[] }[] }[];
    };
    const student = { transcript: [{ courseNumber: "Y", credits: line("M", 1) }] };
    expect(evaluateProgress(definition, student).status).toBe("offTrack");
    definition.criteria[0]!.requirements[0]!.courses = ["Y"];
    expect(evaluateProgress(definition, student).status).toBe("offTrack");
    expect(evaluateProgress(compileProgram(definition), student).status).toBe("met");
  });

  it("rejects options.programs with a compiled program", () => {
    const compiled = compileProgram({ id: "P", criteria: [] });
    expect(issuesOf(() => evaluateProgress(compiled, {}, { programs: [] }))).toEqual([
      expect.objectContaining({ path: ["programs"], code: "programsWithCompiled" }),
    ]);
  });

  it("checks the definition before the student record", () => {
    expect(() => evaluateProgress({ id: "P" }, "not a record")).toThrow(ProgramDefinitionError);
  });
});
