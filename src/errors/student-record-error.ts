import { brand, hasBrand } from "./brand.js";
import { formatIssues, plural, type Issue } from "./issue.js";

/** A student record is invalid. Lists every problem found, with paths from the record's root. */
export class StudentRecordError extends Error {
  declare readonly name: "StudentRecordError";
  readonly issues: Issue[];

  constructor(issues: Issue[], studentId?: string) {
    const who = studentId === undefined ? "student record" : `student record ${JSON.stringify(studentId)}`;
    super(formatIssues(`Invalid ${who} (${plural(issues.length, "problem")}):`, issues));
    brand(this, "StudentRecordError");
    this.issues = issues;
  }

  /** True for a StudentRecordError from any copy of this library (ESM or CJS). */
  static is(value: unknown): value is StudentRecordError {
    return hasBrand(value, "StudentRecordError");
  }
}
