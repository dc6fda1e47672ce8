// Regenerates the committed JSON Schema files from the zod schemas: `npm run schema` (from the package root).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { jsonSchemaDocuments, jsonSchemaText } from "../../src/schema/json-schema.js";

for (const { file, json } of jsonSchemaDocuments()) {
  writeFileSync(join(process.cwd(), "docs/schema", file), jsonSchemaText(json));
  console.log(`wrote docs/schema/${file}`);
}
