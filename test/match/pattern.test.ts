import { describe, expect, it } from "vitest";
import { isLiteralPattern, isPatternProblem, parsePattern, type ParsedPattern } from "../../src/match/index.js";

function parse(pattern: string, caseSensitive = true): ParsedPattern {
  const parsed = parsePattern(pattern, caseSensitive);
  if (isPatternProblem(parsed)) throw new Error(`unexpected problem: ${parsed.message}`);
  return parsed;
}

describe("parsePattern", () => {
  it("splits at each run of % into fixed-length segments", () => {
    const parsed = parse("ENG%%1_%[a-c]");
    expect(parsed.segments.map((s) => s.tokens.length)).toEqual([3, 2, 1]);
    expect(parsed.segments.map((s) => s.text)).toEqual(["ENG", null, null]);
    expect(parsed.minLength).toBe(6);
  });

  it("keeps empty first and last segments so the ends stay anchored", () => {
    expect(parse("%").segments.map((s) => s.text)).toEqual(["", ""]);
    expect(parse("%a%").segments.map((s) => s.text)).toEqual(["", "a", ""]);
    expect(parse("abc").segments).toHaveLength(1);
    expect(parse("").segments).toEqual([{ text: "", tokens: [] }]);
  });

  it("reads sets: members, ranges, negation, literal - first and last", () => {
    expect(parse("[a-cx]").segments[0]?.tokens).toEqual([{ kind: "set", negated: false, members: "x", ranges: [97, 99] }]);
    expect(parse("[^1-3]").segments[0]?.tokens).toEqual([{ kind: "set", negated: true, members: "", ranges: [49, 51] }]);
    expect(parse("[-x]").segments[0]?.tokens).toEqual([{ kind: "set", negated: false, members: "-x", ranges: [] }]);
    expect(parse("[x-]").segments[0]?.tokens).toEqual([{ kind: "set", negated: false, members: "x-", ranges: [] }]);
    expect(parse("[^-]").segments[0]?.tokens).toEqual([{ kind: "set", negated: true, members: "-", ranges: [] }]);
    expect(parse("[a-c-e]").segments[0]?.tokens).toEqual([{ kind: "set", negated: false, members: "-e", ranges: [97, 99] }]);
    expect(parse("[[]").segments[0]?.tokens).toEqual([{ kind: "set", negated: false, members: "[", ranges: [] }]);
    expect(parse("[a^]").segments[0]?.tokens).toEqual([{ kind: "set", negated: false, members: "a^", ranges: [] }]);
  });

  it("treats a ] that closes no set as an ordinary character", () => {
    expect(parse("A]1").segments[0]?.text).toBe("A]1");
    expect(parse("[a]]").segments[0]?.tokens[1]).toEqual({ kind: "char", code: 0x5d });
  });

  it("lower-cases the whole pattern when case-insensitive, set members and range bounds too", () => {
    const parsed = parse("[B-D]X[QR]", false);
    expect(parsed.caseSensitive).toBe(false);
    expect(parsed.source).toBe("[B-D]X[QR]");
    expect(parsed.segments[0]?.tokens).toEqual([
      { kind: "set", negated: false, members: "", ranges: [98, 100] },
      { kind: "char", code: 120 },
      { kind: "set", negated: false, members: "qr", ranges: [] },
    ]);
  });

  it("is plain JSON: a serialised parse equals the parse", () => {
    const parsed = parse("MAT[^1-3]%_[%]!", false);
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
  });

  it.each([
    ["[ab", 0, "the [ at position 1 is never closed"],
    ["MAT[1-", 3, "the [ at position 4 is never closed"],
    ["a[b[c", 1, "the [ at position 2 is never closed"],
    ["A[]", 1, "the set [] at position 2 is empty"],
    ["[^]", 0, "the set [^] at position 1 is empty"],
    ["[]]", 0, "the set [] at position 1 is empty"],
    ["ok[a]x[", 6, "the [ at position 7 is never closed"],
  ])("reports %j as malformed at its [", (pattern, position, message) => {
    for (const caseSensitive of [true, false]) {
      expect(parsePattern(pattern, caseSensitive)).toEqual({ kind: "problem", position, message });
    }
  });
});

describe("isLiteralPattern", () => {
  it("is true exactly when the pattern has no %, _ or [", () => {
    expect(isLiteralPattern("ENG101")).toBe(true);
    expect(isLiteralPattern("A]1")).toBe(true);
    expect(isLiteralPattern("!^-")).toBe(true);
    expect(isLiteralPattern("")).toBe(true);
    expect(isLiteralPattern("ENG%")).toBe(false);
    expect(isLiteralPattern("A_B")).toBe(false);
    expect(isLiteralPattern("[a]")).toBe(false);
  });
});
