import type { Expression } from "../../expression/ast.js";

/*
 * Expressions are resolved once per compiled program into a flat list of operations in post-order
 * over operand positions, so a student's evaluation walks an array with a small stack — no
 * recursion, whatever the nesting — and never looks at an id: AND is the minimum, OR the maximum,
 * k OF the k-th highest of offTrack (0) < onTrack (1) < met (2).
 */

const REF = 0;
const AND = 1;
const OR = 2;
const OF = 3;

export interface Logic {
  /** REF, AND, OR or OF, in post-order. */
  readonly op: readonly number[];
  /** REF: the operand position; AND, OR, OF: how many operands the stack holds for it. */
  readonly arg: readonly number[];
  /** OF: k. */
  readonly count: readonly number[];
}

export function compileLogic(expression: Expression, indexOf: (id: string) => number): Logic {
  const op: number[] = [];
  const arg: number[] = [];
  const count: number[] = [];
  // Each node is pushed once to open it and once more (`done`) to emit it after its operands.
  const stack: { node: Expression; done: boolean }[] = [{ node: expression, done: false }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node } = item;
    if (node.type === "ref") {
      op.push(REF);
      arg.push(indexOf(node.id));
      count.push(0);
    } else if (item.done) {
      op.push(node.type === "and" ? AND : node.type === "or" ? OR : OF);
      arg.push(node.operands.length);
      count.push(node.type === "of" ? node.count : 0);
    } else {
      stack.push({ node, done: true });
      for (let i = node.operands.length - 1; i >= 0; i--) stack.push({ node: node.operands[i]!, done: false });
    }
  }
  return { op, arg, count };
}

// One stack serves every evaluation: evaluation is synchronous and never re-enters itself.
const ranks: number[] = [];

/** The rank of a logic tree given the rank of each operand position. */
export function evaluateLogic(logic: Logic, rankAt: (index: number) => number): number {
  const { op, arg, count } = logic;
  let top = 0;
  for (let i = 0; i < op.length; i++) {
    const kind = op[i]!;
    if (kind === REF) {
      ranks[top++] = rankAt(arg[i]!);
      continue;
    }
    const n = arg[i]!;
    const from = top - n;
    let result: number;
    if (kind === AND) {
      result = 2;
      for (let j = from; j < top; j++) if (ranks[j]! < result) result = ranks[j]!;
    } else if (kind === OR) {
      result = 0;
      for (let j = from; j < top; j++) if (ranks[j]! > result) result = ranks[j]!;
    } else {
      // The k-th highest: met if k operands are met, onTrack if k are at least onTrack.
      let met = 0;
      let atLeastOnTrack = 0;
      for (let j = from; j < top; j++) {
        if (ranks[j] === 2) met++;
        if (ranks[j]! >= 1) atLeastOnTrack++;
      }
      const k = count[i]!;
      result = met >= k ? 2 : atLeastOnTrack >= k ? 1 : 0;
    }
    top = from;
    ranks[top++] = result;
  }
  return ranks[0]!;
}
