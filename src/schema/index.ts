export { ProgramDefinitionSchema, type ProgramDefinition } from "./program-schema.js";
export { StudentRecordSchema, type StudentRecord, type TranscriptRecord, type TestScore } from "./student-schema.js";
export { CatalogSchema, type Catalog, type CatalogCourse, type CatalogTest } from "./catalog-schema.js";
export { DecimalValue, NonNegativeDecimalValue, DECIMAL_PATTERN } from "./decimal-schema.js";
export { toIssues } from "./issues.js";
export { toZod } from "./from-shape.js";
