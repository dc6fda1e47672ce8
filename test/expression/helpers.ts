import { expect } from "vitest";
import { ExpressionSyntaxError } from "../../src/errors/index.js";
import { parseExpression, type Expression } from "../../src/expression/index.js";

/** An expression tree without positions, for comparing trees that came from different texts. */
export type Bare =
  | { type: "ref"; id: string }
  | { type: "and" | "or"; operands: Bare[] }
  | { type: "of"; count: number; operands: Bare[] };

export function strip(expr: Expression): Bare {
  switch (expr.type) {
    case "ref":
      return { type: "ref", id: expr.id };
    case "of":
      return { type: "of", count: expr.count, operands: expr.operands.map(strip) };
    default:
      return { type: expr.type, operands: expr.operands.map(strip) };
  }
}

export function parseBare(text: string): Bare {
  return strip(parseExpression(text));
}

/** The error `parseExpression(text)` throws; fails the test when it returns instead. */
export function syntaxError(text: string): ExpressionSyntaxError {
  try {
    parseExpression(text);
  } catch (error) {
    expect(ExpressionSyntaxError.is(error)).toBe(true);
    return error as ExpressionSyntaxError;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

/** The fields of an error that tests assert on, without the message. */
export function anatomy(error: ExpressionSyntaxError) {
  const { code, line, column, offset, length, expected, found } = error;
  return { code, line, column, offset, length, expected, found };
}
