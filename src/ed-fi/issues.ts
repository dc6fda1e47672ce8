import type { Issue } from "../errors/index.js";
import { toIssues } from "../schema/issues.js";

/*
 * zod issues → our issues, with the project's own messages (src/schema/issues.ts), plus the
 * refinements of the Ed-Fi schemas. The error classes keep the first 100 and count the rest
 * (DESIGN.md §8), so a malformed export of 100,000 rows gives a readable error.
 */

type ZodIssue = Parameters<typeof toIssues>[0][number];

const REFINEMENTS: Record<string, [code: string, message: string]> = {
  tooManyDigits: ["invalidNumber", "has too many digits (at most 30)"],
  negativeNumber: ["negativeNumber", "must not be negative"],
};

export function issuesOf(issues: readonly ZodIssue[], prefix: readonly (string | number)[]): Issue[] {
  return issues.map((issue) => {
    const refinement = issue.code === "custom" ? REFINEMENTS[String(issue.params?.["edFi"])] : undefined;
    if (refinement === undefined) return toIssues([issue], prefix)[0]!;
    const path = [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    return { path, code: refinement[0], message: refinement[1] };
  });
}
