import { kindOf, type RequirementType } from "../../requirements/index.js";

interface Criterion {
  id: string;
  displayOrder?: number | undefined;
  requirements: readonly { type: RequirementType }[];
}

/**
 * DESIGN.md §4 "Display order": the criteria no child requirement links, those without
 * `displayOrder` first in definition order, then the rest by ascending `displayOrder` (ties in
 * definition order). Used when compiling, and to check a loaded plan.
 */
export function topLevelOrder(criteria: readonly Criterion[]): { ids: string[]; unordered: number; ordered: number } {
  const linked = new Set<string>();
  for (const c of criteria) {
    for (const r of c.requirements) {
      const target = kindOf(r).linkedCriterion?.(r as never);
      if (target !== undefined) linked.add(target);
    }
  }
  const topLevel = criteria.filter((c) => !linked.has(c.id));
  const unordered = topLevel.filter((c) => c.displayOrder === undefined);
  // Array.prototype.sort is stable, so ties keep definition order.
  const ordered = topLevel.filter((c) => c.displayOrder !== undefined).sort((a, b) => a.displayOrder! - b.displayOrder!);
  return { ids: [...unordered, ...ordered].map((c) => c.id), unordered: unordered.length, ordered: ordered.length };
}
