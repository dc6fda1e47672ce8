import { describe, expect, it } from "vitest";
import { ProgramDefinitionError } from "../../src/errors/index.js";
import { compilePatternList, findPatternProblems, matchWildcard } from "../../src/match/index.js";

describe("compilePatternList", () => {
  it("splits positive entries from ! exclusions", () => {
    const list = compilePatternList(["MAT%", "!MAT4%", "ENG101"], false);
    expect(list.hasPositive).toBe(true);
    expect(list.hasExclusions).toBe(true);
    expect(list.includes("MAT101")).toBe(true);
    expect(list.includes("mat450")).toBe(true);
    expect(list.excludes("MAT450")).toBe(true);
    expect(list.excludes("MAT101")).toBe(false);
    expect(list.includes("eng101")).toBe(true);
    expect(list.includes("ENG102")).toBe(false);
    expect(list.excludes("ENG101")).toBe(false);
  });

  it("a list of exclusions alone has no positive entry", () => {
    const list = compilePatternList(["!ART%"], false);
    expect(list.hasPositive).toBe(false);
    expect(list.includes("MAT101")).toBe(false);
    expect(list.excludes("ART1")).toBe(true);
  });

  it("an empty list includes and excludes nothing", () => {
    const list = compilePatternList([], true);
    expect([list.hasPositive, list.hasExclusions, list.includes(""), list.excludes("")]).toEqual([false, false, false, false]);
  });

  it("only the first ! marks an exclusion; the rest is the pattern", () => {
    const list = compilePatternList(["!!A%", "!"], true);
    expect(list.excludes("!A1")).toBe(true);
    expect(list.excludes("A1")).toBe(false);
    expect(list.excludes("")).toBe(true);
    expect(list.hasPositive).toBe(false);
  });

  it("honours case sensitivity on both the literal and the wildcard path", () => {
    const sensitive = compilePatternList(["ENG101", "MAT%"], true);
    expect(sensitive.includes("ENG101")).toBe(true);
    expect(sensitive.includes("eng101")).toBe(false);
    expect(sensitive.includes("mat1")).toBe(false);
    const insensitive = compilePatternList(["Eng101", "[M]at%"], false);
    expect(insensitive.includes("eNG101")).toBe(true);
    expect(insensitive.includes("MAT1")).toBe(true);
  });

  it("answers a literal entry exactly as the wildcard matcher does", () => {
    const values = ["ENG101", "eng101", "ENG1011", "ENG10", "", "ÉNG101", "énG101", "ENG 101", "İ", "i̇"];
    for (const caseSensitive of [true, false]) {
      for (const entry of ["ENG101", "énG101", "ENG 101", "", "İ", "A]1"]) {
        const list = compilePatternList([entry], caseSensitive);
        for (const value of values) {
          expect(list.includes(value), `${entry} ~ ${value}`).toBe(matchWildcard(entry, value, { caseSensitive }));
        }
      }
    }
  });

  it("answers repeated and alternating values correctly (the fold cache)", () => {
    const list = compilePatternList(["A%", "!AB%"], false);
    expect([list.includes("ab1"), list.excludes("ab1"), list.includes("AC"), list.excludes("AC"), list.excludes("ab1")]).toEqual([
      true,
      true,
      true,
      false,
      true,
    ]);
  });

  it("throws a ProgramDefinitionError naming every malformed entry", () => {
    let caught: unknown;
    try {
      compilePatternList(["OK%", "[ab", "!A[]"], false);
    } catch (error) {
      caught = error;
    }
    expect(ProgramDefinitionError.is(caught)).toBe(true);
    expect((caught as ProgramDefinitionError).issues).toEqual([
      { path: [1], code: "invalidPattern", message: 'Invalid wildcard pattern "[ab": the [ at position 1 is never closed' },
      {
        path: [2],
        code: "invalidPattern",
        message: 'Invalid wildcard pattern "A[]" (in the exclusion "!A[]"): the set [] at position 2 is empty',
      },
    ]);
  });
});

describe("findPatternProblems", () => {
  it("lists each malformed entry with its index and the position within the pattern after !", () => {
    expect(findPatternProblems(["ENG%", "MAT[1-", "!X[^]", "![ok]", "A]"])).toEqual([
      { index: 1, position: 3, message: 'Invalid wildcard pattern "MAT[1-": the [ at position 4 is never closed' },
      {
        index: 2,
        position: 1,
        message: 'Invalid wildcard pattern "X[^]" (in the exclusion "!X[^]"): the set [^] at position 2 is empty',
      },
    ]);
  });

  it("finds nothing in a valid list", () => {
    expect(findPatternProblems(["%", "!%", "[[]", "[-]", "]"])).toEqual([]);
  });
});
