import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/_lib/Decimal.js";
import { ROUNDING_MODES } from "../../src/_lib/RoundingMode.js";
import { historicClv } from "../../src/value/historicClv.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";
import { formulaClv } from "./fixtures/formulaClv.js";

const amount = fc.integer({ min: 0, max: 10_000_000 }).map((cents) => (cents / 100).toFixed(2));
const fraction = fc.integer({ min: 0, max: 10_000 }).map((k) => (k / 10_000).toString());

describe("historicClv", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      expect(
        historicClv({ averageOrderValue: "129.90", purchasesPerPeriod: 4, lifespan: 3, grossMargin: 0.3, acquisitionCost: 45 }),
      ).toBe("422.64");
    });
  });

  // Reference: tests/value/fixtures/formulaClv.py, exact Python Fractions, rounded half-even with
  // integer arithmetic (so the two exact ties, 0.125 and 0.375, test banker's rounding).
  // Tolerance: none — the product of decimal inputs fits in 34 digits, so the result is exact.
  describe("reference values", () => {
    it.each(formulaClv.historicClv.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      const { name: _n, exact, rounded, ...input } = c;
      expect(historicClv(input)).toBe(rounded);
      expect(new Decimal(historicClv({ ...input, scale: 30 })).equals(exact)).toBe(true);
    });
  });

  describe("laws", () => {
    it("equals AOV × f × n × m − AC exactly, and each factor scales it linearly", () => {
      fc.assert(
        fc.property(amount, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 20 }), fraction, amount, (aov, f, n, gm, ac) => {
          const value = historicClv({ averageOrderValue: aov, purchasesPerPeriod: f, lifespan: n, grossMargin: gm, acquisitionCost: ac, scale: 10 });
          const expected = new Decimal(aov).times(f).times(n).times(gm).minus(ac);
          return new Decimal(value).equals(expected);
        }),
      );
    });

    it("never decreases with a higher margin or a longer lifespan, never increases with a higher acquisition cost", () => {
      fc.assert(
        fc.property(amount, fraction, fraction, amount, (aov, gm1, gm2, ac) => {
          const [lo, hi] = Number(gm1) <= Number(gm2) ? [gm1, gm2] : [gm2, gm1];
          const at = (gm: string, n: number, cost: string) =>
            new Decimal(historicClv({ averageOrderValue: aov, purchasesPerPeriod: 2, lifespan: n, grossMargin: gm, acquisitionCost: cost }));
          return (
            at(lo, 3, ac).lessThanOrEqualTo(at(hi, 3, ac)) &&
            at(lo, 3, ac).lessThanOrEqualTo(at(lo, 4, ac)) &&
            at(lo, 3, ac).greaterThanOrEqualTo(at(lo, 3, new Decimal(ac).plus(1).toFixed()))
          );
        }),
      );
    });

    it("rounds in every mode to the neighbour the mode asks for", () => {
      fc.assert(
        fc.property(fc.integer({ min: -10_000, max: 10_000 }), fc.constantFrom(...ROUNDING_MODES), (k, mode) => {
          // value = k/8 − 1000 has at most three decimals: 0.125 steps make ties at scale 2
          const value = new Decimal(k).dividedBy(8);
          const out = historicClv({
            averageOrderValue: value.plus(2000).toFixed(),
            purchasesPerPeriod: 1,
            lifespan: 1,
            grossMargin: 1,
            acquisitionCost: 2000,
            rounding: mode,
          });
          const rounded = new Decimal(out);
          return rounded.minus(value).abs().lessThan("0.01") && out.split(".")[1]?.length === 2;
        }),
      );
    });
  });

  describe("edge cases and rounding", () => {
    it("accepts zero everywhere and a fractional lifespan", () => {
      expect(historicClv({ averageOrderValue: 0, purchasesPerPeriod: 0, lifespan: 0, grossMargin: 0 })).toBe("0.00");
      expect(historicClv({ averageOrderValue: "58.25", purchasesPerPeriod: "2.5", lifespan: "3.5", grossMargin: "0.42" })).toBe("214.07");
      expect(historicClv({ averageOrderValue: 100, purchasesPerPeriod: 1, lifespan: 1, grossMargin: 1, scale: 0 })).toBe("100");
    });

    it("breaks ties to even by default and up with half-up", () => {
      const tie = { averageOrderValue: "0.5", purchasesPerPeriod: 1, lifespan: 1, grossMargin: "0.25" };
      expect(historicClv(tie)).toBe("0.12");
      expect(historicClv({ ...tie, rounding: "half-up" })).toBe("0.13");
      expect(historicClv({ ...tie, rounding: "half-down" })).toBe("0.12");
      expect(historicClv({ ...tie, rounding: "up" })).toBe("0.13");
    });
  });

  describe("errors", () => {
    const ok = { averageOrderValue: 100, purchasesPerPeriod: 2, lifespan: 3, grossMargin: 0.3 };
    it.each([
      ["options.averageOrderValue", { ...ok, averageOrderValue: -1 }],
      ["options.averageOrderValue", { ...ok, averageOrderValue: "1,000" }],
      ["options.averageOrderValue", { ...ok, averageOrderValue: undefined }],
      ["options.purchasesPerPeriod", { ...ok, purchasesPerPeriod: Number.NaN }],
      ["options.lifespan", { ...ok, lifespan: "-2" }],
      ["options.grossMargin", { ...ok, grossMargin: 30 }],
      ["options.grossMargin", { ...ok, grossMargin: -0.1 }],
      ["options.acquisitionCost", { ...ok, acquisitionCost: -5 }],
      ["options.scale", { ...ok, scale: "2" }],
      ["options.rounding", { ...ok, rounding: "nearest" }],
      ["options", 42],
    ])("throws INVALID_ARGUMENT naming %s", (field, options) => {
      catchPatronageError(() => historicClv(options as never), { code: "INVALID_ARGUMENT", field });
    });

    it("writes the field, the expectation and the value received", () => {
      catchPatronageError(() => historicClv({ ...ok, grossMargin: 30 }), {
        code: "INVALID_ARGUMENT",
        field: "options.grossMargin",
        message: "options.grossMargin must be a fraction in [0, 1] (a number or decimal string, 0.9 for 90 %); received 30",
      });
    });
  });
});
