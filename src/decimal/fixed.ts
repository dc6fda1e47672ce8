/*
 * Exact decimals as scaled integers: value = units / 10^scale. Sums and comparisons of credits,
 * scores and grade points are integer arithmetic, so no binary floating point ever touches them
 * and no decimal.js object is built per transcript line (decimal.js does the dividing; see gpa.ts).
 *
 * `units` is a JavaScript number while it is a safe integer (every credit and GPA a district
 * writes), which keeps the per-student arithmetic allocation-free, and a BigInt beyond that, so
 * every value readDecimal accepts (at most MAX_DIGITS digits) and every sum and product of them
 * stays exact. Every operation checks the bound and moves to BigInt before a result could round.
 */

type Units = number | bigint;

/** An exact decimal number. Treat as opaque; build with `readDecimal`, print with `formatDecimal`. */
export interface Fixed {
  readonly units: Units;
  readonly scale: number;
}

export const ZERO: Fixed = { units: 0, scale: 0 };

const MAX = Number.MAX_SAFE_INTEGER;
const POWERS: bigint[] = [1n];
const NUMBER_POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

export function pow10(n: number): bigint {
  for (let i = POWERS.length; i <= n; i++) POWERS.push(POWERS[i - 1]! * 10n);
  return POWERS[n]!;
}

/** A BigInt result goes back to a number when it fits, so later arithmetic stays fast. */
export function settle(units: bigint): Units {
  return units >= -MAX && units <= MAX ? Number(units) : units;
}

function scaleUp(units: Units, by: number): Units {
  if (by === 0) return units;
  if (typeof units === "number" && by < NUMBER_POWERS.length) {
    const result = units * NUMBER_POWERS[by]!;
    if (result >= -MAX && result <= MAX) return result;
  }
  return BigInt(units) * pow10(by);
}

export function add(a: Fixed, b: Fixed): Fixed {
  if (b.units === 0 || b.units === 0n) return a;
  if (a.units === 0 || a.units === 0n) return b;
  const scale = a.scale > b.scale ? a.scale : b.scale;
  const x = scaleUp(a.units, scale - a.scale);
  const y = scaleUp(b.units, scale - b.scale);
  if (typeof x === "number" && typeof y === "number") {
    const sum = x + y;
    if (sum >= -MAX && sum <= MAX) return { units: sum, scale };
  }
  return { units: settle(BigInt(x) + BigInt(y)), scale };
}

export function subtract(a: Fixed, b: Fixed): Fixed {
  // 0 - 0 must not give a negative zero.
  return add(a, { units: b.units === 0 ? 0 : -b.units, scale: b.scale });
}

export function multiply(a: Fixed, b: Fixed): Fixed {
  const scale = a.scale + b.scale;
  if (typeof a.units === "number" && typeof b.units === "number") {
    const product = a.units * b.units;
    if (product >= -MAX && product <= MAX) return { units: product === 0 ? 0 : product, scale };
  }
  return { units: settle(BigInt(a.units) * BigInt(b.units)), scale };
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Fixed, b: Fixed): -1 | 0 | 1 {
  const scale = a.scale > b.scale ? a.scale : b.scale;
  // Mixed number/BigInt comparisons are exact in JavaScript.
  const x = scaleUp(a.units, scale - a.scale);
  const y = scaleUp(b.units, scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(a: Fixed): boolean {
  return a.units === 0 || a.units === 0n;
}

export function sign(a: Fixed): -1 | 0 | 1 {
  return a.units < 0 ? -1 : a.units > 0 ? 1 : 0;
}

/**
 * The units of `a` at a scale at least its own, when they are a safe integer; undefined otherwise.
 * Lets a hot loop add many values at one scale as plain integers and compare once.
 */
export function unitsAt(a: Fixed, scale: number): number | undefined {
  if (typeof a.units !== "number" || scale < a.scale) return undefined;
  const units = scaleUp(a.units, scale - a.scale);
  return typeof units === "number" ? units : undefined;
}

export function max(a: Fixed, b: Fixed): Fixed {
  return compare(a, b) >= 0 ? a : b;
}

// Reports print the same few credits and GPAs ("1", "0.5", "3.75") for every student: small
// non-negative values are formatted once and kept, by scale and units.
const SMALL = 100_000;
const FORMATTED: (string | undefined)[][] = [];

/** Plain notation, no exponent, no trailing zeros: "2.5", "0", "-0.125", "3.2857". */
export function formatDecimal(a: Fixed): string {
  const units = a.units;
  if (typeof units === "number" && units >= 0 && units < SMALL && a.scale < 8) {
    const byUnits = (FORMATTED[a.scale] ??= []);
    return (byUnits[units] ??= format(a));
  }
  return format(a);
}

function format(a: Fixed): string {
  const negative = a.units < 0;
  // Safe integers print without exponent; BigInts never use one.
  let digits = String(negative ? -a.units : a.units);
  if (a.scale > 0) {
    if (digits.length <= a.scale) digits = digits.padStart(a.scale + 1, "0");
    const cut = digits.length - a.scale;
    let end = digits.length;
    while (end > cut && digits.charCodeAt(end - 1) === 48) end--;
    digits = end === cut ? digits.slice(0, cut) : `${digits.slice(0, cut)}.${digits.slice(cut, end)}`;
  }
  return negative && digits !== "0" ? `-${digits}` : digits;
}

/** Digits before and after the point, once leading and trailing zeros are dropped ("03.10" → 1, 1). */
export function digitCounts(a: Fixed): { integerDigits: number; fractionDigits: number } {
  const text = formatDecimal(a).replace("-", "");
  const [whole = "", fraction = ""] = text.split(".");
  return { integerDigits: whole === "0" ? 0 : whole.length, fractionDigits: fraction.length };
}

/** A running exact sum, updated in place: loops over a student's records add without allocating. */
export interface Sum {
  units: Units;
  scale: number;
}

export function newSum(): Sum {
  return { units: 0, scale: 0 };
}

/** target += a */
export function addTo(target: Sum, a: Fixed): void {
  addUnitsTo(target, a.units, a.scale);
}

/** target += units / 10^scale, in place while everything stays a safe integer. */
function addUnitsTo(target: Sum, units: Units, scale: number): void {
  if (units === 0 || units === 0n) return;
  if (typeof units === "number" && typeof target.units === "number") {
    // Align in place: the sum moves to the finer scale of the two.
    const common = target.scale > scale ? target.scale : scale;
    const x = scaleUp(target.units, common - target.scale);
    const y = scaleUp(units, common - scale);
    if (typeof x === "number" && typeof y === "number") {
      const result = x + y;
      if (result >= -MAX && result <= MAX) {
        target.units = result;
        target.scale = common;
        return;
      }
    }
  }
  const result = add(target, { units, scale });
  target.units = result.units;
  target.scale = result.scale;
}

/** target += a × b */
export function addProductTo(target: Sum, a: Fixed, b: Fixed): void {
  if (typeof a.units === "number" && typeof b.units === "number") {
    const product = a.units * b.units;
    if (product >= -MAX && product <= MAX) {
      addUnitsTo(target, product, a.scale + b.scale);
      return;
    }
  }
  addTo(target, multiply(a, b));
}
