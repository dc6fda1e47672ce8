import { add, addTo, compare, formatDecimal, max, newSum, subtract, ZERO, type Fixed, type Sum } from "../decimal/index.js";
import type { Status } from "../model/vocabulary.js";
import type { IssueSink, Path } from "../shape/issues.js";
import { amount, list, optional, strictObject, text, type Out } from "../shape/types.js";
import type { PreparedStudent } from "../student/prepared.js";
import { checkNotEmpty, checkPositive } from "./checks.js";
import { statusFromCounts } from "./status.js";

/*
 * Credit groups (DESIGN.md §4): credits of some credit types (all when `creditTypes` is omitted;
 * `parentCreditTypes` does not apply) earned and projected against a minimum.
 */

export const CreditGroupShape = strictObject({
  id: text({ minLength: 1 }),
  name: text(),
  creditTypes: optional(list(text())),
  minCredits: amount(),
});

export type CreditGroupRead = Out<typeof CreditGroupShape>;

/** A credit group: credits of its types earned and projected against its minimum. */
export interface CreditGroupResult {
  id: string;
  name: string;
  status: Status;
  earnedCredits: string;
  projectedCredits: string;
  requiredCredits: string;
  remainingCredits: string;
}

export interface CreditGroupRuntime {
  id: string;
  name: string;
  minCredits: Fixed;
  types: ReadonlySet<string> | undefined;
}

/** Earned (completed) and pending (in progress, planned) credits per credit type, and over all types. */
export interface CreditTotals {
  byType: Map<string, { earned: Sum; pending: Sum }>;
  all: { earned: Sum; pending: Sum };
}

export function validateCreditGroup(group: CreditGroupRead, path: Path, issues: IssueSink): void {
  checkPositive(issues, group.minCredits, [...path, "minCredits"]);
  checkNotEmpty(issues, group.creditTypes, [...path, "creditTypes"], "count every credit type");
}

export function loadCreditGroup(group: CreditGroupRead): CreditGroupRuntime {
  return {
    id: group.id,
    name: group.name,
    minCredits: group.minCredits,
    types: group.creditTypes === undefined ? undefined : new Set(group.creditTypes),
  };
}

/** One pass over the transcript serves every credit group of every program. */
export function creditTotals(student: PreparedStudent): CreditTotals {
  const byType = new Map<string, { earned: Sum; pending: Sum }>();
  const all = { earned: newSum(), pending: newSum() };
  for (const record of student.transcript) {
    if (record.standardsBased) continue;
    const completed = record.status === "completed";
    for (const line of record.credits) {
      let entry = byType.get(line.type);
      if (entry === undefined) byType.set(line.type, (entry = { earned: newSum(), pending: newSum() }));
      addTo(completed ? entry.earned : entry.pending, line.amount);
      addTo(completed ? all.earned : all.pending, line.amount);
    }
  }
  return { byType, all };
}

export function evaluateCreditGroup(group: CreditGroupRuntime, totals: CreditTotals): CreditGroupResult {
  let earned: Fixed = totals.all.earned;
  let pending: Fixed = totals.all.pending;
  if (group.types !== undefined) {
    const e = newSum();
    const p = newSum();
    for (const type of group.types) {
      const entry = totals.byType.get(type);
      if (entry === undefined) continue;
      addTo(e, entry.earned);
      addTo(p, entry.pending);
    }
    earned = e;
    pending = p;
  }
  const projected = add(earned, pending);
  return {
    id: group.id,
    name: group.name,
    status: statusFromCounts(compare(earned, group.minCredits) >= 0, compare(projected, group.minCredits) >= 0),
    earnedCredits: formatDecimal(earned),
    projectedCredits: formatDecimal(projected),
    requiredCredits: formatDecimal(group.minCredits),
    remainingCredits: formatDecimal(max(ZERO, subtract(group.minCredits, earned))),
  };
}
