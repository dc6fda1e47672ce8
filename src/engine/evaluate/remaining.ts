import { kindOf } from "../../requirements/index.js";
import type { CreditGroupResult, CriterionResult, RemainingEntry, RequirementResult } from "../../report/types.js";

/*
 * `report.remaining` (DESIGN.md §13, A-13.5): the required top-level criteria in display order and
 * each one's requirements in definition order, skipping whatever is met or muted together with
 * everything under it; a child requirement stands for its linked criterion's entries. Then the
 * credit groups that are not met.
 */

function addCriterion(criterion: CriterionResult, into: RemainingEntry[]): void {
  for (const r of criterion.requirements) {
    if (r.status === "met" || r.muted === true) continue;
    if (r.type === "child") addCriterion(r.result, into);
    else into.push(entryOf(r));
  }
}

function entryOf(r: Exclude<RequirementResult, { type: "child" }>): RemainingEntry {
  const entry: RemainingEntry = { criterion: r.criterion, id: r.id, type: r.type, status: r.status };
  kindOf(r).remaining(r, entry);
  return entry;
}

export function remainingOf(criteria: readonly CriterionResult[], creditGroups: readonly CreditGroupResult[]): RemainingEntry[] {
  const remaining: RemainingEntry[] = [];
  // An optional criterion (`required: false`, an honors tier) is nothing a student still needs.
  for (const c of criteria) if (c.status !== "met" && c.required !== false) addCriterion(c, remaining);
  for (const g of creditGroups) {
    if (g.status !== "met") remaining.push({ id: g.id, type: "creditGroup", status: g.status, remainingCredits: g.remainingCredits });
  }
  return remaining;
}
