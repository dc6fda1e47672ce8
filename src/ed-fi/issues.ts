import type { Issue } from "../errors/index.js";
import { toIssues } from "../schema/issues.js";

/*
 * zod issues → our issues, with the project's own messages (src/schema/issues.ts), plus the
 * refinements of the Ed-Fi schemas. At most 100 issues are listed; the rest are counted
 * (DESIGN.md §8), so a malformed export of 100,000 rows gives a readable error.
 */

type ZodIssue = Parameters<typeof toIssues>[0][number];

const REFINEMENTS: Record<string, [code: string, message: string]> = {
  tooManyDigits: ["invalidNumber", "has too many digits (at most 30)"],
  negativeNumber: ["negativeNumber", "must not be negative"],
};

export const MAX_ISSUES = 100;

export function issuesOf(issues: readonly ZodIssue[], prefix: readonly (string | number)[]): Issue[] {
  return issues.map((issue) => {
    const refinement = issue.code === "custom" ? REFINEMENTS[String(issue.params?.["edFi"])] : undefined;
    if (refinement === undefined) return toIssues([issue], prefix)[0]!;
    const path = [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    return { path, code: refinement[0], message: refinement[1] };
  });
}

/** The first 100 issues, then one `tooManyIssues` at the root counting the others. */
export function capIssues(issues: Issue[]): Issue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const more = issues.length - MAX_ISSUES;
  return [
    ...issues.slice(0, MAX_ISSUES),
    { path: [], code: "tooManyIssues", message: `… and ${more} more problem${more === 1 ? "" : "s"}` },
  ];
}
