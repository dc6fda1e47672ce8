import { describe, expect, it } from "vitest";
import { compileProgram, lintProgram, ProgramDefinitionError, type Catalog } from "../../src/index.js";

/** A small program: English by pattern with an exclusion, math by state code, a test count, a GPA calculation. */
function program(extra: { criteria?: unknown[]; [key: string]: unknown } = {}) {
  return {
    id: "P",
    parentCreditTypes: ["English", "Math"],
    creditGroups: [{ id: "TOTAL", name: "Total", creditTypes: ["English", "Math"], minCredits: "2" }],
    gpaCalculations: [{ id: "core", courses: ["ENG%", "MAT%"] }],
    criteria: [
      {
        id: "ENGLISH",
        expression: "ENG AND EXAMS",
        requirements: [
          { id: "ENG", description: "Two English credits", type: "course", courses: ["ENG1%", "ENG2%", "!ENG199"], minCredits: "2", limitCreditType: "English" },
          { id: "EXAMS", type: "test", testCodes: ["EOC-%"], scoreEvaluation: "countPassing", count: 2 },
        ],
      },
      {
        id: "MATH",
        expression: "ALG",
        requirements: [{ id: "ALG", type: "course", stateCodes: ["02052"], minCourses: 1 }],
      },
    ],
    ...extra,
  };
}

interface TestCatalog extends Catalog {
  courses: { courseNumber: string; stateCode: string; name?: string; credits: { type: string; amount: string | number }[]; active?: boolean }[];
}

const catalog = (): TestCatalog => ({
  courses: [
    { courseNumber: "ENG101", stateCode: "01001", name: "English 9", credits: [{ type: "English", amount: "1" }] },
    { courseNumber: "ENG199", stateCode: "01995", credits: [{ type: "English", amount: 1 }] },
    { courseNumber: "ENG201", stateCode: "01002", credits: [{ type: "English", amount: "1" }] },
    { courseNumber: "MAT101", stateCode: "02052", credits: [{ type: "Math", amount: "1" }] },
  ],
  tests: [
    { testCode: "EOC-ALG1", subject: "Math" },
    { testCode: "EOC-BIO", subject: "Science" },
  ],
});

const codes = (findings: { code: string; severity: string; path: unknown[] }[]) => findings.map((f) => [f.code, f.severity, f.path.join(".")]);

