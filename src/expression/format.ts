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
  return print(expr, false);
}

function print(expr: Expression, insideAnd: boolean): string {
  switch (expr.type) {
    case "ref":
      return expr.id;
    case "of":
      return `${expr.count} OF (${expr.operands.map((operand) => print(operand, false)).join(", ")})`;
    case "and": {
      const operands = flatten("and", expr.operands, []);
      const only = operands.length === 1 ? operands[0] : undefined;
      if (only !== undefined) return print(only, insideAnd);
      return operands.map((operand) => print(operand, true)).join(" AND ");
    }
    case "or": {
      const operands = flatten("or", expr.operands, []);
      const only = operands.length === 1 ? operands[0] : undefined;
      if (only !== undefined) return print(only, insideAnd);
      const text = operands.map((operand) => print(operand, false)).join(" OR ");
      // AND binds tighter than OR, so only here does a bracket change the meaning.
      return insideAnd ? `(${text})` : text;
    }
  }
}

function flatten(type: "and" | "or", operands: readonly Expression[], into: Expression[]): Expression[] {
  for (const operand of operands) {
    if (operand.type === type) flatten(type, operand.operands, into);
    else into.push(operand);
  }
  return into;
}
