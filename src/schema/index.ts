export * from "./program-schema.js";
export * from "./student-schema.js";
export { DecimalValue, DECIMAL_PATTERN } from "./decimal-schema.js";
export { toIssues } from "./issues.js";
