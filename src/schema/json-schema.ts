import { toJSONSchema, type ZodMiniType } from "zod/mini";
import { CatalogSchema } from "./catalog-schema.js";
import { ProgramDefinitionSchema } from "./program-schema.js";
import { StudentRecordSchema } from "./student-schema.js";

/*
 * The JSON Schema files committed under docs/schema/ and shipped as program-criteria/schema/*.json,
 * for SIS backends in other languages. Not exported from the package entry: toJSONSchema would add
 * ~6 KB to every browser bundle.
 */

const BASE = "urn:program-criteria:schema:";

function document(schema: ZodMiniType, file: string, title: string, description: string) {
  return {
    file,
    json: {
      $id: `${BASE}${file}`,
      title,
      description,
      ...toJSONSchema(schema, { target: "draft-2020-12", io: "input" }),
    },
  };
}

export function jsonSchemaDocuments(): { file: string; json: Record<string, unknown> }[] {
  return [
    document(
      ProgramDefinitionSchema,
      "program-definition.schema.json",
      "Program definition",
      "An academic or graduation program for program-criteria: criteria of course, test, GPA, program, child and activity requirements combined by AND/OR expressions, with optional due grades (test dueGrade) and pace tables (pace: grade level → credits expected by the end of that grade). Rules beyond shape (expression syntax, references, cycles, digit limits, pace tables that decrease or pass the minimum) are checked by compileProgram; docs/semantics.md describes every key.",
    ),
    document(
      StudentRecordSchema,
      "student-record.schema.json",
      "Student record",
      "One student's plain transcript data for program-criteria: transcript records, test scores and registrations (status planned), stored GPAs, program assignments, activities and per-student exceptions (waive, substitute, adjust, exclude). Unknown keys are allowed and ignored. Which fields an exception takes depends on its kind (see docs/semantics.md); the checks across fields cannot be written in JSON Schema and are made by the engine.",
    ),
    document(
      CatalogSchema,
      "catalog.schema.json",
      "Course and test catalog",
      "A district's course and test catalog for program-criteria's previewProgram and lintProgram (CLI preview and lint): courses with their state codes, names, credits by type and whether they are still offered (active, true when absent), and tests with their state codes and subjects. Unknown keys are allowed and ignored. A catalog without tests leaves test requirements unchecked.",
    ),
  ];
}

/** The exact text written to each file: two-space JSON with a final newline. */
export function jsonSchemaText(json: Record<string, unknown>): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}
