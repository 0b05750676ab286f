import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/_lib/Decimal.js";
import { ROUNDING_MODES } from "../../src/_lib/RoundingMode.js";
import type { PointsRedemptionPeriod } from "../../src/points/PointsRevenueInput.js";
import { allocateTransactionPrice } from "../../src/points/allocateTransactionPrice.js";
import { recognizePointsRevenue } from "../../src/points/recognizePointsRevenue.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

const SEED = 20_261_122;

/** 0–8 periods with redemptions and estimates that keep expected ≥ cumulative redeemed; maybe a final last one. */
const periods: fc.Arbitrary<PointsRedemptionPeriod[]> = fc
  .tuple(
    fc.array(fc.tuple(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 20_000 })), { maxLength: 8 }),
    fc.boolean(),
  )
  .map(([steps, endsFinal]) => {
    let cumulative = 0;
    return steps.map(([redeemed, slack], i) => {
      cumulative += redeemed;
      const period: PointsRedemptionPeriod = { period: `P${i + 1}`, redeemed, expectedRedemptions: Math.max(1, cumulative + slack) };
      return endsFinal && i === steps.length - 1 ? { ...period, final: true } : period;
    });
  });
const allocated = fc.integer({ min: 0, max: 1_000_000_000 }).map((c) => (c / 100).toFixed(2));
const rounding = fc.constantFrom(...ROUNDING_MODES);

