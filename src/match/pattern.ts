/*
 * SQL Server LIKE patterns (DESIGN.md §4 "Wildcards") parsed into plain data: a compiled program
 * is serialised and re-loaded by the runtime bundle, so nothing here may be a closure or a RegExp.
 *
 * A pattern is split at each run of `%` into segments of single-character tokens. Every segment
 * has a fixed length, which is what lets the matcher place them greedily left-most instead of
 * backtracking (a translated regex hangs on `%a%a%a%a%a%a%a%a%a%b`).
 *
 * "Character" means a UTF-16 code unit, as `String.prototype.length` counts them.
 */

/** One position of the value: an exact code unit, any code unit (`_`), or a bracket set. */
export type PatternToken =
  | { readonly kind: "char"; readonly code: number }
  | { readonly kind: "one" }
  | {
      readonly kind: "set";
      readonly negated: boolean;
      /** Single members, e.g. `ax-` for `[ax-]`. */
      readonly members: string;
      /** Range bounds as code-unit pairs `[lo, hi, lo, hi, …]`; a reversed range holds nothing. */
      readonly ranges: readonly number[];
    };

export interface PatternSegment {
  /** The segment's text when every token is an exact character, so `startsWith`/`indexOf` can match it. */
  readonly text: string | null;
  readonly tokens: readonly PatternToken[];
}

export interface ParsedPattern {
  readonly kind: "pattern";
  /** The pattern as written (before any case folding). */
  readonly source: string;
  /** When false, the tokens hold the lower-cased pattern and values must be lower-cased too. */
  readonly caseSensitive: boolean;
  /** The pattern split at each run of `%`; a single segment means the pattern has no `%`. */
  readonly segments: readonly PatternSegment[];
  /** How many characters a matching value has at least (exactly, with a single segment). */
  readonly minLength: number;
}

export interface PatternProblem {
  readonly kind: "problem";
  /** 0-based index of the offending `[`. */
  readonly position: number;
  /** What is wrong, with the 1-based position, e.g. "the [ at position 4 is never closed". */
  readonly message: string;
}

const PERCENT = 0x25;
const UNDERSCORE = 0x5f;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const CARET = 0x5e;
const DASH = 0x2d;

/** A pattern without `%`, `_` or `[` matches only the value equal to it (modulo case). */
export function isLiteralPattern(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === PERCENT || c === UNDERSCORE || c === OPEN) return false;
  }
  return true;
}

export function isPatternProblem(parsed: ParsedPattern | PatternProblem): parsed is PatternProblem {
  return parsed.kind === "problem";
}

/**
 * Case-insensitive patterns are lower-cased as a whole before parsing, exactly as DESIGN.md says
 * (so set members and range bounds fold too). Problems are found on the pattern as written, so
 * positions point into the text the administrator typed; folding never adds or removes a `[`,
 * `]`, `^` or `-`, so the folded pattern is malformed exactly when the original is.
 */
export function parsePattern(pattern: string, caseSensitive: boolean): ParsedPattern | PatternProblem {
  const tokens = tokenize(pattern);
  if (!Array.isArray(tokens)) return tokens;
  if (caseSensitive) return build(pattern, true, tokens);
  const folded = tokenize(pattern.toLowerCase());
  return Array.isArray(folded) ? build(pattern, false, folded) : folded;
}

/** `%` is kept as `null` so that `build` can split on it. */
function tokenize(pattern: string): (PatternToken | null)[] | PatternProblem {
  const tokens: (PatternToken | null)[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern.charCodeAt(i);
    if (c === PERCENT) {
      tokens.push(null);
      i++;
    } else if (c === UNDERSCORE) {
      tokens.push({ kind: "one" });
      i++;
    } else if (c === OPEN) {
      const set = readSet(pattern, i);
      if ("position" in set) return set;
      tokens.push(set.token);
      i = set.end;
    } else {
      tokens.push({ kind: "char", code: c });
      i++;
    }
  }
  return tokens;
}

/** Reads the set opened at `start`; the first `]` after it closes it (a `[` inside is a member). */
function readSet(pattern: string, start: number): { token: PatternToken; end: number } | PatternProblem {
  const close = pattern.indexOf("]", start + 1);
  if (close < 0) return problem(start, `the [ at position ${start + 1} is never closed`);
  const negated = pattern.charCodeAt(start + 1) === CARET;
  const from = negated ? start + 2 : start + 1;
  if (from >= close) {
    const shown = negated ? "[^]" : "[]";
    return problem(start, `the set ${shown} at position ${start + 1} is empty`);
  }
  let members = "";
  const ranges: number[] = [];
  let i = from;
  while (i < close) {
    // `x-y` is a range only when the `-` is neither first nor last; any other `-` is a member.
    if (i + 2 < close && pattern.charCodeAt(i + 1) === DASH) {
      ranges.push(pattern.charCodeAt(i), pattern.charCodeAt(i + 2));
      i += 3;
    } else {
      members += pattern.charAt(i);
      i++;
    }
  }
  return { token: { kind: "set", negated, members, ranges }, end: close + 1 };
}

function problem(position: number, message: string): PatternProblem {
  return { kind: "problem", position, message };
}

function build(source: string, caseSensitive: boolean, tokens: readonly (PatternToken | null)[]): ParsedPattern {
  const segments: PatternSegment[] = [];
  let current: PatternToken[] = [];
  let minLength = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token !== null) {
      current.push(token);
      minLength++;
    } else if (i === 0 || tokens[i - 1] !== null) {
      // A run of `%` is one `%`: no empty middle segments.
      segments.push(segment(current));
      current = [];
    }
  }
  segments.push(segment(current));
  return { kind: "pattern", source, caseSensitive, segments, minLength };
}

function segment(tokens: PatternToken[]): PatternSegment {
  let text = "";
  for (const token of tokens) {
    if (token.kind !== "char") return { text: null, tokens };
    text += String.fromCharCode(token.code);
  }
  return { text, tokens };
}

/** The sentence an administrator reads: names the pattern and the 1-based position. */
export function describePatternProblem(pattern: string, found: PatternProblem): string {
  return `Invalid wildcard pattern ${JSON.stringify(pattern)}: ${found.message}`;
}
