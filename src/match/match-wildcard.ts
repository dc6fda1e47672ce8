import { ProgramDefinitionError } from "../errors/index.js";
import { matchParsed } from "./matcher.js";
import { describePatternProblem, isLiteralPattern, isPatternProblem, parsePattern, type ParsedPattern } from "./pattern.js";

/** Options of {@link matchWildcard}. */
export interface WildcardOptions {
  /** Compare characters exactly as written; by default both sides are lower-cased first. */
  caseSensitive?: boolean;
}

/*
 * Callers often test one pattern against many values in a loop: keep recent parses. The cache is
 * emptied when full rather than evicted entry by entry; that bounds memory with no bookkeeping.
 */
const CACHE_LIMIT = 256;
const sensitiveCache = new Map<string, ParsedPattern>();
const insensitiveCache = new Map<string, ParsedPattern>();

/**
 * Does `value` match the SQL Server `LIKE` pattern? `%` matches any run of characters (also none),
 * `_` exactly one, `[a-c]` / `[abc]` one of a set, `[^a]` one not in it; `[%]`, `[_]` and `[[]`
 * match the literal. `!` is an ordinary character here (exclusions belong to pattern lists).
 * Case-insensitive unless `options.caseSensitive` is true. Time is at most linear in the value's
 * length times the pattern's.
 *
 * @throws ProgramDefinitionError (issue code `invalidPattern`) for a malformed pattern: `[]`,
 * `[^]` or a `[` that is never closed; (issue code `invalidArgument`) for arguments of the wrong type.
 */
export function matchWildcard(pattern: string, value: string, options?: WildcardOptions): boolean {
  checkArgument(typeof pattern === "string", "pattern", "a string", pattern);
  checkArgument(typeof value === "string", "value", "a string", value);
  const caseSensitive = readCaseSensitive(options);

  if (isLiteralPattern(pattern)) {
    return caseSensitive ? pattern === value : pattern.toLowerCase() === value.toLowerCase();
  }
  return matchParsed(parsed(pattern, caseSensitive), value);
}

function parsed(pattern: string, caseSensitive: boolean): ParsedPattern {
  const cache = caseSensitive ? sensitiveCache : insensitiveCache;
  const known = cache.get(pattern);
  if (known !== undefined) return known;
  const result = parsePattern(pattern, caseSensitive);
  if (isPatternProblem(result)) {
    throw new ProgramDefinitionError([
      { path: [], code: "invalidPattern", message: describePatternProblem(pattern, result) },
    ]);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(pattern, result);
  return result;
}

function readCaseSensitive(options: unknown): boolean {
  if (options === undefined || options === null) return false;
  checkArgument(typeof options === "object", "options", "an object", options);
  const flag = (options as { caseSensitive?: unknown }).caseSensitive;
  if (flag === undefined) return false;
  checkArgument(typeof flag === "boolean", "options.caseSensitive", "true or false", flag);
  return flag as boolean;
}

function checkArgument(ok: boolean, name: string, expected: string, got: unknown): void {
  if (ok) return;
  const found = got === null ? "null" : Array.isArray(got) ? "an array" : typeof got;
  throw new ProgramDefinitionError([
    { path: [], code: "invalidArgument", message: `matchWildcard: ${name} must be ${expected}, but is ${found}` },
  ]);
}
