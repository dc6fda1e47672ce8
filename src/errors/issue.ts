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

/** A headline followed by one line per issue; multi-line issue messages are indented under it. */
export function formatIssues(headline: string, issues: readonly Issue[]): string {
  const lines = issues.map(
    (issue) => `  - ${formatPath(issue.path)}: ${issue.message.replace(/\n/g, "\n    ")}`,
  );
  return [headline, ...lines].join("\n");
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
