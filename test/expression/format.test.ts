import { describe, expect, it } from "vitest";
import { formatExpression, parseExpression, type Expression } from "../../src/expression/index.js";
import { ExpressionSyntaxError } from "../../src/errors/index.js";

const span = { start: 0, end: 0 };
const ref = (id: string): Expression => ({ type: "ref", id, span });
const and = (...operands: Expression[]): Expression => ({ type: "and", operands, span });
const or = (...operands: Expression[]): Expression => ({ type: "or", operands, span });
const of = (count: number, ...operands: Expression[]): Expression => ({ type: "of", count, operands, span });

const canonical = (text: string) => formatExpression(parseExpression(text));

describe("formatExpression", () => {
  it("writes the example of DESIGN.md §5", () => {
    expect(canonical("a and (b or c) or 2 of ((d), e and f)")).toBe("a AND (b OR c) OR 2 OF (d, e AND f)");
  });

  it("upper-cases operators, keeps ids as written and spaces operators once", () => {
    expect(canonical("a&&b||c")).toBe("a AND b OR c");
    expect(canonical("  x1 \n and\t007 ")).toBe("x1 AND 007");
  });

  it("brackets only an OR inside an AND", () => {
    expect(canonical("(A OR B) AND C")).toBe("(A OR B) AND C");
    expect(canonical("A OR (B AND C)")).toBe("A OR B AND C");
    expect(canonical("((A OR B))")).toBe("A OR B");
    expect(canonical("A AND 2 OF (B OR C, D)")).toBe("A AND 2 OF (B OR C, D)");
  });

  it("never brackets k OF operands and drops leading zeros of k", () => {
    expect(canonical("002 OF ((A), (B AND C), (D OR E))")).toBe("2 OF (A, B AND C, D OR E)");
  });

  it("flattens hand-built nested same-operator groups", () => {
    expect(formatExpression(and(ref("A"), and(ref("B"), and(ref("C"), ref("D")))))).toBe("A AND B AND C AND D");
    expect(formatExpression(or(or(ref("A"), ref("B")), ref("C")))).toBe("A OR B OR C");
    expect(formatExpression(and(or(or(ref("A"), ref("B"))), ref("C")))).toBe("(A OR B) AND C");
  });

  it("prints a hand-built group of one operand as that operand", () => {
    expect(formatExpression(and(ref("A")))).toBe("A");
    expect(formatExpression(and(or(ref("A")), ref("B")))).toBe("A AND B");
    expect(formatExpression(and(ref("X"), or(and(ref("A"), ref("B")))))).toBe("X AND A AND B");
  });

  it("prints a count the parser would reject as given, but refuses empty groups (they have no text)", () => {
    expect(formatExpression(of(3, ref("A")))).toBe("3 OF (A)");
    expect(() => formatExpression(of(1))).toThrow(/without operands/);
    expect(() => formatExpression(and())).toThrow(/without operands/);
    expect(() => formatExpression(and(ref("A"), or()))).toThrow(/without operands/);
  });
});

describe("formatExpression on trees a JavaScript caller built", () => {
  it.each([
    [null, "null"],
    [42, "42"],
    [{ type: "xor", operands: [] }, 'a node of type "xor"'],
    [{ type: "and", operands: [] }, "a group without operands"],
    [{ type: "and" }, "a group without operands"],
    [{ type: "ref" }, "a ref without an id"],
    [{ type: "of", count: "2", operands: [{ type: "ref", id: "A" }] }, 'an OF group whose count is "2"'],
    [{ type: "or", operands: [{ type: "ref", id: "A" }, null] }, "null"],
  ])("%j is an ExpressionSyntaxError naming what was found", (tree, found) => {
    let error: unknown;
    try {
      formatExpression(tree as never);
    } catch (e) {
      error = e;
    }
    expect(ExpressionSyntaxError.is(error)).toBe(true);
    expect((error as ExpressionSyntaxError).code).toBe("notExpression");
    expect((error as ExpressionSyntaxError).found).toBe(found);
  });

  it("a tree deeper than the stack is an error too, not a RangeError", () => {
    let tree: unknown = { type: "ref", id: "A" };
    for (let i = 0; i < 200_000; i++) tree = { type: "of", count: 1, operands: [tree] };
    expect(() => formatExpression(tree as never)).toThrow(/nested too deeply/);
  });
});
