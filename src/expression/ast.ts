/*
 * The expression tree handed to the engine and to `formatExpression`. Plain data only (no classes,
 * no parser types) so it survives `JSON.stringify` and can live in a parser-free runtime bundle.
 */

/** Where a node sits in the text: 0-based offsets, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A requirement (or criterion) id, exactly as written: `ALG1`, `2ND_LANG`, `007`. */
export interface RefExpression {
  type: "ref";
  id: string;
  span: Span;
}

/** Every operand must hold. Never nests another `and` directly (the parser merges them). */
export interface AndExpression {
  type: "and";
  operands: Expression[];
  span: Span;
}

/** At least one operand must hold. Never nests another `or` directly (the parser merges them). */
export interface OrExpression {
  type: "or";
  operands: Expression[];
  span: Span;
}

/** `count OF (…)`: at least `count` operands must hold; the parser guarantees 1 ≤ count ≤ operands. */
export interface OfExpression {
  type: "of";
  count: number;
  operands: Expression[];
  span: Span;
}

/** A parsed logical expression: a plain JSON tree of `ref`, `and`, `or` and `of` nodes. */
export type Expression = RefExpression | AndExpression | OrExpression | OfExpression;
