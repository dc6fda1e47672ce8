import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add,
  addProductTo,
  addTo,
  compare,
  digitCounts,
  divideRounded,
  formatDecimal,
  multiply,
  newSum,
  readDecimal,
  roundTo,
  type Fixed,
} from "../../src/decimal/index.js";

const read = (value: unknown): Fixed => {
  const result = readDecimal(value);
  if (typeof result === "string") throw new Error(result);
  return result;
};

describe("readDecimal", () => {
  it.each([
    [0.1, "0.1"],
    [1, "1"],
    [-2.5, "-2.5"],
    ["  3.20 ", "3.2"],
    ["007", "7"],
    ["-0", "0"],
    ["0.000", "0"],
    [123456789.123, "123456789.123"],
    ["12345678901234567890.0000000001", "12345678901234567890.0000000001"],
  ])("reads %j as %s", (input, printed) => {
    expect(formatDecimal(read(input))).toBe(printed);
  });

  it.each([
    [Number.NaN, /NaN/],
    [Number.POSITIVE_INFINITY, /Infinity/],
    [1e-7, /exponent/],
    [1e21, /exponent/],
    [".5", /".5"/],
    ["1.", /"1\."/],
    ["1e3", /"1e3"/],
    ["", /decimal number/],
    ["abc", /"abc"/],
    [null, /null/],
    [true, /true/],
    [[1], /a list/],
    [{}, /an object/],
  ])("rejects %j with a reason", (input, reason) => {
    const result = readDecimal(input);
    expect(typeof result).toBe("string");
    expect(result).toMatch(reason);
  });
});

