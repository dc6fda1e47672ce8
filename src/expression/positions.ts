import type { IToken } from "chevrotain";

/*
 * Positions come from token offsets only; lines and columns are computed here, on errors, so they
 * agree with the caret excerpt (which splits lines on \r\n, \r and \n the same way).
 */

/** 1-based line and column of a 0-based offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where a token starts. Chevrotain marks positions it does not know (its end-of-input token) with
 * a sentinel: NaN in v11, -1 in v13. This is the one place that knows which; an upgrade edits it.
 */
export function tokenOffset(token: IToken, text: string): number {
  return Number.isNaN(token.startOffset) ? text.length : token.startOffset;
}
