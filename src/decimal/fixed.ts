/*
 * Exact decimals as scaled integers: value = units / 10^scale. Sums and comparisons of credits,
 * scores and grade points are integer arithmetic, so no binary floating point ever touches them
 * and no decimal.js object is built per transcript line (decimal.js does the dividing; see gpa.ts).
 */

/** An exact decimal number. Treat as opaque; build with `readDecimal`, print with `formatDecimal`. */
export interface Fixed {
  readonly units: bigint;
  readonly scale: number;
}

export const ZERO: Fixed = { units: 0n, scale: 0 };

const POWERS: bigint[] = [1n];
export function pow10(n: number): bigint {
  for (let i = POWERS.length; i <= n; i++) POWERS.push(POWERS[i - 1]! * 10n);
  return POWERS[n]!;
}

const DECIMAL_TEXT = /^\s*(-?)(\d+)(?:\.(\d+))?\s*$/;

/**
 * Reads a JSON number (through its shortest string form, so `0.1` is exactly one tenth) or a
 * decimal string `-?digits(.digits)?` (surrounding spaces ignored). Returns the number, or a
 * sentence saying why the value is not one.
 */
export function readDecimal(value: unknown): Fixed | string {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return { units: BigInt(value), scale: 0 };
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
  return `expected a decimal number, but found ${describe(value)}`;
}

function fromText(text: string): Fixed | undefined {
  const m = DECIMAL_TEXT.exec(text);
  if (m === null) return undefined;
  const fraction = m[3] ?? "";
  const units = BigInt(m[2]! + fraction);
  return { units: m[1] === "-" ? -units : units, scale: fraction.length };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : typeof value === "boolean" ? String(value) : typeof value;
}

function align(a: Fixed, b: Fixed): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.units, b.units, a.scale];
  if (a.scale > b.scale) return [a.units, b.units * pow10(a.scale - b.scale), a.scale];
  return [a.units * pow10(b.scale - a.scale), b.units, b.scale];
}

export function add(a: Fixed, b: Fixed): Fixed {
  if (b.units === 0n) return a;
  if (a.units === 0n) return b;
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

export function subtract(a: Fixed, b: Fixed): Fixed {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}

export function multiply(a: Fixed, b: Fixed): Fixed {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Fixed, b: Fixed): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(a: Fixed): boolean {
  return a.units === 0n;
}

export function sign(a: Fixed): -1 | 0 | 1 {
  return a.units < 0n ? -1 : a.units > 0n ? 1 : 0;
}

export function max(a: Fixed, b: Fixed): Fixed {
  return compare(a, b) >= 0 ? a : b;
}

/** Plain notation, no exponent, no trailing zeros: "2.5", "0", "-0.125", "3.2857". */
export function formatDecimal(a: Fixed): string {
  const negative = a.units < 0n;
  let digits = (negative ? -a.units : a.units).toString();
  if (a.scale > 0) {
    digits = digits.padStart(a.scale + 1, "0");
    const whole = digits.slice(0, digits.length - a.scale);
    const fraction = digits.slice(digits.length - a.scale).replace(/0+$/, "");
    digits = fraction === "" ? whole : `${whole}.${fraction}`;
  }
  return negative && digits !== "0" ? `-${digits}` : digits;
}

/** Digits before and after the point, once leading and trailing zeros are dropped ("03.10" → 1, 1). */
export function digitCounts(a: Fixed): { integerDigits: number; fractionDigits: number } {
  const text = formatDecimal(a).replace("-", "");
  const [whole = "", fraction = ""] = text.split(".");
  return { integerDigits: whole === "0" ? 0 : whole.length, fractionDigits: fraction.length };
}
