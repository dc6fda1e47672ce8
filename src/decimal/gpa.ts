import { Decimal } from "decimal.js";
import type { Fixed } from "./fixed.js";
import { readDecimal } from "./read.js";

/** How a GPA is cut to `gpaDecimals` places: `halfUp` rounds …5 away from zero, `truncate` drops digits. */
export type GpaRounding = "halfUp" | "truncate";

/*
 * Private decimal.js constructors, one per working precision: Decimal.set would change the host
 * application's decimal.js. Every constructor truncates (ROUND_DOWN), which is what makes one
 * division enough (see divideRounded).
 */
const constructors = new Map<number, typeof Decimal>();

function withPrecision(precision: number): typeof Decimal {
  let Ctor = constructors.get(precision);
  if (Ctor === undefined) {
    Ctor = Decimal.clone({ precision, rounding: Decimal.ROUND_DOWN });
    constructors.set(precision, Ctor);
  }
  return Ctor;
}

const MODE: Record<GpaRounding, Decimal.Rounding> = { halfUp: Decimal.ROUND_HALF_UP, truncate: Decimal.ROUND_DOWN };

/** The exact value in decimal.js's exponent form, without building a string of zeros. */
function text(a: Fixed): string {
  return a.scale === 0 ? String(a.units) : `${a.units}e-${a.scale}`;
}

/** Position of the leading digit, as a power of ten, plus one (0.05 → -1, 12.3 → 2). */
function magnitude(a: Fixed): number {
  const units = a.units < 0 ? -a.units : a.units;
  return String(units).length - a.scale;
}

function fromDecimal(value: Decimal, places: number): Fixed {
  return readDecimal(value.toFixed(places)) as Fixed;
}

/** Rounds an exact decimal to `places` places. */
export function roundTo(value: Fixed, places: number, rounding: GpaRounding): Fixed {
  return fromDecimal(new (withPrecision(1))(text(value)).toDecimalPlaces(places, MODE[rounding]), places);
}

/**
 * numerator / denominator rounded to `places` places, exactly. The quotient is computed once,
 * truncated at a precision that keeps `places + 2` digits after the point; truncation never
 * moves a value across a rounding boundary (a number with at most `places + 1` decimals), so
 * rounding that quotient gives the same result as rounding the exact one.
 */
export function divideRounded(numerator: Fixed, denominator: Fixed, places: number, rounding: GpaRounding): Fixed {
  return divideSmall(numerator, denominator, places, rounding) ?? divideWithDecimalJs(numerator, denominator, places, rounding);
}

// Operands stay below 2^50 so that quotient × divisor (at most one divisor past the dividend)
// and twice the remainder are exact in a double.
const LIMIT = 2 ** 50;
const TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The same quotient in plain integer arithmetic when every intermediate value is a safe integer
 * (a GPA's sums always are): N × 10^places / D with N and D brought to one scale. A property test
 * holds it equal to the decimal.js path. Undefined when a value would leave the safe range.
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

function divideWithDecimalJs(numerator: Fixed, denominator: Fixed, places: number, rounding: GpaRounding): Fixed {
  const precision = Math.max(magnitude(numerator) - magnitude(denominator) + 2, 1) + places + 2;
  const Ctor = withPrecision(precision);
  const quotient = new Ctor(text(numerator)).div(new Ctor(text(denominator)));
  return fromDecimal(quotient.toDecimalPlaces(places, MODE[rounding]), places);
}
