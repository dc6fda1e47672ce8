import { describe, expect, it } from "vitest";
import { compileProgram } from "../../src/index.js";
import { errorOf, issuesOf, programWith } from "../helpers.js";

const course = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: "course",
  courses: ["ENG%"],
  minCredits: "1",
  ...extra,
});

describe("definition shape", () => {
  it("names an unknown key at the object holding it", () => {
    const error = errorOf(() => compileProgram(programWith([course("A", { minCredit: 1 })])));
    expect(error.name).toBe("ProgramDefinitionError");
    expect(error.issues).toEqual([
      { path: ["criteria", 0, "requirements", 0], code: "unknownKey", message: 'unknown key "minCredit" (did you mean "minCredits"?)' },
    ]);
  });

  it("collects every shape problem across the program and options.programs", () => {
    expect(
      issuesOf(() =>
        compileProgram(
          { id: "P", criteria: [{ id: "C", expression: "A", requirements: [{ id: "A", type: "essay" }] }], settings: { gpaDecimals: 5 } },
          { programs: [{ id: 3, criteria: [] }] },
        ),
      ),
    ).toEqual([
      ["settings.gpaDecimals", "tooBig"],
      ["criteria.0.requirements.0.type", "invalidValue"],
      ["programs.0.id", "invalidType"],
    ]);
  });

  it("reads numbers strictly", () => {
    expect(issuesOf(() => compileProgram(programWith([course("A", { minCredits: "1e3" })])))).toEqual([
      ["criteria.0.requirements.0.minCredits", "invalidNumber"],
    ]);
    expect(issuesOf(() => compileProgram(programWith([course("A", { minCredits: 1e-7 })])))).toEqual([
      ["criteria.0.requirements.0.minCredits", "invalidNumber"],
    ]);
  });

  it("rejects what is not an object at all", () => {
    expect(issuesOf(() => compileProgram("REGENTS"))).toEqual([["", "invalidType"]]);
    expect(issuesOf(() => compileProgram(null))).toEqual([["", "invalidType"]]);
  });
});

describe("definition rules", () => {
  it("minCredits must be greater than zero, on requirements and credit groups", () => {
    expect(
      issuesOf(() =>
        compileProgram(
          programWith([course("A", { minCredits: 0 })], {
            creditGroups: [{ id: "T", name: "Total", minCredits: "-0" }],
          }),
        ),
      ),
    ).toEqual([
      ["creditGroups.0.minCredits", "notPositive"],
      ["criteria.0.requirements.0.minCredits", "notPositive"],
    ]);
  });

  it("a negative minimum is a shape problem, negativeNumber, and the only one for that value (§8, A-X5)", () => {
    const error = errorOf(() =>
      compileProgram(programWith([course("A", { minCredits: "-1" })], { creditGroups: [{ id: "T", name: "Total", minCredits: "-0.5" }] })),
    );
    expect(error.issues.map((i) => [i.path.join("."), i.code, i.message])).toEqual([
      ["creditGroups.0.minCredits", "negativeNumber", "must not be negative, but is -0.5"],
      ["criteria.0.requirements.0.minCredits", "negativeNumber", "must not be negative, but is -1"],
    ]);
  });

  it("limits the digits of GPA figures", () => {
    expect(
      issuesOf(() =>
        compileProgram(
          programWith([
            course("A", { minGpa: "2.12345" }),
            { id: "G", type: "gpa", calculation: "cumulative", minOverallGpa: "1234.567", minGpaPerCourseCredit: "12345678" },
          ]),
        ),
      ),
    ).toEqual([
      ["criteria.0.requirements.0.minGpa", "tooManyDigits"],
      ["criteria.0.requirements.1.minOverallGpa", "tooManyDigits"],
      ["criteria.0.requirements.1.minGpaPerCourseCredit", "tooManyDigits"],
    ]);
    expect(() => compileProgram(programWith([course("A", { minGpa: "2.10000" })]))).not.toThrow();
  });

  it("checks expressions against the criterion's requirements", () => {
    const program = {
      id: "P",
      criteria: [
        {
          id: "C",
          expression: "A AND X AND H",
          requirements: [course("A"), course("B"), course("H", { recommended: true })],
        },
      ],
    };
    expect(issuesOf(() => compileProgram(program))).toEqual([
      ["criteria.0.expression", "unknownReference"],
      ["criteria.0.expression", "recommendedReferenced"],
      ["criteria.0.expression", "unusedRequirement"],
    ]);
  });

  it("reports a syntax error at the expression's path with line and column", () => {
    const error = errorOf(() => compileProgram({ id: "P", criteria: [{ id: "C", expression: "A ANDD B", requirements: [course("A")] }] }));
    expect(error.issues.map((i) => [i.path.join("."), i.code])).toEqual([["criteria.0.expression", "expressionSyntax"]]);
    expect(error.issues[0]!.message).toMatch(/column 3/);
  });

  it("checks ids: unique, and usable in expressions", () => {
    const program = {
      id: "P",
      criteria: [
        { id: "C", expression: "A", requirements: [course("A"), course("A")] },
        { id: "C", expression: "B", requirements: [course("B")] },
        { id: "and", expression: "D", requirements: [course("D")] },
      ],
      statuses: [
        { status: "S", expression: "C" },
        { status: "S", expression: "C" },
      ],
      gpaCalculations: [{ id: "cumulative" }],
    };
    expect(issuesOf(() => compileProgram(program))).toEqual([
      ["gpaCalculations.0.id", "reservedId"],
      ["criteria.1.id", "duplicateId"],
      ["criteria.0.requirements.1.id", "duplicateId"],
      ["criteria.2.id", "invalidId"],
      ["statuses.1.status", "duplicateId"],
    ]);
  });

  it("test requirements follow their mode's rules", () => {
    expect(
      issuesOf(() =>
        compileProgram(
          programWith([
            { id: "A", type: "test", testCodes: ["X"], scoreEvaluation: "countPassing", minRawScore: 3 },
            { id: "B", type: "test", scoreEvaluation: "oneAtOrAbove", count: 2, testCodes: ["X"] },
            { id: "C", type: "test", scoreEvaluation: "sumAtOrAbove", minScaleScore: 1 },
          ]),
        ),
      ),
    ).toEqual([
      ["criteria.0.requirements.0.count", "required"],
      ["criteria.0.requirements.0.minRawScore", "notAllowed"],
      ["criteria.0.requirements.1", "noMinimum"],
      ["criteria.0.requirements.1.count", "notAllowed"],
      ["criteria.0.requirements.2", "noPatterns"],
    ]);
  });

  it("names a malformed pattern at its entry", () => {
    const error = errorOf(() => compileProgram(programWith([course("A", { courses: ["ENG%", "!MAT[1-"] })])));
    expect(error.issues.map((i) => [i.path.join("."), i.code])).toEqual([["criteria.0.requirements.0.courses.1", "invalidPattern"]]);
    expect(error.issues[0]!.message).toContain("MAT[1-");
  });

  it("rejects empty lists that would silently match nothing", () => {
    expect(
      issuesOf(() =>
        compileProgram(
          programWith([course("A")], {
            parentCreditTypes: [],
            creditGroups: [{ id: "G", name: "G", creditTypes: [], minCredits: 1 }],
            gpaCalculations: [{ id: "core", courses: [] }],
          }),
        ),
      ),
    ).toEqual([
      ["parentCreditTypes", "emptyList"],
      ["creditGroups.0.creditTypes", "emptyList"],
      ["gpaCalculations.0.courses", "emptyList"],
    ]);
  });

  it("GPA requirements name a known calculation", () => {
    expect(
      issuesOf(() => compileProgram(programWith([{ id: "G", type: "gpa", calculation: "core", minOverallGpa: 2 }]))),
    ).toEqual([["criteria.0.requirements.0.calculation", "unknownCalculation"]]);
  });
});

