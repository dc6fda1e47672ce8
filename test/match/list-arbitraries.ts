/*
 * fast-check generators for many pattern lists at once (the match index's input) and the lookups
 * to ask of them, plus the plain per-list answer from the reference matcher.
 *
 * Patterns are drawn from a small pool per case, so that lists share patterns (in both case modes,
 * as positive entries and as exclusions), and lookups are often built from a pattern of the pool,
 * so that they match often enough for the comparison to mean something. The pieces cover every
 * way the index files a pattern: literals, literal prefixes, literal suffixes, literal runs in the
 * middle only (`_ab%`, `%ab%`), no literal at all (`%`, `_`, `[a-b]`), with sets, ranges, `[%]`,
 * an `İ` whose lower case is two code units, and `!`.
 */
import fc from "fast-check";
import { referenceMatch, referenceTokens } from "./reference.js";

export interface ListPair {
  codes: string[] | undefined;
  stateCodes: string[] | undefined;
  caseSensitive: boolean;
}

export interface Lookup {
  code: string;
  stateCode: string | undefined;
}

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("a", "b", "A", "B", "ab", "Ab", "ba", "-", "!", "]", "^", "İ", "i") },
  { weight: 4, arbitrary: fc.constantFrom("%", "_", "%%") },
  { weight: 2, arbitrary: fc.constantFrom("[a-b]", "[^A]", "[ab]", "[A-B]", "[%]", "[_]", "[[]", "[b-a]", "[-a]", "[İ]", "[^a-b-]") },
);

const wellFormed = (pattern: string) => Array.isArray(referenceTokens(pattern));

export const pattern = fc
  .array(piece, { maxLength: 6 })
  .map((pieces) => pieces.join(""))
  .filter(wellFormed);

const entry = (pool: readonly string[]) =>
  fc.tuple(fc.nat({ max: pool.length - 1 }), fc.nat({ max: 3 })).map(([i, exclude]) => (exclude === 0 ? `!${pool[i]!}` : pool[i]!));

const list = (pool: readonly string[]) => fc.option(fc.array(entry(pool), { maxLength: 4 }), { nil: undefined, freq: 4 });

/** A value made from a pattern: each wildcard replaced by something it accepts (mostly), cases flipped now and then. */
export function instantiate(source: string, choices: readonly number[]): string {
  let at = 0;
  const pick = (n: number) => (choices[at++ % Math.max(1, choices.length)] ?? 0) % n;
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === "%") out += ["", "a", "Bb", "-", "İ"][pick(5)]!;
    else if (c === "_") out += "abA-"[pick(4)]!;
    else if (c === "[") {
      const close = source.indexOf("]", i + 1);
      const body = source.slice(i + 1, close).replace(/^\^/, "");
      out += body.charAt(pick(body.length));
      i = close;
    } else out += pick(4) === 0 ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c;
  }
  return out;
}

const randomValue = fc.array(fc.constantFrom("a", "b", "A", "B", "-", "!", "]", "^", "İ", "i̇", "%", "_"), { maxLength: 6 }).map((cs) => cs.join(""));

function value(pool: readonly string[]): fc.Arbitrary<string> {
  const fromPool = fc
    .tuple(fc.nat({ max: pool.length - 1 }), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }))
    .map(([i, choices]) => instantiate(pool[i]!.replace(/^!/, ""), choices));
  return fc.oneof({ weight: 3, arbitrary: fromPool }, { weight: 1, arbitrary: randomValue });
}

/** Lists over a shared pool of code patterns and one of state-code patterns, and lookups against them. */
export const listsAndLookups = fc
  .tuple(fc.array(pattern, { minLength: 1, maxLength: 6 }), fc.array(pattern, { minLength: 1, maxLength: 4 }))
  .chain(([codePool, statePool]) =>
    fc.tuple(
      fc.array(fc.record({ codes: list(codePool), stateCodes: list(statePool), caseSensitive: fc.boolean() }), { minLength: 1, maxLength: 8 }),
      fc.array(fc.record({ code: value(codePool), stateCode: fc.option(value(statePool), { nil: undefined, freq: 3 }) }), { minLength: 1, maxLength: 12 }),
    ),
  );

function hits(entries: readonly string[] | undefined, value: string | undefined, excluded: boolean, caseSensitive: boolean): boolean {
  if (value === undefined || entries === undefined) return false;
  return entries.some((e) => e.startsWith("!") === excluded && referenceMatch(excluded ? e.slice(1) : e, value, caseSensitive) === true);
}

/** DESIGN.md §4 list by list, with the reference matcher: the slots the lookup matches, ascending. */
export function referenceSlots(pairs: readonly ListPair[], { code, stateCode }: Lookup): number[] {
  const slots: number[] = [];
  pairs.forEach(({ codes, stateCodes, caseSensitive }, slot) => {
    const positive = hits(codes, code, false, caseSensitive) || hits(stateCodes, stateCode, false, caseSensitive);
    const excluded = hits(codes, code, true, caseSensitive) || hits(stateCodes, stateCode, true, caseSensitive);
    if (positive && !excluded) slots.push(slot);
  });
  return slots;
}
