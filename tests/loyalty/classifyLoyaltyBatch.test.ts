import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyLoyalty } from "../../src/loyalty/classifyLoyalty.js";
import { classifyLoyaltyBatch } from "../../src/loyalty/classifyLoyaltyBatch.js";
import { LOYALTY_LEVELS } from "../../src/loyalty/LOYALTY_LEVELS.js";
import type { LoyaltyColumns } from "../../src/loyalty/LoyaltyColumns.js";
import type { LoyaltyModelInput } from "../../src/loyalty/LoyaltyModelInput.js";
import type { LoyaltySignals } from "../../src/loyalty/LoyaltySignals.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";
import { signalsArb } from "./arbitraries.js";

/** Signals of many customers → columns: Float64Array with NaN, or arrays with null, for missing. */
function toColumns(list: readonly LoyaltySignals[], typed: boolean, omit = false): LoyaltyColumns {
  const pick = (get: (s: LoyaltySignals) => number | undefined) => {
    const values = list.map((s) => get(s));
    // `omit`: a column missing for every row is left out rather than given as NaN / null
    if (omit && list.length > 0 && values.every((v) => v === undefined)) return undefined;
    return typed ? Float64Array.from(values, (v) => v ?? NaN) : values.map((v) => v ?? null);
  };
  const columns = {
    purchases: pick((s) => s.behaviour?.purchases),
    windowDays: pick((s) => s.behaviour?.windowDays),
    daysSinceLastPurchase: pick((s) => s.behaviour?.daysSinceLastPurchase),
    shareOfWallet: pick((s) => s.behaviour?.shareOfWallet),
    expectedPurchases: pick((s) => s.behaviour?.expectedPurchases),
    recommend: pick((s) => s.attitude?.recommend),
    satisfaction: pick((s) => s.attitude?.satisfaction),
    repurchaseIntent: pick((s) => s.attitude?.repurchaseIntent),
    brandPreference: pick((s) => s.attitude?.brandPreference),
    incentiveShare: pick((s) => s.incentiveShare),
    referrals: pick((s) => s.referrals),
    reviews: pick((s) => s.reviews),
    shares: pick((s) => s.shares),
  };
  return Object.fromEntries(Object.entries(columns).filter(([, c]) => c !== undefined)) as LoyaltyColumns;
}

const weightArb = fc.constantFrom(0, 0.25, 1);
const modelArb: fc.Arbitrary<LoyaltyModelInput> = fc.record(
  {
    behaviour: fc.record({
      recencyHalfLifeDays: fc.oneof(fc.constant("purchaseCycle" as const), fc.integer({ min: 1, max: 120 })),
      weights: fc.record({ frequency: weightArb, recency: fc.constantFrom(0.25, 1), shareOfWallet: weightArb }),
    }),
    attitude: fc.record({ weights: fc.record({ recommend: weightArb, satisfaction: fc.constantFrom(0.2, 0.5), repurchaseIntent: weightArb }) }),
    advocacy: fc.record({ reviewWeight: weightArb, halfSaturation: fc.constantFrom(0.5, 1, 3) }),
    thresholds: fc.record({ behavioural: fc.double({ min: 0, max: 1, noNaN: true }), attitudinal: fc.double({ min: 0, max: 0.8, noNaN: true }) }),
  },
  { requiredKeys: [] },
);

