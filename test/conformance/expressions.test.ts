import { describe, expect, it } from "vitest";
import { ExpressionSyntaxError, formatExpression, parseExpression } from "../../src/index.js";
import { loadConformance } from "./load.js";

interface ExpressionCase {
  text: string;
  canonical?: string;
  error?: boolean;
  column?: number;
}

const KNOWN_KEYS = new Set(["text", "canonical", "error", "column"]);
const cases = loadConformance<ExpressionCase>("expressions.json");

function title(index: number, text: string): string {
  const shown = JSON.stringify(text);
  return `#${index} ${shown.length > 50 ? `${shown.slice(0, 47)}…"` : shown}`;
}

describe("conformance: expressions.json", () => {
  cases.forEach((testCase, index) => {
    it(title(index, testCase.text), () => {
      const unknown = Object.keys(testCase).filter((key) => !KNOWN_KEYS.has(key));
      expect(unknown, "keys this runner does not know").toEqual([]);
      expect(typeof testCase.text).toBe("string");

      if (testCase.error === true) {
        expect(testCase.canonical, "a case is either an error or has a canonical form").toBeUndefined();
        let thrown: unknown;
        try {
          parseExpression(testCase.text);
        } catch (error) {
          thrown = error;
        }
        expect((thrown as Error | undefined)?.name).toBe("ExpressionSyntaxError");
        expect(ExpressionSyntaxError.is(thrown)).toBe(true);
        if (testCase.column !== undefined) expect((thrown as ExpressionSyntaxError).column).toBe(testCase.column);
        return;
      }

      expect(testCase.column, "column belongs to error cases").toBeUndefined();
      expect(typeof testCase.canonical, "a case is either an error or has a canonical form").toBe("string");
      const canonical = formatExpression(parseExpression(testCase.text));
      expect(canonical).toBe(testCase.canonical);
      expect(formatExpression(parseExpression(canonical))).toBe(canonical);
    });
  });
});
