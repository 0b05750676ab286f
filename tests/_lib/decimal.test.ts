import { Decimal as CallerDecimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/_lib/Decimal.js";
import { ROUNDING_MODES, toDecimalRounding } from "../../src/_lib/RoundingMode.js";
import { toDecimal } from "../../src/_lib/toDecimal.js";

describe("Decimal (the library's isolated clone)", () => {
  it("uses 34 digits, half-even rounding and no exponent notation", () => {
    expect(Decimal.precision).toBe(34);
    expect(Decimal.rounding).toBe(CallerDecimal.ROUND_HALF_EVEN);
    expect(new Decimal(1).div(3).toString()).toBe("0.3333333333333333333333333333333333");
    expect(new Decimal("1e-30").toString()).toBe("0.000000000000000000000000000001");
    expect(new Decimal("1e40").toString()).toBe("10000000000000000000000000000000000000000");
    expect(new Decimal("2.5").toDecimalPlaces(0).toString()).toBe("2");
    expect(new Decimal("3.5").toDecimalPlaces(0).toString()).toBe("4");
  });

  it("is not affected by a caller's global Decimal configuration", () => {
    const saved = CallerDecimal.precision;
    try {
      CallerDecimal.set({ precision: 5 });
      expect(new Decimal(2).div(3).toString()).toBe("0.6666666666666666666666666666666667");
    } finally {
      CallerDecimal.set({ precision: saved });
    }
  });
});

describe("toDecimal", () => {
  it("re-wraps strings and numbers exactly", () => {
    expect(toDecimal("129.90", "amount").toString()).toBe("129.9");
    expect(toDecimal(0.1, "amount").plus(toDecimal(0.2, "amount")).toString()).toBe("0.3");
    expect(toDecimal("-.5", "amount").toString()).toBe("-0.5");
    expect(toDecimal("+7.", "amount").toString()).toBe("7");
    expect(toDecimal(-0, "amount").isZero()).toBe(true);
  });

  it("round-trips every finite double through its shortest representation", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => toDecimal(x, "x").toNumber() === x),
    );
  });

  it.each(["1e5", "", "abc", "1,5", "NaN", "Infinity", " 1", "0x10"])("rejects %j", (value) => {
    expect(() => toDecimal(value, "amount")).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", field: "amount" }),
    );
  });

  it("rejects non-finite numbers and non-strings", () => {
    expect(() => toDecimal(Number.NaN, "amount")).toThrow(/amount must be a finite number or a decimal string; received NaN/);
    expect(() => toDecimal(null as unknown as string, "amount")).toThrow(/received null/);
  });
});

describe("RoundingMode", () => {
  it.each([
    ["floor", "-2.5", "-3", "2.5", "2"],
    ["ceil", "-2.5", "-2", "2.5", "3"],
    ["down", "-2.5", "-2", "2.5", "2"],
    ["up", "-2.5", "-3", "2.5", "3"],
    ["half-up", "-2.5", "-3", "2.5", "3"],
    ["half-down", "-2.5", "-2", "2.5", "2"],
    ["half-even", "-2.5", "-2", "3.5", "4"],
  ] as const)("%s rounds as documented", (mode, negative, negativeRounded, positive, positiveRounded) => {
    const rounding = toDecimalRounding(mode);
    expect(new Decimal(negative).toDecimalPlaces(0, rounding).toString()).toBe(negativeRounded);
    expect(new Decimal(positive).toDecimalPlaces(0, rounding).toString()).toBe(positiveRounded);
  });

  it("lists every mode once", () => {
    expect(new Set(ROUNDING_MODES).size).toBe(7);
  });
});
