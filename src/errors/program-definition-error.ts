import { brand, hasBrand } from "./brand.js";
import { capIssues, countIssues } from "./cap.js";
import { formatIssues, type Issue } from "./issue.js";

/**
 * A program definition (or a wildcard pattern) is invalid. Lists every problem found, up to 100;
 * more are counted in a closing `tooManyIssues` issue ("… and N more problems").
 */
export class ProgramDefinitionError extends Error {
  declare readonly name: "ProgramDefinitionError";
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    const kept = capIssues(issues);
    super(formatIssues(`Invalid program definition (${countIssues(kept)}):`, kept));
    brand(this, "ProgramDefinitionError");
    this.issues = kept;
  }

  /** True for a ProgramDefinitionError from any copy of this library (ESM or CJS). */
  static is(value: unknown): value is ProgramDefinitionError {
    return hasBrand(value, "ProgramDefinitionError");
  }
}
