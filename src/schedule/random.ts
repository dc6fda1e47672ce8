/*
 * The seeded order of scheduling-priority loading (DESIGN.md ): mulberry32 seeded with
 * `seed >>> 0`, each draw the 32-bit unsigned value before any division, and Fisher–Yates with
 * j = floor(t · (i + 1) / 2³²). Integer draws keep the order the same on every JavaScript engine.
 */

/** The next 32-bit unsigned draw of one generator. */
export type Draw = () => number;

export function mulberry32(seed: number): Draw {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const TWO_32 = 4294967296;
// Below this many items t · (i + 1) stays under 2^53, so the product is exact in a double.
const EXACT = 2 ** 21;

/** floor(t · size / 2³²), exactly. */
function position(t: number, size: number): number {
  if (size <= EXACT) return Math.floor((t * size) / TWO_32);
  return Number((BigInt(t) * BigInt(size)) >> 32n);
}

/** Shuffles the items in place: for i = n − 1 down to 1, swap i with j drawn from [0, i]. */
export function shuffle<T>(items: T[], draw: Draw): T[] {
  for (let i = items.length - 1; i >= 1; i--) {
    const j = position(draw(), i + 1);
    const kept = items[i] as T;
    items[i] = items[j] as T;
    items[j] = kept;
  }
  return items;
}
