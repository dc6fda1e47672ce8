import * as z from "zod/mini";

/** The text form DESIGN.md §2 allows: `-?digits(.digits)?`, surrounding spaces ignored. */
export const DECIMAL_PATTERN = /^\s*-?\d+(?:\.\d+)?\s*$/;

/**
 * A credit, score, GPA or minimum: a JSON number or a decimal string. No transform here, so the
 * schema converts to JSON Schema; `readDecimal` turns an accepted value into an exact number.
 */
export const DecimalValue = z.union([
  z.number().check(
    z.refine((n) => !String(n).includes("e"), { params: { decimalNotation: true } }),
  ),
  z.string().check(z.regex(DECIMAL_PATTERN)),
]);
