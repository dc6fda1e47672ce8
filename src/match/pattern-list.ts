import { ProgramDefinitionError, type Issue } from "../errors/index.js";
import { matchFolded } from "./matcher.js";
import {
  isLiteralPattern,
  isPatternProblem,
  parsePattern,
  type ParsedPattern,
  type PatternProblem,
} from "./pattern.js";

/*
 * DESIGN.md §4 "Pattern lists and exclusions": an entry beginning with `!` excludes, the rest of
 * the entry being its pattern. Most entries are plain course numbers, so literal patterns become
 * one hash lookup; only the entries with `%`, `_` or `[` run the matcher.
 */

/** A compiled `courses` / `stateCodes` / `testCodes` list. */
export interface PatternList {
  /** The list has at least one entry that is not an exclusion. */
  readonly hasPositive: boolean;
  /** The list has at least one exclusion. */
  readonly hasExclusions: boolean;
  /** The value matches an entry that is not an exclusion. */
  includes(value: string): boolean;
  /** The value matches an exclusion entry. */
  excludes(value: string): boolean;
}

/** A malformed entry of a pattern list; `position` is 0-based within the pattern after any `!`. */
export interface PatternListProblem {
  index: number;
  position: number;
  message: string;
}

const EXCLUDE = "!";

function splitEntry(entry: string): { excluded: boolean; pattern: string } {
  return entry.startsWith(EXCLUDE)
    ? { excluded: true, pattern: entry.slice(EXCLUDE.length) }
    : { excluded: false, pattern: entry };
}

/** Names the pattern, and the whole entry when the pattern is an exclusion's. */
function entryMessage(entry: string, excluded: boolean, pattern: string, problem: PatternProblem): string {
  const where = excluded ? ` (in the exclusion ${JSON.stringify(entry)})` : "";
  return `Invalid wildcard pattern ${JSON.stringify(pattern)}${where}: ${problem.message}`;
}

/** Every malformed entry, for a definition's validation to report at the entry's path. */
export function findPatternProblems(entries: readonly string[]): PatternListProblem[] {
  const problems: PatternListProblem[] = [];
  entries.forEach((entry, index) => {
    const { excluded, pattern } = splitEntry(entry);
    const parsed = parsePattern(pattern, true);
    if (isPatternProblem(parsed)) {
      problems.push({ index, position: parsed.position, message: entryMessage(entry, excluded, pattern, parsed) });
    }
  });
  return problems;
}

/**
 * One entry of a list, ready to match: a literal (lower-cased when the list ignores case) is
 * compared whole, anything else is parsed.
 */
export interface PatternEntry {
  readonly excluded: boolean;
  readonly pattern: string | ParsedPattern;
}

/**
 * Reads a list whose entries were validated with `findPatternProblems`; a malformed entry still
 * throws a ProgramDefinitionError (code `invalidPattern`, path `[index]`).
 */
export function readPatternList(entries: readonly string[], caseSensitive: boolean): PatternEntry[] {
  const out: PatternEntry[] = [];
  const issues: Issue[] = [];
  entries.forEach((entry, index) => {
    const { excluded, pattern } = splitEntry(entry);
    if (isLiteralPattern(pattern)) {
      out.push({ excluded, pattern: caseSensitive ? pattern : pattern.toLowerCase() });
      return;
    }
    const parsed = parsePattern(pattern, caseSensitive);
    if (isPatternProblem(parsed)) {
      issues.push({ path: [index], code: "invalidPattern", message: entryMessage(entry, excluded, pattern, parsed) });
    } else {
      out.push({ excluded, pattern: parsed });
    }
  });
  if (issues.length > 0) throw new ProgramDefinitionError(issues);
  return out;
}

class Patterns {
  readonly literals = new Set<string>();
  readonly wildcards: ParsedPattern[] = [];
  count = 0;

  has(folded: string): boolean {
    if (this.literals.has(folded)) return true;
    for (const pattern of this.wildcards) {
      if (matchFolded(pattern, folded)) return true;
    }
    return false;
  }
}

class CompiledPatternList implements PatternList {
  readonly hasPositive: boolean;
  readonly hasExclusions: boolean;
  readonly #positive: Patterns;
  readonly #excluded: Patterns;
  readonly #caseSensitive: boolean;
  // `includes` and then `excludes` are asked about the same value: fold it once.
  #lastValue: string | undefined;
  #lastFolded = "";

  constructor(positive: Patterns, excluded: Patterns, caseSensitive: boolean) {
    this.#positive = positive;
    this.#excluded = excluded;
    this.#caseSensitive = caseSensitive;
    this.hasPositive = positive.count > 0;
    this.hasExclusions = excluded.count > 0;
  }

  includes(value: string): boolean {
    return this.hasPositive && this.#positive.has(this.#fold(value));
  }

  excludes(value: string): boolean {
    return this.hasExclusions && this.#excluded.has(this.#fold(value));
  }

  #fold(value: string): string {
    if (this.#caseSensitive) return value;
    if (value !== this.#lastValue) {
      this.#lastValue = value;
      this.#lastFolded = value.toLowerCase();
    }
    return this.#lastFolded;
  }
}

/**
 * Compiles a list whose entries were validated with `findPatternProblems`; a malformed entry
 * still throws a ProgramDefinitionError (code `invalidPattern`, path `[index]`).
 */
export function compilePatternList(entries: readonly string[], caseSensitive: boolean): PatternList {
  const positive = new Patterns();
  const excluded = new Patterns();
  for (const { excluded: isExclusion, pattern } of readPatternList(entries, caseSensitive)) {
    const target = isExclusion ? excluded : positive;
    target.count++;
    if (typeof pattern === "string") target.literals.add(pattern);
    else target.wildcards.push(pattern);
  }
  return new CompiledPatternList(positive, excluded, caseSensitive);
}
