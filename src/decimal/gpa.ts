import type { GpaRounding } from "../model/vocabulary.js";
import { pow10, type Fixed } from "./fixed.js";

export type { GpaRounding } from "../model/vocabulary.js";

/*
 * GPA division and rounding, exactly, in integer arithmetic. DESIGN.md §8 bounds every number to
 * 30 digits, so the operands of a GPA are a few dozen digits at most and BigInt division with its
 * remainder gives the exact rounded quotient: no decimal library is needed at run time (tests
 * hold these results equal to decimal.js at high precision).
 */

/** q rounded by the remainder r of a division by d (|r| < |d|, r with the dividend's sign). */
function settleRounding(q: bigint, r: bigint, d: bigint, negative: boolean, rounding: GpaRounding): bigint {
  if (rounding === "truncate" || r === 0n) return q;
  const twice = 2n * (r < 0n ? -r : r);
  return twice >= (d < 0n ? -d : d) ? q + (negative ? -1n : 1n) : q;
}

function toUnits(value: bigint): number | bigint {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

/** Rounds an exact decimal to `places` places: `halfUp` (…5 away from zero) or `truncate`. */
export function roundTo(value: Fixed, places: number, rounding: GpaRounding): Fixed {
  if (value.scale <= places) return value;
  const units = BigInt(value.units);
  const factor = pow10(value.scale - places);
  const q = settleRounding(units / factor, units % factor, factor, units < 0n, rounding);
  return { units: toUnits(q), scale: places };
}

/** numerator / denominator rounded to `places` places, exactly. */
export function divideRounded(numerator: Fixed, denominator: Fixed, places: number, rounding: GpaRounding): Fixed {
  return divideSmall(numerator, denominator, places, rounding) ?? divideBig(numerator, denominator, places, rounding);
}

// Operands stay below 2^50 so that quotient × divisor (at most one divisor past the dividend)
// and twice the remainder are exact in a double.
const LIMIT = 2 ** 50;
const TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The same quotient in plain number arithmetic when every intermediate value is a safe integer
 * (a GPA's sums almost always are): N × 10^places / D with N and D brought to one scale.
 * Undefined when a value would leave the safe range.
 */
function divideSmall(numerator: Fixed, denominator: Fixed, places: number, rounding: GpaRounding): Fixed | undefined {
  const { units: nu, scale: ns } = numerator;
  const { units: du, scale: ds } = denominator;
  if (typeof nu !== "number" || typeof du !== "number" || du === 0) return undefined;
  const up = ds + places;
  if (up >= TEN.length || ns >= TEN.length) return undefined;
  const a = nu * TEN[up]!;
  const b = du * TEN[ns]!;
  if (!(Math.abs(a) <= LIMIT && Math.abs(b) <= LIMIT)) return undefined;
  const negative = a < 0 !== b < 0;
  const x = Math.abs(a);
  const y = Math.abs(b);
  let q = Math.floor(x / y);
  // The float division may be one off near an integer; the exact remainder settles it.
  let r = x - q * y;
  while (r < 0) {
    q -= 1;
    r += y;
  }
  while (r >= y) {
    q += 1;
    r -= y;
  }
  if (rounding === "halfUp" && 2 * r >= y) q += 1;
  return { units: negative && q !== 0 ? -q : q, scale: places };
}

function divideBig(numerator: Fixed, denominator: Fixed, places: number, rounding: GpaRounding): Fixed {
  const n = BigInt(numerator.units) * pow10(denominator.scale + places);
  const d = BigInt(denominator.units) * pow10(numerator.scale);
  const q = settleRounding(n / d, n % d, d, n < 0n !== d < 0n, rounding);
  return { units: toUnits(q), scale: places };
}
