import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mulberry32, shuffle } from "../../src/schedule/random.js";

// The well-known JavaScript snippet of mulberry32 (Tommy Ettinger's generator), written apart from
// src/: it returns t / 2^32, so multiplying by 2^32 gives back the 32-bit draw exactly.
function reference(a: number) {
  return function () {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function referenceShuffle<T>(items: T[], seed: number): T[] {
  const random = reference(seed >>> 0);
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

describe("mulberry32", () => {
  it("gives the published sequence for seed 42 and seed 0", () => {
    const g = mulberry32(42);
    expect([g(), g(), g(), g(), g()]).toEqual([2581720956, 1925393290, 3661312704, 2876485805, 750819978]);
    const z = mulberry32(0);
    expect([z(), z(), z()]).toEqual([1144304738, 1416247, 958946056]);
  });

  it("is seeded with seed >>> 0: -1 is 4294967295", () => {
    expect(mulberry32(-1)()).toBe(3850105811);
    expect(mulberry32(-1)()).toBe(mulberry32(4294967295)());
  });

  it("agrees with the reference snippet on any seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (seed) => {
        const ours = mulberry32(seed);
        const theirs = reference(seed >>> 0);
        for (let k = 0; k < 20; k++) expect(ours()).toBe(theirs() * 4294967296);
      }),
    );
  });
});

describe("shuffle", () => {
  it("is Fisher–Yates from the end with j = floor(t · (i + 1) / 2^32)", () => {
    expect(shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], mulberry32(42))).toEqual([0, 7, 3, 5, 2, 1, 8, 9, 4, 6]);
  });

  it("agrees with the reference shuffle and keeps every item", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 40 }), fc.integer(), (items, seed) => {
        const out = shuffle([...items], mulberry32(seed));
        expect(out).toEqual(referenceShuffle(items, seed));
        expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it("draws nothing for zero or one item", () => {
    let draws = 0;
    const counting = () => (draws++, 0);
    shuffle([], counting);
    shuffle(["a"], counting);
    expect(draws).toBe(0);
    shuffle(["a", "b", "c"], counting);
    expect(draws).toBe(2);
  });
});
