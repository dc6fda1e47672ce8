export { prepareStudent, passesOnePassCheck } from "./prepare.js";
export type { PreparedStudent, PreparedRecord, PreparedTest, PreparedGpa, StudentWarning } from "./prepared.js";
