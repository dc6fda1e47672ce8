import { describeValue, formatPath, TOO_MANY_ISSUES, type Issue } from "../errors/index.js";

/**
 * One issue as the tool prints it: `where: path: message`, a multi-line message (an expression
 * excerpt with its caret) indented beneath. The closing `… and N more problems` of a capped list
 * is about the list, not a place, so it has no path.
 */
export function formatIssueLine(where: string, issue: Issue): string {
  if (issue.code === TOO_MANY_ISSUES && issue.path.length === 0) return `${where}: ${issue.message}`;
  return `${where}: ${formatPath(issue.path)}: ${issue.message.replace(/\n/g, "\n    ")}`;
}

/**
 * ` (student "S0042")` for a record whose `id` could be read, so a bad line in an export can be
 * found by the id the SIS knows too; empty otherwise. Long ids are clipped like any echoed value.
 */
export function studentOf(record: unknown): string {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return "";
  const id = (record as { id?: unknown }).id;
  if (typeof id === "string" || (typeof id === "number" && Number.isFinite(id))) return ` (student ${describeValue(id)})`;
  return "";
}
