import { readDecimal, sign, type Fixed } from "../decimal/index.js";

export { ZERO } from "../decimal/index.js";

/*
 * The pieces generated fast readers are made of (see fast-reader-source.ts). A fast reader accepts
 * ordinary JSON data and throws REJECT at anything else — a problem, but also anything unusual
 * (another realm's objects, a null prototype, an inherited key, a throwing getter) — and the
 * caller then runs the careful reader, which decides and explains. So the fast path only ever has
 * to be right about what it accepts, and stays a straight run of named property reads that V8
 * compiles to a few instructions each.
 */

export const REJECT: unique symbol = Symbol("reject");

const ObjectPrototype = Object.prototype;

/**
 * True when no declared key is inherited from `Object.prototype` (someone assigned
 * `Object.prototype.courseNumber`): only then do plain property reads see own properties only.
 */
export function prototypeIsClean(keys: readonly string[]): boolean {
  for (let i = 0; i < keys.length; i++) if (keys[i]! in ObjectPrototype) return false;
  return true;
}

export type Obj = Record<string, unknown>;

/** An object made by JSON.parse or an object literal of this realm. */
export function plain(value: unknown): Obj {
  if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== ObjectPrototype) throw REJECT;
  return value as Obj;
}

export function text(value: unknown): string {
  if (typeof value !== "string") throw REJECT;
  return value;
}

export function optionalText(value: unknown): string | undefined {
  if (value !== undefined && typeof value !== "string") throw REJECT;
  return value;
}

export function boundedText(value: unknown, min: number, max: number): string {
  if (typeof value !== "string" || value.length < min || value.length > max) throw REJECT;
  return value;
}

export function optionalBoundedText(value: unknown, min: number, max: number): string | undefined {
  return value === undefined ? undefined : boundedText(value, min, max);
}

export function integer(value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > max) throw REJECT;
  return value === 0 ? 0 : value;
}

export function optionalInteger(value: unknown, min: number, max: number): number | undefined {
  return value === undefined ? undefined : integer(value, min, max);
}

export function textOrInteger(value: unknown): string | number {
  if (typeof value === "string") return value;
  return integer(value, -Infinity, Infinity);
}

export function optionalTextOrInteger(value: unknown): string | number | undefined {
  return value === undefined ? undefined : textOrInteger(value);
}

export function flag(value: unknown): boolean {
  if (typeof value !== "boolean") throw REJECT;
  return value;
}

export function optionalFlag(value: unknown): boolean | undefined {
  return value === undefined ? undefined : flag(value);
}

// Transcripts repeat the same few short amounts ("0.5", "1", "3.7"): each is read once and the
// value shared (a Fixed is never changed). Bounded, so a stream of distinct values cannot grow it.
const SHORT = 8;
const KEPT = 4096;
const known = new Map<string, Fixed>();

// The shortest ("0.5", "1", "3.7", "-2") are found by their characters, without hashing a string:
// each of "-./0123456789" is a digit 1–13 of a base-14 number, so no two texts share a slot (a
// table of 14³ slots, about 22 KB).
const TINY = 3;
const tiny: (Fixed | undefined)[] = new Array<Fixed | undefined>(14 ** TINY + 1).fill(undefined);

function tinyKey(value: string): number {
  let key = 0;
  for (let i = 0; i < value.length; i++) {
    const digit = value.charCodeAt(i) - 44;
    if (digit < 1 || digit > 13) return -1;
    key = key * 14 + digit;
  }
  return key;
}

export function decimal(value: unknown, nonNegative: boolean): Fixed {
  if (typeof value === "string" && value.length <= TINY && value.length > 0) {
    const key = tinyKey(value);
    if (key >= 0) {
      let hit = tiny[key];
      if (hit === undefined) {
        const read = readDecimal(value);
        if (typeof read === "string") throw REJECT;
        hit = tiny[key] = read;
      }
      if (nonNegative && sign(hit) < 0) throw REJECT;
      return hit;
    }
  }
  if (typeof value === "string" && value.length <= SHORT) {
    let hit = known.get(value);
    if (hit === undefined) {
      const read = readDecimal(value);
      if (typeof read === "string") throw REJECT;
      hit = read;
      if (known.size < KEPT) known.set(value, hit);
    }
    if (nonNegative && sign(hit) < 0) throw REJECT;
    return hit;
  }
  const read = readDecimal(value);
  if (typeof read === "string" || (nonNegative && sign(read) < 0)) throw REJECT;
  return read;
}

export function optionalDecimal(value: unknown, nonNegative: boolean): Fixed | undefined {
  return value === undefined ? undefined : decimal(value, nonNegative);
}

export function reject(): never {
  throw REJECT;
}

/** An object whose shape has a rule across its fields (ObjectCheck): any problem it reports rejects. */
export function checked<T>(value: T, check: ((value: T, report: () => never) => void) | undefined): T {
  check?.(value, reject);
  return value;
}
