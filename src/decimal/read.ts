import { describeValue } from "../errors/index.js";
import { settle, type Fixed } from "./fixed.js";

/**
 * The most digits a number may have (DESIGN.md §8, rule ): the integer part without its
 * leading zeros plus the fraction without its trailing zeros, so `"007.50"` has 2 and
 * `"0.000…01"` with 30 places has 30. A JSON number is counted in its shortest form.
 */
export const MAX_DIGITS = 30;

// While at most this many digits accumulate, the units stay exact in a double (10^15 < 2^53).
const NUMBER_DIGITS = 15;

/**
 * Reads `-?digits(.digits)?` between white space: the value, the number of digits when there are
 * more than MAX_DIGITS, or undefined when the text has another form. One pass over the text
 * finds the significant digits; only they are converted, so leading zeros of the integer part and
 * trailing zeros of the fraction cost a scan and nothing else (no substring, no BigInt), and a
 * value of any length is rejected in time linear in its length.
 */
function fromText(text: string): Fixed | number | undefined {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  const negative = text.charCodeAt(start) === 45; // "-"
  if (negative) start++;
  if (start === end) return undefined;
  let point = -1;
  let lead = -1; // first non-zero digit of the integer part
  let last = -1; // last non-zero digit of the fraction
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 49 && c <= 57) {
      if (point >= 0) last = i;
      else if (lead < 0) lead = i;
    } else if (c === 46 && point < 0 && i > start && i < end - 1) {
      point = i;
    } else if (c !== 48) {
      return undefined;
    }
  }
  const integerEnd = point < 0 ? end : point;
  const integerDigits = lead < 0 ? 0 : integerEnd - lead;
  const scale = last < 0 ? 0 : last - point;
  const digits = integerDigits + scale;
  if (digits > MAX_DIGITS) return digits;
  if (digits <= NUMBER_DIGITS) {
    let units = 0;
    if (lead >= 0) for (let i = lead; i < integerEnd; i++) units = units * 10 + (text.charCodeAt(i) - 48);
    for (let i = point + 1; i <= last; i++) units = units * 10 + (text.charCodeAt(i) - 48);
    // `-0` and `-0.00` are zero, never a negative zero.
    return { units: negative && units !== 0 ? -units : units, scale };
  }
  const integer = lead < 0 ? "" : text.slice(lead, integerEnd);
  const fraction = last < 0 ? "" : text.slice(point + 1, last + 1);
  const big = settle(BigInt(integer + fraction));
  return { units: negative ? -big : big, scale };
}

// JavaScript's \s, which DESIGN.md lets surround a decimal string.
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function tooManyDigits(value: unknown, digits: number): string {
  return `${describeValue(value)} has too many digits (${digits}): at most ${MAX_DIGITS} digits are allowed`;
}

/**
 * Reads a JSON number (through its shortest string form, so `0.1` is exactly one tenth) or a
 * decimal string `-?digits(.digits)?` (surrounding spaces ignored) of at most MAX_DIGITS digits.
 * Returns the number, or a sentence saying why the value is not one. `-0` reads as 0.
 */
export function readDecimal(value: unknown): Fixed | string {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return { units: value === 0 ? 0 : value, scale: 0 };
    if (!Number.isFinite(value)) return `expected a decimal number, but found ${String(value)}`;
    const text = String(value);
    if (text.includes("e")) {
      return `the number ${text} needs exponent notation; write it as a decimal string instead`;
    }
    // A shortest form without an exponent has at most 22 digits: always within the limit.
    const read = fromText(text)!;
    return typeof read === "number" ? tooManyDigits(value, read) : read;
  }
  if (typeof value === "string") {
    const read = fromText(value);
    if (read === undefined) return `expected a decimal number like "2.5", but found ${describeValue(value)}`;
    return typeof read === "number" ? tooManyDigits(value, read) : read;
  }
  return `expected a decimal number, but found ${describeValue(value)}`;
}
