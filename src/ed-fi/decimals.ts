import { digitCounts, formatDecimal, type Fixed } from "../decimal/fixed.js";
import { readDecimal } from "../decimal/read.js";

/*
 * Credits, grade points and scores stay exact: a JSON number is read through its shortest string
 * form and every value leaves the adapter as a decimal string (`"0.5"`), never as a float that a
 * later sum could round. Imported from fixed.ts, not the decimal index, so decimal.js stays out of
 * this entry's bundle.
 */

/** DESIGN.md §8: at most 30 digits, leading zeros of the integer part and trailing zeros not counted. */
export const MAX_DIGITS = 30;

/** A value the resource schemas accepted (a plain-notation JSON number or decimal string). */
export function exact(value: number | string): Fixed {
  return readDecimal(value) as Fixed;
}

/** The value in the §2 text form: `"2.5"`, `"0"`. */
export function decimalText(value: number | string): string {
  return formatDecimal(exact(value));
}

/** Text that should hold a number (an assessment result, a cut score): the number, or undefined. */
export function readScore(text: string): Fixed | undefined {
  const read = readDecimal(text);
  return typeof read === "string" || tooManyDigits(read) ? undefined : read;
}

export function tooManyDigits(value: Fixed): boolean {
  const { integerDigits, fractionDigits } = digitCounts(value);
  return integerDigits + fractionDigits > MAX_DIGITS;
}

const pow = (n: number) => 10n ** BigInt(n);

/** n / d rounded half up to `places` places, in integer arithmetic (d must not be zero). */
export function quotient(n: Fixed, d: Fixed, places: number): Fixed {
  let num = BigInt(n.units) * pow(d.scale + places);
  let den = BigInt(d.units) * pow(n.scale);
  const negative = num < 0n !== den < 0n;
  if (num < 0n) num = -num;
  if (den < 0n) den = -den;
  const q = (2n * num + den) / (2n * den);
  const units = negative ? -q : q;
  return { units: units >= BigInt(-Number.MAX_SAFE_INTEGER) && units <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(units) : units, scale: places };
}
