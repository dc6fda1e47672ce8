import { describe, expect, it } from "vitest";
import { formatExpression, parseExpression, type Expression } from "../../src/expression/index.js";

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

  it("prints hand-built trees the parser would reject as given, without throwing", () => {
    expect(formatExpression(of(3, ref("A")))).toBe("3 OF (A)");
    expect(formatExpression(of(1))).toBe("1 OF ()");
    expect(formatExpression(and())).toBe("");
    expect(formatExpression(and(ref("A"), or()))).toBe("A AND ()");
  });
});
