import type { IToken } from "chevrotain";
import { Comma, Integer, LParen, Of, RParen } from "./tokens.js";

/** A `k OF (…)` group whose k is not between 1 and its number of operands. */
export interface BadCount {
  /** Index of the k token. */
  countIndex: number;
  /** Index of the `)` closing the group. */
  closeIndex: number;
  operands: number;
}

export interface GroupScan {
  /** Index of the first `(` that opens a group deeper than the limit; the scan stops there. */
  tooDeepIndex: number | undefined;
  badCounts: BadCount[];
  /** Index of the innermost `(` still open where the scan ended, to point at in "never closed". */
  unclosedIndex: number | undefined;
}

/**
 * One pass over the tokens, before any parsing. Counting depth here is what keeps deeply nested
 * input away from the recursive-descent parser (5,000 brackets would overflow its stack). The
 * `k OF` counts are checked here too: a group closed before the first syntax error is well formed,
 * so its commas are exactly its operand separators.
 */
export function scanGroups(tokens: readonly IToken[], end: number, maxDepth: number): GroupScan {
  const open: { index: number; countIndex: number | undefined; commas: number }[] = [];
  const badCounts: BadCount[] = [];
  for (let i = 0; i < end; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    const type = token.tokenType;
    if (type === LParen) {
      if (open.length === maxDepth) return { tooDeepIndex: i, badCounts, unclosedIndex: i };
      const isOfGroup = tokens[i - 1]?.tokenType === Of && tokens[i - 2]?.tokenType === Integer;
      open.push({ index: i, countIndex: isOfGroup ? i - 2 : undefined, commas: 0 });
    } else if (type === Comma) {
      const group = open[open.length - 1];
      if (group !== undefined) group.commas++;
    } else if (type === RParen) {
      const group = open.pop();
      if (group?.countIndex !== undefined) {
        const operands = group.commas + 1;
        const count = Number(tokens[group.countIndex]?.image);
        if (!(count >= 1 && count <= operands)) badCounts.push({ countIndex: group.countIndex, closeIndex: i, operands });
      }
    }
  }
  return { tooDeepIndex: undefined, badCounts, unclosedIndex: open[open.length - 1]?.index };
}
