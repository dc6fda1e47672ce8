export { ProgramDefinitionSchema, type ProgramDefinition } from "./program-schema.js";
export { StudentRecordSchema, type StudentRecord, type TranscriptRecord, type TestScore } from "./student-schema.js";
export { DecimalValue, NonNegativeDecimalValue, DECIMAL_PATTERN } from "./decimal-schema.js";
export { toIssues } from "./issues.js";
export { toZod } from "./from-shape.js";