describe("lintProgram", () => {
  it("finds nothing in a program the catalog serves", () => {
    expect(lintProgram(program(), catalog())).toEqual([]);
  });

  it("deadPattern: a renumbered course leaves its pattern matching nothing, and the credits out of reach", () => {
    const c = catalog();
    c.courses[2]!.courseNumber = "ENG250";
    c.courses[2]!.courseNumber = "LIT201";
    const findings = lintProgram(program(), c);
    expect(codes(findings)).toEqual([
      ["deadPattern", "warning", "criteria.0.requirements.0.courses.1"],
      ["unreachable", "error", "criteria.0.requirements.0"],
    ]);
    expect(findings[0]!.message).toBe(
      'Requirement "ENG" (Two English credits) of criterion "ENGLISH": the pattern "ENG2%" in courses matches no course number in the catalog (was a course renumbered or a code changed?)',
    );
    expect(findings[1]!.message).toContain("at most 1 credit of the 2 credits it requires");
  });

  it("deadPattern also covers stateCodes, testCodes and GPA calculations, never exclusions", () => {
    const c = catalog();
    c.courses[3]!.stateCode = "02999";
    c.courses[1]!.courseNumber = "ENG099";
    c.tests = [{ testCode: "SAT-M", subject: "Math" }];
    const findings = lintProgram(program({ gpaCalculations: [{ id: "core", courses: ["ENG%", "MTH%"] }] }), c);
    expect(codes(findings)).toEqual([
      ["deadPattern", "warning", "gpaCalculations.0.courses.1"],
      ["deadPattern", "warning", "criteria.0.requirements.1.testCodes.0"],
      ["unreachable", "error", "criteria.0.requirements.1"],
      ["deadPattern", "warning", "criteria.1.requirements.0.stateCodes.0"],
      ["unreachable", "error", "criteria.1.requirements.0"],
    ]);
  });

  it("onlyInactive: every course a requirement matches is retired", () => {
    const c = catalog();
    const inactive = { ...c, courses: c.courses.map((course) => (course.stateCode === "02052" ? { ...course, active: false } : course)) };
    const findings = lintProgram(program(), inactive);
    expect(codes(findings)).toEqual([
      ["onlyInactive", "warning", "criteria.1.requirements.0"],
      ["unreachable", "error", "criteria.1.requirements.0"],
    ]);
    expect(findings[0]!.message).toBe('Requirement "ALG" of criterion "MATH": every catalog course it matches is inactive (MAT101)');
    expect(findings[1]!.message).toContain("only 0 courses of the catalog can count toward it, and it requires 1 course");
  });

  it("unreachable counts only the credit type the requirement takes, and after its caps", () => {
    const c = catalog();
    c.courses[2]!.credits = [{ type: "Elective", amount: "1" }];
    expect(codes(lintProgram(program(), c))).toContainEqual(["unreachable", "error", "criteria.0.requirements.0"]);
    const capped = program();
    const eng = (capped.criteria[0] as { requirements: Record<string, unknown>[] }).requirements[0]!;
    eng["caps"] = [{ courses: ["ENG1%"], maxCredits: "0.5" }];
    expect(lintProgram(capped, catalog()).map((f) => f.message)).toEqual([
      'Requirement "ENG" (Two English credits) of criterion "ENGLISH" cannot be met from the catalog: the active catalog courses it matches give at most 1.5 credits of the 2 credits it requires',
    ]);
  });

  it("unreachable ignores minGpa, minGrade and gradeLevels: the catalog does not know them", () => {
    const p = program({ settings: { gradeScale: ["A", "B", "C"] } });
    const eng = (p.criteria[0] as { requirements: Record<string, unknown>[] }).requirements[0]!;
    Object.assign(eng, { minGpa: "3.5", minGrade: "A", gradeLevels: [12] });
    expect(lintProgram(p, catalog())).toEqual([]);
  });

  it("unreachable for tests: fewer distinct matching codes than count", () => {
    const c = { ...catalog(), tests: [{ testCode: "EOC-ALG1" }, { testCode: "EOC-ALG1", subject: "Math" }] };
    const [finding] = lintProgram(program(), c);
    expect(finding).toEqual({
      code: "unreachable",
      severity: "error",
      path: ["criteria", 0, "requirements", 1],
      message: 'Requirement "EXAMS" of criterion "ENGLISH" cannot be met from the catalog: the catalog has only 1 test it matches, and it counts 2 tests',
    });
  });

  it("unknownCreditType: parentCreditTypes, credit groups, caps and limitCreditType", () => {
    const p = program({
      parentCreditTypes: ["English", "Maths"],
      creditGroups: [{ id: "TOTAL", name: "Total", creditTypes: ["Englsh"], minCredits: "2", caps: [{ creditTypes: ["Art"], maxCredits: "1" }] }],
    });
    const findings = lintProgram(p, catalog());
    expect(codes(findings)).toEqual([
      ["unknownCreditType", "warning", "parentCreditTypes.1"],
      ["unknownCreditType", "warning", "creditGroups.0.creditTypes.0"],
      ["unknownCreditType", "warning", "creditGroups.0.caps.0.creditTypes.0"],
      // ALG's Math credit is not of a parent credit type any more: the engine would count none.
      ["unreachable", "error", "criteria.1.requirements.0"],
    ]);
    expect(findings[1]!.message).toBe('Credit group "TOTAL" names the credit type "Englsh", which no catalog course awards');
    const c = catalog();
    c.courses = c.courses.map((course) => ({ ...course, credits: course.credits.map((l) => ({ ...l, type: l.type === "English" ? "ELA" : l.type })) }));
    expect(codes(lintProgram(program({ parentCreditTypes: undefined, creditGroups: undefined }), c))).toEqual([
      ["unreachable", "error", "criteria.0.requirements.0"],
      ["unknownCreditType", "warning", "criteria.0.requirements.0.limitCreditType"],
    ]);
  });

  it("a catalog without tests leaves test requirements unchecked", () => {
    const { courses } = catalog();
    expect(lintProgram(program(), { courses })).toEqual([]);
    expect(codes(lintProgram(program(), { courses, tests: [] }))).toEqual([
      ["deadPattern", "warning", "criteria.0.requirements.1.testCodes.0"],
      ["unreachable", "error", "criteria.0.requirements.1"],
    ]);
  });

  it("a compiled program gives the same findings, with paths into its plan", () => {
    const c = catalog();
    c.courses[2]!.courseNumber = "LIT201";
    expect(lintProgram(compileProgram(program()), c)).toEqual(lintProgram(program(), c));
    expect(() => lintProgram(compileProgram(program()), c, { programs: [] })).toThrow(/compiled program keeps the programs/);
  });

  it("follows options.programs as evaluateProgress does", () => {
    const q = { id: "Q", criteria: [{ id: "X", expression: "X", requirements: [{ id: "X", type: "course", courses: ["ZZZ%"], minCredits: "1" }] }] };
    const p = program({ criteria: [...program().criteria, { id: "PROG", expression: "PR", requirements: [{ id: "PR", type: "program", programs: ["Q"], minRequired: 1 }] }] });
    // The named program is compiled with it, but linted on its own.
    expect(lintProgram(p, catalog(), { programs: [q] })).toEqual([]);
    expect(codes(lintProgram(q, catalog()))).toEqual([
      ["deadPattern", "warning", "criteria.0.requirements.0.courses.0"],
      ["unreachable", "error", "criteria.0.requirements.0"],
    ]);
  });
});

describe("a bad catalog", () => {
  const issuesOf = (value: unknown) => {
    try {
      lintProgram(program(), value);
    } catch (error) {
      expect(error).toBeInstanceOf(ProgramDefinitionError);
      return (error as ProgramDefinitionError).issues.map((i) => [i.path.join("."), i.code, i.message]);
    }
    throw new Error("no error");
  };

  it("is a ProgramDefinitionError with every problem at its path from catalog", () => {
    expect(
      issuesOf({ courses: [{ courseNumber: "" }, { courseNumber: "X", credits: [{ type: "English", amount: "-1" }], active: "yes" }], tests: [{}] }),
    ).toEqual([
      ["catalog.courses.0.courseNumber", "tooSmall", "must not be empty"],
      ["catalog.courses.1.credits.0.amount", "negativeNumber", "must not be negative, but is -1"],
      ["catalog.courses.1.active", "invalidType", expect.stringContaining("true or false")],
      ["catalog.tests.0.testCode", "required", "is required"],
    ]);
    expect(issuesOf([])).toEqual([["catalog", "invalidType", expect.stringContaining("an object")]]);
    expect(issuesOf({})).toEqual([["catalog.courses", "required", "is required"]]);
  });

  it("allows extra keys, as SIS exports carry them", () => {
    const c = catalog();
    expect(lintProgram(program(), { ...c, vendor: "x", courses: c.courses.map((course) => ({ ...course, level: "AP", grades: [9] })) })).toEqual([]);
  });

  it("a bad program is reported before the catalog is read", () => {
    expect(() => lintProgram({ id: "P" }, null)).toThrow(/criteria: is required/);
  });
});
