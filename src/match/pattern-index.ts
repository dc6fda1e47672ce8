import { createCharTrie } from "./char-trie.js";
import { matchFolded } from "./matcher.js";
import type { ParsedPattern, PatternSegment } from "./pattern.js";

/*
 * Many patterns of one case mode, indexed together so that a value runs the matcher only on the
 * patterns it could match, however many there are:
 * - a literal is one hash lookup;
 * - a pattern whose first segment starts with literal characters is filed in a trie under them
 *   (or under the literal characters that end its last segment, when those are more): a value
 *   reaches only the patterns whose literal prefix it starts with;
 * - a pattern with neither (`_NG5%`, `%ENG%`) must still contain its longest literal run, so it
 *   is filed in a third trie under that run, walked from each position of the value;
 * - only a pattern without any literal character (`%`, `___`, `[a-c]%`) is tried on every value.
 */

/** A literal (folded as its index's case mode wants) or a parsed pattern. */
export type IndexedPattern = string | ParsedPattern;

export interface PatternIndex {
  /** The pattern's id, the same for an equal pattern. All patterns of one index share a case mode. */
  add(pattern: IndexedPattern): number;
  /** Calls `visit` with the id of every pattern the value (folded as the patterns are) matches, each once. */
  matches(value: string, visit: (id: number) => void): void;
}

function leadingText(segment: PatternSegment): string {
  let text = "";
  for (const token of segment.tokens) {
    if (token.kind !== "char") break;
    text += String.fromCharCode(token.code);
  }
  return text;
}

function trailingText(segment: PatternSegment): string {
  let text = "";
  for (let i = segment.tokens.length - 1; i >= 0; i--) {
    const token = segment.tokens[i]!;
    if (token.kind !== "char") break;
    text = String.fromCharCode(token.code) + text;
  }
  return text;
}

/** The longest run of literal characters within one segment: every matching value contains it. */
function longestRun(pattern: ParsedPattern): string {
  let best = "";
  for (const segment of pattern.segments) {
    let run = "";
    for (const token of segment.tokens) {
      run = token.kind === "char" ? run + String.fromCharCode(token.code) : "";
      if (run.length > best.length) best = run;
    }
  }
  return best;
}

export function createPatternIndex(): PatternIndex {
  const idOf = new Map<string, number>();
  const literals = new Map<string, number>();
  /** By id; undefined for a literal. */
  const parsed: (ParsedPattern | undefined)[] = [];
  const prefixes = createCharTrie(false);
  const suffixes = createCharTrie(true);
  const runs = createCharTrie(false);
  let anyRuns = false;
  const everywhere: number[] = [];
  // A pattern filed under a run may be reached from several positions: try it once.
  const triedAt: number[] = [];
  let query = 0;
  // The lookup in progress; kept here so that `tryPattern` is one closure, made once.
  let value = "";
  let visit: (id: number) => void = () => {};

  const tryPattern = (id: number): void => {
    if (matchFolded(parsed[id]!, value)) visit(id);
  };

  function fileWildcard(pattern: ParsedPattern, id: number): void {
    const segments = pattern.segments;
    const lead = leadingText(segments[0]!);
    const trail = trailingText(segments[segments.length - 1]!);
    if (lead.length > 0 && lead.length >= trail.length) return prefixes.add(lead, id);
    if (trail.length > 0) return suffixes.add(trail, id);
    const run = longestRun(pattern);
    if (run.length === 0) {
      everywhere.push(id);
    } else {
      runs.add(run, id);
      anyRuns = true;
      triedAt[id] = 0;
    }
  }

  const tryOnce = (id: number): void => {
    if (triedAt[id] === query) return;
    triedAt[id] = query;
    tryPattern(id);
  };

  function tryContained(): void {
    query++;
    for (let i = 0; i < value.length; i++) runs.collect(value, i, tryOnce);
  }

  return {
    add(pattern) {
      // A literal never holds `%`, `_` or `[`, and a parsed pattern's source does: the keys cannot collide.
      const key = typeof pattern === "string" ? pattern : pattern.caseSensitive ? pattern.source : pattern.source.toLowerCase();
      let id = idOf.get(key);
      if (id !== undefined) return id;
      id = parsed.length;
      idOf.set(key, id);
      if (typeof pattern === "string") {
        parsed.push(undefined);
        literals.set(pattern, id);
      } else {
        parsed.push(pattern);
        fileWildcard(pattern, id);
      }
      return id;
    },
    matches(folded, onMatch) {
      const literal = literals.get(folded);
      if (literal !== undefined) onMatch(literal);
      value = folded;
      visit = onMatch;
      prefixes.collect(folded, 0, tryPattern);
      suffixes.collect(folded, 0, tryPattern);
      if (anyRuns) tryContained();
      for (const id of everywhere) tryPattern(id);
    },
  };
}
