import { Decimal } from "decimal.js";
import { formatDecimal, readDecimal, type Fixed } from "./fixed.js";

/** How a GPA is cut to `gpaDecimals` places: `halfUp` rounds …5 away from zero, `truncate` drops digits. */
export type GpaRounding = "halfUp" | "truncate";

// A private constructor: Decimal.set would change the host application's decimal.js. Integer
// division and rounding below are exact as long as precision covers the integers' digits.
const Exact = Decimal.clone({ precision: 1_000_000, rounding: Decimal.ROUND_DOWN });

function toDecimal(a: Fixed): Decimal {
  return new Exact(formatDecimal(a));
}

/** Rounds an exact decimal to `places` places. */
export function roundTo(value: Fixed, places: number, rounding: GpaRounding): Fixed {
  const mode = rounding === "halfUp" ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN;
  return readDecimal(toDecimal(value).toFixed(places, mode)) as Fixed;
}

/**
 * numerator / denominator rounded to `places` places, computed exactly: the integer quotient of
 * (numerator × 10^places) by the denominator, then the remainder decides a half-up step.
 */
export function divideRounded(numerator: Fixed, denominator: Fixed, places: number, rounding: GpaRounding): Fixed {
  const n = toDecimal(numerator).times(new Exact(10).pow(places));
  const d = toDecimal(denominator);
  let quotient = n.divToInt(d);
  if (rounding === "halfUp") {
    const twiceRemainder = n.minus(quotient.times(d)).abs().times(2);
    if (twiceRemainder.gte(d.abs())) quotient = quotient.plus(n.isNegative() !== d.isNegative() ? -1 : 1);
  }
  return readDecimal(quotient.div(new Exact(10).pow(places)).toFixed()) as Fixed;
}
