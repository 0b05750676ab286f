import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/_lib/Decimal.js";
import { referralValue, type Referral } from "../../src/value/referralValue.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";
import { formulaClv } from "./fixtures/formulaClv.js";

function relativeGap(a: string, b: string | Decimal): number {
  const x = new Decimal(a);
  const y = new Decimal(b);
  return x.minus(y).abs().dividedBy(Decimal.max(y.abs(), 1)).toNumber();
}

const money = fc.integer({ min: -100_000, max: 1_000_000 }).map((cents) => (cents / 100).toFixed(2));
const cost = fc.integer({ min: 0, max: 100_000 }).map((cents) => (cents / 100).toFixed(2));
const fraction = fc.integer({ min: 0, max: 100 }).map((k) => (k / 100).toString());
const discount = fc.integer({ min: 0, max: 3000 }).map((k) => (k / 10_000).toString());
const referral: fc.Arbitrary<Referral> = fc.record({
  wouldHaveJoinedAnyway: fc.oneof(fc.boolean(), fraction),
  margin: fc.oneof(money, fc.array(money, { maxLength: 12 })),
  periods: fc.integer({ min: 0, max: 24 }),
  reward: cost,
  acquisitionSavings: cost,
  firstPeriod: fc.integer({ min: 1, max: 6 }),
}).map((r) => (Array.isArray(r.margin) ? { ...r, periods: r.margin.length } : r));

