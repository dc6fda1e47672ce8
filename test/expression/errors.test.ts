import { describe, expect, it } from "vitest";
import { ExpressionSyntaxError } from "../../src/errors/index.js";
import { parseExpression } from "../../src/expression/index.js";
import { anatomy, syntaxError } from "./helpers.js";

const operand = ["a requirement id", "a number", "("];
const END = "the end of the expression";

describe("syntax errors: anatomy", () => {
  it("an unknown character (lexer)", () => {
    const error = syntaxError("A $ B");
    expect(anatomy(error)).toEqual({
      code: "unexpectedCharacter",
      line: 1,
      column: 3,
      offset: 2,
      length: 1,
      expected: ["AND", "OR", END],
      found: "$",
    });
    expect(error.summary).toBe("Expected AND, OR or the end of the expression after `A`, but found `$`");
  });

  it("a run of unknown characters where an operand belongs", () => {
    expect(anatomy(syntaxError("A AND $$ B"))).toEqual({
      code: "unexpectedCharacter",
      line: 1,
      column: 7,
      offset: 6,
      length: 2,
      expected: operand,
      found: "$$",
    });
  });

  it("a syntax error before an unknown character wins", () => {
    expect(anatomy(syntaxError("A B $"))).toMatchObject({ code: "unexpectedToken", column: 3, found: "B" });
  });

  it("a keyword-like identifier where an operator belongs (parser)", () => {
    const error = syntaxError("ALG1 ANDD GEOM");
    expect(anatomy(error)).toEqual({
      code: "unexpectedToken",
      line: 1,
      column: 6,
      offset: 5,
      length: 4,
      expected: ["AND", "OR", END],
      found: "ANDD",
    });
    expect(error.summary).toBe("Expected AND, OR or the end of the expression after `ALG1`, but found `ANDD`");
  });

  it("an operator where an operand belongs", () => {
    expect(anatomy(syntaxError("A OR OR B"))).toEqual({
      code: "unexpectedToken",
      line: 1,
      column: 6,
      offset: 5,
      length: 2,
      expected: operand,
      found: "OR",
    });
  });

  it("a number may be followed by OF", () => {
    expect(syntaxError("1 2").expected).toEqual(["AND", "OR", "OF", END]);
  });

  it("inside a k OF group a comma or a closing bracket may follow", () => {
    expect(anatomy(syntaxError("2 OF (A B)"))).toMatchObject({ column: 9, expected: ["AND", "OR", ",", ")"], found: "B" });
    expect(anatomy(syntaxError("2 OF A"))).toMatchObject({ column: 6, expected: ["("], found: "A" });
  });

  it("input left over after a complete expression", () => {
    expect(anatomy(syntaxError("A OR B)"))).toEqual({
      code: "unexpectedToken",
      line: 1,
      column: 7,
      offset: 6,
      length: 1,
      expected: ["AND", "OR", END],
      found: ")",
    });
  });

  it("an unclosed bracket, pointing at the end of the text", () => {
    const error = syntaxError("A AND (B OR (C");
    expect(anatomy(error)).toEqual({
      code: "unexpectedEnd",
      line: 1,
      column: 15,
      offset: 14,
      length: 0,
      expected: ["AND", "OR", ")"],
      found: END,
    });
    expect(error.summary).toMatch(/^The `\(` at column 13 is never closed: expected AND, OR or `\)` after `C`/);
  });

  it("a missing operand at the end", () => {
    expect(anatomy(syntaxError("A AND "))).toEqual({
      code: "unexpectedEnd",
      line: 1,
      column: 7,
      offset: 6,
      length: 0,
      expected: operand,
      found: END,
    });
  });

  it("an operator at the start", () => {
    const error = syntaxError("OR A");
    expect(anatomy(error)).toMatchObject({ column: 1, expected: operand, found: "OR" });
    expect(error.summary).toBe("Expected a requirement id, a number or `(` at the start of the expression, but found `OR`");
  });

  it("empty and whitespace-only text", () => {
    for (const text of ["", "   ", "\n\t "]) {
      expect(anatomy(syntaxError(text))).toMatchObject({
        code: "emptyExpression",
        offset: text.length,
        length: 0,
        expected: operand,
        found: END,
      });
    }
    expect(anatomy(syntaxError(" \n  "))).toMatchObject({ line: 2, column: 3 });
  });

  it("a k OF count out of range, at the count", () => {
    expect(anatomy(syntaxError("A AND 3 OF (B, C)"))).toEqual({
      code: "ofCount",
      line: 1,
      column: 7,
      offset: 6,
      length: 1,
      expected: ["a number from 1 to 2"],
      found: "3",
    });
    expect(anatomy(syntaxError("000 OF (A)"))).toMatchObject({ code: "ofCount", column: 1, length: 3, expected: ["1"], found: "000" });
  });

  it("the first bad count in the text, even when a later group is malformed", () => {
    expect(anatomy(syntaxError("5 OF (A) OR 2 OF (B, 9 OF (C)) OR )"))).toMatchObject({ code: "ofCount", column: 1 });
  });

  it("a count is not judged inside a group that is malformed", () => {
    expect(anatomy(syntaxError("2 OF (A B)"))).toMatchObject({ code: "unexpectedToken", column: 9 });
  });

  it("text longer than 10,000 characters, before lexing", () => {
    const text = `${"A OR ".repeat(2000)}B$`;
    expect(anatomy(syntaxError(text))).toEqual({
      code: "tooLong",
      line: 1,
      column: 10_001,
      offset: 10_000,
      length: 2,
      expected: ["at most 10000 characters"],
      found: "10002 characters",
    });
  });

  it("groups nested 65 deep, at the bracket that goes too deep", () => {
    expect(anatomy(syntaxError(`${"(".repeat(65)}A${")".repeat(65)}`))).toEqual({
      code: "tooDeep",
      line: 1,
      column: 65,
      offset: 64,
      length: 1,
      expected: ["at most 64 nested groups"],
      found: "(",
    });
    const ofs = `${"1 OF (".repeat(65)}A${")".repeat(65)}`;
    expect(anatomy(syntaxError(ofs))).toMatchObject({ code: "tooDeep", column: 64 * 6 + 6 });
  });

  it("5,000 nested brackets give tooDeep, never a RangeError", () => {
    const text = `${"(".repeat(4999)}A${")".repeat(4999)}`;
    expect(text.length).toBeLessThanOrEqual(10_000);
    expect(anatomy(syntaxError(text))).toMatchObject({ code: "tooDeep", column: 65 });
    expect(anatomy(syntaxError("(".repeat(10_000)))).toMatchObject({ code: "tooDeep", column: 65 });
  });

  it("a syntax error before the bracket that goes too deep wins", () => {
    expect(anatomy(syntaxError(`A B ${"(".repeat(100)}`))).toMatchObject({ code: "unexpectedToken", column: 3 });
  });

  it("lines and columns on a later line", () => {
    const error = syntaxError("ALG1 AND\n  (GEOM OR\r\n   REG ALG)");
    expect(anatomy(error)).toEqual({
      code: "unexpectedToken",
      line: 3,
      column: 8,
      offset: 28,
      length: 3,
      expected: ["AND", "OR", ")"],
      found: "ALG",
    });
    expect(anatomy(syntaxError("A AND\n  $"))).toMatchObject({ line: 2, column: 3, offset: 8, found: "$" });
    expect(syntaxError("(A AND\nB").summary).toContain("The `(` at column 1 is never closed");
    expect(syntaxError("A AND\n(B").summary).toContain("The `(` at line 2, column 1 is never closed");
  });

  it("is an ExpressionSyntaxError with one issue holding the summary", () => {
    const error = syntaxError("A AND");
    expect(error).toBeInstanceOf(ExpressionSyntaxError);
    expect(error.name).toBe("ExpressionSyntaxError");
    expect(error.issues).toEqual([{ path: [], code: "unexpectedEnd", message: error.summary }]);
  });

  it("rejects a value that is not a string with its own error, never a TypeError", () => {
    const error = syntaxError(42 as unknown as string);
    expect(error).toMatchObject({ code: "notText", line: 1, column: 1, offset: 0, found: "number" });
    expect(error.summary).toBe("Expected the expression as text, but found number");
  });
});

