/*
 * The common answer every evaluator in the benchmark gives for one student, so they can be
 * compared: the program status and every criterion, requirement and credit-group status.
 */
import type { CriterionResult, ProgressReport, Status } from "../../src/index.js";

export type { Status };

export interface Statuses {
  program: Status;
  /** By criterion id. */
  criteria: Record<string, Status>;
  /** By `CRITERION.REQUIREMENT`. */
  requirements: Record<string, Status>;
  /** By credit group id. */
  creditGroups: Record<string, Status>;
}

/** `met` / `≥ onTrack` booleans to a status. */
export function statusOf(met: boolean, onTrack: boolean): Status {
  return met ? "met" : onTrack ? "onTrack" : "offTrack";
}

function addCriterion(out: Statuses, criterion: CriterionResult) {
  out.criteria[criterion.id] = criterion.status;
  for (const r of criterion.requirements) {
    out.requirements[`${criterion.id}.${r.id}`] = r.status;
    if (r.type === "child") addCriterion(out, r.result);
  }
}

/** The statuses in an engine progress report. */
export function reportStatuses(report: ProgressReport): Statuses {
  const out: Statuses = { program: report.status, criteria: {}, requirements: {}, creditGroups: {} };
  for (const criterion of report.criteria) addCriterion(out, criterion);
  for (const g of report.creditGroups) out.creditGroups[g.id] = g.status;
  return out;
}

/** A canonical text of the statuses (keys sorted), for equality checks and messages. */
export function statusesKey(s: Statuses): string {
  const sorted = (o: Record<string, Status>) =>
    Object.keys(o)
      .sort()
      .map((k) => `${k}=${o[k]}`)
      .join(" ");
  return `program=${s.program} | ${sorted(s.criteria)} | ${sorted(s.requirements)} | ${sorted(s.creditGroups)}`;
}

/** The entries where `b` differs from `a` (empty when they agree). */
export function statusDiff(a: Statuses, b: Statuses): string[] {
  const out: string[] = [];
  if (a.program !== b.program) out.push(`program: ${a.program} vs ${b.program}`);
  for (const part of ["criteria", "requirements", "creditGroups"] as const) {
    const keys = new Set([...Object.keys(a[part]), ...Object.keys(b[part])]);
    for (const k of [...keys].sort()) {
      if (a[part][k] !== b[part][k]) out.push(`${part} ${k}: ${a[part][k] ?? "(missing)"} vs ${b[part][k] ?? "(missing)"}`);
    }
  }
  return out;
}