describe("referralValue", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      expect(
        referralValue(
          [
            { wouldHaveJoinedAnyway: false, margin: 50, periods: 3, reward: 20, acquisitionSavings: 30 },
            { wouldHaveJoinedAnyway: true, margin: 80, periods: 3, reward: 20, acquisitionSavings: 30 },
            { wouldHaveJoinedAnyway: 0.4, margin: [60, 40], acquisitionSavings: 30 },
          ],
          { discountRate: 0.1, timing: "end" },
        ),
      ).toBe("240.54");
    });
  });

  describe("guide", () => {
    it("mirrors the example of docs/customer-value.md", () => {
      const referral = referralValue(
        [{ wouldHaveJoinedAnyway: 0.4, margin: [60, 40], reward: 10, acquisitionSavings: 30 }],
        { discountRate: 0.1, timing: "end" },
      );
      expect(referral).toBe("74.38");
    });
  });

  // Reference: tests/value/fixtures/formulaClv.py — the CRV double sum of Kumar, Petersen & Leone
  // (2010), period by period and customer by customer, in exact Python Fractions (a probability p
  // as the expectation over the two sums). Tolerance: the 2-place half-even result is identical;
  // at scale 30 the relative gap is ≤ 1e-29 (34-digit arithmetic).
  describe("reference values", () => {
    it.each(formulaClv.referralValue.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      const options = { discountRate: c.discountRate, timing: c.timing };
      expect(referralValue(c.referrals, options)).toBe(c.rounded);
      expect(relativeGap(referralValue(c.referrals, { ...options, scale: 30 }), c.exact)).toBeLessThanOrEqual(1e-29);
    });

    it("is the plain sum (1 − p)(ΣA − ΣM − a) + ED without discounting", () => {
      expect(
        referralValue(
          [{ wouldHaveJoinedAnyway: "0.25", margin: [10, 20, 30], marketingCost: 2, reward: 8, acquisitionSavings: 5 }],
          { discountRate: 0, timing: "end" },
        ),
      ).toBe("39.50"); // 0.75 · (60 − 6 − 8) + 5
    });
  });

  describe("laws", () => {
    it("is additive over referrals", () => {
      fc.assert(
        fc.property(fc.array(referral, { maxLength: 6 }), discount, fc.constantFrom("end", "start" as const), (list, i, timing) => {
          const options = { discountRate: i, timing, scale: 30 };
          const whole = referralValue(list, options);
          const sum = list.reduce((acc, r) => acc.plus(referralValue([r], options)), new Decimal(0));
          return relativeGap(whole, sum) <= 1e-29;
        }),
      );
    });

    it("is affine in the probability: V(p) = (1 − p)·V(false) + p·V(true)", () => {
      fc.assert(
        fc.property(referral, fraction, discount, (r, p, i) => {
          const options = { discountRate: i, timing: "end" as const, scale: 30 };
          const at = (joined: Referral["wouldHaveJoinedAnyway"]) => new Decimal(referralValue([{ ...r, wouldHaveJoinedAnyway: joined }], options));
          const expected = new Decimal(1).minus(p).times(at(false)).plus(at(true).times(p));
          return relativeGap(at(p).toFixed(), expected) <= 1e-29;
        }),
      );
    });

    it("a customer who would have joined anyway is worth only the discounted acquisition saving", () => {
      fc.assert(
        fc.property(referral, discount, (r, i) => {
          const value = referralValue([{ ...r, wouldHaveJoinedAnyway: true }], { discountRate: i, timing: "end", scale: 30 });
          const expected = new Decimal(r.acquisitionSavings ?? 0).dividedBy(new Decimal(1).plus(i).pow(r.firstPeriod ?? 1));
          return relativeGap(value, expected) <= 1e-29;
        }),
      );
    });

    it("start = end × (1 + r), and joining a period later divides by (1 + r)", () => {
      fc.assert(
        fc.property(fc.array(referral, { maxLength: 4 }), discount, (list, i) => {
          const onePlus = new Decimal(1).plus(i);
          const end = referralValue(list, { discountRate: i, timing: "end", scale: 30 });
          const start = referralValue(list, { discountRate: i, timing: "start", scale: 30 });
          const later = referralValue(
            list.map((r) => ({ ...r, firstPeriod: (r.firstPeriod ?? 1) + 1 })),
            { discountRate: i, timing: "start", scale: 30 },
          );
          return relativeGap(start, new Decimal(end).times(onePlus)) <= 1e-29 && relativeGap(later, end) <= 1e-29;
        }),
      );
    });

    it("a constant margin and marketing cost equal the arrays repeated", () => {
      fc.assert(
        fc.property(money, cost, fc.integer({ min: 0, max: 40 }), fraction, discount, (m, c, n, p, i) => {
          const options = { discountRate: i, timing: "end" as const, scale: 30 };
          const constant = referralValue([{ wouldHaveJoinedAnyway: p, margin: m, marketingCost: c, periods: n }], options);
          const arrays = referralValue(
            [{ wouldHaveJoinedAnyway: p, margin: Array<string>(n).fill(m), marketingCost: Array<string>(n).fill(c) }],
            options,
          );
          const mixed = referralValue([{ wouldHaveJoinedAnyway: p, margin: Array<string>(n).fill(m), marketingCost: c }], options);
          return relativeGap(constant, arrays) <= 1e-29 && relativeGap(mixed, arrays) <= 1e-29;
        }),
      );
    });

    it("does not modify its input (purity)", () => {
      const list = [{ wouldHaveJoinedAnyway: "0.5", margin: ["1", 2], marketingCost: [0, 1], reward: 3 }];
      const before = structuredClone(list);
      referralValue(list, { discountRate: 0.1, timing: "end" });
      expect(list).toEqual(before);
    });
  });

  describe("edge cases", () => {
    it("is 0.00 without referrals, and handles a very long constant flow in O(log n)", () => {
      expect(referralValue([], { discountRate: 0.1, timing: "end" })).toBe("0.00");
      // 10 a period forever at 1 %: 10 / 0.01 = 1000 ("end"), 1010 ("start")
      const forever = [{ wouldHaveJoinedAnyway: false, margin: 10, periods: Number.MAX_SAFE_INTEGER }];
      expect(referralValue(forever, { discountRate: 0.01, timing: "end" })).toBe("1000.00");
      expect(referralValue(forever, { discountRate: 0.01, timing: "start" })).toBe("1010.00");
    });

    it("can be negative when the reward exceeds what the referral brings", () => {
      expect(referralValue([{ wouldHaveJoinedAnyway: false, margin: 5, periods: 1, reward: 25 }], { discountRate: 0.08, timing: "end" })).toBe(
        "-18.52",
      );
    });

    it("rounds in the requested mode and scale", () => {
      const list = [{ wouldHaveJoinedAnyway: false, margin: 100, periods: 1 }];
      expect(referralValue(list, { discountRate: 0.12, timing: "end", scale: 4 })).toBe("89.2857");
      expect(referralValue(list, { discountRate: 0.12, timing: "end", rounding: "floor", scale: 0 })).toBe("89");
    });
  });

  describe("errors", () => {
    const ok = { wouldHaveJoinedAnyway: false, margin: 10, periods: 2 };
    const options = { discountRate: 0.1, timing: "end" } as const;
    it.each([
      ["referrals", "not an array", options],
      ["referrals[1]", [ok, null], options],
      ["referrals[0].wouldHaveJoinedAnyway", [{ ...ok, wouldHaveJoinedAnyway: 1.2 }], options],
      ["referrals[0].wouldHaveJoinedAnyway", [{ ...ok, wouldHaveJoinedAnyway: undefined }], options],
      ["referrals[0].margin", [{ ...ok, margin: "ten" }], options],
      ["referrals[0].margin[1]", [{ ...ok, margin: [1, Number.NaN] }], options],
      ["referrals[0].marketingCost", [{ ...ok, marketingCost: -1 }], options],
      ["referrals[0].marketingCost[0]", [{ ...ok, marketingCost: [-1, 0] }], options],
      ["referrals[0].reward", [{ ...ok, reward: -1 }], options],
      ["referrals[0].acquisitionSavings", [{ ...ok, acquisitionSavings: "-3" }], options],
      ["referrals[0].periods", [{ ...ok, periods: undefined }], options],
      ["referrals[0].periods", [{ ...ok, periods: -1 }], options],
      ["referrals[0].periods", [{ ...ok, periods: 1.5 }], options],
      ["referrals[0].margin", [{ ...ok, margin: [1, 2, 3] }], options],
      ["referrals[0].marketingCost", [{ ...ok, periods: undefined, margin: [1, 2], marketingCost: [1] }], options],
      ["referrals[0].firstPeriod", [{ ...ok, firstPeriod: 0 }], options],
      ["options.discountRate", [ok], { ...options, discountRate: -0.1 }],
      ["options.timing", [ok], { discountRate: 0.1 }],
      ["options.scale", [ok], { ...options, scale: 99 }],
      ["options.rounding", [ok], { ...options, rounding: "HALF_EVEN" }],
      ["options", [ok], undefined],
    ])("throws INVALID_ARGUMENT naming %s", (field, referrals, opts) => {
      catchPatronageError(() => referralValue(referrals as never, opts as never), { code: "INVALID_ARGUMENT", field });
    });
  });
});
