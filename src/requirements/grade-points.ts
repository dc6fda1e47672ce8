import { add, ZERO, type Fixed } from "../decimal/index.js";
import type { GpaType } from "../model/vocabulary.js";
import type { PreparedRecord } from "../student/prepared.js";

/**
 * A record's grade points for a GPA type, or undefined when it has none: `weighted` →
 * gpaValue; `unweighted` → unweightedGpaValue, else gpaValue; `…WithBonus` adds bonusPoints.
 */
export function gradePoints(record: PreparedRecord, type: GpaType): Fixed | undefined {
  const base =
    type === "weighted" || type === "weightedWithBonus"
      ? record.gpaValue
      : (record.unweightedGpaValue ?? record.gpaValue);
  if (base === undefined) return undefined;
  return type === "weightedWithBonus" || type === "unweightedWithBonus" ? add(base, record.bonusPoints ?? ZERO) : base;
}

/** A record's weight in a GPA: `attempted`, else the sum of its credit amounts. */
export function gpaWeight(record: PreparedRecord): Fixed {
  return record.attempted ?? record.totalCredits;
}
