import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromEdFi, ProgramDefinitionError, StudentRecordError, type EdFiResources } from "../../src/ed-fi.js";
import { RESOURCE_SCHEMAS, type ResourceName } from "../../src/ed-fi/parse.js";
import { StudentProgramAssociationSchema } from "../../src/ed-fi/resource-schemas.js";
import { compileProgram, evaluateProgress } from "../../src/index.js";
import { optionsArb, resourcesArb } from "./arbitraries.js";

/*
 * The adapter never throws anything but the project's own errors; what the schemas accept always
 * converts, into records the engine accepts; a malformed resource is a StudentRecordError whose
 * issue names the resource, the entry and the field.
 */

const PROGRAM = compileProgram({
  id: "P",
  creditGroups: [{ id: "TOTAL", name: "Total", minCredits: "1" }],
  criteria: [
    {
      id: "C",
      expression: "A AND T AND G",
      requirements: [
        { id: "A", type: "course", courses: ["%"], minCredits: "1" },
        { id: "T", type: "test", testCodes: ["%"], scoreEvaluation: "oneAtOrAbove", minScaleScore: "20", minRawScore: "10" },
        { id: "G", type: "gpa", calculation: "cumulative", minOverallGpa: "2" },
      ],
    },
  ],
});

const schemaOf = (name: string) => (Object.hasOwn(RESOURCE_SCHEMAS, name) ? RESOURCE_SCHEMAS[name as ResourceName] : StudentProgramAssociationSchema);

describe("fromEdFi properties", () => {
  it("every resource array the schemas accept converts, without an exception, into records the engine evaluates", () => {
    fc.assert(
      fc.property(resourcesArb, optionsArb, (resources, options) => {
        for (const [name, rows] of Object.entries(resources)) for (const row of rows as unknown[]) expect(schemaOf(name).safeParse(row).success).toBe(true);
        const { students, warnings } = fromEdFi(resources as EdFiResources, options);
        for (const student of students) evaluateProgress(PROGRAM, student);
        for (const w of warnings) expect(Object.keys(w).sort()).toEqual(["code", "field", "index", "message", "resource"]);
        expect(new Set(students.map((s) => s.id)).size).toBe(students.length);
      }),
      { numRuns: 400 },
    );
  });

  it("the same resources give the same records and warnings", () => {
    fc.assert(
      fc.property(resourcesArb, optionsArb, (resources, options) => {
        expect(JSON.stringify(fromEdFi(resources as EdFiResources, options))).toBe(JSON.stringify(fromEdFi(structuredClone(resources) as EdFiResources, options)));
      }),
      { numRuns: 100 },
    );
  });

  it("a required field made malformed is a StudentRecordError at [resource, index, field…]", () => {
    const broken = fc.constantFrom(undefined, null, 17, "", [], {}, true, 1e21, "1,5");
    fc.assert(
      fc.property(resourcesArb, fc.nat(), fc.nat(), broken, (resources, pickResource, pickRow, value) => {
        const names = Object.entries(resources).filter(([, rows]) => (rows as unknown[]).length > 0);
        fc.pre(names.length > 0);
        const [name, rows] = names[pickResource % names.length]!;
        const index = pickRow % (rows as unknown[]).length;
        const row = structuredClone((rows as Record<string, unknown>[])[index]!);
        const [key] = Object.keys(row).filter((k) => !isOptional(name, k));
        fc.pre(key !== undefined);
        row[key!] = value;
        fc.pre(!schemaOf(name).safeParse(row).success);
        const copy = { ...resources, [name]: (rows as unknown[]).map((r, i) => (i === index ? row : r)) };
        let error: unknown;
        try {
          fromEdFi(copy as EdFiResources, { asOf: "2022-06-30" });
        } catch (e) {
          error = e;
        }
        expect(StudentRecordError.is(error)).toBe(true);
        const paths = (error as StudentRecordError).issues.map((i) => i.path.slice(0, 3));
        expect(paths).toContainEqual([name, index, key]);
        for (const issue of (error as StudentRecordError).issues) expect(issue.message).not.toMatch(/Invalid input/);
      }),
      { numRuns: 300 },
    );
  });

  it("anything at all as resources or options: only the project's own errors", () => {
    const anything = fc.anything({ maxDepth: 3, withNullPrototype: true, withMap: true, withDate: true, withBigInt: true });
    const shaped = fc.oneof(
      anything,
      fc.dictionary(fc.constantFrom("courseTranscripts", "studentAssessments", "courses", "assessments", "studentAcademicRecords", "studentTranscriptComposites", "studentXProgramAssociations", "grades", "other"), fc.oneof(fc.array(anything, { maxLength: 3 }), anything)),
    );
    fc.assert(
      fc.property(shaped, fc.oneof(fc.constant(undefined), anything, optionsArb), (resources, options) => {
        try {
          fromEdFi(resources as EdFiResources, options as never);
        } catch (error) {
          if (!StudentRecordError.is(error) && !ProgramDefinitionError.is(error)) throw error;
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** Whether a key of the resource's schema is optional (then removing or breaking it may be valid). */
function isOptional(name: string, key: string): boolean {
  const shape = (schemaOf(name) as unknown as { _zod: { def: { shape: Record<string, { _zod: { optin?: string } }> } } })._zod.def.shape;
  return shape[key] === undefined || shape[key]._zod.optin === "optional";
}
