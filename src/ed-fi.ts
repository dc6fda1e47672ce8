/**
 * Reads a district's own Ed-Fi data: Ed-Fi API resource JSON into student records, and a
 * GraduationPlan into a starting program definition. Not part of the other entries.
 *
 * @module program-criteria/ed-fi
 */
export { ProgramDefinitionError, StudentRecordError, type Issue } from "./errors/index.js";
export { fromEdFi, type EdFiResources, type EdFiResult } from "./ed-fi/from-ed-fi.js";
export { graduationPlanToProgram, type GraduationPlanResult } from "./ed-fi/graduation-plan.js";
export { EdFiOptionsSchema, type EdFiOptions } from "./ed-fi/options-schema.js";
export type { EdFiWarning } from "./ed-fi/warnings.js";
export type { EdFiStudentRecord, EdFiTranscriptRecord } from "./ed-fi/records.js";
