import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPatternIndex } from "../../src/match/pattern-index.js";
import { isLiteralPattern, isPatternProblem, parsePattern, type ParsedPattern } from "../../src/match/pattern.js";
import { instantiate, pattern } from "./list-arbitraries.js";
import { referenceMatch } from "./reference.js";

/** The pattern parsed, with each matcher run on it counted (the matcher reads `segments` once per run). */
function counted(source: string, caseSensitive: boolean, runs: { n: number }): ParsedPattern {
  const parsed = parsePattern(source, caseSensitive);
  if (isPatternProblem(parsed)) throw new Error(source);
  return Object.defineProperty({ ...parsed }, "segments", {
    get: () => {
      runs.n++;
      return parsed.segments;
    },
  });
}

function matches(index: ReturnType<typeof createPatternIndex>, value: string): number[] {
  const ids: number[] = [];
  index.matches(value, (id) => ids.push(id));
  return ids.sort((a, b) => a - b);
}

describe("the pattern index", () => {
  it("runs the matcher only on the patterns a value could match, however many there are", () => {
    const runs = { n: 0 };
    const index = createPatternIndex();
    const catalogue: string[] = [];
    for (let n = 0; n < 2000; n++) {
      const department = `D${n % 40}`;
      catalogue.push(`${department}-${n}%`, `%${department}-${n}`, `_${department}-${n}%`, `${department}-${n}`);
    }
    for (const p of catalogue) index.add(isLiteralPattern(p) ? p : counted(p, true, runs));
    const everything = index.add(counted("%", true, runs));
    const expected = (value: string) =>
      [...catalogue, "%"].flatMap((p, id) => (referenceMatch(p, value, true) === true ? [id] : []));
    for (const value of ["D7-47", "xD7-47Z", "D7-1047x", "_D7-447", "Q"]) {
      runs.n = 0;
      expect(matches(index, value)).toEqual(expected(value));
      // `%` and the few patterns that share a literal prefix, suffix or run with the value.
      expect(runs.n, value).toBeLessThan(12);
    }
    expect(expected("D7-47")).toContain(everything);
  });

  it("gives an equal pattern the same id, and tells case modes apart only through folding", () => {
    const index = createPatternIndex();
    const a = index.add(parsePattern("AB%", false) as ParsedPattern);
    expect(index.add(parsePattern("ab%", false) as ParsedPattern)).toBe(a);
    expect(index.add("ab")).not.toBe(a);
    expect(index.add("ab")).toBe(index.add("ab"));
  });

  it("finds exactly the patterns the reference matcher matches", () => {
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.nat(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        (patterns, caseSensitive, pick, choices) => {
          const index = createPatternIndex();
          const ids = patterns.map((p) =>
            index.add(isLiteralPattern(p) ? (caseSensitive ? p : p.toLowerCase()) : (parsePattern(p, caseSensitive) as ParsedPattern)),
          );
          const value = instantiate(patterns[pick % patterns.length]!, choices);
          const folded = caseSensitive ? value : value.toLowerCase();
          const expected = [...new Set(ids.filter((_, i) => referenceMatch(patterns[i]!, value, caseSensitive) === true))].sort((a, b) => a - b);
          expect(matches(index, folded)).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
