/*
 * The generic helper the peer engines (json-logic-js, json-rules-engine) are given for what they
 * lack: SQL LIKE patterns (`%`, `_`, `[a-c]`, `[^a]`), case-insensitive, translated once per
 * pattern into a RegExp and cached — what a developer adopting those engines would write. (A
 * RegExp can backtrack badly on patterns with many `%`; the benchmark's patterns have at most one.)
 */

const cache = new Map<string, RegExp>();

function toRegExp(pattern: string): RegExp {
  let out = "^";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "%") out += "[\\s\\S]*";
    else if (ch === "_") out += "[\\s\\S]";
    else if (ch === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end < 0) throw new Error(`malformed LIKE pattern ${pattern}`);
      let set = pattern.slice(i + 1, end);
      const negate = set.startsWith("^");
      if (negate) set = set.slice(1);
      out += `[${negate ? "^" : ""}${set.replace(/[\\\]]/g, "\\$&")}]`;
      i = end;
    } else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(out + "$", "i");
}

/** `value` matches the LIKE `pattern` (case-insensitive); a missing value matches nothing. */
export function like(value: unknown, pattern: string): boolean {
  if (typeof value !== "string") return false;
  let re = cache.get(pattern);
  if (re === undefined) cache.set(pattern, (re = toRegExp(pattern)));
  return re.test(value);
}

/**
 * The pattern-list rule: a number matching a positive entry of `codes` or a state code matching
 * a positive entry of `stateCodes`, and no `!` exclusion in either list matching.
 */
export function matchesLists(code: unknown, stateCode: unknown, codes: readonly string[], stateCodes: readonly string[]): boolean {
  let positive = false;
  for (const p of codes) {
    if (p.startsWith("!")) {
      if (like(code, p.slice(1))) return false;
    } else if (!positive && like(code, p)) positive = true;
  }
  for (const p of stateCodes) {
    if (p.startsWith("!")) {
      if (like(stateCode, p.slice(1))) return false;
    } else if (!positive && like(stateCode, p)) positive = true;
  }
  return positive;
}
