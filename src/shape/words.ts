import { describeValue } from "../errors/index.js";

/*
 * How problems are worded, shared by the shape reader and the zod issue translation so that an
 * administrator reads the same sentence whichever found the problem.
 */

export const EXPECTED = {
  text: "text",
  integer: "a whole number",
  boolean: "true or false",
  object: "an object",
  list: "a list",
  textOrInteger: "text or a whole number",
  number: "a number",
} as const;

/** `a Map`, `a Date`, `an instance of Foo`: what a non-plain object is, for a message. */
export function describeInstance(value: object): string {
  let name: unknown;
  try {
    name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  } catch {
    name = undefined;
  }
  if (typeof name !== "string" || name === "" || name === "Object") return "an object that is not plain data";
  return `${/^[AEIOU]/.test(name) ? "an" : "a"} ${name}`;
}

export function wrongTypeMessage(expected: string, value: unknown): string {
  return `expected ${expected}, but found ${describeValue(value)}`;
}

/** Levenshtein distance, stopping early past `limit` (keys are short). */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** `unknown key "minCredit" (did you mean "minCredits"?)`: the nearest known key within 2 edits. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase(), 2);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  return `unknown key ${JSON.stringify(shown)}${best === undefined ? "" : ` (did you mean ${JSON.stringify(best)}?)`}`;
}

/** What a caught exception says, without letting a hostile one throw again. */
export function errorText(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return "unknown error";
  }
}
