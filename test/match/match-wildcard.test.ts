import { describe, expect, it } from "vitest";
import { ProgramDefinitionError } from "../../src/errors/index.js";
import { compilePatternList, matchWildcard } from "../../src/match/index.js";

function thrown(run: () => unknown): ProgramDefinitionError {
  try {
    run();
  } catch (error) {
    if (ProgramDefinitionError.is(error)) return error;
    throw new Error(`expected a ProgramDefinitionError, got ${String(error)}`);
  }
  throw new Error("expected a ProgramDefinitionError, nothing was thrown");
}

function elapsed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe("matchWildcard errors", () => {
  it.each([
    ["[ab", 'Invalid wildcard pattern "[ab": the [ at position 1 is never closed'],
    ["A[]", 'Invalid wildcard pattern "A[]": the set [] at position 2 is empty'],
    ["[^]", 'Invalid wildcard pattern "[^]": the set [^] at position 1 is empty'],
    ['say "[x', 'Invalid wildcard pattern "say \\"[x": the [ at position 6 is never closed'],
  ])("a malformed %j is one invalidPattern issue naming the pattern and position", (pattern, message) => {
    for (const options of [undefined, { caseSensitive: true }, { caseSensitive: false }]) {
      const error = thrown(() => matchWildcard(pattern, "a", options));
      expect(error.name).toBe("ProgramDefinitionError");
      expect(error.issues).toEqual([{ path: [], code: "invalidPattern", message }]);
      expect(error.message).toContain(message);
    }
  });

  it("throws for a malformed pattern however often it is asked (errors are not cached away)", () => {
    for (let i = 0; i < 3; i++) expect(() => matchWildcard("[x", "x")).toThrow(ProgramDefinitionError);
  });

  it.each([
    ["a number pattern", () => matchWildcard(5 as unknown as string, "5"), "matchWildcard: pattern must be a string, but is number"],
    ["a null value", () => matchWildcard("%", null as unknown as string), "matchWildcard: value must be a string, but is null"],
    ["an undefined value", () => (matchWildcard as (p: string) => boolean)("%"), "matchWildcard: value must be a string, but is undefined"],
    ["string options", () => matchWildcard("%", "a", "yes" as never), "matchWildcard: options must be an object, but is string"],
    [
      "a non-boolean caseSensitive",
      () => matchWildcard("%", "a", { caseSensitive: "true" as unknown as boolean }),
      "matchWildcard: options.caseSensitive must be true or false, but is string",
    ],
    ["an array pattern", () => matchWildcard([] as unknown as string, "a"), "matchWildcard: pattern must be a string, but is an array"],
  ])("%s is an invalidArgument issue, never a TypeError", (_, run, message) => {
    const error = thrown(run);
    expect(error.issues).toEqual([{ path: [], code: "invalidArgument", message }]);
  });

  it("accepts null options and options without caseSensitive", () => {
    expect(matchWildcard("ENG%", "eng1", null as unknown as undefined)).toBe(true);
    expect(matchWildcard("ENG%", "eng1", {})).toBe(true);
  });
});

describe("matchWildcard speed", () => {
  it("%a%a%a%a%a%a%a%a%a%b against 64 a's takes under a few ms", () => {
    const value = "a".repeat(64);
    let result = true;
    const ms = elapsed(() => {
      result = matchWildcard("%a%a%a%a%a%a%a%a%a%b", value);
    });
    expect(result).toBe(false);
    expect(ms).toBeLessThan(5);
  });

  it("stays fast on 1,000-character pathological values", () => {
    const value = "a".repeat(1000);
    const patterns = [
      "%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%a%b",
      `%${"a".repeat(40)}b%`,
      `%${"_".repeat(40)}b%`,
      `%${"[a]".repeat(40)}b%`,
      `${"%[^b]".repeat(50)}%b`,
      `${"%_a".repeat(300)}%b`,
    ];
    for (const pattern of patterns) {
      matchWildcard(pattern, value);
      const ms = elapsed(() => {
        for (let i = 0; i < 10; i++) expect(matchWildcard(pattern, value)).toBe(false);
      });
      expect(ms, pattern).toBeLessThan(50);
    }
    const list = compilePatternList(patterns, false);
    expect(elapsed(() => expect(list.includes(value)).toBe(false))).toBeLessThan(20);
  });
});