describe("recognizePointsRevenue", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example (IFRS 15 IE269–IE270)", () => {
      const schedule = recognizePointsRevenue({
        allocated: 8676,
        decimals: 0,
        periods: [
          { period: "Year 1", redeemed: 4500, expectedRedemptions: 9500 },
          { period: "Year 2", redeemed: 4000, expectedRedemptions: 9700 },
        ],
      });
      expect(schedule.periods.map((p) => p.recognized)).toEqual(["4110", "3493"]);
      expect(schedule.periods.map((p) => p.deferred)).toEqual(["4566", "1073"]);
      expect(schedule.totalRecognized).toBe("7603");
    });
  });

  describe("guide", () => {
    it("mirrors the worked example of docs/points-ledger.md (Finance)", () => {
      const { allocations } = allocateTransactionPrice(
        100000,
        [
          { id: "product", standaloneSellingPrice: 100000 },
          { id: "points", standaloneSellingPrice: 9500 },
        ],
        { decimals: 0 },
      );
      expect(allocations.map((a) => a.amount)).toEqual(["91324", "8676"]);
      const schedule = recognizePointsRevenue({
        allocated: allocations[1]!.amount,
        decimals: 0,
        periods: [
          { period: "Year 1", redeemed: 4500, expectedRedemptions: 9500 },
          { period: "Year 2", redeemed: 4000, expectedRedemptions: 9700 },
        ],
      });
      expect(schedule.periods.map((p) => p.recognized)).toEqual(["4110", "3493"]);
      expect(schedule.periods.map((p) => p.deferred)).toEqual(["4566", "1073"]);
    });
  });

  // Source: IFRS 15 Illustrative Example 52, IE269–IE270: 4,500 / 9,500 × CU8,676 = CU4,110; then
  // 8,500 / 9,700 × CU8,676 − CU4,110 = CU3,493. Whole CU, exact.
  describe("IFRS 15 Illustrative Example 52", () => {
    it("recognises CU4,110 in year 1 and CU3,493 in year 2", () => {
      expect(
        recognizePointsRevenue({
          allocated: "8676",
          decimals: 0,
          periods: [
            { period: "Year 1", redeemed: 4500, expectedRedemptions: 9500 },
            { period: "Year 2", redeemed: 4000, expectedRedemptions: 9700 },
          ],
        }),
      ).toEqual({
        periods: [
          {
            period: "Year 1",
            redeemed: 4500,
            cumulativeRedeemed: 4500,
            expectedRedemptions: 9500,
            recognized: "4110",
            cumulativeRecognized: "4110",
            deferred: "4566",
          },
          {
            period: "Year 2",
            redeemed: 4000,
            cumulativeRedeemed: 8500,
            expectedRedemptions: 9700,
            recognized: "3493",
            cumulativeRecognized: "7603",
            deferred: "1073",
          },
        ],
        totalRecognized: "7603",
        deferred: "1073",
      });
    });

    it("gives the cents at the default 2 places (4,109.684… → 4,109.68; 7,602.680… → 7,602.68)", () => {
      const { periods: rows } = recognizePointsRevenue({
        allocated: "8676.00",
        periods: [
          { period: "Year 1", redeemed: 4500, expectedRedemptions: 9500 },
          { period: "Year 2", redeemed: 4000, expectedRedemptions: 9700 },
        ],
      });
      expect(rows.map((p) => [p.recognized, p.cumulativeRecognized, p.deferred])).toEqual([
        ["4109.68", "4109.68", "4566.32"],
        ["3493.00", "7602.68", "1073.32"],
      ]);
    });
  });

  // Source: the variant (KPMG, Revenue – IFRS 15 handbook (2019), Examples 10A and 10B):
  // 9,000 allocated to the points; 9,000 × 4,500 / 9,700 = 4,175.26 → 4,175; then
  // 9,000 × 8,500 / 9,900 − 4,175 = 7,727.27 − 4,175 → 3,552 (10A), or with 9,200 expected
  // 9,000 × 8,500 / 9,200 − 4,175 = 8,315.22 − 4,175 → 4,140 (10B). Exact.
  describe("the issue's 97 % variant", () => {
    const year2 = { period: "Year 2", redeemed: 4500, expectedRedemptions: 9700 };
    it("recognises 4,175 then 3,552 when the estimate rises to 9,900", () => {
      const schedule = recognizePointsRevenue({
        allocated: 9000,
        decimals: 0,
        periods: [year2, { period: "Year 3", redeemed: 4000, expectedRedemptions: 9900 }],
      });
      expect(schedule.periods.map((p) => p.recognized)).toEqual(["4175", "3552"]);
      expect(schedule.periods.map((p) => p.cumulativeRecognized)).toEqual(["4175", "7727"]);
      expect(schedule.deferred).toBe("1273");
    });

    it("recognises 4,175 then 4,140 when the estimate falls to 9,200", () => {
      const schedule = recognizePointsRevenue({
        allocated: 9000,
        decimals: 0,
        periods: [year2, { period: "Year 3", redeemed: 4000, expectedRedemptions: 9200 }],
      });
      expect(schedule.periods.map((p) => p.recognized)).toEqual(["4175", "4140"]);
    });

    it("from the exact relative-SSP allocation of 8,842 instead: 4,102 then 3,490", () => {
      // 8,842 × 4,500 / 9,700 = 4,101.96 → 4,102; 8,842 × 8,500 / 9,900 = 7,591.62 → 7,592 (Python Fractions).
      const schedule = recognizePointsRevenue({
        allocated: 8842,
        decimals: 0,
        periods: [year2, { period: "Year 3", redeemed: 4000, expectedRedemptions: 9900 }],
      });
      expect(schedule.periods.map((p) => p.cumulativeRecognized)).toEqual(["4102", "7592"]);
      expect(schedule.periods.map((p) => p.recognized)).toEqual(["4102", "3490"]);
    });
  });

  describe("catch-up and end of the obligation", () => {
    it("keeps a negative period when the estimate rises sharply (a reversal)", () => {
      const schedule = recognizePointsRevenue({
        allocated: "1000.00",
        periods: [
          { period: "2025", redeemed: 500, expectedRedemptions: 600 },
          { period: "2026", redeemed: 0, expectedRedemptions: 1000 },
        ],
      });
      expect(schedule.periods.map((p) => p.recognized)).toEqual(["833.33", "-333.33"]);
      expect(schedule.periods.map((p) => p.deferred)).toEqual(["166.67", "500.00"]);
      expect(schedule.totalRecognized).toBe("500.00");
    });

    it("recognises everything left in a final period", () => {
      const schedule = recognizePointsRevenue({
        allocated: 8676,
        decimals: 0,
        periods: [
          { period: "Year 1", redeemed: 4500, expectedRedemptions: 9500 },
          { period: "Year 2", redeemed: 4000, expectedRedemptions: 9700 },
          { period: "Year 3 (points lapse)", redeemed: 300, expectedRedemptions: 8800, final: true },
        ],
      });
      expect(schedule.periods[2]).toMatchObject({ recognized: "1073", cumulativeRecognized: "8676", deferred: "0" });
      expect(schedule.totalRecognized).toBe("8676");
      expect(schedule.deferred).toBe("0");
    });

    it("recognises all of allocated once every expected point is redeemed", () => {
      const schedule = recognizePointsRevenue({
        allocated: "50",
        periods: [{ period: "Q1", redeemed: 10, expectedRedemptions: 10 }],
      });
      expect(schedule.periods[0]).toMatchObject({ recognized: "50.00", deferred: "0.00" });
    });

    it("returns an empty schedule without periods", () => {
      expect(recognizePointsRevenue({ allocated: "12.5", periods: [] })).toEqual({
        periods: [],
        totalRecognized: "0.00",
        deferred: "12.50",
      });
    });

    it("rounds each cumulative amount once in the rounding mode", () => {
      // 1 × 1/2 = 0.5 and 1 × 3/4 = 0.75 at 0 places: ties go by the mode
      const at = (mode: (typeof ROUNDING_MODES)[number]) =>
        recognizePointsRevenue({
          allocated: 1,
          decimals: 0,
          rounding: mode,
          periods: [
            { period: "a", redeemed: 1, expectedRedemptions: 2 },
            { period: "b", redeemed: 0, expectedRedemptions: 4 },
            { period: "c", redeemed: 2, expectedRedemptions: 4 },
          ],
        }).periods.map((p) => p.cumulativeRecognized);
      expect(at("half-up")).toEqual(["1", "0", "1"]);
      expect(at("half-even")).toEqual(["0", "0", "1"]);
      expect(at("half-down")).toEqual(["0", "0", "1"]);
      expect(at("floor")).toEqual(["0", "0", "0"]);
      expect(at("down")).toEqual(["0", "0", "0"]);
      expect(at("ceil")).toEqual(["1", "1", "1"]);
      expect(at("up")).toEqual(["1", "1", "1"]);
    });

    it("defaults to half-up", () => {
      const schedule = recognizePointsRevenue({
        allocated: "0.01",
        periods: [{ period: "a", redeemed: 1, expectedRedemptions: 2 }],
      });
      expect(schedule.periods[0]!.recognized).toBe("0.01");
    });

    it("is exact for large amounts and point counts", () => {
      const schedule = recognizePointsRevenue({
        allocated: "123456789012345678901234567890.12",
        periods: [{ period: "a", redeemed: 1, expectedRedemptions: Number.MAX_SAFE_INTEGER }],
        decimals: 2,
      });
      // 12345678901234567890123456789012 / 9007199254740991 = 1370645697077962.2… cents (Python Fractions)
      expect(schedule.periods[0]!.recognized).toBe("13706456970779.62");
    });
  });

  describe("validation", () => {
    const p = (over: Partial<PointsRedemptionPeriod> = {}): PointsRedemptionPeriod => ({
      period: "p",
      redeemed: 1,
      expectedRedemptions: 10,
      ...over,
    });
    it.each([
      ["input", () => recognizePointsRevenue(null as never)],
      ["input.allocated", () => recognizePointsRevenue({ allocated: -1, periods: [] })],
      ["input.allocated", () => recognizePointsRevenue({ allocated: "1.001", periods: [] })],
      ["input.allocated", () => recognizePointsRevenue({ allocated: "x", periods: [] })],
      ["input.periods", () => recognizePointsRevenue({ allocated: 1, periods: {} as never })],
      ["input.periods[1]", () => recognizePointsRevenue({ allocated: 1, periods: [p(), 3 as never] })],
      ["input.periods[0].period", () => recognizePointsRevenue({ allocated: 1, periods: [p({ period: "" })] })],
      ["input.periods[0].redeemed", () => recognizePointsRevenue({ allocated: 1, periods: [p({ redeemed: -1 })] })],
      ["input.periods[0].redeemed", () => recognizePointsRevenue({ allocated: 1, periods: [p({ redeemed: 1.5 })] })],
      [
        "input.periods[1].redeemed",
        () =>
          recognizePointsRevenue({
            allocated: 1,
            periods: [
              p({ redeemed: Number.MAX_SAFE_INTEGER, expectedRedemptions: Number.MAX_SAFE_INTEGER }),
              p({ redeemed: 1 }),
            ],
          }),
      ],
      ["input.periods[0].expectedRedemptions", () => recognizePointsRevenue({ allocated: 1, periods: [p({ redeemed: 0, expectedRedemptions: 0 })] })],
      ["input.periods[1].expectedRedemptions", () => recognizePointsRevenue({ allocated: 1, periods: [p({ redeemed: 6 }), p({ redeemed: 6 })] })],
      ["input.periods[0].expectedRedemptions", () => recognizePointsRevenue({ allocated: 1, periods: [p({ expectedRedemptions: Number.NaN })] })],
      ["input.periods[0].final", () => recognizePointsRevenue({ allocated: 1, periods: [p({ final: "yes" as never })] })],
      ["input.periods[1]", () => recognizePointsRevenue({ allocated: 1, periods: [p({ final: true }), p()] })],
      ["input.decimals", () => recognizePointsRevenue({ allocated: 1, periods: [], decimals: -1 })],
      ["input.rounding", () => recognizePointsRevenue({ allocated: 1, periods: [], rounding: "nearest" as never })],
    ])("INVALID_ARGUMENT naming %s", (field, run) => {
      catchPatronageError(run, { code: "INVALID_ARGUMENT", field });
    });

    it("says how many points were redeemed so far", () => {
      catchPatronageError(
        () => recognizePointsRevenue({ allocated: 1, periods: [p({ redeemed: 6 }), p({ redeemed: 6 })] }),
        {
          code: "INVALID_ARGUMENT",
          field: "input.periods[1].expectedRedemptions",
          message: "input.periods[1].expectedRedemptions must be a safe integer ≥ 1 and ≥ the 12 points redeemed so far; received 10",
        },
      );
    });
  });

  describe("properties", () => {
    it("the periods' recognised amounts telescope to the total, and total + deferred = allocated", () => {
      fc.assert(
        fc.property(allocated, periods, rounding, (a, list, mode) => {
          const schedule = recognizePointsRevenue({ allocated: a, periods: list, rounding: mode });
          const sum = schedule.periods.reduce((s, p) => s.plus(p.recognized), new Decimal(0));
          expect(sum.eq(schedule.totalRecognized)).toBe(true);
          expect(new Decimal(schedule.totalRecognized).plus(schedule.deferred).eq(a)).toBe(true);
          const last = schedule.periods.at(-1);
          expect(schedule.totalRecognized).toBe(last === undefined ? "0.00" : last.cumulativeRecognized);
          for (const p of schedule.periods) expect(new Decimal(p.cumulativeRecognized).plus(p.deferred).eq(a)).toBe(true);
        }),
        { seed: SEED, numRuns: 300 },
      );
    });

    it("the cumulative amount stays within [0, allocated] and within one unit of the exact value", () => {
      fc.assert(
        fc.property(allocated, periods, rounding, (a, list, mode) => {
          const schedule = recognizePointsRevenue({ allocated: a, periods: list, rounding: mode });
          schedule.periods.forEach((p, i) => {
            const cumulative = new Decimal(p.cumulativeRecognized);
            expect(cumulative.gte(0) && cumulative.lte(a)).toBe(true);
            expect(new Decimal(p.deferred).gte(0)).toBe(true);
            const exact = list[i]!.final === true ? new Decimal(a) : new Decimal(a).times(p.cumulativeRedeemed).div(p.expectedRedemptions);
            expect(cumulative.minus(exact).abs().lt("0.01")).toBe(true);
          });
        }),
        { seed: SEED, numRuns: 300 },
      );
    });

    it("a final period leaves nothing deferred", () => {
      fc.assert(
        fc.property(allocated, periods, rounding, (a, list, mode) => {
          const last = list.at(-1);
          fc.pre(last?.final === true);
          const schedule = recognizePointsRevenue({ allocated: a, periods: list, rounding: mode });
          expect(schedule.deferred).toBe("0.00");
          expect(new Decimal(schedule.totalRecognized).eq(a)).toBe(true);
        }),
        { seed: SEED, numRuns: 200 },
      );
    });

    it("does not modify its input", () => {
      fc.assert(
        fc.property(allocated, periods, (a, list) => {
          const input = { allocated: a, periods: list };
          const copy = structuredClone(input);
          recognizePointsRevenue(input);
          expect(input).toEqual(copy);
        }),
        { seed: SEED, numRuns: 50 },
      );
    });
  });
});
