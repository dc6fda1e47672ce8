/*
 * DESIGN.md Part II "Report detail": the compact report keeps statuses, figures, `remaining`,
 * `muted`, `pace`, `exceptions` and warnings, and drops what a cohort does not need per student:
 * the per-record and per-score listings, and the static text the compiled program already holds
 * (its outline has the criteria's descriptions and expressions, the credit groups' names). The
 * evaluators build it that way from the start (`EvaluationScope.compact`), in the full report's
 * key order minus the dropped keys.
 */

/** How much of the report `evaluateProgress` writes. */
export type ReportDetail = "full" | "compact";

export const REPORT_DETAILS: readonly ReportDetail[] = ["full", "compact"];
