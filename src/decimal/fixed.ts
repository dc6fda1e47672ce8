import { describeValue } from "../errors/index.js";

/*
 * Exact decimals as scaled integers: value = units / 10^scale. Sums and comparisons of credits,
 * scores and grade points are integer arithmetic, so no binary floating point ever touches them
 * and no decimal.js object is built per transcript line (decimal.js does the dividing; see gpa.ts).
 *
 * `units` is a JavaScript number while it is a safe integer (every credit and GPA a district
 * writes), which keeps the per-student arithmetic allocation-free, and a BigInt beyond that, so a
 * value of any length stays exact. Every operation checks the bound and moves to BigInt before
 * a result could round.
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
function settle(units: bigint): Units {
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

/** Sign, digits, optional point and digits, surrounding white space; anything else is undefined. */
function fromText(text: string): Fixed | undefined {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  const negative = text.charCodeAt(start) === 45; // "-"
  if (negative) start++;
  if (start === end) return undefined;
  // Digits accumulate into a number while they are few enough to stay exact (15), so the
  // common short values need neither a substring nor a BigInt.
  let point = -1;
  let units = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      units = units * 10 + (c - 48);
      digits++;
    } else if (c === 46 && point < 0 && i > start && i < end - 1) {
      point = i;
    } else {
      return undefined;
    }
  }
  const scale = point < 0 ? 0 : end - point - 1;
  if (digits > 15) {
    const all = point < 0 ? text.slice(start, end) : text.slice(start, point) + text.slice(point + 1, end);
    const big = settle(BigInt(all));
    return { units: negative ? -big : big, scale };
  }
  return { units: negative && units !== 0 ? -units : units, scale };
}

// JavaScript's \s, which DESIGN.md lets surround a decimal string.
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Reads a JSON number (through its shortest string form, so `0.1` is exactly one tenth) or a
 * decimal string `-?digits(.digits)?` (surrounding spaces ignored). Returns the number, or a
 * sentence saying why the value is not one.
 */
export function readDecimal(value: unknown): Fixed | string {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return { units: value === 0 ? 0 : value, scale: 0 };
    if (!Number.isFinite(value)) return `expected a decimal number, but found ${String(value)}`;
    const text = String(value);
    if (text.includes("e")) {
      return `the number ${text} needs exponent notation; write it as a decimal string instead`;
    }
    return fromText(text)!;
  }
  if (typeof value === "string") {
    return (
      fromText(value) ??
      `expected a decimal number like "2.5", but found ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
    );
  }
  return `expected a decimal number, but found ${describeValue(value)}`;
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
  return add(a, { units: -b.units, scale: b.scale });
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
