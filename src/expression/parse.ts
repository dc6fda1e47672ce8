import { EOF, type IToken } from "chevrotain";
import type { Expression } from "./ast.js";
import { buildExpression } from "./build.js";
import { scanGroups } from "./groups.js";
import { expressionParser, START_RULE } from "./parser.js";
import {
  badCount,
  emptyExpression,
  notText,
  MAX_DEPTH,
  MAX_LENGTH,
  tooDeep,
  tooLong,
  unexpectedCharacter,
  unexpectedToken,
} from "./syntax-errors.js";
import { expressionLexer } from "./tokens.js";

/**
 * Parses a logical expression (DESIGN.md §5) into a plain AST with same-operator groups merged.
 *
 * Throws an ExpressionSyntaxError for the first problem in the text: a character no token starts
 * with, a token out of place, a `k OF` count out of range, a text over 10,000 characters or groups
 * nested more than 64 deep. The nesting limit is checked on the token stream before parsing, so no
 * input can exhaust the stack.
 */
export function parseExpression(text: string): Expression {
  if (typeof text !== "string") throw notText(text);
  if (text.length > MAX_LENGTH) throw tooLong(text);
  if (/^\s*$/.test(text)) throw emptyExpression(text);

  const lexed = expressionLexer.tokenize(text);
  const tokens = lexed.tokens;
  const lexError = lexed.errors[0];
  // Only the tokens before the first bad character are parsed: a syntax error among them comes
  // first in the text, and otherwise they tell what the bad character should have been.
  let end = lexError === undefined ? tokens.length : tokens.findIndex((token) => token.startOffset > lexError.offset);
  if (end === -1) end = tokens.length;
  const groups = scanGroups(tokens, end, MAX_DEPTH);
  if (groups.tooDeepIndex !== undefined) end = groups.tooDeepIndex;
  const prefix = end === tokens.length ? tokens : tokens.slice(0, end);

  expressionParser.input = prefix;
  const cst = expressionParser[START_RULE]();
  const parseError = expressionParser.errors[0];
  const errorAtEnd = parseError === undefined || parseError.token.tokenType === EOF;
  const errorIndex = errorAtEnd ? prefix.length : prefix.indexOf(parseError.token);

  const count = firstBadCount(groups.badCounts, errorIndex);
  if (count !== undefined) throw badCount(text, at(tokens, count.countIndex), count.operands);
  if (!errorAtEnd) throw unexpectedToken(text, parseError.token, prefix.slice(0, errorIndex), undefined);
  if (groups.tooDeepIndex !== undefined) throw tooDeep(text, at(tokens, groups.tooDeepIndex));
  if (lexError !== undefined) throw unexpectedCharacter(text, lexError.offset, lexError.length, prefix);
  if (parseError !== undefined) {
    const unclosed = groups.unclosedIndex === undefined ? undefined : tokens[groups.unclosedIndex];
    throw unexpectedToken(text, parseError.token, prefix, unclosed);
  }
  return buildExpression(cst);
}

/** The count error earliest in the text, among groups that close before the first syntax error. */
function firstBadCount<T extends { countIndex: number; closeIndex: number }>(counts: T[], before: number): T | undefined {
  let found: T | undefined;
  for (const count of counts) {
    if (count.closeIndex < before && (found === undefined || count.countIndex < found.countIndex)) found = count;
  }
  return found;
}

function at(tokens: IToken[], index: number): IToken {
  const token = tokens[index];
  if (token === undefined) throw new Error("program-criteria: token index out of range");
  return token;
}
