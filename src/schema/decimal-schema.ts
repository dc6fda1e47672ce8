import * as z from "zod/mini";
import { readDecimal, sign } from "../decimal/index.js";

/** The text form DESIGN.md §2 allows: `-?digits(.digits)?`, surrounding spaces ignored. */
export const DECIMAL_PATTERN = /^\s*-?\d+(?:\.\d+)?\s*$/;

/*
 * A credit, score, GPA or minimum: a JSON number or a decimal string. The pattern is what JSON
 * Schema can say; the refinement holds the rest of what `readDecimal` checks (exponent notation,
 * the 30-digit limit of §8) and, for amounts, the sign rule. No transform here, so the schema
 * converts to JSON Schema; `readDecimal` turns an accepted value into an exact number.
 */
function decimalValue(nonNegative: boolean) {
  const params = { params: { decimal: true } };
  const accepts = (value: string | number) => {
    const read = readDecimal(value);
    return typeof read !== "string" && !(nonNegative && sign(read) < 0);
  };
  return z.union([
    z.number().check(z.refine(accepts, params)),
    // A text the pattern rejects is reported by the pattern alone.
    z.string().check(z.regex(DECIMAL_PATTERN), z.refine((s) => !DECIMAL_PATTERN.test(s) || accepts(s), params)),
  ]);
}

/** A decimal that may be negative (scores). */
export const DecimalValue = decimalValue(false);
/** A decimal that must be ≥ 0 (credits, grade points, minimums: DESIGN.md §8 "Signs"). */
export const NonNegativeDecimalValue = decimalValue(true);
