import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { graduationPlanToProgram, StudentRecordError } from "../../src/ed-fi.js";
import { escapePattern, toIdentifier } from "../../src/ed-fi/identifiers.js";
import { compileProgram, evaluateProgress, matchWildcard, parseExpression } from "../../src/index.js";
import { codes, ed, gbOptions } from "./helpers.js";

/* GraduationPlan → §3 program definition: a starting point that compiles. */

const example = JSON.parse(readFileSync(new URL("../../examples/ed-fi/graduation-plan.json", import.meta.url), "utf8"));
const ref = (courseCode: string) => ({ courseReference: { courseCode, educationOrganizationId: 255901001 } });
const plan = (more: Record<string, unknown> = {}) => ({
  educationOrganizationReference: { educationOrganizationId: 255901001 },
  graduationPlanTypeDescriptor: ed("GraduationPlanTypeDescriptor", "Minimum"),
  graduationSchoolYearTypeReference: { schoolYear: 2025 },
  totalRequiredCredits: 22,
  ...more,
});

describe("graduationPlanToProgram", () => {
  it("the example plan: subject groups and TOTAL, course sets and the required assessment, all AND-ed; it compiles", () => {
    const { program, warnings } = graduationPlanToProgram(example, gbOptions());
    expect(program.id).toBe("255901001-Recommended-2024");
    expect(program.name).toBe("Recommended (2024)");
    expect(program.creditGroups).toEqual([
      { id: "English", name: "English Language Arts", creditTypes: ["English"], minCredits: "4" },
      { id: "Math", name: "Mathematics", creditTypes: ["Math"], minCredits: "3" },
      { id: "Science", name: "Science", creditTypes: ["Science"], minCredits: "3" },
      { id: "Social_Studies", name: "Social Studies", creditTypes: ["Social Studies"], minCredits: "3" },
      { id: "World_Languages", name: "Foreign Language and Literature", creditTypes: ["World Languages"], minCredits: "2" },
      { id: "Fine_Arts", name: "Fine and Performing Arts", creditTypes: ["Fine Arts"], minCredits: "1" },
      { id: "TOTAL", name: "Total", minCredits: "22" },
    ]);
    expect(program.criteria.map((c) => [c.id, c.expression, c.requirements[0]])).toEqual([
      ["Algebra_I_and_Geometry", "COURSES", { id: "COURSES", type: "course", courses: ["ALG-1", "GEOM"], minCredits: "2", suggestedGrade: 9 }],
      ["English_I_to_IV", "COURSES", { id: "COURSES", type: "course", courses: ["ENG-1", "ENG-2", "ENG-3", "ENG-4"], minCredits: "4" }],
      ["Languages_other_than_English", "COURSES", { id: "COURSES", type: "course", courses: ["SPAN-1", "SPAN-2", "SPAN-3"], minCredits: "2" }],
      ["ACT_Composite", "TEST", { id: "TEST", type: "test", testCodes: ["ACT Composite"], scoreEvaluation: "oneAtOrAbove", minScaleScore: "24" }],
    ]);
    expect(codes(warnings)).toEqual(["categoryNotExpressible", "maximumScoreIgnored"]);
    const compiled = compileProgram(program);
    const report = evaluateProgress(compiled, { id: "S", tests: [{ testCode: "ACT Composite", scaleScore: "25" }] });
    expect(report.criteria.find((c) => c.id === "ACT_Composite")!.status).toBe("met");
    expect(report.status).toBe("offTrack");
  });

  it("course codes become patterns that match exactly them: %, _, [ and a leading ! are escaped", () => {
    const { program } = graduationPlanToProgram(plan({ creditsByCourses: [{ courseSetName: "Odd", credits: 1, courses: [ref("100%"), ref("A_B"), ref("[X]"), ref("!NOT")] }] }));
    const courses = program.criteria[0]!.requirements[0]!.type === "course" ? program.criteria[0]!.requirements[0]!.courses : [];
    expect(courses).toEqual(["100[%]", "A[_]B", "[[]X]", "[!]NOT"]);
    compileProgram(program);
    expect(matchWildcard("100[%]", "100%")).toBe(true);
    expect(matchWildcard("100[%]", "1000")).toBe(false);
    expect(matchWildcard("A[_]B", "AXB")).toBe(false);
  });

  it("property: any codes and set names give a definition that compiles and matches exactly the codes", () => {
    const text = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom("a", "Z", "0", "_", "%", "[", "]", "!", "^", "-", " ", ".", "é", "AND", "of") });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.array(text, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 4 }), (sets) => {
        const creditsByCourses = sets.map(([name, codes]) => ({ courseSetName: name, credits: "1", courses: codes.map(ref) }));
        const { program } = graduationPlanToProgram(plan({ creditsByCourses, requiredAssessments: sets.map(([name]) => ({ assessmentReference: { assessmentIdentifier: name, namespace: "ns" } })) }));
        compileProgram(program);
        const ids = program.criteria.map((c) => c.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(parseExpression(id)).toMatchObject({ type: "ref", id });
        sets.forEach(([, codes], i) => {
          const requirement = program.criteria[i]!.requirements[0]!;
          const patterns = requirement.type === "course" ? requirement.courses! : [];
          for (const code of codes) expect(patterns.some((p) => matchWildcard(p, code, { caseSensitive: true }))).toBe(true);
          for (const other of sets.flatMap(([, c]) => c).filter((c) => !codes.includes(c))) {
            expect(patterns.some((p) => matchWildcard(p, other, { caseSensitive: true }))).toBe(false);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it("identifiers: other characters become _, keywords and numbers are kept apart", () => {
    expect(["Algebra I", "AND", "of", "2024", "-x", "", "a.b-c"].map(toIdentifier)).toEqual(["Algebra_I", "AND_", "of_", "_2024", "_-x", "_", "a.b-c"]);
    expect(escapePattern("a!b")).toBe("a!b");
    const { program } = graduationPlanToProgram(plan({ creditsByCourses: [1, 2].map(() => ({ courseSetName: "Same name", credits: 1, courses: [ref("X")] })) }));
    expect(program.criteria.map((c) => c.id)).toEqual(["Same_name", "Same_name_2"]);
  });

  it("what §3 cannot say is a warning: zero credits, unmapped categories, maximum scores, individual plans, certifications", () => {
    const { program, warnings } = graduationPlanToProgram(
      plan({
        totalRequiredCredits: 0,
        individualPlan: true,
        requiredCertifications: [{ certificationTitle: "OSHA 10" }],
        creditsBySubjects: [{ academicSubjectDescriptor: ed("AcademicSubjectDescriptor", "Science"), credits: 0 }],
        creditsByCreditCategories: [{ creditCategoryDescriptor: ed("CreditCategoryDescriptor", "Honors"), credits: 2 }],
        creditsByCourses: [{ courseSetName: "None", credits: 1, courses: [] }],
      }),
    );
    expect(program.creditGroups).toBeUndefined();
    expect(program.criteria).toEqual([]);
    // In the plan's order: subjects, categories, the total, course sets, then the plan itself.
    expect(codes(warnings)).toEqual(["zeroCredits", "categoryNotExpressible", "zeroCredits", "emptyCourseSet", "individualPlan", "certificationsNotMapped"]);
  });

  it("a category that is a credit type becomes a group; two subjects of one type become one group", () => {
    const options = { creditTypes: { [ed("CreditCategoryDescriptor", "Honors")]: "Honors", [ed("AcademicSubjectDescriptor", "Life and Physical Sciences")]: "Science" } };
    const { program, warnings } = graduationPlanToProgram(
      plan({
        creditsBySubjects: [
          { academicSubjectDescriptor: ed("AcademicSubjectDescriptor", "Science"), credits: 2 },
          { academicSubjectDescriptor: ed("AcademicSubjectDescriptor", "Life and Physical Sciences"), credits: 1.5 },
        ],
        creditsByCreditCategories: [{ creditCategoryDescriptor: ed("CreditCategoryDescriptor", "Honors"), credits: 2 }],
      }),
      options,
    );
    expect(program.creditGroups).toEqual([
      { id: "Science", name: "Science", creditTypes: ["Science"], minCredits: "3.5" },
      { id: "Honors", name: "Honors", creditTypes: ["Honors"], minCredits: "2" },
      { id: "TOTAL", name: "Total", minCredits: "22" },
    ]);
    expect(codes(warnings)).toEqual(["groupsMerged"]);
  });

  it("required assessments: a performance level asks for a pass; raw and scale minimums by the score options", () => {
    const assessment = (id: string, more: object) => ({ assessmentReference: { assessmentIdentifier: id, namespace: "ns" }, ...more });
    const score = (method: string, minimumScore?: string) => ({ assessmentReportingMethodDescriptor: ed("AssessmentReportingMethodDescriptor", method), ...(minimumScore === undefined ? {} : { minimumScore }) });
    const { program, warnings } = graduationPlanToProgram(
      plan({
        requiredAssessments: [
          assessment("STATE", { performanceLevel: { performanceLevelDescriptor: ed("PerformanceLevelDescriptor", "Met Standard") } }),
          assessment("EXAM", { scores: [score("Raw score", "30"), score("Scale score", "150")] }),
          assessment("ODD", { scores: [score("Percentile", "50"), score("Raw score", "high")] }),
        ],
      }),
    );
    expect(program.criteria.map((c) => c.requirements[0])).toEqual([
      { id: "TEST", type: "test", testCodes: ["STATE"], scoreEvaluation: "countPassing", count: 1 },
      { id: "TEST", type: "test", testCodes: ["EXAM"], scoreEvaluation: "oneAtOrAbove", minRawScore: "30", minScaleScore: "150" },
      { id: "TEST", type: "test", testCodes: ["ODD"], scoreEvaluation: "countPassing", count: 1 },
    ]);
    expect(codes(warnings)).toEqual(["eitherScore", "scoreNotMapped", "scoreNotMapped", "passAssumed"]);
    compileProgram(program);
  });

  it("a malformed plan is a StudentRecordError at ['graduationPlan', …]", () => {
    let error: unknown;
    try {
      graduationPlanToProgram({ ...plan(), totalRequiredCredits: "many", creditsByCourses: [{ credits: 1, courses: [] }] });
    } catch (e) {
      error = e;
    }
    expect(StudentRecordError.is(error)).toBe(true);
    expect((error as StudentRecordError).issues.map((i) => i.path)).toEqual([
      ["graduationPlan", "totalRequiredCredits"],
      ["graduationPlan", "creditsByCourses", 0, "courseSetName"],
    ]);
  });
});

