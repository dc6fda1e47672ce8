/** One problem found in a definition, a student record or an expression. Plain data. */
export interface Issue {
  /** Where the problem is, from the root of the input (`["criteria", 0, "expression"]`). */
  path: (string | number)[];
  /** A stable machine-readable code, e.g. `unknownKey`, `invalidNumber`, `syntax`. */
  code: string;
  /** A sentence an administrator understands. */
  message: string;
}

/** `["transcript", 0, "courseNumber"]` → `transcript.0.courseNumber` (the root is `(root)`). */
export function formatPath(path: readonly (string | number)[]): string {
  return path.length === 0 ? "(root)" : path.join(".");
}

/** The code of the issue that closes a capped list (cap.ts). */
export const TOO_MANY_ISSUES = "tooManyIssues";

/**
 * A headline followed by one line per issue; multi-line issue messages are indented under it. The
 * `tooManyIssues` line of a capped list (cap.ts) closes the list without a path: it is about the
 * list, not a place in the input.
 */
export function formatIssues(headline: string, issues: readonly Issue[]): string {
  const lines = issues.map((issue) =>
    issue.code === TOO_MANY_ISSUES && issue.path.length === 0
      ? `  ${issue.message}`
      : `  - ${formatPath(issue.path)}: ${issue.message.replace(/\n/g, "\n    ")}`,
  );
  return [headline, ...lines].join("\n");
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
