import { compare, digitCounts, formatDecimal, ZERO, type Fixed } from "../decimal/index.js";
import { findPatternProblems } from "../match/index.js";
import type { IssueSink, Path } from "../shape/issues.js";

/*
 * Rules of DESIGN.md §3–§5 shared by the requirement kinds and the program's own validation. They
 * run on definitions read by the shape reader (decimals already exact), at compile time and again
 * when a compiled plan is loaded.
 */

/** Reports each repeated value after its first use. */
export function checkUnique(issues: IssueSink, values: readonly string[], pathOf: (index: number) => Path, what: string): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) issues.add(pathOf(index), "duplicateId", `${what} ${JSON.stringify(value)} is used more than once`);
    seen.add(value);
  });
}

const REFERENCE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const KEYWORD = /^(?:and|or|of)$/i;

/** Criterion and requirement ids are what an expression can name: an IDENTIFIER or INTEGER. */
export function isReferenceId(id: string): boolean {
  return REFERENCE.test(id) && !KEYWORD.test(id);
}

export function checkReferenceId(issues: IssueSink, id: string, path: Path, what: string): void {
  if (!isReferenceId(id)) {
    issues.add(
      path,
      "invalidId",
      `${what} id ${JSON.stringify(id.length > 40 ? `${id.slice(0, 40)}…` : id)} cannot be named in an expression: use letters, digits, "_", "." and "-" (starting with a letter, digit or "_"), and not AND, OR or OF`,
    );
  }
}

/** `minCredits` and the like must be greater than zero. */
export function checkPositive(issues: IssueSink, value: Fixed, path: Path): void {
  if (compare(value, ZERO) <= 0) issues.add(path, "notPositive", `must be greater than 0, but is ${formatDecimal(value)}`);
}

/** GPA figures are stored with limited digits in an SIS (e.g. decimal(7,4)). */
export function checkDigits(issues: IssueSink, value: Fixed, path: Path, total: number, fraction: number): void {
  const digits = digitCounts(value);
  if (digits.fractionDigits > fraction || digits.integerDigits + digits.fractionDigits > total) {
    issues.add(
      path,
      "tooManyDigits",
      `${formatDecimal(value)} has too many digits: at most ${total} digits, at most ${fraction} of them after the point`,
    );
  }
}

export function checkPatterns(issues: IssueSink, entries: readonly string[] | undefined, path: Path): void {
  if (entries === undefined) return;
  for (const problem of findPatternProblems(entries)) issues.add([...path, problem.index], "invalidPattern", problem.message);
}

/** A list given explicitly must hold something: omitting it is how to say "all". */
export function checkNotEmpty(issues: IssueSink, list: readonly unknown[] | undefined, path: Path, omitMeans: string): void {
  if (list !== undefined && list.length === 0) issues.add(path, "emptyList", `must not be empty (omit it to ${omitMeans})`);
}
