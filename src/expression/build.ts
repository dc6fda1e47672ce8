import type { CstNode, IToken } from "chevrotain";
import type { Expression, Span } from "./ast.js";

/*
 * One walk over the concrete syntax tree into our AST. Same-operator groups are merged here, so
 * `A OR (B OR C)`, `(A OR B) OR C` and `A OR B OR C` give the same tree; brackets leave no node.
 * The `k OF` counts were validated on the token stream before the parse.
 */

interface Built {
  expr: Expression;
  /** The node's text including any brackets around it, so a parent's span covers them. */
  outer: Span;
}

function children(node: CstNode, name: string): CstNode[] {
  return (node.children[name] ?? []) as CstNode[];
}

function tokens(node: CstNode, name: string): IToken[] {
  return (node.children[name] ?? []) as IToken[];
}

function first<T>(items: readonly T[]): T {
  const item = items[0];
  if (item === undefined) throw new Error("program-criteria: malformed expression parse tree");
  return item;
}

function last<T>(items: readonly T[]): T {
  return first(items.slice(-1));
}

function tokenSpan(token: IToken): Span {
  return { start: token.startOffset, end: token.startOffset + token.image.length };
}

function merge(type: "and" | "or", parts: Built[]): Built {
  if (parts.length === 1) return first(parts);
  const operands: Expression[] = [];
  for (const part of parts) {
    if (part.expr.type === type) {
      for (const operand of part.expr.operands) operands.push(operand);
    } else {
      operands.push(part.expr);
    }
  }
  const span = { start: first(parts).outer.start, end: last(parts).outer.end };
  return { expr: { type, operands, span }, outer: span };
}

function orExpression(node: CstNode): Built {
  return merge("or", children(node, "andExpression").map(andExpression));
}

function andExpression(node: CstNode): Built {
  return merge("and", children(node, "primary").map(primary));
}

function primary(node: CstNode): Built {
  const open = tokens(node, "LParen")[0];
  if (open !== undefined) {
    const inner = orExpression(first(children(node, "orExpression")));
    return { expr: inner.expr, outer: { start: open.startOffset, end: tokenSpan(first(tokens(node, "RParen"))).end } };
  }
  const identifier = tokens(node, "Identifier")[0];
  if (identifier !== undefined) {
    const span = tokenSpan(identifier);
    return { expr: { type: "ref", id: identifier.image, span }, outer: span };
  }
  return numberOrOfGroup(first(children(node, "numberOrOfGroup")));
}

function numberOrOfGroup(node: CstNode): Built {
  const integer = first(tokens(node, "Integer"));
  const close = tokens(node, "RParen")[0];
  if (close === undefined) {
    const span = tokenSpan(integer);
    return { expr: { type: "ref", id: integer.image, span }, outer: span };
  }
  // Operands of `k OF` stay as they are: an `or` inside an `of` is a separate operand, not merged.
  const operands = children(node, "orExpression").map((operand) => orExpression(operand).expr);
  const span = { start: integer.startOffset, end: tokenSpan(close).end };
  return { expr: { type: "of", count: Number(integer.image), operands, span }, outer: span };
}

export function buildExpression(root: CstNode): Expression {
  return orExpression(root).expr;
}
