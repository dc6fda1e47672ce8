import { brand, hasBrand } from "./brand.js";
import { capIssues, countIssues } from "./cap.js";
import { formatIssues, type Issue } from "./issue.js";

/**
 * A student record is invalid. Lists every problem found, with paths from the record's root, up
 * to 100; more are counted in a closing `tooManyIssues` issue ("… and N more problems").
 */
export class StudentRecordError extends Error {
  declare readonly name: "StudentRecordError";
  readonly issues: Issue[];

  constructor(issues: Issue[], studentId?: string) {
    const kept = capIssues(issues);
    const who = studentId === undefined ? "student record" : `student record ${JSON.stringify(studentId)}`;
    super(formatIssues(`Invalid ${who} (${countIssues(kept)}):`, kept));
    brand(this, "StudentRecordError");
    this.issues = kept;
  }

  /** True for a StudentRecordError from any copy of this library (ESM or CJS). */
  static is(value: unknown): value is StudentRecordError {
    return hasBrand(value, "StudentRecordError");
  }
}
