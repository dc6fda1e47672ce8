import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileProgram, lintProgram, matchWildcard, previewProgram, ProgramDefinitionError } from "../../src/index.js";

const course = (courseNumber: string, stateCode?: string, active?: boolean) => ({
  courseNumber,
  ...(stateCode === undefined ? {} : { stateCode }),
  credits: [{ type: "English", amount: "1" }],
  ...(active === undefined ? {} : { active }),
});

const program = {
  id: "P",
  gpaCalculations: [{ id: "core", courses: ["ENG%", "!ENG199"] }, { id: "all" }],
  criteria: [
    {
      id: "ENGLISH",
      expression: "ENG AND EXAMS",
      requirements: [
        { id: "ENG", type: "course", courses: ["ENG%", "!ENG199"], stateCodes: ["99%"], minCredits: "1" },
        { id: "AP", type: "course", courses: ["AP%"], minCredits: "1", recommended: true },
        { id: "EXAMS", type: "test", testCodes: ["SBAC%"], subject: "ela", scoreEvaluation: "oneAtOrAbove", minScaleScore: "2500" },
      ],
    },
  ],
};

describe("previewProgram", () => {
  it("lists each course and test requirement's catalog entries in catalog order, inactive ones too", () => {
    const catalog = {
      courses: [course("ENG301"), course("APENG"), course("ENG199"), course("XYZ1", "9901"), course("ENG101", undefined, false), course("MAT101")],
      tests: [
        { testCode: "SBAC-HS", subject: "Math" },
        { testCode: "SBAC-HS", subject: "ELA" },
        { testCode: "SBAC-X" },
      ],
    };
    const preview = previewProgram(program, catalog);
    const numbers = (list?: { courseNumber?: string; testCode?: string }[]) => list?.map((e) => e.courseNumber ?? e.testCode);
    expect(preview.requirements.map((r) => [r.criterion, r.id, numbers(r.courses ?? r.tests)])).toEqual([
      ["ENGLISH", "ENG", ["ENG301", "XYZ1", "ENG101"]],
      ["ENGLISH", "AP", ["APENG"]],
      ["ENGLISH", "EXAMS", ["SBAC-HS"]],
    ]);
    expect(preview.requirements[2]!.tests).toEqual([{ testCode: "SBAC-HS", subject: "ELA" }]);
    expect(preview.requirements[0]!.courses![2]).toEqual({ courseNumber: "ENG101", credits: [{ type: "English", amount: "1" }], active: false });
    // `all` has no courses: it takes every course, and a preview would be the whole catalog.
    expect(preview.gpaCalculations).toEqual([{ id: "core", courses: [catalog.courses[0], catalog.courses[4]].map((c) => expect.objectContaining({ courseNumber: c!.courseNumber })) }]);
    // A compiled plan holds recommended requirements after the others of their criterion.
    const [eng, ap, exams] = preview.requirements;
    expect(previewProgram(compileProgram(program), catalog)).toEqual({ ...preview, requirements: [eng, exams, ap] });
  });

  it("a catalog without tests gives test requirements no list", () => {
    expect(previewProgram(program, { courses: [] }).requirements[2]).toEqual({ criterion: "ENGLISH", id: "EXAMS" });
  });

  it("honours settings.caseSensitive as the evaluator does", () => {
    const catalog = { courses: [course("eng101")] };
    expect(previewProgram(program, catalog).requirements[0]!.courses).toHaveLength(1);
    expect(previewProgram({ ...program, settings: { caseSensitive: true } }, catalog).requirements[0]!.courses).toHaveLength(0);
  });
});

// Course numbers over a small alphabet, so that patterns hit often.
const code = fc.stringMatching(/^[AB1][AB1_]{0,3}$/).filter((s) => !s.includes("_"));
const pattern = fc.stringMatching(/^[AB1_%]{1,4}$/);
const entry = fc.tuple(fc.boolean(), pattern).map(([exclude, p]) => (exclude ? `!${p}` : p));

describe("previewProgram: laws", () => {
  it("a requirement's courses are the catalog filtered by matchWildcard: a positive entry of courses or stateCodes hits, no exclusion does", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(code, fc.option(code, { nil: undefined }), fc.boolean()), { maxLength: 12 }),
        fc.array(entry, { minLength: 1, maxLength: 4 }),
        fc.array(entry, { maxLength: 3 }),
        (rows, courses, stateCodes) => {
          const catalog = { courses: rows.map(([n, s, active]) => course(n, s, active)) };
          const p = { id: "P", criteria: [{ id: "C", expression: "R", requirements: [{ id: "R", type: "course", courses, stateCodes, minCredits: "1" }] }] };
          const hits = (list: string[], value: string | undefined, excluded: boolean) =>
            value !== undefined && list.some((e) => e.startsWith("!") === excluded && matchWildcard(excluded ? e.slice(1) : e, value));
          const expected = catalog.courses
            .filter((c) => (hits(courses, c.courseNumber, false) || hits(stateCodes, c.stateCode, false)) && !hits(courses, c.courseNumber, true) && !hits(stateCodes, c.stateCode, true))
            .map((c) => c.courseNumber);
          expect(previewProgram(p, catalog).requirements[0]!.courses!.map((c) => c.courseNumber)).toEqual(expected);
        },
      ),
    );
  });

  it("lintProgram throws nothing but ProgramDefinitionError, whatever the catalog", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), fc.array(fc.anything(), { maxLength: 3 }), (junk, list) => {
        for (const catalog of [junk, { courses: list }, { courses: [], tests: list }, { courses: list.map((x) => ({ courseNumber: "ENG1", credits: x })) }]) {
          try {
            lintProgram(program, catalog);
            previewProgram(program, catalog);
          } catch (error) {
            expect(ProgramDefinitionError.is(error)).toBe(true);
          }
        }
      }),
    );
  });
});
