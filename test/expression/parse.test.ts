import { describe, expect, it } from "vitest";
import { collectReferences, parseExpression } from "../../src/expression/index.js";
import { parseBare } from "./helpers.js";

const ref = (id: string) => ({ type: "ref", id });

describe("parseExpression: trees", () => {
  it("reads a single reference", () => {
    expect(parseExpression("ALG1")).toEqual({ type: "ref", id: "ALG1", span: { start: 0, end: 4 } });
  });

  it("binds AND tighter than OR", () => {
    expect(parseBare("A OR B AND C")).toEqual({
      type: "or",
      operands: [ref("A"), { type: "and", operands: [ref("B"), ref("C")] }],
    });
  });

  it("merges same-operator groups whichever way they are bracketed", () => {
    const flat = { type: "or", operands: [ref("A"), ref("B"), ref("C")] };
    expect(parseBare("A OR (B OR C)")).toEqual(flat);
    expect(parseBare("(A OR B) OR C")).toEqual(flat);
    expect(parseBare("A OR B OR C")).toEqual(flat);
    expect(parseBare("((A) and (B and (C and D)))")).toEqual({
      type: "and",
      operands: [ref("A"), ref("B"), ref("C"), ref("D")],
    });
  });

  it("keeps an AND under an OR and an OR under an AND", () => {
    expect(parseBare("(A OR B) AND (C OR D)")).toEqual({
      type: "and",
      operands: [
        { type: "or", operands: [ref("A"), ref("B")] },
        { type: "or", operands: [ref("C"), ref("D")] },
      ],
    });
  });

  it("drops brackets around a single operand", () => {
    expect(parseBare("(((A)))")).toEqual(ref("A"));
  });

  it("accepts every spelling of the operators, in any case", () => {
    const expected = parseBare("A AND B OR C");
    for (const text of ["A and B or C", "A && B || C", "A & B | C", "A AnD B oR C", "A&B|C", "A&&B||C"]) {
      expect(parseBare(text)).toEqual(expected);
    }
  });

  it("reads k OF groups without merging their operands", () => {
    expect(parseBare("2 of (A OR B, C, (D OR E))")).toEqual({
      type: "of",
      count: 2,
      operands: [{ type: "or", operands: [ref("A"), ref("B")] }, ref("C"), { type: "or", operands: [ref("D"), ref("E")] }],
    });
    expect(parseBare("A OR 1 OF (B OR C)")).toEqual({
      type: "or",
      operands: [ref("A"), { type: "of", count: 1, operands: [{ type: "or", operands: [ref("B"), ref("C")] }] }],
    });
  });

  it("drops leading zeros from a count but keeps numeric ids as written", () => {
    expect(parseBare("007 AND 02 OF (1, 002)")).toEqual({
      type: "and",
      operands: [ref("007"), { type: "of", count: 2, operands: [ref("1"), ref("002")] }],
    });
  });

  it("reads keywords only as whole words", () => {
    expect(parseBare("ORDER AND OF1 OR ANDROID")).toEqual({
      type: "or",
      operands: [{ type: "and", operands: [ref("ORDER"), ref("OF1")] }, ref("ANDROID")],
    });
    expect(parseBare("and.x & or-y")).toEqual({ type: "and", operands: [ref("and.x"), ref("or-y")] });
  });

  it("reads ids that start with digits as identifiers unless they are all digits", () => {
    expect(parseBare("1A | 2ND_LANG | 3.5 | 4-H | 12")).toEqual({
      type: "or",
      operands: [ref("1A"), ref("2ND_LANG"), ref("3.5"), ref("4-H"), ref("12")],
    });
  });

  it("treats every JavaScript whitespace character as a separator", () => {
    expect(parseBare("\u00a0A\tAND\r\nB\u2003OR\u3000C\n")).toEqual(parseBare("A AND B OR C"));
  });

  it("accepts 64 nested groups", () => {
    expect(parseBare(`${"(".repeat(64)}A${")".repeat(64)}`)).toEqual(ref("A"));
    expect(parseBare(`${"1 OF (".repeat(64)}A${")".repeat(64)}`)).toMatchObject({ type: "of", count: 1 });
  });

  it("accepts a long flat expression up to 10,000 characters", () => {
    const text = `A${" OR A".repeat(1666)}`;
    expect(text.length).toBeLessThanOrEqual(10_000);
    const expr = parseExpression(text);
    expect(expr.type === "or" && expr.operands.length).toBe(1667);
  });
});

describe("parseExpression: spans", () => {
  it("gives each reference the offsets of its token", () => {
    const text = "  ALG_1\tAND\nGEO-2 ";
    for (const node of collectReferences(parseExpression(text))) {
      expect(text.slice(node.span.start, node.span.end)).toBe(node.id);
    }
  });

  it("covers the operands of a group, including brackets around its first and last operand", () => {
    const text = "X AND (A OR B) OR (C)";
    const expr = parseExpression(text);
    expect(expr.span).toEqual({ start: 0, end: text.length });
    expect(expr.type === "or" && expr.operands[0]?.span).toEqual({ start: 0, end: 14 });
  });

  it("covers a k OF group from its count to its closing bracket", () => {
    const expr = parseExpression("A AND 2 OF (B, C) ");
    expect(expr.type === "and" && expr.operands[1]?.span).toEqual({ start: 6, end: 17 });
  });

  it("is plain JSON", () => {
    const expr = parseExpression("A AND (B OR 2 OF (C, D, E))");
    expect(JSON.parse(JSON.stringify(expr))).toEqual(expr);
  });
});

describe("collectReferences", () => {
  it("lists references in source order, repeats included", () => {
    const refs = collectReferences(parseExpression("Z AND (B OR 2 OF (A, Z, (C AND D)))"));
    expect(refs.map((node) => node.id)).toEqual(["Z", "B", "A", "Z", "C", "D"]);
  });

  it("returns the reference itself for a single reference", () => {
    const expr = parseExpression("A");
    expect(collectReferences(expr)).toEqual([expr]);
  });
});
