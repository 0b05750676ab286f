import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/_lib/Decimal.js";
import { ROUNDING_MODES } from "../../src/_lib/RoundingMode.js";
import { customerValue } from "../../src/value/customerValue.js";
import { referralValue } from "../../src/value/referralValue.js";
import { retentionClv } from "../../src/value/retentionClv.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

const amount = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((k) => (k / 1000).toFixed(3));

describe("customerValue", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      const lifetime = retentionClv({ margin: 100, retentionRate: 0.9, discountRate: 0.12, timing: "end" });
      const referral = referralValue([{ wouldHaveJoinedAnyway: false, margin: 40, periods: 2, reward: 10 }], {
        discountRate: 0.12,
        timing: "end",
      });
      expect(customerValue({ lifetime, referral })).toEqual({ lifetime: "409.09", referral: "58.67", total: "467.76" });
    });
  });

  describe("laws", () => {
    it("the parts shown always add up to the total shown, in every rounding mode and scale", () => {
      fc.assert(
        fc.property(amount, amount, fc.constantFrom(...ROUNDING_MODES), fc.integer({ min: 0, max: 4 }), (l, r, rounding, scale) => {
          const value = customerValue({ lifetime: l, referral: r }, { rounding, scale });
          return (
            new Decimal(value.lifetime).plus(value.referral).equals(value.total) &&
            value.total.split(".")[1]?.length === (scale === 0 ? undefined : scale)
          );
        }),
      );
    });

    it("is within one unit in the last place of the exact sum per part", () => {
      fc.assert(
        fc.property(amount, amount, (l, r) => {
          const value = customerValue({ lifetime: l, referral: r });
          return new Decimal(value.total).minus(new Decimal(l).plus(r)).abs().lessThanOrEqualTo("0.01");
        }),
      );
    });
  });

  describe("edge cases", () => {
    it("accepts numbers and strings, negative parts, and rounds each part half-even", () => {
      expect(customerValue({ lifetime: "0.125", referral: 0.375 })).toEqual({ lifetime: "0.12", referral: "0.38", total: "0.50" });
      expect(customerValue({ lifetime: 1000, referral: "-250.5" }, { scale: 0 })).toEqual({
        lifetime: "1000",
        referral: "-250",
        total: "750",
      });
      expect(customerValue({ lifetime: "-0.001", referral: 0 })).toEqual({ lifetime: "0.00", referral: "0.00", total: "0.00" });
    });
  });

  describe("errors", () => {
    it.each([
      ["parts.lifetime", { lifetime: Number.NaN, referral: 0 }, undefined],
      ["parts.lifetime", { referral: 0 }, undefined],
      ["parts.referral", { lifetime: 0, referral: "1e2" }, undefined],
      ["parts", null, undefined],
      ["options", { lifetime: 0, referral: 0 }, null],
      ["options.scale", { lifetime: 0, referral: 0 }, { scale: -2 }],
      ["options.rounding", { lifetime: 0, referral: 0 }, { rounding: "even" }],
    ])("throws INVALID_ARGUMENT naming %s", (field, parts, options) => {
      catchPatronageError(() => customerValue(parts as never, options as never), { code: "INVALID_ARGUMENT", field });
    });
  });
});