describe("exact arithmetic", () => {
  it("ten tenths make exactly one", () => {
    let sum = read(0);
    for (let i = 0; i < 10; i++) sum = add(sum, read(0.1));
    expect(compare(sum, read(1))).toBe(0);
    expect(formatDecimal(sum)).toBe("1");
  });

  // Amounts with up to four decimals, as SIS credit and score columns hold them.
  const amount = fc
    .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 4 }))
    .map(([units, scale]) => ({ units, scale, text: new Decimal(units).div(10 ** scale).toFixed(scale) }));

  it("sums equal the sum of scaled integers", () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 60 }), (amounts) => {
        const total = amounts.reduce((s, a) => add(s, read(a.text)), read(0));
        const scaled = amounts.reduce((s, a) => s + BigInt(a.units) * 10n ** BigInt(4 - a.scale), 0n);
        expect(compare(total, { units: scaled, scale: 4 })).toBe(0);
        expect(formatDecimal(total)).toBe(new Decimal(scaled.toString()).div(10_000).toFixed());
      }),
      { numRuns: 2_000 },
    );
  });

  const Wide = Decimal.clone({ precision: 200 });
  // Values past 2^53 units take the BigInt path; the results must not change at the boundary.
  // Up to 30 digits: the most readDecimal accepts.
  const long = fc
    .tuple(fc.bigInt({ min: -(10n ** 30n - 1n), max: 10n ** 30n - 1n }), fc.integer({ min: 0, max: 12 }))
    .map(([units, scale]) => new Wide(units.toString()).div(new Wide(10).pow(scale)).toFixed(scale));

  it("long values stay exact through sums, products and comparisons", () => {
    fc.assert(
      fc.property(fc.oneof(long, amount.map((a) => a.text)), fc.oneof(long, amount.map((a) => a.text)), (a, b) => {
        const x = read(a);
        const y = read(b);
        expect(formatDecimal(add(x, y))).toBe(new Wide(a).plus(b).toFixed());
        expect(formatDecimal(multiply(x, y))).toBe(new Wide(a).times(b).toFixed());
        expect(compare(x, y)).toBe(new Wide(a).comparedTo(b));
        expect(formatDecimal(x)).toBe(new Wide(a).toFixed());
      }),
      { numRuns: 3_000 },
    );
  });

  it("sums across the safe-integer boundary", () => {
    const big = read("9007199254740991");
    expect(formatDecimal(add(big, read(1)))).toBe("9007199254740992");
    expect(formatDecimal(add(add(big, read(1)), read(-2)))).toBe("9007199254740990");
    expect(formatDecimal(add(read("0.9007199254740991"), read("0.0000000000000009")))).toBe("0.9007199254741");
  });

  it("compare agrees with decimal.js", () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(compare(read(a.text), read(b.text))).toBe(new Decimal(a.text).comparedTo(b.text));
      }),
      { numRuns: 2_000 },
    );
  });

  it("multiply is exact", () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(formatDecimal(multiply(read(a.text), read(b.text)))).toBe(new Decimal(a.text).times(b.text).toFixed());
      }),
      { numRuns: 1_000 },
    );
  });

  it("JSON numbers are read through their shortest form", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (n) => {
        const result = readDecimal(n);
        if (String(n).includes("e")) expect(typeof result).toBe("string");
        else expect(formatDecimal(result as Fixed)).toBe(new Decimal(String(n)).toFixed());
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("GPA division and rounding", () => {
  it("halfUp lifts 2.99995 to 3 and truncate keeps 2.9999", () => {
    expect(formatDecimal(roundTo(read("2.99995"), 4, "halfUp"))).toBe("3");
    expect(formatDecimal(roundTo(read("2.99995"), 4, "truncate"))).toBe("2.9999");
    expect(formatDecimal(divideRounded(read("59.999"), read("20"), 4, "halfUp"))).toBe("3");
    expect(formatDecimal(divideRounded(read("59.999"), read("20"), 4, "truncate"))).toBe("2.9999");
  });

  it("rounding agrees with decimal.js", () => {
    const Big = Decimal.clone({ precision: 200 });
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 29n), max: 10n ** 29n }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom("halfUp" as const, "truncate" as const),
        (units, scale, places, rounding) => {
          const value = read(new Big(units.toString()).div(new Big(10).pow(scale)).toFixed(scale));
          const expected = new Big(units.toString())
            .div(new Big(10).pow(scale))
            .toDecimalPlaces(places, rounding === "halfUp" ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN);
          expect(formatDecimal(roundTo(value, places, rounding))).toBe(expected.toFixed());
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it("the number path and the BigInt path agree with decimal.js on GPA-sized sums", () => {
    const Big = Decimal.clone({ precision: 200 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 1, max: 400_000 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom("halfUp" as const, "truncate" as const),
        (n, d, ns, ds, places, rounding) => {
          const expected = new Big(n)
            .div(10 ** ns)
            .div(new Big(d).div(10 ** ds))
            .toDecimalPlaces(places, rounding === "halfUp" ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN);
          const got = divideRounded({ units: n, scale: ns }, { units: d, scale: ds }, places, rounding);
          expect(formatDecimal(got)).toBe(expected.toFixed());
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it("agrees with decimal.js at high precision", () => {
    const Big = Decimal.clone({ precision: 200 });
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom("halfUp" as const, "truncate" as const),
        (n, d, places, rounding) => {
          const expected = new Big(n.toString())
            .div(d.toString())
            .toDecimalPlaces(places, rounding === "halfUp" ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN);
          const got = divideRounded({ units: n, scale: 2 }, { units: d, scale: 2 }, places, rounding);
          expect(formatDecimal(got)).toBe(expected.toFixed());
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe("digitCounts", () => {
  it("ignores leading and trailing zeros", () => {
    expect(digitCounts(read("03.10"))).toEqual({ integerDigits: 1, fractionDigits: 1 });
    expect(digitCounts(read("0.0001"))).toEqual({ integerDigits: 0, fractionDigits: 4 });
    expect(digitCounts(read("-123.45678"))).toEqual({ integerDigits: 3, fractionDigits: 5 });
  });
});

describe("running sums", () => {
  it("addTo and addProductTo equal add and multiply", () => {
    const value = fc.oneof(
      fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 6 })).map(([u, s]) => ({ units: u, scale: s })),
      fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map((u) => read(u.toString())),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { maxLength: 30 }), (pairs) => {
        const running = newSum();
        const products = newSum();
        let expected = read(0);
        let expectedProducts = read(0);
        for (const [a, b] of pairs) {
          addTo(running, a);
          addProductTo(products, a, b);
          expected = add(expected, a);
          expectedProducts = add(expectedProducts, multiply(a, b));
        }
        expect(compare(running, expected)).toBe(0);
        expect(compare(products, expectedProducts)).toBe(0);
      }),
      { numRuns: 2_000 },
    );
  });
});
