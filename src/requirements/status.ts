import type { Status } from "./results.js";

/*
 * Three-valued logic over offTrack < onTrack < met: AND is the minimum, OR the maximum,
 * k OF the k-th highest.
 */

const RANK: Record<Status, number> = { offTrack: 0, onTrack: 1, met: 2 };
const BY_RANK: readonly Status[] = ["offTrack", "onTrack", "met"];

export function rank(status: Status): number {
  return RANK[status];
}

export function minStatus(statuses: readonly Status[]): Status {
  let low = 2;
  for (const s of statuses) low = Math.min(low, RANK[s]);
  return BY_RANK[low]!;
}

export function maxStatus(statuses: readonly Status[]): Status {
  let high = 0;
  for (const s of statuses) high = Math.max(high, RANK[s]);
  return BY_RANK[high]!;
}

/** The k-th highest status (1-based k; 1 ≤ k ≤ statuses.length). */
export function kthHighest(statuses: readonly Status[], k: number): Status {
  const ranks = statuses.map((s) => RANK[s]).sort((a, b) => b - a);
  return BY_RANK[ranks[k - 1] ?? 0]!;
}

/** met when `have` ≥ `need`, onTrack when `have + pending` ≥ `need`, else offTrack. */
export function statusFromCounts(met: boolean, onTrack: boolean): Status {
  return met ? "met" : onTrack ? "onTrack" : "offTrack";
}
