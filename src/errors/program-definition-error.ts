import { brand, hasBrand } from "./brand.js";
import { formatIssues, plural, type Issue } from "./issue.js";

/** A program definition (or a wildcard pattern) is invalid. Lists every problem found. */
export class ProgramDefinitionError extends Error {
  declare readonly name: "ProgramDefinitionError";
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    super(formatIssues(`Invalid program definition (${plural(issues.length, "problem")}):`, issues));
    brand(this, "ProgramDefinitionError");
    this.issues = issues;
  }

  /** True for a ProgramDefinitionError from any copy of this library (ESM or CJS). */
  static is(value: unknown): value is ProgramDefinitionError {
    return hasBrand(value, "ProgramDefinitionError");
  }
}
