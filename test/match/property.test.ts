import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePatternList, isPatternProblem, matchParsed, matchWildcard, parsePattern } from "../../src/match/index.js";
import { referenceMatch, referenceTokens } from "./reference.js";

const RUNS = 3000;

const patternPiece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("a", "b", "A", "B", "[", "]", "^", "-", "!", "Z", "`") },
  { weight: 3, arbitrary: fc.constantFrom("%", "_") },
  {
    weight: 3,
    arbitrary: fc.constantFrom("[a-b]", "[^A]", "[-a]", "[a-]", "[[]", "[%]", "[_]", "[B-a]", "[^a-b-]", "[ab]", "[A-B]", "[b-a]", "[--a]", "[^-]"),
  },
);
const pattern = fc.array(patternPiece, { maxLength: 10 }).map((pieces) => pieces.join(""));
const value = fc.array(fc.constantFrom("a", "b", "A", "B", "-", "]", "[", "!", "%", "_", "^", "Z"), { maxLength: 10 }).map((cs) => cs.join(""));

/** A value built to match the pattern more often than chance: its literal characters, with noise. */
const nearValue = (p: string): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constant("") }, fc.constantFrom("a", "B", "-", "ab", "_")), {
      minLength: p.length + 1,
      maxLength: p.length + 1,
    })
    .map((noise) =>
      [...p]
        .map((c, i) => (/[%_[\]^]/.test(c) ? "" : c) + (noise[i] ?? ""))
        .join(""),
    );

describe("matcher agrees with the reference", () => {
  it("on generated patterns and values, both case modes", () => {
    fc.assert(
      fc.property(pattern, value, fc.boolean(), (p, v, caseSensitive) => {
        const expected = referenceMatch(p, v, caseSensitive);
        const parsed = parsePattern(p, caseSensitive);
        expect(isPatternProblem(parsed)).toBe(expected === "malformed");
        if (expected === "malformed" || isPatternProblem(parsed)) return;
        expect(matchParsed(parsed, v)).toBe(expected);
        expect(matchWildcard(p, v, { caseSensitive })).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it("on values built to nearly match the pattern", () => {
    const patternAndValue = pattern.chain((p) => fc.tuple(fc.constant(p), nearValue(p)));
    let matched = 0;
    fc.assert(
      fc.property(patternAndValue, fc.boolean(), ([p, v], caseSensitive) => {
        const expected = referenceMatch(p, v, caseSensitive);
        if (expected === "malformed") return;
        expect(matchWildcard(p, v, { caseSensitive })).toBe(expected);
        if (expected) matched++;
      }),
      { numRuns: RUNS },
    );
    // Random values seldom match a random pattern; these must, often, for the property to bite.
    expect(matched).toBeGreaterThan(RUNS / 10);
  });

  it("on the malformed position", () => {
    fc.assert(
      fc.property(pattern, fc.boolean(), (p, caseSensitive) => {
        const reference = referenceTokens(p);
        const parsed = parsePattern(p, caseSensitive);
        if (Array.isArray(reference)) expect(isPatternProblem(parsed)).toBe(false);
        else expect(isPatternProblem(parsed) ? parsed.position : undefined).toBe(reference.malformedAt);
      }),
      { numRuns: RUNS },
    );
  });

  it("pattern lists: includes/excludes equal any-entry matching by the reference", () => {
    const entry = fc.tuple(fc.boolean(), pattern).map(([excluded, p]) => (excluded ? `!${p}` : p));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), value, fc.boolean(), (entries, v, caseSensitive) => {
        const valid = entries.filter((e) => referenceMatch(e.replace(/^!/, ""), "", true) !== "malformed");
        const list = compilePatternList(valid, caseSensitive);
        const hits = (excluded: boolean): boolean =>
          valid.some((e) => e.startsWith("!") === excluded && referenceMatch(excluded ? e.slice(1) : e, v, caseSensitive) === true);
        expect(list.includes(v)).toBe(hits(false));
        expect(list.excludes(v)).toBe(hits(true));
        expect(list.hasPositive).toBe(valid.some((e) => !e.startsWith("!")));
      }),
      { numRuns: RUNS },
    );
  });

  it("never throws anything but a ProgramDefinitionError on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), fc.boolean(), (p, v, caseSensitive) => {
        try {
          const result = matchWildcard(p, v, { caseSensitive });
          expect(result).toBe(referenceMatch(p, v, caseSensitive));
        } catch (error) {
          expect((error as Error).name).toBe("ProgramDefinitionError");
          expect(referenceMatch(p, v, caseSensitive)).toBe("malformed");
        }
      }),
      { numRuns: RUNS },
    );
  });
});
