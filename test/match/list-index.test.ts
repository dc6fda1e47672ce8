import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePatternList, createListIndex } from "../../src/match/index.js";
import { listsAndLookups, referenceSlots, type ListPair, type Lookup } from "./list-arbitraries.js";

const RUNS = 2000;

/** Today's per-list rule with compilePatternList, list pair by list pair. */
function perListSlots(pairs: readonly ListPair[], { code, stateCode }: Lookup): number[] {
  const slots: number[] = [];
  pairs.forEach(({ codes, stateCodes, caseSensitive }, slot) => {
    const codeList = compilePatternList(codes ?? [], caseSensitive);
    const stateList = compilePatternList(stateCodes ?? [], caseSensitive);
    const hit = codeList.includes(code) || (stateCode !== undefined && stateList.includes(stateCode));
    const excluded = codeList.excludes(code) || (stateCode !== undefined && stateList.excludes(stateCode));
    if (hit && !excluded) slots.push(slot);
  });
  return slots;
}

describe("the list index", () => {
  it("gives the slots the reference matcher gives list by list, ascending, lookup after lookup", () => {
    let matched = 0;
    let lookups = 0;
    fc.assert(
      fc.property(listsAndLookups, ([pairs, queries]) => {
        const index = createListIndex();
        for (const p of pairs) index.add(p.codes, p.stateCodes, p.caseSensitive);
        for (const q of queries) {
          const expected = referenceSlots(pairs, q);
          expect([...index.slotsOf(q.code, q.stateCode)]).toEqual(expected);
          expect(perListSlots(pairs, q)).toEqual(expected);
          lookups++;
          if (expected.length > 0) matched++;
        }
      }),
      { numRuns: RUNS },
    );
    // Random lookups seldom match random lists; these must, often, for the property to bite.
    expect(matched).toBeGreaterThan(lookups / 4);
  });

  it("answers the same after more slots are added", () => {
    const index = createListIndex();
    const a = index.add(["AB%"], undefined, false);
    expect(index.slotsOf("ab1", undefined)).toEqual([a]);
    const b = index.add(["!%1"], ["S%"], true);
    const c = index.add(["%"], undefined, true);
    expect(index.slotsOf("ab1", "S")).toEqual([a, c]);
    expect(index.slotsOf("ab2", "S")).toEqual([a, b, c]);
  });

  it("matches nothing when it has no slots, or for a list of exclusions alone", () => {
    expect(createListIndex().slotsOf("A", "B")).toEqual([]);
    const index = createListIndex();
    index.add(["!A%"], ["!B"], false);
    index.add([], [], true);
    index.add(undefined, undefined, false);
    for (const [code, state] of [["A1", "B"], ["C", "D"], ["", ""]] as const) expect(index.slotsOf(code, state)).toEqual([]);
  });

  it("gives an empty entry only to the empty value, and `!` alone excludes it", () => {
    const index = createListIndex();
    const empty = index.add(["%"], [""], false);
    const notEmpty = index.add(["%"], ["!"], false);
    expect(index.slotsOf("X", "")).toEqual([empty]);
    expect(index.slotsOf("X", "1")).toEqual([empty, notEmpty]);
    expect(index.slotsOf("X", undefined)).toEqual([empty, notEmpty]);
  });
});
