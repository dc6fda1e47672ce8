import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemaDocuments, jsonSchemaText } from "../../src/schema/json-schema.js";

describe("docs/schema JSON Schema files", () => {
  for (const { file, json } of jsonSchemaDocuments()) {
    it(`${file} is current (regenerate with npm run schema)`, () => {
      const committed = readFileSync(new URL(`../../docs/schema/${file}`, import.meta.url), "utf8");
      expect(committed).toBe(jsonSchemaText(json));
    });
  }

  it("program definitions reject unknown keys and student records allow them", () => {
    const [program, student] = jsonSchemaDocuments();
    expect(program!.json["additionalProperties"]).toBe(false);
    expect(student!.json["additionalProperties"]).not.toBe(false);
  });
});
