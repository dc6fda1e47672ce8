export {
  type Fixed,
  ZERO,
  readDecimal,
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
} from "./fixed.js";
export { type GpaRounding, divideRounded, roundTo } from "./gpa.js";
