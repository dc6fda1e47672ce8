import { compare, digitCounts, readDecimal, ZERO, type Fixed } from "../decimal/index.js";
import type { Issue } from "../errors/index.js";
import { findPatternProblems } from "../match/index.js";

export type Path = (string | number)[];

/** Collects definition problems; every check adds to one list so the error names them all. */
export class IssueList {
  readonly items: Issue[] = [];

  add(path: Path, code: string, message: string): void {
    this.items.push({ path, code, message });
  }
}

/** Reports each repeated value after its first use. */
export function checkUnique(
  issues: IssueList,
  values: readonly string[],
  pathOf: (index: number) => Path,
  what: string,
): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) issues.add(pathOf(index), "duplicateId", `${what} ${JSON.stringify(value)} is used more than once`);
    seen.add(value);
  });
}

const REFERENCE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const KEYWORD = /^(?:and|or|of)$/i;

/** Criterion and requirement ids are what an expression can name: an IDENTIFIER or INTEGER. */
export function checkReferenceId(issues: IssueList, id: string, path: Path, what: string): void {
  if (!REFERENCE.test(id) || KEYWORD.test(id)) {
    issues.add(
      path,
      "invalidId",
      `${what} id ${JSON.stringify(id)} cannot be named in an expression: use letters, digits, "_", "." and "-" (starting with a letter, digit or "_"), and not AND, OR or OF`,
    );
  }
}

/** `minCredits` and the like must be greater than zero. */
export function checkPositive(issues: IssueList, value: string | number, path: Path): void {
  const read = readDecimal(value) as Fixed;
  if (compare(read, ZERO) <= 0) issues.add(path, "notPositive", `must be greater than 0, but is ${String(value).trim()}`);
}

/** GPA figures are stored with limited digits in an SIS (e.g. decimal(7,4)). */
export function checkDigits(issues: IssueList, value: string | number, path: Path, total: number, fraction: number): void {
  const digits = digitCounts(readDecimal(value) as Fixed);
  if (digits.fractionDigits > fraction || digits.integerDigits + digits.fractionDigits > total) {
    issues.add(
      path,
      "tooManyDigits",
      `${String(value).trim()} has too many digits: at most ${total} digits, at most ${fraction} of them after the point`,
    );
  }
}

export function checkPatterns(issues: IssueList, entries: readonly string[] | undefined, path: Path): void {
  if (entries === undefined) return;
  for (const problem of findPatternProblems(entries)) {
    issues.add([...path, problem.index], "invalidPattern", problem.message);
  }
}

/** A list given explicitly must hold something: omitting it is how to say "all". */
export function checkNotEmpty(issues: IssueList, list: readonly unknown[] | undefined, path: Path, omitMeans: string): void {
  if (list !== undefined && list.length === 0) {
    issues.add(path, "emptyList", `must not be empty (omit it to ${omitMeans})`);
  }
}
