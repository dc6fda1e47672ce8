import { STATUSES, type Status } from "../model/vocabulary.js";

/*
 * Statuses are ordered offTrack < onTrack < met; the engine's logic works on their ranks (0, 1, 2):
 * AND is the minimum, OR the maximum, k OF the k-th highest (see src/engine/evaluate/logic.ts).
 */

export const RANK: Readonly<Record<Status, number>> = { offTrack: 0, onTrack: 1, met: 2 };
export const STATUS_OF_RANK: readonly Status[] = STATUSES;

/** met when the completed work reaches the minimum, onTrack when completed plus planned work does. */
export function statusFromCounts(met: boolean, onTrack: boolean): Status {
  return met ? "met" : onTrack ? "onTrack" : "offTrack";
}
