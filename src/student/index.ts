export { prepareStudent, passesOnePassCheck, passesFastCheck, studentRecordIssues } from "./prepare.js";
export type { PreparedStudent, PreparedRecord, PreparedTest, PreparedGpa, StudentWarning } from "./prepared.js";
