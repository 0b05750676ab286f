import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/_lib/Decimal.js";
import { allocateTransactionPrice } from "../../src/points/allocateTransactionPrice.js";
import type { PerformanceObligation } from "../../src/points/PerformanceObligation.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

const SEED = 20_261_122;

/** Integer cents → a 2-place decimal string. */
const cents = (min: number, max: number): fc.Arbitrary<string> =>
  fc.integer({ min, max }).map((c) => (c / 100).toFixed(2));

/** 1–8 components, distinct ids, SSPs of 0–100,000.00 with at least one > 0. */
const components: fc.Arbitrary<PerformanceObligation[]> = fc
  .array(fc.oneof(cents(0, 10_000_000), fc.constant("0"), cents(1, 300)), { minLength: 1, maxLength: 8 })
  .filter((ssps) => ssps.some((s) => Number(s) > 0))
  .map((ssps) => ssps.map((standaloneSellingPrice, i) => ({ id: `po${i}`, standaloneSellingPrice })));

const sumOf = (amounts: readonly string[]): Decimal => amounts.reduce((a, b) => a.plus(b), new Decimal(0));

describe("allocateTransactionPrice", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example (IFRS 15 IE267–IE268)", () => {
      const { allocations, total } = allocateTransactionPrice(
        100000,
        [
          { id: "product", standaloneSellingPrice: 100000 },
          { id: "points", standaloneSellingPrice: 9500 },
        ],
        { decimals: 0 },
      );
      expect(allocations.map((a) => a.amount)).toEqual(["91324", "8676"]);
      expect(allocations[1]!.share).toBe("0.08675799086757990867579908675799087");
      expect(total).toBe("100000");
    });
  });

  // Source: IFRS 15 Illustrative Example 52, IE268: CU100,000 × 100,000 / 109,500 = CU91,324 and
  // CU100,000 × 9,500 / 109,500 = CU8,676, rounded to whole CU. Exact.
  describe("IFRS 15 Illustrative Example 52", () => {
    it("allocates CU91,324 to the products and CU8,676 to the points", () => {
      const result = allocateTransactionPrice(
        "100000",
        [
          { id: "product", standaloneSellingPrice: "100000" },
          { id: "points", standaloneSellingPrice: 10_000 * 0.95 },
        ],
        { decimals: 0 },
      );
      expect(result).toEqual({
        allocations: [
          { id: "product", amount: "91324", share: "0.9132420091324200913242009132420091" },
          { id: "points", amount: "8676", share: "0.08675799086757990867579908675799087" },
        ],
        total: "100000",
      });
    });

    it("gives the cents at the default 2 places", () => {
      const { allocations } = allocateTransactionPrice(100000, [
        { id: "product", standaloneSellingPrice: 100000 },
        { id: "points", standaloneSellingPrice: 9500 },
      ]);
      // 91,324.2009… and 8,675.7990…
      expect(allocations.map((a) => a.amount)).toEqual(["91324.20", "8675.80"]);
    });
  });

  // Source: the variant (KPMG, Revenue – IFRS 15 handbook (2019), Example 10A): 97 %
  // expected redemption, SSP of the points 9,700. The handbook rounds the ratios to whole per cent
  // (91 % / 9 %) and allocates 91,000 / 9,000; the exact relative-SSP allocation is
  // 100,000 × 100,000 / 109,700 = 91,157.70… → 91,158 and 100,000 × 9,700 / 109,700 = 8,842.29… → 8,842.
  describe("the issue's 97 % variant", () => {
    it("allocates 91,158 / 8,842, not the handbook's 91,000 / 9,000", () => {
      const { allocations } = allocateTransactionPrice(
        100000,
        [
          { id: "product", standaloneSellingPrice: 100000 },
          { id: "points", standaloneSellingPrice: 9700 },
        ],
        { decimals: 0 },
      );
      expect(allocations.map((a) => a.amount)).toEqual(["91158", "8842"]);
      expect(allocations.map((a) => a.share)).toEqual([
        "0.9115770282588878760255241567912489",
        "0.08842297174111212397447584320875114",
      ]);
    });
  });

  describe("largest remainder", () => {
    it("gives a missing unit to the largest remainder", () => {
      // 10 × (1, 2, 3) / 6 = 1.666…, 3.333…, 5 → 2, 3, 5
      const { allocations } = allocateTransactionPrice(10, [
        { id: "a", standaloneSellingPrice: 1 },
        { id: "b", standaloneSellingPrice: 2 },
        { id: "c", standaloneSellingPrice: 3 },
      ], { decimals: 0 });
      expect(allocations.map((a) => a.amount)).toEqual(["2", "3", "5"]);
    });

    it("breaks ties in favour of the component listed first", () => {
      const three = (ids: string[]) =>
        allocateTransactionPrice("100.00", ids.map((id) => ({ id, standaloneSellingPrice: "1" }))).allocations;
      expect(three(["a", "b", "c"]).map((a) => a.amount)).toEqual(["33.34", "33.33", "33.33"]);
      expect(three(["c", "b", "a"]).map((a) => [a.id, a.amount])).toEqual([
        ["c", "33.34"],
        ["b", "33.33"],
        ["a", "33.33"],
      ]);
      // two units missing, four equal remainders
      expect(
        allocateTransactionPrice(
          "0.02",
          ["a", "b", "c", "d"].map((id) => ({ id, standaloneSellingPrice: 5 })),
        ).allocations.map((a) => a.amount),
      ).toEqual(["0.01", "0.01", "0.00", "0.00"]);
    });

    it("gives nothing to a component with SSP 0, and all to a single one", () => {
      const { allocations } = allocateTransactionPrice(
        "0.05",
        [
          { id: "free", standaloneSellingPrice: 0 },
          { id: "a", standaloneSellingPrice: "0.001" },
          { id: "b", standaloneSellingPrice: "-0" },
        ],
      );
      expect(allocations).toEqual([
        { id: "free", amount: "0.00", share: "0" },
        { id: "a", amount: "0.05", share: "1" },
        { id: "b", amount: "0.00", share: "0" },
      ]);
    });

    it("allocates a zero price as zeros", () => {
      const { allocations, total } = allocateTransactionPrice(0, [
        { id: "a", standaloneSellingPrice: 3 },
        { id: "b", standaloneSellingPrice: 1 },
      ]);
      expect(allocations.map((a) => a.amount)).toEqual(["0.00", "0.00"]);
      expect(allocations.map((a) => a.share)).toEqual(["0.75", "0.25"]);
      expect(total).toBe("0.00");
    });

    it("is exact beyond 34 significant digits", () => {
      // 40-digit price and SSPs: a 34-digit computation could not split it exactly.
      const price = "1234567890123456789012345678901234567.891";
      const { allocations, total } = allocateTransactionPrice(
        price,
        [
          { id: "a", standaloneSellingPrice: "1" },
          { id: "b", standaloneSellingPrice: "2" },
        ],
        { decimals: 3 },
      );
      expect(total).toBe(price);
      expect(allocations.map((a) => a.amount)).toEqual([
        "411522630041152263004115226300411522.630",
        "823045260082304526008230452600823045.261",
      ]);
    });

    it("accepts SSPs with more places than decimals, and 12 places", () => {
      const { allocations } = allocateTransactionPrice(
        "1",
        [
          { id: "a", standaloneSellingPrice: "0.0000000000001" },
          { id: "b", standaloneSellingPrice: "0.0000000000002" },
        ],
        { decimals: 12 },
      );
      expect(allocations.map((a) => a.amount)).toEqual(["0.333333333333", "0.666666666667"]);
    });
  });

  describe("validation", () => {
    const ok = [{ id: "a", standaloneSellingPrice: 1 }];
    it.each([
      ["transactionPrice", () => allocateTransactionPrice(-1, ok)],
      ["transactionPrice", () => allocateTransactionPrice("10.005", ok)],
      ["transactionPrice", () => allocateTransactionPrice("10.5", ok, { decimals: 0 })],
      ["transactionPrice", () => allocateTransactionPrice(Number.NaN, ok)],
      ["transactionPrice", () => allocateTransactionPrice("1e3", ok)],
      ["components", () => allocateTransactionPrice(1, [])],
      ["components", () => allocateTransactionPrice(1, null as never)],
      ["components", () => allocateTransactionPrice(1, [{ id: "a", standaloneSellingPrice: 0 }])],
      ["components[1]", () => allocateTransactionPrice(1, [ok[0]!, null as never])],
      ["components[1].id", () => allocateTransactionPrice(1, [ok[0]!, { id: "", standaloneSellingPrice: 1 }])],
      ["components[0].id", () => allocateTransactionPrice(1, [{ id: 7 as never, standaloneSellingPrice: 1 }])],
      [
        "components[2].standaloneSellingPrice",
        () =>
          allocateTransactionPrice(1, [ok[0]!, { id: "b", standaloneSellingPrice: 1 }, { id: "c", standaloneSellingPrice: -5 }]),
      ],
      [
        "components[1].standaloneSellingPrice",
        () => allocateTransactionPrice(1, [ok[0]!, { id: "b", standaloneSellingPrice: "abc" }]),
      ],
      ["options.decimals", () => allocateTransactionPrice(1, ok, { decimals: 13 })],
      ["options.decimals", () => allocateTransactionPrice(1, ok, { decimals: 1.5 })],
      ["options", () => allocateTransactionPrice(1, ok, null as never)],
    ])("INVALID_ARGUMENT naming %s", (field, run) => {
      catchPatronageError(run, { code: "INVALID_ARGUMENT", field });
    });

    it("names the field and the value in the message", () => {
      catchPatronageError(
        () => allocateTransactionPrice(1, [ok[0]!, { id: "b", standaloneSellingPrice: 1 }, { id: "c", standaloneSellingPrice: -5 }]),
        {
          code: "INVALID_ARGUMENT",
          field: "components[2].standaloneSellingPrice",
          message: "components[2].standaloneSellingPrice must be an amount ≥ 0; received -5",
        },
      );
    });

    it("DUPLICATE_ID naming the repeated id", () => {
      const error = catchPatronageError(
        () =>
          allocateTransactionPrice(1, [
            { id: "a", standaloneSellingPrice: 1 },
            { id: "b", standaloneSellingPrice: 1 },
            { id: "a", standaloneSellingPrice: 2 },
          ]),
        { code: "DUPLICATE_ID", field: "components[2].id", message: 'components[2].id repeats the id "a"' },
      );
      expect(error.value).toBe("a");
    });
  });

  describe("properties", () => {
    it("the amounts sum exactly to the transaction price", () => {
      fc.assert(
        fc.property(cents(0, 1_000_000_000), components, (price, list) => {
          const { allocations, total } = allocateTransactionPrice(price, list);
          expect(total).toBe(price);
          expect(sumOf(allocations.map((a) => a.amount)).eq(price)).toBe(true);
        }),
        { seed: SEED, numRuns: 300 },
      );
    });

    it("each amount is within one unit of its exact share, and a zero SSP gets zero", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 1e12 }), components, (decimals, units, list) => {
          const price = new Decimal(units).div(new Decimal(10).pow(decimals)).toFixed(decimals);
          const { allocations } = allocateTransactionPrice(price, list, { decimals });
          const sum = sumOf(list.map((c) => String(c.standaloneSellingPrice)));
          const unit = new Decimal(10).pow(-decimals);
          allocations.forEach((a, i) => {
            const ssp = new Decimal(list[i]!.standaloneSellingPrice);
            // price × SSP / ΣSSP to 34 digits: off by far less than the margin the bound leaves
            const exact = new Decimal(price).times(ssp).div(sum);
            expect(new Decimal(a.amount).minus(exact).abs().lt(unit)).toBe(true);
            if (ssp.isZero()) expect(new Decimal(a.amount).isZero()).toBe(true);
          });
        }),
        { seed: SEED, numRuns: 300 },
      );
    });

    it("raising one component's SSP never lowers its amount", () => {
      fc.assert(
        fc.property(
          cents(0, 100_000_000),
          components,
          fc.nat(),
          cents(0, 5_000_000),
          fc.constantFrom(0, 2),
          (price, list, pick, raise, decimals) => {
            const i = pick % list.length;
            const raised = list.map((c, j) =>
              j === i ? { ...c, standaloneSellingPrice: new Decimal(c.standaloneSellingPrice).plus(raise).toFixed() } : c,
            );
            const p = decimals === 0 ? new Decimal(price).floor().toFixed() : price;
            const before = allocateTransactionPrice(p, list, { decimals }).allocations[i]!.amount;
            const after = allocateTransactionPrice(p, raised, { decimals }).allocations[i]!.amount;
            expect(new Decimal(after).gte(before)).toBe(true);
          },
        ),
        { seed: SEED, numRuns: 300 },
      );
    });

    it("does not modify its inputs", () => {
      fc.assert(
        fc.property(cents(0, 1_000_000), components, (price, list) => {
          const copy = structuredClone(list);
          allocateTransactionPrice(price, list);
          expect(list).toEqual(copy);
        }),
        { seed: SEED, numRuns: 50 },
      );
    });
  });
});
