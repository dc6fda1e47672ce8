import { describeValue, ExpressionSyntaxError } from "../errors/index.js";
import type { Expression } from "./ast.js";

/*
 * The canonical text of DESIGN.md §5. No parser import: the runtime bundle prints expressions in
 * reports without carrying Chevrotain.
 */

/**
 * Writes the canonical text: `AND`, `OR`, `OF` upper case, ids as written, `k OF (a, b)`, and
 * brackets only around an OR that is an operand of an AND. Nested same-operator groups are
 * flattened even in a hand-built tree, so `parseExpression(formatExpression(e))` gives `e` back
 * (spans aside) for every tree the parser produces.
 */
export function formatExpression(expr: Expression): string {
  try {
    return print(expr, false);
  } catch (error) {
    // A hand-built tree nested deeper than the stack allows.
    if (error instanceof RangeError) throw notExpression("a tree nested too deeply to print");
    throw error;
  }
}

/** JavaScript callers may pass anything: a malformed tree is our error, never a TypeError. */
function notExpression(found: string): ExpressionSyntaxError {
  return new ExpressionSyntaxError("", {
    code: "notExpression",
    line: 1,
    column: 1,
    offset: 0,
    length: 0,
    expected: ["an expression tree from parseExpression"],
    found,
    summary: `Expected an expression tree (ref, and, or, of nodes), but found ${found}`,
  });
}

function operandsOf(expr: { operands?: unknown }): Expression[] {
  if (!Array.isArray(expr.operands) || expr.operands.length === 0) throw notExpression("a group without operands");
  return expr.operands as Expression[];
}

function print(expr: Expression, insideAnd: boolean): string {
  if (typeof expr !== "object" || expr === null) throw notExpression(describeValue(expr));
  switch (expr.type) {
    case "ref":
      if (typeof expr.id !== "string" || expr.id === "") throw notExpression(`a ref without an id`);
      return expr.id;
    case "of":
      if (!Number.isSafeInteger(expr.count)) throw notExpression(`an OF group whose count is ${describeValue(expr.count)}`);
      return `${expr.count} OF (${operandsOf(expr).map((operand) => print(operand, false)).join(", ")})`;
    case "and": {
      const operands = flatten("and", operandsOf(expr), []);
      const only = operands.length === 1 ? operands[0] : undefined;
      if (only !== undefined) return print(only, insideAnd);
      return operands.map((operand) => print(operand, true)).join(" AND ");
    }
    case "or": {
      const operands = flatten("or", operandsOf(expr), []);
      const only = operands.length === 1 ? operands[0] : undefined;
      if (only !== undefined) return print(only, insideAnd);
      const text = operands.map((operand) => print(operand, false)).join(" OR ");
      // AND binds tighter than OR, so only here does a bracket change the meaning.
      return insideAnd ? `(${text})` : text;
    }
    default:
      throw notExpression(`a node of type ${describeValue((expr as { type?: unknown }).type)}`);
  }
}

function flatten(type: "and" | "or", operands: readonly Expression[], into: Expression[]): Expression[] {
  for (const operand of operands) {
    if (typeof operand === "object" && operand !== null && operand.type === type) flatten(type, operandsOf(operand), into);
    else into.push(operand);
  }
  return into;
}
