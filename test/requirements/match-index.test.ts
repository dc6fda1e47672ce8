import { describe, expect, it } from "vitest";
import { bucketBySlot, createMatchIndex } from "../../src/requirements/record-matcher.js";

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
    for (let i = 0; i < 25_000; i++) expect(index.slotsOf(`ART${i}`, `S${i}`)).toEqual([any]);
    expect(index.slotsOf("MAT101", "S1")).toEqual([math, any]);
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
