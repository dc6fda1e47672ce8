/*
 * Ids a generated definition can use: criterion and requirement ids are expression references
 * (DESIGN.md §5: `[A-Za-z0-9_][A-Za-z0-9_.-]*`, not all digits, not AND / OR / OF), and course and
 * test codes become patterns, where `%`, `_`, `[` and a leading `!` mean something.
 */

const KEYWORDS = new Set(["AND", "OR", "OF"]);

/** Text as an IDENTIFIER: other characters become `_`, runs of them one `_`. */
export function toIdentifier(text: string): string {
  let id = text.trim().replace(/[^A-Za-z0-9_.-]+/g, "_");
  if (id === "" || /^[.-]/.test(id) || /^\d+$/.test(id)) id = `_${id}`;
  if (KEYWORDS.has(id.toUpperCase())) id = `${id}_`;
  return id;
}

/** Hands out identifiers, each distinct from those before it (`MATH`, `MATH_2`, …). */
export function identifierMaker(): (text: string) => string {
  const taken = new Set<string>();
  return (text) => {
    const base = toIdentifier(text);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    return id;
  };
}

/** A code as a pattern that matches exactly it: `%`, `_`, `[` in brackets, and a leading `!` too. */
export function escapePattern(code: string): string {
  return code.replace(/[%_[]/g, (c) => `[${c}]`).replace(/^!/, "[!]");
}
