import type { ParsedPattern, PatternSegment, PatternToken } from "./pattern.js";

/*
 * Segment matching: with every `%` run as a separator, each segment has a fixed length, so the
 * first segment is anchored at the start, the last at the end, and each middle one may be placed
 * at its left-most fit — any later fit leaves less room for the segments after it, never more.
 * No backtracking: the work is at most the value's length times the pattern's.
 */

/** Matches a value against a parsed pattern, folding the value's case when the pattern does. */
export function matchParsed(pattern: ParsedPattern, value: string): boolean {
  return matchFolded(pattern, pattern.caseSensitive ? value : value.toLowerCase());
}

/** Like `matchParsed` for a value already lower-cased when the pattern is case-insensitive. */
export function matchFolded(pattern: ParsedPattern, value: string): boolean {
  const { segments } = pattern;
  const length = value.length;
  const first = segments[0];
  if (first === undefined) return length === 0;
  if (segments.length === 1) return length === pattern.minLength && matchAt(first, value, 0);
  if (length < pattern.minLength) return false;

  const last = segments[segments.length - 1] as PatternSegment;
  const end = length - last.tokens.length;
  if (!matchAt(first, value, 0) || !matchAt(last, value, end)) return false;

  let from = first.tokens.length;
  for (let s = 1; s < segments.length - 1; s++) {
    const middle = segments[s] as PatternSegment;
    const at = find(middle, value, from, end);
    if (at < 0) return false;
    from = at + middle.tokens.length;
  }
  return true;
}

/** Left-most start in `[from, end - segment length]` where the segment matches, or -1. */
function find(segment: PatternSegment, value: string, from: number, end: number): number {
  const size = segment.tokens.length;
  if (segment.text !== null) {
    const at = value.indexOf(segment.text, from);
    return at >= 0 && at + size <= end ? at : -1;
  }
  for (let at = from; at + size <= end; at++) {
    if (matchAt(segment, value, at)) return at;
  }
  return -1;
}

function matchAt(segment: PatternSegment, value: string, start: number): boolean {
  if (segment.text !== null) return value.startsWith(segment.text, start);
  const { tokens } = segment;
  for (let i = 0; i < tokens.length; i++) {
    if (!matchToken(tokens[i] as PatternToken, value.charCodeAt(start + i))) return false;
  }
  return true;
}

function matchToken(token: PatternToken, code: number): boolean {
  switch (token.kind) {
    case "char":
      return token.code === code;
    case "one":
      return true;
    case "set":
      return inSet(token.members, token.ranges, code) !== token.negated;
  }
}

function inSet(members: string, ranges: readonly number[], code: number): boolean {
  for (let i = 0; i < members.length; i++) {
    if (members.charCodeAt(i) === code) return true;
  }
  for (let i = 0; i + 1 < ranges.length; i += 2) {
    if (code >= (ranges[i] as number) && code <= (ranges[i + 1] as number)) return true;
  }
  return false;
}
