import { describe, expect, it } from "vitest";
import { matchWildcard, ProgramDefinitionError } from "../../src/index.js";
import { loadConformance } from "./load.js";

interface WildcardCase {
  pattern: string;
  value: string;
  match?: boolean;
  caseSensitive?: boolean;
  error?: boolean;
}

// A key this runner does not know may carry a rule it would silently skip: fail instead.
const KNOWN_KEYS = new Set(["pattern", "value", "match", "caseSensitive", "error"]);
const BUDGET_MS = 50;

const cases = loadConformance<WildcardCase>("wildcards.json");

function label(c: WildcardCase, index: number): string {
  const mode = c.caseSensitive === undefined ? "" : c.caseSensitive ? " (case-sensitive)" : " (case-insensitive)";
  const outcome = c.error === true ? "throws" : c.match === true ? "matches" : "does not match";
  return `#${index} ${JSON.stringify(c.pattern)} ${outcome} ${JSON.stringify(c.value)}${mode}`;
}

describe("conformance: wildcards.json", () => {
  cases.forEach((c, index) => {
    it(label(c, index), () => {
      expect(Object.keys(c).filter((key) => !KNOWN_KEYS.has(key)), "unknown keys in the case").toEqual([]);
      expect(c.error === true || typeof c.match === "boolean", "a case expects a match or an error").toBe(true);
      const run = (): boolean =>
        c.caseSensitive === undefined
          ? matchWildcard(c.pattern, c.value)
          : matchWildcard(c.pattern, c.value, { caseSensitive: c.caseSensitive });

      const start = performance.now();
      let outcome: { result: boolean } | { error: unknown };
      try {
        outcome = { result: run() };
      } catch (error) {
        outcome = { error };
      }
      expect(performance.now() - start).toBeLessThan(BUDGET_MS);

      if (c.error === true) {
        expect("error" in outcome, "expected a ProgramDefinitionError").toBe(true);
        const error = (outcome as { error: unknown }).error as ProgramDefinitionError;
        expect(error.name).toBe("ProgramDefinitionError");
        expect(error.issues.map((issue) => issue.code)).toEqual(["invalidPattern"]);
      } else {
        if ("error" in outcome) throw outcome.error;
        expect(outcome.result).toBe(c.match);
      }
    });
  });
});
