import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ProgramDefinitionError } from "../../src/errors/index.js";
import { bucketBySlot, compileCodeMatcher, createMatchIndex, MEMO_LIMIT } from "../../src/requirements/record-matcher.js";
import { listsAndLookups } from "../match/list-arbitraries.js";

describe("the program set's match index", () => {
  const index = createMatchIndex();
  const english = index.register(["ENG%", "!ENG199"], ["01001"], false);
  const math = index.register(["MAT1[0-2]_"], undefined, false);
  const any = index.register(["%"], undefined, false);

  it("answers which lists match a course number and state code, the same on every lookup", () => {
    expect(index.slotsOf("ENG101", undefined)).toEqual([english, any]);
    expect(index.slotsOf("ENG199", "01001")).toEqual([any]);
    expect(index.slotsOf("XYZ", "01001")).toEqual([english, any]);
    expect(index.slotsOf("mat111", undefined)).toEqual([math, any]);
    expect(index.slotsOf("ENG101", undefined)).toBe(index.slotsOf("ENG101", undefined));
  });

  it("keeps answering correctly past its memory limit", () => {
    for (let i = 0; i < MEMO_LIMIT + 5_000; i++) expect(index.slotsOf(`ART${i}`, `S${i}`)).toEqual([any]);
    expect(index.slotsOf("MAT101", "S1")).toEqual([math, any]);
    expect(index.slotsOf("ENG199", "02000")).toEqual([any]);
  });

  it("groups items by slot in input order", () => {
    const records = [
      { n: "ENG101", s: undefined },
      { n: "MAT101", s: undefined },
      { n: "ENG201", s: undefined },
    ];
    const buckets = bucketBySlot(records, index, (r) => r.n, (r) => r.s);
    expect(buckets[english]!.map((r) => r.n)).toEqual(["ENG101", "ENG201"]);
    expect(buckets[math]!.map((r) => r.n)).toEqual(["MAT101"]);
    expect(buckets[any]!.length).toBe(3);
  });
});

describe("registering", () => {
  it("keeps each list's case mode, also for the same pattern in lists of both modes", () => {
    const index = createMatchIndex();
    const sensitive = index.register(["Mat%", "ENG101"], ["ab1"], true);
    const insensitive = index.register(["Mat%", "ENG101"], ["ab1"], false);
    index.build();
    expect(index.slotsOf("Mat1", undefined)).toEqual([sensitive, insensitive]);
    expect(index.slotsOf("MAT1", undefined)).toEqual([insensitive]);
    expect(index.slotsOf("eng101", undefined)).toEqual([insensitive]);
    expect(index.slotsOf("X", "AB1")).toEqual([insensitive]);
    expect(index.slotsOf("X", "ab1")).toEqual([sensitive, insensitive]);
  });

  it("an exclusion in either list beats a positive entry in either list, per slot", () => {
    const index = createMatchIndex();
    const byState = index.register(["!ENG%"], ["02%"], false);
    const byNumber = index.register(["MAT%"], ["!02%"], false);
    const other = index.register(["MAT%", "ENG%"], undefined, false);
    expect(index.slotsOf("MATH1", "02052")).toEqual([byState, other]);
    expect(index.slotsOf("ENG1", "02052")).toEqual([other]);
    expect(index.slotsOf("MAT1", "03000")).toEqual([byNumber, other]);
    expect(index.slotsOf("MAT1", undefined)).toEqual([byNumber, other]);
  });

  it("a slot registered after lookups takes part in later answers", () => {
    const index = createMatchIndex();
    const first = index.register(["A%"], undefined, false);
    expect(index.slotsOf("A1", undefined)).toEqual([first]);
    const second = index.register(["%1"], undefined, false);
    expect(index.slotsOf("A1", undefined)).toEqual([first, second]);
    expect(index.size).toBe(2);
  });

  it("rejects a malformed pattern when it is registered, naming the entry", () => {
    const index = createMatchIndex();
    let thrown: unknown;
    try {
      index.register(["MAT%"], ["01", "!AB[C"], false);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ProgramDefinitionError);
    expect((thrown as ProgramDefinitionError).issues).toMatchObject([{ path: [1], code: "invalidPattern" }]);
    expect((thrown as ProgramDefinitionError).issues[0]!.message).toContain('(in the exclusion "!AB[C")');
  });
});

describe("the index against one matcher per list", () => {
  it("gives the slots whose compileCodeMatcher accepts the pair, ascending, remembered or not", () => {
    fc.assert(
      fc.property(listsAndLookups, fc.boolean(), ([pairs, lookups], buildFirst) => {
        const index = createMatchIndex();
        const matchers = pairs.map((p) => {
          index.register(p.codes, p.stateCodes, p.caseSensitive);
          return compileCodeMatcher(p.codes, p.stateCodes, p.caseSensitive);
        });
        if (buildFirst) index.build();
        // Twice: computed, then from the memo.
        for (const { code, stateCode } of [...lookups, ...lookups]) {
          const expected = matchers.flatMap((m, slot) => (m(code, stateCode) ? [slot] : []));
          expect([...index.slotsOf(code, stateCode)]).toEqual(expected);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
