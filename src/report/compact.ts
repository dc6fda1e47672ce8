import type { CriterionResult, ProgressReport, RequirementResult } from "./types.js";

/*
 * DESIGN.md Part II "Report detail": the compact report keeps statuses, figures, `remaining`,
 * `muted`, `pace`, `exceptions` and warnings, and drops what a cohort does not need per student:
 * the per-record and per-score listings, and the static text the compiled program already holds
 * (its outline has the criteria's descriptions and expressions).
 */

/** How much of the report `evaluateProgress` writes. */
export type ReportDetail = "full" | "compact";

export const REPORT_DETAILS: readonly ReportDetail[] = ["full", "compact"];

const LISTINGS = ["records", "scores", "belowMinimum", "activities"] as const;

function compactRequirement(r: RequirementResult): void {
  const fields = r as unknown as Record<string, unknown>;
  for (const key of LISTINGS) delete fields[key];
  delete fields["description"];
}

/** The report made compact, in place (reports are fresh objects for every student). */
export function compactReport(report: ProgressReport): ProgressReport {
  const stack: CriterionResult[] = [...report.criteria];
  for (let c = stack.pop(); c !== undefined; c = stack.pop()) {
    delete c.description;
    delete (c as Partial<CriterionResult>).expression;
    for (const r of c.requirements) {
      compactRequirement(r);
      if (r.type === "child") stack.push(r.result);
    }
  }
  for (const r of report.recommendations) compactRequirement(r);
  for (const g of report.creditGroups) delete (g as { name?: string }).name;
  return report;
}
