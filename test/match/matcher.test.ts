import { describe, expect, it } from "vitest";
import { isPatternProblem, matchParsed, matchWildcard, parsePattern } from "../../src/match/index.js";

/** Both entry points (public, with its literal fast path, and the parsed matcher) must agree. */
function like(pattern: string, value: string, caseSensitive = false): boolean {
  const viaPublic = matchWildcard(pattern, value, { caseSensitive });
  const parsed = parsePattern(pattern, caseSensitive);
  if (isPatternProblem(parsed)) throw new Error(parsed.message);
  expect(matchParsed(parsed, value)).toBe(viaPublic);
  return viaPublic;
}

describe("wildcard rules", () => {
  it("% matches any run, also the empty one", () => {
    expect(like("ENG%", "ENG")).toBe(true);
    expect(like("ENG%", "ENG101")).toBe(true);
    expect(like("%101", "MAT101")).toBe(true);
    expect(like("%", "")).toBe(true);
    expect(like("%%", "")).toBe(true);
    expect(like("a%b%c", "abc")).toBe(true);
    expect(like("a%b%c", "axxcyyb")).toBe(false);
    expect(like("%ab%ab%", "abab")).toBe(true);
    expect(like("%ab%ab%", "aba")).toBe(false);
    expect(like("a%a", "a")).toBe(false);
  });

  it("_ matches exactly one character", () => {
    expect(like("_", "")).toBe(false);
    expect(like("_", "x")).toBe(true);
    expect(like("__", "x")).toBe(false);
    expect(like("MAT1_1", "MAT101")).toBe(true);
    expect(like("MAT1_1", "MAT1001")).toBe(false);
    expect(like("%_", "")).toBe(false);
    expect(like("%_%", "q")).toBe(true);
  });

  it("without % the value's length is fixed", () => {
    expect(like("ENG101", "ENG1011")).toBe(false);
    expect(like("[a]b", "abb")).toBe(false);
    expect(like("", "")).toBe(true);
    expect(like("", "a")).toBe(false);
  });

  it("sets, ranges and negation", () => {
    expect(like("[abc]1", "b1")).toBe(true);
    expect(like("[abc]1", "d1")).toBe(false);
    expect(like("[a-cx]1", "x1")).toBe(true);
    expect(like("[a-cx]1", "d1")).toBe(false);
    expect(like("MAT[1-3]%", "MAT250")).toBe(true);
    expect(like("MAT[1-3]%", "MAT450")).toBe(false);
    expect(like("MAT[^1-3]%", "MAT450")).toBe(true);
    expect(like("MAT[^1-3]%", "MAT150")).toBe(false);
    expect(like("[^a]", "")).toBe(false);
    expect(like("[a^]", "^")).toBe(true);
    expect(like("[^^]", "^")).toBe(false);
  });

  it("a reversed range holds nothing (it is not malformed)", () => {
    expect(like("[c-a]", "b", true)).toBe(false);
    expect(like("[^c-a]", "b", true)).toBe(true);
  });

  it("a - first (after ^) or last is literal; one after a range is too", () => {
    expect(like("[-x]1", "-1")).toBe(true);
    expect(like("[x-]1", "-1")).toBe(true);
    expect(like("[x-]1", "y1")).toBe(false);
    expect(like("[^-]", "-")).toBe(false);
    expect(like("[^-]", "a")).toBe(true);
    expect(like("[-]", "-")).toBe(true);
    expect(like("[a-c-e]", "-")).toBe(true);
    expect(like("[a-c-e]", "e")).toBe(true);
    expect(like("[a-c-e]", "d")).toBe(false);
  });

  it("[%], [_] and [[] match the literal", () => {
    expect(like("100[%]", "100%")).toBe(true);
    expect(like("100[%]", "1000")).toBe(false);
    expect(like("A[_]B", "A_B")).toBe(true);
    expect(like("A[_]B", "AxB")).toBe(false);
    expect(like("[[]X", "[X")).toBe(true);
    expect(like("[[]X", "X")).toBe(false);
  });

  it("a ] outside a set, ^, - and ! match themselves", () => {
    expect(like("A]1", "A]1")).toBe(true);
    expect(like("[a]]", "a]")).toBe(true);
    expect(like("a^-!", "A^-!")).toBe(true);
    expect(like("!ENG%", "!ENG1")).toBe(true);
    expect(like("!ENG%", "ENG1")).toBe(false);
  });

  it("case-insensitive by default, folding set members and range bounds too", () => {
    expect(like("eng%", "ENG101")).toBe(true);
    expect(like("eng%", "ENG101", true)).toBe(false);
    expect(like("[B-D]x", "cX")).toBe(true);
    expect(like("[B-D]x", "cX", true)).toBe(false);
    expect(like("[b-d]X", "cx")).toBe(true);
    expect(like("[^B]", "b")).toBe(false);
    expect(like("[^B]", "b", true)).toBe(true);
    expect(like("[QR]%", "rest")).toBe(true);
  });

  it("folding the whole pattern first can empty a range that spans cases", () => {
    // `[Z-a]` holds Z [ \ ] ^ _ ` a as written, but folds to the reversed `[z-a]`.
    expect(like("[Z-a]", "_", true)).toBe(true);
    expect(like("[Z-a]", "_")).toBe(false);
  });

  it("counts UTF-16 code units as characters", () => {
    expect(like("_", "é")).toBe(true);
    expect(like("__", "😀")).toBe(true);
    expect(like("É%", "école")).toBe(true);
  });
});
