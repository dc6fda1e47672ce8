import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDecimal, MAX_DIGITS, readDecimal, type Fixed } from "../../src/decimal/index.js";

const read = (value: unknown): Fixed => {
  const result = readDecimal(value);
  if (typeof result === "string") throw new Error(result);
  return result;
};

/** A reference written differently from readDecimal: a regular expression and string trimming. */
const FORM = /^\s*-?\d+(?:\.\d+)?\s*$/;
function countedDigits(text: string): number {
  const [integer = "", fraction = ""] = text.trim().replace("-", "").split(".");
  return integer.replace(/^0+/, "").length + fraction.replace(/0+$/, "").length;
}

const Wide = Decimal.clone({ precision: 100 });
const plain = (text: string) => {
  const printed = new Wide(text.trim()).toFixed();
  return printed === "-0" ? "0" : printed;
};

describe("readDecimal: the 30-digit limit (DESIGN.md A-8.1)", () => {
  it("is exported as MAX_DIGITS", () => expect(MAX_DIGITS).toBe(30));

  it.each([
    ["0." + "0".repeat(29) + "1", "30 places after the point"],
    ["1" + "0".repeat(29), "thirty digits before the point"],
    ["0".repeat(100) + "1" + "0".repeat(28) + ".5" + "0".repeat(100), "leading and trailing zeros are not counted"],
    ["-" + "9".repeat(30), "a negative value of thirty nines"],
    ["1".repeat(15) + "." + "2".repeat(15), "fifteen and fifteen"],
  ])("accepts %s (%s)", (text) => {
    expect(formatDecimal(read(text))).toBe(plain(text));
  });

  it.each([
    ["1" + "0".repeat(30), 31],
    ["0." + "0".repeat(30) + "1", 31],
    ["-1" + "0".repeat(20) + "." + "5".repeat(10), 31],
    ["12345678901234567890.12345678901", 31],
  ])("rejects %s, naming the count", (text, digits) => {
    const result = readDecimal(text);
    expect(result).toBe(
      `${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)} has too many digits (${digits}): at most 30 digits are allowed`,
    );
  });

  it("a lone 0 before the point is a leading zero: 0.000…01 with 30 places is accepted", () => {
    expect(typeof readDecimal(`0.${"0".repeat(29)}1`)).toBe("object");
    expect(typeof readDecimal(`0.${"0".repeat(30)}1`)).toBe("string");
  });

  it("rejects a million digits in milliseconds and clips the echoed value", () => {
    const started = performance.now();
    const result = readDecimal(`0.${"1".repeat(1e6)}`);
    const elapsed = performance.now() - started;
    expect(result).toBe(`"0.${"1".repeat(38)}…" has too many digits (1000000): at most 30 digits are allowed`);
    // Linear time: a few milliseconds here; the limit only guards against a quadratic path.
    expect(elapsed).toBeLessThan(250);
  });

  it("a million spaces is no number, and says so briefly", () => {
    const result = readDecimal(" ".repeat(1e6));
    expect(result).toBe(`expected a decimal number like "2.5", but found "${" ".repeat(40)}…"`);
  });

  it("leading and trailing zeros never reach a BigInt: the units stay a small number", () => {
    expect(read(`${"0".repeat(1e6)}1`)).toEqual({ units: 1, scale: 0 });
    expect(read(`1.${"0".repeat(1e6)}`)).toEqual({ units: 1, scale: 0 });
    expect(read(`-${"0".repeat(1e6)}2.50${"0".repeat(1e6)}`)).toEqual({ units: -25, scale: 1 });
  });

  it("JSON numbers are counted in their shortest form and are always within the limit", () => {
    expect(formatDecimal(read(123456789012345680000))).toBe("123456789012345680000");
    expect(formatDecimal(read(0.0000012345678901234567))).toBe("0.0000012345678901234567");
  });
});

describe("readDecimal: negative zero", () => {
  it.each([-0, "-0", "-0.00", " -000.000 ", `-0.${"0".repeat(40)}`])("reads %j as 0", (value) => {
    const zero = read(value);
    expect(Object.is(zero.units, -0)).toBe(false);
    expect(zero.units).toBe(0);
    expect(formatDecimal(zero)).toBe("0");
  });
});

describe("readDecimal against a reference", () => {
  // Well-formed text built around a chosen count of significant digits (0–40, so the 30/31
  // boundary comes up often), padded with leading and trailing zeros and white space.
  const nonZero = fc.constantFrom("1", "2", "5", "9");
  const digit = fc.constantFrom("0", "0", "1", "2", "5", "9");
  const digits = (length: number) => fc.string({ unit: digit, minLength: length, maxLength: length });
  const space = fc.constantFrom("", " ", "  ", "\t", "\n", "\u00a0", "\u3000", "\ufeff");
  const zeros = fc.integer({ min: 0, max: 3 }).map((n) => "0".repeat(n));
  const wellFormed = fc
    .integer({ min: 0, max: 40 })
    .chain((count) => fc.tuple(fc.constant(count), fc.integer({ min: 0, max: count })))
    .chain(([count, whole]) =>
      fc.record({
        before: space,
        negative: fc.boolean(),
        lead: zeros,
        integer: whole === 0 ? fc.constant("") : fc.tuple(nonZero, digits(whole - 1)).map(([a, b]) => a + b),
        fraction: count === whole ? fc.constant("") : fc.tuple(digits(count - whole - 1), nonZero).map(([a, b]) => a + b),
        trail: zeros,
        point: fc.boolean(),
        after: space,
      }),
    )
    .map(({ before, negative, lead, integer, fraction, trail, point, after }) => {
      const whole = lead + integer || "0";
      const part = fraction + trail;
      const number = part === "" && !point ? whole : `${whole}.${part || "0"}`;
      return `${before}${negative ? "-" : ""}${number}${after}`;
    });
  // Near misses and anything at all.
  const malformed = fc.oneof(
    wellFormed.map((text) => text.replace(/\d(?=\.)/, "")), // ".5"
    wellFormed.map((text) => `${text.trim()}.`),
    wellFormed.map((text) => `+${text.trim()}`),
    wellFormed.map((text) => text.replace(".", ",")),
    wellFormed.map((text) => `${text.trim()}e3`),
    fc.string({ unit: fc.constantFrom("0", "1", ".", "-", " ", "e", "x"), maxLength: 12 }),
    fc.string(),
  );

  it("accepts exactly the strings of the §2 form with at most 30 counted digits, with decimal.js's value", () => {
    fc.assert(
      fc.property(fc.oneof(wellFormed, malformed), (text) => {
        const result = readDecimal(text);
        const accepted = FORM.test(text) && countedDigits(text) <= 30;
        expect(typeof result === "object", JSON.stringify(text)).toBe(accepted);
        if (typeof result === "object") expect(formatDecimal(result)).toBe(plain(text));
        else if (FORM.test(text)) expect(result).toContain(`has too many digits (${countedDigits(text)})`);
      }),
      { numRuns: 20_000 },
    );
  });
});
