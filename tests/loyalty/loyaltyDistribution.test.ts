import { describe, expect, it } from "vitest";
import { classifyLoyaltyBatch } from "../../src/loyalty/classifyLoyaltyBatch.js";
import type { LoyaltyBatchResult } from "../../src/loyalty/LoyaltyBatchResult.js";
import type { LoyaltyLevelId } from "../../src/loyalty/LoyaltyLevelId.js";
import { loyaltyDistribution } from "../../src/loyalty/loyaltyDistribution.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

describe("loyaltyDistribution", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      const d = loyaltyDistribution([{ level: "inertia" }, { level: "fanatic" }, { level: "inertia" }, { level: "none" }]);
      expect(d.counts.inertia).toBe(2);
      expect(d.shares.inertia).toBe(0.5);
      expect(d.shares.committed).toBe(0);
      expect(d.total).toBe(4);
    });
  });

  it("counts a batch result, leaving unscored rows out", () => {
    const batch = classifyLoyaltyBatch({ purchases: [0, 3, 3, NaN], windowDays: [90, 90, 90, 90], daysSinceLastPurchase: [NaN, 5, 5, NaN], recommend: [2, 2, 9, 9] }, undefined, {
      onInsufficientData: "mark",
    });
    const d = loyaltyDistribution(batch);
    expect(d).toEqual({
      total: 3,
      unscored: 1,
      counts: { none: 1, inertia: 1, mercenary: 0, latent: 0, committed: 1, fanatic: 0 },
      shares: { none: 1 / 3, inertia: 1 / 3, mercenary: 0, latent: 0, committed: 1 / 3, fanatic: 0 },
    });
  });

  it("rejects unknown levels, bad ranks, other inputs and empty input", () => {
    catchPatronageError(() => loyaltyDistribution([{ level: "none" }, { level: "loyal" as LoyaltyLevelId }]), {
      code: "INVALID_ARGUMENT",
      field: "results[1].level",
    });
    catchPatronageError(() => loyaltyDistribution([{ level: "toString" as LoyaltyLevelId }]), { code: "INVALID_ARGUMENT", field: "results[0].level" });
    catchPatronageError(() => loyaltyDistribution([null as unknown as { level: LoyaltyLevelId }]), { code: "INVALID_ARGUMENT", field: "results[0].level" });
    const bad = { level: new Uint8Array([0, 7]) } as unknown as LoyaltyBatchResult;
    catchPatronageError(() => loyaltyDistribution(bad), { code: "INVALID_ARGUMENT", field: "results.level[1]" });
    catchPatronageError(() => loyaltyDistribution("none" as unknown as []), { code: "INVALID_ARGUMENT", field: "results" });
    catchPatronageError(() => loyaltyDistribution([]), { code: "INSUFFICIENT_DATA", field: "results" });
  });

  it("reads levels through the one level lookup: inherited names are not levels", () => {
    for (const level of ["__proto__", "toString", "hasOwnProperty"]) {
      catchPatronageError(() => loyaltyDistribution([{ level: level as LoyaltyLevelId }]), { code: "INVALID_ARGUMENT", field: "results[0].level" });
    }
  });
});
