/*
 * Every status a report holds, and the ones that moved between two reports of one student: what
 * the monotonicity properties (test/engine/properties*.test.ts) compare.
 */
import type { ProgressReport, Status } from "../../src/index.js";
import { allCriteria, allRequirements } from "../requirements/support.js";

export const RANK: Record<Status, number> = { offTrack: 0, onTrack: 1, met: 2 };

/** Every status in a report, keyed by what it belongs to. */
export function statusesOf(report: ProgressReport): Map<string, Status> {
  const out = new Map<string, Status>([["program", report.status]]);
  for (const c of allCriteria(report)) out.set(`criterion ${c.id}`, c.status);
  for (const r of allRequirements(report)) out.set(`requirement ${r.criterion}/${r.id}`, r.status);
  for (const g of report.creditGroups) out.set(`group ${g.id}`, g.status);
  for (const s of report.statuses) out.set(`status ${s.status}`, s.result);
  return out;
}

function moved(before: ProgressReport, after: ProgressReport, wrong: (was: number, now: number) => boolean): string[] {
  const a = statusesOf(after);
  const out: string[] = [];
  for (const [key, status] of statusesOf(before)) {
    const now = a.get(key);
    if (now === undefined) out.push(`${key} disappeared`);
    else if (wrong(RANK[status], RANK[now])) out.push(`${key}: ${status} → ${now}`);
  }
  return out;
}

/** The keys whose status is lower in `after` than in `before`. */
export const lowered = (before: ProgressReport, after: ProgressReport) => moved(before, after, (was, now) => now < was);
/** The keys whose status is higher in `after` than in `before`. */
export const raised = (before: ProgressReport, after: ProgressReport) => moved(before, after, (was, now) => now > was);
