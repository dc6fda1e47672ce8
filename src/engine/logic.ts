import type { Expression } from "../expression/ast.js";

/*
 * Expressions are resolved once per compiled program into trees over operand positions, so a
 * student's evaluation walks numbers, not ids: AND is the minimum, OR the maximum, k OF the k-th
 * highest of offTrack (0) < onTrack (1) < met (2).
 */

export type Logic =
  | { kind: "ref"; index: number }
  | { kind: "and" | "or"; operands: Logic[] }
  | { kind: "of"; count: number; operands: Logic[] };

export function compileLogic(expression: Expression, indexOf: (id: string) => number): Logic {
  switch (expression.type) {
    case "ref":
      return { kind: "ref", index: indexOf(expression.id) };
    case "and":
    case "or":
      return { kind: expression.type, operands: expression.operands.map((e) => compileLogic(e, indexOf)) };
    case "of":
      return { kind: "of", count: expression.count, operands: expression.operands.map((e) => compileLogic(e, indexOf)) };
  }
}

/** The rank of a logic tree given the rank of each operand position. */
export function evaluateLogic(node: Logic, rankAt: (index: number) => number): number {
  switch (node.kind) {
    case "ref":
      return rankAt(node.index);
    case "and": {
      let low = 2;
      for (const operand of node.operands) {
        low = Math.min(low, evaluateLogic(operand, rankAt));
        if (low === 0) break;
      }
      return low;
    }
    case "or": {
      let high = 0;
      for (const operand of node.operands) {
        high = Math.max(high, evaluateLogic(operand, rankAt));
        if (high === 2) break;
      }
      return high;
    }
    case "of": {
      const counts = [0, 0, 0];
      for (const operand of node.operands) counts[evaluateLogic(operand, rankAt)]!++;
      // The k-th highest: met if k operands are met, onTrack if k are at least onTrack.
      if (counts[2]! >= node.count) return 2;
      return counts[2]! + counts[1]! >= node.count ? 1 : 0;
    }
  }
}
