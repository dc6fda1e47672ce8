export {
  type Fixed,
  ZERO,
  add,
  subtract,
  multiply,
  compare,
  isZero,
  sign,
  max,
  formatDecimal,
  digitCounts,
  pow10,
  type Sum,
  newSum,
  addTo,
  addProductTo,
  unitsAt,
} from "./fixed.js";
export { MAX_DIGITS, readDecimal } from "./read.js";
export { type GpaRounding, divideRounded, roundTo } from "./gpa.js";
