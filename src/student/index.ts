export { prepareStudent, passesOnePassCheck, passesFastCheck, studentRecordIssues } from "./prepare.js";
export type { PreparedStudent, PreparedRecord, PreparedTest, PreparedGpa, PreparedActivity, StudentWarning } from "./prepared.js";
