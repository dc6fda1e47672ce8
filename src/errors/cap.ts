import { plural, TOO_MANY_ISSUES, type Issue } from "./issue.js";

/** The most problems an error lists (DESIGN.md §8, rule ); one more issue says how many were left out. */
export const MAX_ISSUES = 100;

/** The closing issue of a capped list: `… and 150 more problems`, at the root path. */
export function tooManyIssues(left: number): Issue {
  return { path: [], code: TOO_MANY_ISSUES, message: `… and ${plural(left, "more problem")}` };
}

/**
 * The first MAX_ISSUES issues, and when more were found, a `tooManyIssues` issue counting the
 * rest. `found` is how many were found in all: a collector may keep only the first MAX_ISSUES and
 * count the others, so that an input with a million problems costs memory for a hundred. A list
 * that is already capped is returned as it is.
 */
export function capIssues(issues: readonly Issue[], found: number = issues.length): Issue[] {
  if (isCapped(issues)) return [...issues];
  const kept = issues.slice(0, MAX_ISSUES);
  const left = Math.max(found, issues.length) - kept.length;
  return left > 0 ? [...kept, tooManyIssues(left)] : kept;
}

/** True for a list that ends in the `tooManyIssues` issue of `capIssues`. */
export function isCapped(issues: readonly Issue[]): boolean {
  return issues.length === MAX_ISSUES + 1 && issues[MAX_ISSUES]!.code === TOO_MANY_ISSUES;
}

/** `3 problems`, or `more than 100 problems` for a capped list. */
export function countIssues(issues: readonly Issue[]): string {
  return isCapped(issues) ? `more than ${plural(MAX_ISSUES, "problem")}` : plural(issues.length, "problem");
}
