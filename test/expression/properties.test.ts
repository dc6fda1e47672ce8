import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExpressionSyntaxError } from "../../src/errors/index.js";
import { collectReferences, formatExpression, parseExpression, type Expression } from "../../src/expression/index.js";
import { strip, type Bare } from "./helpers.js";

const span = { start: 0, end: 0 };
const KEYWORD = /^(and|or|of)$/i;
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const DIGITS = "0123456789";

const identifier = fc
  .tuple(fc.constantFrom(...`${LETTERS}${DIGITS}_`), fc.string({ unit: fc.constantFrom(...`${LETTERS}${DIGITS}_.-`), maxLength: 6 }))
  .map(([head, tail]) => head + tail)
  .filter((id) => !KEYWORD.test(id) && !/^[0-9]+$/.test(id));
const integer = fc.string({ unit: fc.constantFrom(...DIGITS), minLength: 1, maxLength: 4 });

/** Trees as a caller might build them: groups of the same operator may nest directly. */
const { node: tree } = fc.letrec<{ node: Expression; ref: Expression; and: Expression; or: Expression; of: Expression }>(
  (tie) => ({
    node: fc.oneof({ maxDepth: 5, depthSize: "small" }, tie("ref"), tie("and"), tie("or"), tie("of")),
    ref: fc.oneof(identifier, integer).map((id): Expression => ({ type: "ref", id, span })),
    and: fc.array(tie("node"), { minLength: 2, maxLength: 4 }).map((operands): Expression => ({ type: "and", operands, span })),
    or: fc.array(tie("node"), { minLength: 2, maxLength: 4 }).map((operands): Expression => ({ type: "or", operands, span })),
    of: fc
      .array(tie("node"), { minLength: 1, maxLength: 4 })
      .chain((operands) => fc.integer({ min: 1, max: operands.length }).map((count): Expression => ({ type: "of", count, operands, span }))),
  }),
);

/** What the parser makes of a tree: an operand using its parent's operator is merged into it. */
function normalise(expr: Bare): Bare {
  if (expr.type === "ref") return expr;
  const operands = expr.operands.map(normalise);
  if (expr.type === "of") return { type: "of", count: expr.count, operands };
  const merged = operands.flatMap((operand) => (operand.type === expr.type && "operands" in operand ? operand.operands : [operand]));
  return { type: expr.type, operands: merged };
}

const FRAGMENTS = [
  "A", "b2", "1A", "007", "12", "ORDER", "OF1", "AND", "and", "&&", "&", "OR", "or", "||", "|", "OF", "of",
  "(", ")", ",", " ", "  ", "\n", "\t", "\r\n", "2 OF (", "0 of (", "$", "#", "é", "😀", "-", ".", "_",
];
const grammarish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join(""));
const spaced = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join(" "));
const anyText = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }), grammarish, spaced);

describe("expression properties", () => {
  it("parse(format(e)) gives back e, same-operator groups merged", () => {
    fc.assert(
      fc.property(tree, (expr) => {
        expect(strip(parseExpression(formatExpression(expr)))).toEqual(normalise(strip(expr)));
      }),
      { numRuns: 2000 },
    );
  });

  it("format is idempotent", () => {
    fc.assert(
      fc.property(tree, (expr) => {
        const once = formatExpression(expr);
        expect(formatExpression(parseExpression(once))).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("any text either parses or throws an ExpressionSyntaxError that points into the text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let expr: Expression;
        try {
          expr = parseExpression(text);
        } catch (error) {
          if (!ExpressionSyntaxError.is(error)) throw error;
          expect(error.offset).toBeGreaterThanOrEqual(0);
          expect(error.offset + error.length).toBeLessThanOrEqual(text.length);
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.column).toBeGreaterThanOrEqual(1);
          expect(error.expected.length).toBeGreaterThan(0);
          return;
        }
        for (const ref of collectReferences(expr)) expect(text.slice(ref.span.start, ref.span.end)).toBe(ref.id);
        const canonical = formatExpression(expr);
        expect(strip(parseExpression(canonical))).toEqual(strip(expr));
        expect(formatExpression(parseExpression(canonical))).toBe(canonical);
      }),
      { numRuns: 10_000 },
    );
  });
});
