import type { ProgramOutline, ProgressReport, Status } from "../index.js";

export const FORMATS = ["ndjson", "csv", "summary"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * What a CSV row and a summary hold, taken from the compiled program's outline: the top-level
 * criteria, credit groups and student statuses are fixed by the program, so every student's
 * report has the same ones in the same order.
 */
export interface Columns {
  criteria: string[];
  creditGroups: string[];
  statuses: string[];
}

export function columnsOf(outline: ProgramOutline): Columns {
  return {
    criteria: outline.criteria.map((c) => c.id),
    creditGroups: outline.creditGroups.map((g) => g.id),
    statuses: [...outline.statuses],
  };
}

/*
 * Prefixes keep the columns apart when a criterion and a credit group share an id (the district
 * has both a MATH criterion and a MATH credit group).
 */
export function csvHeader(columns: Columns): string {
  return csvLine([
    "studentId",
    "programId",
    "status",
    ...columns.criteria.map((id) => `criterion.${id}`),
    ...columns.creditGroups.flatMap((id) => ["status", "earned", "projected", "required", "remaining"].map((f) => `creditGroup.${id}.${f}`)),
    ...columns.statuses.map((name) => `studentStatus.${name}`),
    "remaining",
    "warnings",
    "exceptions",
    "orphanExceptions",
  ]);
}

export function csvRow(report: ProgressReport, columns: Columns): string {
  return csvLine([
    report.studentId ?? "",
    report.programId,
    report.status,
    ...columns.criteria.map((id) => report.criteria.find((c) => c.id === id)?.status ?? ""),
    ...columns.creditGroups.flatMap((id) => {
      const g = report.creditGroups.find((x) => x.id === id);
      return g === undefined ? ["", "", "", "", ""] : [g.status, g.earnedCredits, g.projectedCredits, g.requiredCredits, g.remainingCredits];
    }),
    ...columns.statuses.map((name) => report.statuses.find((s) => s.status === name)?.result ?? ""),
    remainingRequirements(report)
      .map((e) => e.key)
      .join(" "),
    report.warnings.map((w) => w.code).join(" "),
    // The student's exceptions applied (ids), and how many named a target the program lacks (§10).
    (report.exceptions ?? []).filter((e) => e.applied).map((e) => e.id).join(" "),
    report.warnings.filter((w) => w.code === "orphanException").length,
  ]);
}

function csvLine(fields: readonly (string | number)[]): string {
  return `${fields.map(csvField).join(",")}\n`;
}

/** RFC 4180 quoting: a field holding a comma, quote or line break is quoted, quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The requirements of `report.remaining` (§13), as `criterion/requirement` with their status, in
 * its order; the credit groups' entries are left to their own columns. A report stored before
 * `remaining` existed has none.
 */
function remainingRequirements(report: ProgressReport): { key: string; status: Status }[] {
  return (report.remaining ?? []).flatMap((e) => (e.type === "creditGroup" ? [] : [{ key: `${e.criterion}/${e.id}`, status: e.status }]));
}

const CODE: Record<Status, string> = { met: "m", onTrack: "o", offTrack: "x" };
export const STATUS_OF_CODE: Record<string, Status> = { m: "met", o: "onTrack", x: "offTrack" };

/*
 * A report squeezed to one character per status — program, criteria, credit groups, student
 * statuses, in column order — then, after a tab, the remaining requirements as a JSON array of
 * status code + key (ids may hold any character), so worker threads send the summary's inputs
 * without the reports. `table`: the run prints the summary table; otherwise the program's code only.
 */
export function tallyOf(report: ProgressReport, columns: Columns, table: boolean): string {
  if (!table) return CODE[report.status];
  const code = (status: Status | undefined) => (status === undefined ? "-" : CODE[status]);
  return (
    code(report.status) +
    columns.criteria.map((id) => code(report.criteria.find((c) => c.id === id)?.status)).join("") +
    columns.creditGroups.map((id) => code(report.creditGroups.find((g) => g.id === id)?.status)).join("") +
    columns.statuses.map((name) => code(report.statuses.find((s) => s.status === name)?.result)).join("") +
    "\t" +
    JSON.stringify(remainingRequirements(report).map((e) => CODE[e.status] + e.key))
  );
}
