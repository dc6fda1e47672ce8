import { EOF, type IToken, type TokenType } from "chevrotain";
import { ExpressionSyntaxError } from "../errors/index.js";
import { expressionParser, START_RULE } from "./parser.js";
import { lineColumn, tokenOffset } from "./positions.js";
import { And, Comma, Identifier, Integer, LParen, Of, Or, RParen } from "./tokens.js";

/*
 * Every failure becomes an ExpressionSyntaxError worded for a district administrator:
 * "Expected AND, OR or the end of the expression after `ALG1`, but found `ANDD`".
 */

export const MAX_LENGTH = 10_000;
export const MAX_DEPTH = 64;

export const END = "the end of the expression";

// Expected words are listed in one fixed order, whatever order the grammar analysis returns.
const ORDER: TokenType[] = [And, Or, Of, Comma, RParen, Identifier, Integer, LParen];

function label(type: TokenType): string {
  return type.LABEL ?? type.name;
}

/** Punctuation is quoted in sentences so that "or (" cannot be misread. */
function inSentence(word: string): string {
  return /^[(),]$/.test(word) ? `\`${word}\`` : word;
}

function listWords(words: readonly string[]): string {
  const shown = words.map(inSentence);
  return shown.length <= 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} or ${shown[shown.length - 1]}`;
}

/** Long ids and runs of bad characters are shortened in sentences; the `found` field stays exact. */
function quote(text: string): string {
  return `\`${text.length > 40 ? `${text.slice(0, 39)}…` : text}\``;
}

function where(previous: IToken | undefined): string {
  return previous === undefined ? "at the start of the expression" : `after ${quote(previous.image)}`;
}

/**
 * What could come after a prefix of tokens that the grammar accepts so far. Chevrotain's content
 * assist gives the next tokens; it cannot say whether the prefix may also end here, so that is
 * checked by parsing the prefix alone.
 */
export function expectedAfter(prefix: IToken[]): string[] {
  const next = new Set(expressionParser.computeContentAssist(START_RULE, prefix).map((path) => path.nextTokenType));
  expressionParser.input = prefix;
  expressionParser[START_RULE]();
  const mayEnd = expressionParser.errors.length === 0;
  const words = ORDER.filter((type) => next.has(type)).map(label);
  return mayEnd ? [...words, END] : words;
}

interface Problem {
  code: string;
  offset: number;
  length: number;
  expected: string[];
  found: string;
  summary: string;
}

function fail(text: string, problem: Problem): ExpressionSyntaxError {
  return new ExpressionSyntaxError(text, { ...problem, ...lineColumn(text, problem.offset) });
}

export function tooLong(text: string): ExpressionSyntaxError {
  return fail(text, {
    code: "tooLong",
    offset: MAX_LENGTH,
    length: text.length - MAX_LENGTH,
    expected: [`at most ${MAX_LENGTH} characters`],
    found: `${text.length} characters`,
    summary: `The expression is ${text.length} characters long, but at most ${MAX_LENGTH} are allowed`,
  });
}

/** A JavaScript caller passed something other than text. */
export function notText(value: unknown): ExpressionSyntaxError {
  const found = value === null ? "null" : Array.isArray(value) ? "a list" : typeof value;
  return fail("", {
    code: "notText",
    offset: 0,
    length: 0,
    expected: ["the expression as text"],
    found,
    summary: `Expected the expression as text, but found ${found}`,
  });
}

export function emptyExpression(text: string): ExpressionSyntaxError {
  const expected = [Identifier, Integer, LParen].map(label);
  return fail(text, {
    code: "emptyExpression",
    offset: text.length,
    length: 0,
    expected,
    found: END,
    summary: `The expression is empty: expected ${listWords(expected)}`,
  });
}

export function tooDeep(text: string, bracket: IToken): ExpressionSyntaxError {
  return fail(text, {
    code: "tooDeep",
    offset: bracket.startOffset,
    length: 1,
    expected: [`at most ${MAX_DEPTH} nested groups`],
    found: bracket.image,
    summary: `Groups are nested too deeply: this \`(\` opens level ${MAX_DEPTH + 1}, and at most ${MAX_DEPTH} are allowed`,
  });
}

export function badCount(text: string, count: IToken, operands: number): ExpressionSyntaxError {
  const expected = [operands === 1 ? "1" : `a number from 1 to ${operands}`];
  return fail(text, {
    code: "ofCount",
    offset: count.startOffset,
    length: count.image.length,
    expected,
    found: count.image,
    summary:
      `Expected ${expected[0]} (the number of items listed) before \`OF\`, but found ${quote(count.image)}`,
  });
}

/** A character no token starts with, after a prefix of tokens the grammar accepts. */
export function unexpectedCharacter(text: string, offset: number, length: number, prefix: IToken[]): ExpressionSyntaxError {
  const expected = expectedAfter(prefix);
  const found = text.slice(offset, offset + length);
  return fail(text, {
    code: "unexpectedCharacter",
    offset,
    length,
    expected,
    found,
    summary: `Expected ${listWords(expected)} ${where(prefix[prefix.length - 1])}, but found ${quote(found)}`,
  });
}

/** A token (or the end of the text) the grammar does not accept after `prefix`. */
export function unexpectedToken(text: string, token: IToken, prefix: IToken[], unclosed: IToken | undefined): ExpressionSyntaxError {
  const expected = expectedAfter(prefix);
  const atEnd = token.tokenType === EOF;
  const found = atEnd ? END : token.image;
  let summary = `Expected ${listWords(expected)} ${where(prefix[prefix.length - 1])}, but found ${atEnd ? END : quote(found)}`;
  if (atEnd && unclosed !== undefined) {
    // Named first, so the position printed after the summary reads as where the text ends.
    const at = lineColumn(text, unclosed.startOffset);
    const place = at.line === 1 ? `column ${at.column}` : `line ${at.line}, column ${at.column}`;
    summary = `The \`(\` at ${place} is never closed: e${summary.slice(1)}`;
  }
  return fail(text, {
    code: atEnd ? "unexpectedEnd" : "unexpectedToken",
    offset: tokenOffset(token, text),
    length: atEnd ? 0 : token.image.length,
    expected,
    found,
    summary,
  });
}