describe("syntax errors: messages", () => {
  it("an identifier where an operator belongs", () => {
    expect(syntaxError("ALG1 ANDD GEOM").message).toMatchInlineSnapshot(`
      "Expected AND, OR or the end of the expression after \`ALG1\`, but found \`ANDD\` (line 1, column 6):
      ALG1 ANDD GEOM
           ^^^^"
    `);
  });

  it("an unknown character on a later line", () => {
    expect(syntaxError("ALG1 AND\n\t(GEOM OR #REG)").message).toMatchInlineSnapshot(`
      "Expected a requirement id, a number or \`(\` after \`OR\`, but found \`#\` (line 2, column 11):
      	(GEOM OR #REG)
      	         ^"
    `);
  });

  it("an unclosed bracket", () => {
    expect(syntaxError("ALG1 AND (GEOM OR REG_ALG").message).toMatchInlineSnapshot(`
      "The \`(\` at column 10 is never closed: expected AND, OR or \`)\` after \`REG_ALG\`, but found the end of the expression (line 1, column 26):
      ALG1 AND (GEOM OR REG_ALG
                               ^"
    `);
  });

  it("a count out of range", () => {
    expect(syntaxError("3 OF (A, B)").message).toMatchInlineSnapshot(`
      "Expected a number from 1 to 2 (the number of items listed) before \`OF\`, but found \`3\` (line 1, column 1):
      3 OF (A, B)
      ^"
    `);
  });

  it("empty text", () => {
    expect(syntaxError("").message).toMatchInlineSnapshot(`
      "The expression is empty: expected a requirement id, a number or \`(\` (line 1, column 1):

      ^"
    `);
  });

  it("nesting too deep", () => {
    expect(syntaxError(`${"(".repeat(65)}A${")".repeat(65)}`).summary).toMatchInlineSnapshot(`"Groups are nested too deeply: this \`(\` opens level 65, and at most 64 are allowed"`);
  });
});