describe("classifyLoyaltyBatch", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      const result = classifyLoyaltyBatch({
        purchases: new Float64Array([14, 6, 0]),
        windowDays: new Float64Array([365, 180, 90]),
        daysSinceLastPurchase: new Float64Array([10, 20, NaN]),
        expectedPurchases: new Float64Array([12, NaN, NaN]),
        recommend: new Float64Array([10, 5, 9]),
        satisfaction: new Float64Array([5, 3, 4]),
        incentiveShare: [null, 0.8, null],
        referrals: [2, null, null],
      });
      expect(Array.from(result.level, (rank) => LOYALTY_LEVELS[rank]?.id)).toEqual(["fanatic", "mercenary", "latent"]);
      expect(result.behavioural[2]).toBe(0);
    });
  });

  it("gives the same levels and doubles as classifyLoyalty (property, any model)", () => {
    fc.assert(
      fc.property(fc.array(signalsArb, { maxLength: 30 }), fc.boolean(), fc.boolean(), modelArb, (list, typed, omit, model) => {
        const batch = classifyLoyaltyBatch(toColumns(list, typed, omit), model, { onInsufficientData: "mark" });
        let scored = 0;
        list.forEach((s, i) => {
          let one: ReturnType<typeof classifyLoyalty>;
          try {
            one = classifyLoyalty(s, model);
          } catch (error) {
            expect((error as { code?: string }).code).toBe("INSUFFICIENT_DATA");
            expect(batch.level[i]).toBe(255);
            return;
          }
          scored++;
          expect(LOYALTY_LEVELS[batch.level[i]!]?.id).toBe(one.level);
          expect(batch.behavioural[i]).toBe(one.behavioural);
          expect(batch.attitudinal[i]).toBe(one.attitudinal);
          expect(batch.advocacy[i]).toBe(one.advocacy ?? NaN);
          expect(batch.incentiveShare[i]).toBe(one.incentiveShare ?? NaN);
        });
        expect(batch.scored).toBe(scored);
      }),
      { numRuns: 200 },
    );
  });

  it("does not modify its columns nor return them", () => {
    const recommend = new Float64Array([5, 9]);
    const incentiveShare = new Float64Array([0.1, NaN]);
    const result = classifyLoyaltyBatch({ purchases: [1, 2], windowDays: [30, 30], daysSinceLastPurchase: [3, 3], recommend, incentiveShare });
    expect(Array.from(recommend)).toEqual([5, 9]);
    expect(result.incentiveShare).not.toBe(incentiveShare);
    expect(Array.from(result.incentiveShare)).toEqual([0.1, NaN]);
    expect(Array.from(classifyLoyaltyBatch({ purchases: [1], windowDays: [30], daysSinceLastPurchase: [3], recommend: [5] }).incentiveShare)).toEqual([NaN]);
    expect(Array.from(classifyLoyaltyBatch({ purchases: [1], windowDays: [30], daysSinceLastPurchase: [3], recommend: [5], incentiveShare: [0.7] }).incentiveShare)).toEqual([0.7]);
  });

  it("reads integer typed arrays and undefined as missing", () => {
    const result = classifyLoyaltyBatch({ purchases: new Int32Array([3, 0]), windowDays: new Uint16Array([90, 90]), daysSinceLastPurchase: [10, undefined], recommend: [undefined, 9], satisfaction: [4, undefined] });
    expect(Array.from(result.level)).toEqual([4, 3]);
  });

  it("scores from recency alone when purchases are missing, with the default interval when the window is missing", () => {
    const r = classifyLoyaltyBatch({ daysSinceLastPurchase: [30, 30], windowDays: [NaN, 120], expectedPurchases: [2, 2], recommend: [5, 5] });
    expect(r.behavioural[0]).toBeCloseTo(0.5, 15); // half-life 30 (default interval)
    expect(r.behavioural[1]).toBeCloseTo(Math.SQRT1_2, 15); // half-life 120 / 2 = 60
  });

  it("scores recency 0 (not dropped) for purchases 0, and accepts days ≥ windowDays or none there", () => {
    const r = classifyLoyaltyBatch({ purchases: [0, 0], windowDays: [90, 90], daysSinceLastPurchase: [NaN, 400], shareOfWallet: [0.9, 0.9], recommend: [2, 2] });
    // frequency 0, recency 0, share 0.9 → 0.3·0.9 / 1
    expect(r.behavioural[0]).toBeCloseTo(0.27, 15);
    expect(r.behavioural[1]).toBe(r.behavioural[0]);
    const one = classifyLoyalty({ behaviour: { purchases: 0, windowDays: 90, shareOfWallet: 0.9 }, attitude: { recommend: 2 } });
    expect(one.behavioural).toBe(r.behavioural[0]);
    expect(one.components.recency).toBe(0);
  });

  it("takes windowDays from expectedPurchases alone: the half-life falls back to the default interval", () => {
    const r = classifyLoyaltyBatch({ purchases: [2], expectedPurchases: [4], daysSinceLastPurchase: [30], recommend: [5] }, { behaviour: { weights: { frequency: 0 } } });
    expect(r.behavioural[0]).toBeCloseTo(0.5, 15);
  });

  it("returns empty arrays for zero rows", () => {
    const r = classifyLoyaltyBatch({ recommend: [] });
    expect(r.level.length).toBe(0);
    expect(r.scored).toBe(0);
  });

  it("marks unscorable rows with 255 on request", () => {
    const r = classifyLoyaltyBatch({ purchases: [1, NaN, 2], windowDays: [30, 30, 30], daysSinceLastPurchase: [0, NaN, 0], recommend: [5, 6, NaN] }, undefined, { onInsufficientData: "mark" });
    expect(Array.from(r.level)).toEqual([1, 255, 255]);
    expect(r.scored).toBe(1);
    expect(r.behavioural[1]).toBeNaN();
    expect(r.attitudinal[2]).toBeNaN();
    expect(r.behavioural[2]).toBe(1);
  });

  describe("errors", () => {
    it("throws INSUFFICIENT_DATA naming the first unscorable row", () => {
      catchPatronageError(() => classifyLoyaltyBatch({ purchases: [1, NaN], windowDays: [30, 30], daysSinceLastPurchase: [0, NaN], recommend: [5, 6] }), {
        code: "INSUFFICIENT_DATA",
        field: "rows[1]",
        message: "rows[1]: the behavioural axis cannot be scored, no behavioural signal with a weight > 0 is given (purchases, daysSinceLastPurchase, shareOfWallet)",
      });
      catchPatronageError(() => classifyLoyaltyBatch({ purchases: [1], windowDays: [30], daysSinceLastPurchase: [0] }), { code: "INSUFFICIENT_DATA", field: "rows[0]" });
      // the message is true also when signals are given but every weight of the axis is 0
      catchPatronageError(
        () => classifyLoyaltyBatch({ purchases: [1], windowDays: [30], daysSinceLastPurchase: [0], recommend: [5] }, { behaviour: { weights: { frequency: 0, recency: 0, shareOfWallet: 1 } } }),
        { code: "INSUFFICIENT_DATA", field: "rows[0]", message: "rows[0]: the behavioural axis cannot be scored, no behavioural signal with a weight > 0 is given (purchases, daysSinceLastPurchase, shareOfWallet)" },
      );
      catchPatronageError(() => classifyLoyaltyBatch({}), { code: "INSUFFICIENT_DATA", field: "rows" });
    });

    it.each<[string, LoyaltyColumns, string]>([
      ["a fractional purchase count", { purchases: [1, 2.5] }, "rows.purchases[1]"],
      ["a negative count", { referrals: new Float64Array([0, -1]) }, "rows.referrals[1]"],
      ["a zero window", { windowDays: [30, 0] }, "rows.windowDays[1]"],
      ["an infinite expected purchases", { expectedPurchases: [Infinity] }, "rows.expectedPurchases[0]"],
      ["negative days", { daysSinceLastPurchase: [-1] }, "rows.daysSinceLastPurchase[0]"],
      ["infinite days", { daysSinceLastPurchase: [Infinity] }, "rows.daysSinceLastPurchase[0]"],
      ["recommend 10.5", { recommend: [10.5] }, "rows.recommend[0]"],
      ["satisfaction 0.5", { satisfaction: new Float64Array([0.5]) }, "rows.satisfaction[0]"],
      ["a share above 1", { shareOfWallet: [0.2, 1.01] }, "rows.shareOfWallet[1]"],
      ["a string", { recommend: ["7"] as unknown as number[] }, "rows.recommend[0]"],
      ["a column that is not an array", { recommend: 7 as unknown as number[] }, "rows.recommend"],
      ["columns of different lengths", { recommend: [1, 2], satisfaction: [3] }, "rows.satisfaction"],
      ["rows null", null as unknown as LoyaltyColumns, "rows"],
      ["an array of row objects", [{ behaviour: { purchases: 1, windowDays: 30 }, attitude: { recommend: 5 } }] as unknown as LoyaltyColumns, "rows"],
      ["an unknown column (a typo)", { purchases: [12], windowDays: [360], daysSinceLastPurchase: [3], recommend: [9], satisfction: [1] } as LoyaltyColumns, "rows.satisfction"],
      ["a BigInt64Array column", { purchases: new BigInt64Array([1n]) as unknown as number[], windowDays: [30], recommend: [2] }, "rows.purchases"],
      ["a column with length −1", { recommend: { length: -1 } as unknown as number[] }, "rows.recommend"],
      ["purchases > 0 without days", { purchases: [2, 3], windowDays: [30, 30], daysSinceLastPurchase: [1, NaN], recommend: [5, 5] }, "rows.daysSinceLastPurchase[1]"],
      ["purchases > 0 with days beyond the window", { purchases: [5], windowDays: [30], daysSinceLastPurchase: [400], recommend: [2] }, "rows.daysSinceLastPurchase[0]"],
      ["purchases 0 with days inside the window", { purchases: [0], windowDays: [365], daysSinceLastPurchase: [0], recommend: [2] }, "rows.daysSinceLastPurchase[0]"],
      ["purchases without windowDays or expectedPurchases", { purchases: [50], daysSinceLastPurchase: [200], recommend: [5] }, "rows.windowDays[0]"],
    ])("rejects %s with INVALID_ARGUMENT", (_, rows, field) => {
      catchPatronageError(() => classifyLoyaltyBatch(rows), { code: "INVALID_ARGUMENT", field });
    });

    it("rejects options that are not an object", () => {
      catchPatronageError(() => classifyLoyaltyBatch({ recommend: [1], purchases: [1], windowDays: [30], daysSinceLastPurchase: [3] }, undefined, null as unknown as {}), {
        code: "INVALID_ARGUMENT",
        field: "options",
      });
    });

    it("rejects an unknown option", () => {
      catchPatronageError(() => classifyLoyaltyBatch({ recommend: [1] }, undefined, { onInsufficientData: "skip" as "mark" }), {
        code: "INVALID_ARGUMENT",
        field: "options.onInsufficientData",
      });
    });
  });
});