describe("links", () => {
  const child = (id: string, criterion: string) => ({ id, type: "child", criterion });

  it("child links: one parent, no self-link, no unknown criterion, no cycle", () => {
    const program = {
      id: "P",
      criteria: [
        { id: "A", expression: "X AND Y", requirements: [child("X", "B"), child("Y", "Q")] },
        { id: "B", expression: "X", requirements: [child("X", "C")] },
        { id: "C", expression: "X AND Z", requirements: [child("X", "B"), child("Z", "C")] },
        { id: "D", expression: "X", requirements: [child("X", "C")] },
      ],
    };
    expect(issuesOf(() => compileProgram(program))).toEqual([
      ["criteria.0.requirements.1.criterion", "unknownCriterion"],
      ["criteria.2.requirements.0.criterion", "linkedTwice"],
      ["criteria.2.requirements.1.criterion", "selfLink"],
      ["criteria.3.requirements.0.criterion", "linkedTwice"],
      ["criteria.1", "cycle"],
    ]);
  });

  const programReq = (programs: string[], minRequired = 1) => ({ id: "R", type: "program", programs, minRequired });
  const withProgram = (id: string, programs: string[], minRequired = 1) => ({
    id,
    criteria: [{ id: "C", expression: "R", requirements: [programReq(programs, minRequired)] }],
  });

  it("academic programs: known, not duplicated, within minRequired, without cycles", () => {
    expect(
      issuesOf(() =>
        compileProgram(withProgram("ROOT", ["A", "NOPE", "A"], 4), {
          programs: [withProgram("A", ["B"]), withProgram("B", ["A"]), withProgram("A", ["B"])],
        }),
      ),
    ).toEqual([
      ["criteria.0.requirements.0.minRequired", "outOfRange"],
      ["programs.2.id", "duplicateId"],
      ["criteria.0.requirements.0.programs.2", "duplicateId"],
      ["criteria.0.requirements.0.programs.1", "unknownProgram"],
      ["programs.0.id", "programCycle"],
    ]);
  });

  it("options.programs must be a list", () => {
    expect(issuesOf(() => compileProgram(withProgram("ROOT", ["A"]), { programs: {} as never }))).toEqual([
      ["programs", "invalidType"],
    ]);
  });
});
