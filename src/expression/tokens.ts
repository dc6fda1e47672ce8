import { createToken, Lexer, type TokenType } from "chevrotain";

/*
 * The tokens of DESIGN.md §5. Each `label` is the word an administrator reads in an error message
 * ("Expected a requirement id, a number or (") and the name a railroad diagram shows.
 */

export const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /\s+/, group: Lexer.SKIPPED });

// Digits followed by at least one other identifier character, or a letter or underscore first:
// `1A` and `2ND_LANG` are identifiers, while an all-digit run is left to Integer.
export const Identifier = createToken({
  name: "Identifier",
  pattern: /[A-Za-z_][A-Za-z0-9_.-]*|[0-9]+[A-Za-z_.-][A-Za-z0-9_.-]*/,
  label: "a requirement id",
});

export const Integer = createToken({ name: "Integer", pattern: /[0-9]+/, label: "a number" });

// `longer_alt` keeps keywords whole words: ANDD, ORDER and OF1 lex as identifiers.
export const And = createToken({ name: "And", pattern: /AND|&&|&/i, label: "AND", longer_alt: Identifier });
export const Or = createToken({ name: "Or", pattern: /OR|\|\||\|/i, label: "OR", longer_alt: Identifier });
export const Of = createToken({ name: "Of", pattern: /OF/i, label: "OF", longer_alt: Identifier });

export const LParen = createToken({ name: "LParen", pattern: /\(/, label: "(" });
export const RParen = createToken({ name: "RParen", pattern: /\)/, label: ")" });
export const Comma = createToken({ name: "Comma", pattern: /,/, label: "," });

/** Lexing order matters: keywords before Identifier, Identifier before Integer. */
export const allTokens: TokenType[] = [WhiteSpace, LParen, RParen, Comma, And, Or, Of, Identifier, Integer];

// Offsets are all we need: lines and columns are computed from them, and only on errors.
export const expressionLexer = new Lexer(allTokens, { positionTracking: "onlyOffset", ensureOptimizations: true });
