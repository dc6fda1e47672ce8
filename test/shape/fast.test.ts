import { describe, expect, it } from "vitest";
import { readDecimal } from "../../src/decimal/index.js";
import { decimal, REJECT } from "../../src/shape/fast.js";

/** What the fast reader makes of a text: its value, or "rejected". */
function fast(text: string, nonNegative: boolean): unknown {
  try {
    return decimal(text, nonNegative);
  } catch (error) {
    if (error !== REJECT) throw error;
    return "rejected";
  }
}

/** Every text of `alphabet` from 1 to `longest` characters. */
function texts(alphabet: string, longest: number): string[] {
  let level = [""];
  const out: string[] = [];
  for (let n = 1; n <= longest; n++) {
    level = level.flatMap((prefix) => [...alphabet].map((c) => prefix + c));
    out.push(...level);
  }
  return out;
}

describe("decimal (src/shape/fast.ts)", () => {
  // Each text twice: the second read comes from the table or the map the first one filled.
  it("reads every short text of number characters as readDecimal does, kept or not", () => {
    const all = texts("-./0123456789", 3);
    for (const round of [1, 2]) {
      for (const text of all) {
        const read = readDecimal(text);
        const expected = typeof read === "string" ? "rejected" : read;
        expect(fast(text, false), `${text} (read ${round})`).toEqual(expected);
        const nonNegative = typeof read === "string" || read.units < 0 ? "rejected" : read;
        expect(fast(text, true), `${text} where negatives are refused (read ${round})`).toEqual(nonNegative);
      }
    }
  });

  it("a short text with any other character reads as readDecimal reads it", () => {
    for (const text of ["1e2", " 1", "1 ", "+1", "0x1", "١"]) expect(fast(text, false)).toEqual(typeof readDecimal(text) === "string" ? "rejected" : readDecimal(text));
  });
});
