import { describe, expect, it } from "vitest";
import { classifyLoyalty } from "../../src/loyalty/classifyLoyalty.js";
import { classifyLoyaltyBatch } from "../../src/loyalty/classifyLoyaltyBatch.js";
import { DEFAULT_LOYALTY_MODEL } from "../../src/loyalty/DEFAULT_LOYALTY_MODEL.js";
import type { LoyaltyModelInput } from "../../src/loyalty/LoyaltyModelInput.js";
import { loyaltyModelSchema } from "../../src/loyalty/loyaltyModelSchema.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

const signals = { behaviour: { purchases: 3, windowDays: 90, daysSinceLastPurchase: 10 }, attitude: { recommend: 8 } };

describe("loyaltyModelSchema", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      const model = loyaltyModelSchema.parse({ thresholds: { behavioural: 0.6 } });
      expect(model.thresholds.behavioural).toBe(0.6);
      expect(model.thresholds.attitudinal).toBe(0.65);
      expect(model.attitude.weights.recommend).toBe(0.4);
      expect(model.behaviour.recencyHalfLifeDays).toBe("purchaseCycle");
    });
    it("mirrors the TSDoc example of DEFAULT_LOYALTY_MODEL", () => {
      expect(DEFAULT_LOYALTY_MODEL.thresholds).toEqual({
        behavioural: 0.5,
        attitudinal: 0.65,
        veryHighAttitudinal: 0.85,
        incentiveShare: 0.5,
        advocacy: 0.5,
      });
      expect(DEFAULT_LOYALTY_MODEL.behaviour.defaultPurchaseIntervalDays).toBe(30);
    });
  });

  it("fills every default and is deeply frozen as DEFAULT_LOYALTY_MODEL", () => {
    expect(loyaltyModelSchema.parse({})).toEqual(DEFAULT_LOYALTY_MODEL);
    expect(DEFAULT_LOYALTY_MODEL).toEqual({
      behaviour: { weights: { frequency: 0.4, recency: 0.3, shareOfWallet: 0.3 }, defaultPurchaseIntervalDays: 30, recencyHalfLifeDays: "purchaseCycle" },
      attitude: { weights: { recommend: 0.4, satisfaction: 0.2, repurchaseIntent: 0.2, brandPreference: 0.2 } },
      advocacy: { referralWeight: 1, reviewWeight: 0.5, shareWeight: 0.25, halfSaturation: 1 },
      thresholds: { behavioural: 0.5, attitudinal: 0.65, veryHighAttitudinal: 0.85, incentiveShare: 0.5, advocacy: 0.5 },
    });
    expect(Object.isFrozen(DEFAULT_LOYALTY_MODEL.behaviour.weights)).toBe(true);
  });

  it("accepts the extreme weights and half-saturation, and scores stay finite", () => {
    const r = classifyLoyalty(
      { behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 1 }, attitude: { recommend: 5, satisfaction: 3 }, referrals: Number.MAX_SAFE_INTEGER },
      { behaviour: { weights: { frequency: 1e6, recency: 1e6 } }, attitude: { weights: { recommend: 1e6, satisfaction: 1e6 } }, advocacy: { referralWeight: 1e6, halfSaturation: 1e-6 } },
    );
    expect(Number.isFinite(r.behavioural)).toBe(true);
    expect(r.attitudinal).toBeCloseTo(0.5, 15);
    expect(r.advocacy).toBe(1);
  });

  it("accepts a fixed half-life", () => {
    expect(loyaltyModelSchema.parse({ behaviour: { recencyHalfLifeDays: 45 } }).behaviour.recencyHalfLifeDays).toBe(45);
  });

  it.each<[string, LoyaltyModelInput, string]>([
    ["a threshold above 1", { thresholds: { behavioural: 1.5 } }, "config.thresholds.behavioural"],
    ["a negative weight", { attitude: { weights: { recommend: -1 } } }, "config.attitude.weights.recommend"],
    ["an infinite weight", { behaviour: { weights: { frequency: Infinity } } }, "config.behaviour.weights.frequency"],
    ["a zero half-saturation", { advocacy: { halfSaturation: 0 } }, "config.advocacy.halfSaturation"],
    ["a half-saturation below 1e-6", { advocacy: { halfSaturation: 5e-324 } }, "config.advocacy.halfSaturation"],
    ["a weight above 1e6", { behaviour: { weights: { frequency: 1e308 } } }, "config.behaviour.weights.frequency"],
    ["an advocacy weight above 1e6", { advocacy: { referralWeight: 1e308 } }, "config.advocacy.referralWeight"],
    ["a bad half-life", { behaviour: { recencyHalfLifeDays: -3 } }, "config.behaviour.recencyHalfLifeDays"],
    ["all behavioural weights zero", { behaviour: { weights: { frequency: 0, recency: 0, shareOfWallet: 0 } } }, "config.behaviour.weights"],
    [
      "all attitudinal weights zero",
      { attitude: { weights: { recommend: 0, satisfaction: 0, repurchaseIntent: 0, brandPreference: 0 } } },
      "config.attitude.weights",
    ],
    ["very high below high", { thresholds: { attitudinal: 0.7, veryHighAttitudinal: 0.65 } }, "config.thresholds.veryHighAttitudinal"],
    ["an unknown key", { thresholds: { behavioral: 0.5 } } as unknown as LoyaltyModelInput, "config.thresholds"],
  ])("rejects %s with INVALID_CONFIG naming the path", (_, config, field) => {
    catchPatronageError(() => classifyLoyalty(signals, config), { code: "INVALID_CONFIG", field });
    catchPatronageError(() => classifyLoyaltyBatch({ recommend: [8] }, config), { code: "INVALID_CONFIG", field });
  });
});
