import type { Expression, RefExpression } from "./ast.js";

/** Every reference in the expression, in the order it appears in the text (repeats included). */
export function collectReferences(expr: Expression): RefExpression[] {
  const refs: RefExpression[] = [];
  // An explicit stack: hand-built trees may be deeper than the parser's nesting limit.
  const stack: Expression[] = [expr];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === "ref") {
      refs.push(node);
    } else {
      for (let i = node.operands.length - 1; i >= 0; i--) {
        const operand = node.operands[i];
        if (operand !== undefined) stack.push(operand);
      }
    }
  }
  return refs;
}
