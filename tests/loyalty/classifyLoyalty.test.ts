import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyLoyalty } from "../../src/loyalty/classifyLoyalty.js";
import { loyaltyPlaybook } from "../../src/loyalty/loyaltyPlaybook.js";
import type { LoyaltySignals } from "../../src/loyalty/LoyaltySignals.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";
import { attitudeArb, behaviourArb, signalsArb } from "./arbitraries.js";

const HIGH_B = { purchases: 12, windowDays: 360, daysSinceLastPurchase: 0 } as const; // behavioural 1
const LOW_B = { purchases: 0, windowDays: 360 } as const; // behavioural 0
const FREQUENCY_ONLY = { behaviour: { weights: { recency: 0 } } } as const; // frequency alone scores the behaviour
const ONE_IN_60 = { purchases: 1, windowDays: 60, daysSinceLastPurchase: 30 } as const; // frequency 1/2

describe("classifyLoyalty", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      const fan = classifyLoyalty({
        behaviour: { purchases: 14, windowDays: 365, daysSinceLastPurchase: 10, expectedPurchases: 12 },
        attitude: { recommend: 10, satisfaction: 5 },
        referrals: 2,
      });
      expect(fan.level).toBe("fanatic");
      expect(fan.attitudinal).toBe(1);
      expect(fan.advocacy).toBe(0.75);
      expect(fan.reasons.map((r) => r.code)).toEqual(["BEHAVIOUR_HIGH", "ATTITUDE_HIGH", "ATTITUDE_VERY_HIGH", "ADVOCATE"]);
      expect(
        classifyLoyalty({
          behaviour: { purchases: 6, windowDays: 180, daysSinceLastPurchase: 20 },
          attitude: { recommend: 5, satisfaction: 3 },
          incentiveShare: 0.8,
        }).level,
      ).toBe("mercenary");
      expect(classifyLoyalty({ behaviour: { purchases: 0, windowDays: 90 }, attitude: { recommend: 9, satisfaction: 4 } }).level).toBe("latent");
    });
  });

  describe("guide", () => {
    it("mirrors the example of docs/loyalty-levels.md", () => {
      const r = classifyLoyalty({
        behaviour: { purchases: 5, windowDays: 90, daysSinceLastPurchase: 12, shareOfWallet: 0.6 },
        attitude: { recommend: 6, satisfaction: 3 },
        incentiveShare: 0.7,
      });
      expect(r.level).toBe("mercenary");
      expect(r.reasons.map((x) => x.code)).toEqual(["BEHAVIOUR_HIGH", "ATTITUDE_LOW", "INCENTIVE_DRIVEN"]);
      expect(loyaltyPlaybook(r.level).goal.en).toBe("Money buys behaviour, not attitude: hold the behaviour while winning the attitude");
    });

    it("backs the threshold anchors of docs/loyalty-levels.md", () => {
      const att = (recommend: number, satisfaction: number) =>
        classifyLoyalty({ behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 }, attitude: { recommend, satisfaction } }).attitudinal;
      expect(att(7, 4)).toBeCloseTo(0.717, 3);
      expect(att(6, 3)).toBeCloseTo(0.567, 3);
      expect(att(9, 4)).toBeCloseTo(0.85, 12);
      expect(att(10, 3)).toBeCloseTo(0.833, 3);
      expect(att(8, 4)).toBeCloseTo(0.783, 3);
      // 9/10 with 4/5 computes 0.8499999999999999 and still reaches the very-high threshold 0.85
      expect(att(9, 4)).toBeLessThan(0.85);
      expect(classifyLoyalty({ behaviour: HIGH_B, attitude: { recommend: 9, satisfaction: 4 }, referrals: 1 }).level).toBe("fanatic");
      expect(classifyLoyalty({ behaviour: HIGH_B, attitude: { recommend: 10, satisfaction: 3 }, referrals: 1 }).level).toBe("committed");
      expect(classifyLoyalty({ behaviour: HIGH_B, attitude: { recommend: 8, satisfaction: 4 }, referrals: 1 }).level).toBe("committed");
    });

    it("follows the NPS bands for a recommend-only answer (6 low, 7 and 8 high, 9 very high)", () => {
      const level = (recommend: number) => classifyLoyalty({ behaviour: HIGH_B, attitude: { recommend }, referrals: 1 }).level;
      expect(level(6)).toBe("inertia");
      expect(level(7)).toBe("committed");
      expect(level(8)).toBe("committed");
      expect(level(9)).toBe("fanatic");
      expect(level(10)).toBe("fanatic");
      const codes = (recommend: number) => classifyLoyalty({ behaviour: HIGH_B, attitude: { recommend } }).reasons.map((r) => r.code);
      expect(codes(6)).toContain("ATTITUDE_LOW");
      expect(codes(7)).toContain("ATTITUDE_HIGH");
      expect(codes(8)).toContain("ATTITUDE_NOT_VERY_HIGH");
      expect(codes(9)).toContain("ATTITUDE_VERY_HIGH");
    });

    it("shows a score within the tolerance below its threshold as reaching it", () => {
      const r = classifyLoyalty({ behaviour: HIGH_B, attitude: { recommend: 9, satisfaction: 4 }, referrals: 1 });
      expect(r.reasons[2]?.message).toBe("attitudinal score 0.85 ≥ very-high threshold 0.85");
    });
  });

  describe("scores (source: the formulas of the TSDoc, computed by hand; tolerance 1e-15)", () => {
    it("weights frequency, recency and share of wallet 0.4 / 0.3 / 0.3", () => {
      // expected = 60 / 30 = 2 → frequency min(1, 2/2) = 1; half-life one cycle = 30 days → 2^(−15/30).
      const r = classifyLoyalty({
        behaviour: { purchases: 2, windowDays: 60, daysSinceLastPurchase: 15, shareOfWallet: 0.4 },
        attitude: { recommend: 7, satisfaction: 4, repurchaseIntent: 0.5, brandPreference: 0.25 },
      });
      expect(r.behavioural).toBeCloseTo(0.4 * 1 + 0.3 * Math.SQRT1_2 + 0.3 * 0.4, 15);
      expect(r.attitudinal).toBeCloseTo(0.4 * 0.7 + 0.2 * 0.75 + 0.2 * 0.5 + 0.2 * 0.25, 15);
      expect(r.components).toEqual({
        frequency: 1,
        recency: r.components.recency,
        shareOfWallet: 0.4,
        recommend: 0.7,
        satisfaction: 0.75,
        repurchaseIntent: 0.5,
        brandPreference: 0.25,
      });
      expect(r.components.recency).toBeCloseTo(Math.SQRT1_2, 15);
    });

    it("renormalises the weights over the components present", () => {
      const r = classifyLoyalty({ behaviour: ONE_IN_60, attitude: { recommend: 8 } }, FREQUENCY_ONLY);
      expect(r.behavioural).toBe(0.5); // frequency 1/2 alone
      expect(r.attitudinal).toBe(0.8); // recommend alone
      expect(r.components.recency).toBeNull();
      expect(r.components.satisfaction).toBeNull();
      expect(r.advocacy).toBeNull();
      expect(r.incentiveShare).toBeNull();
    });

    it("uses the customer's expected purchases and its cycle as the half-life", () => {
      // 4 expected in 120 days → cycle 30 days; 3 purchases → 0.75; 60 days → 0.25.
      const r = classifyLoyalty({ behaviour: { purchases: 3, windowDays: 120, daysSinceLastPurchase: 60, expectedPurchases: 4 }, attitude: { recommend: 0 } });
      expect(r.components.frequency).toBe(0.75);
      expect(r.components.recency).toBeCloseTo(0.25, 15);
    });

    it("takes a fixed half-life from the model and drops weight-0 components", () => {
      const r = classifyLoyalty(
        { behaviour: { purchases: 3, windowDays: 120, daysSinceLastPurchase: 10, shareOfWallet: 1 }, attitude: { recommend: 10, satisfaction: 1 } },
        { behaviour: { recencyHalfLifeDays: 10, weights: { shareOfWallet: 0 } }, attitude: { weights: { satisfaction: 0 } } },
      );
      expect(r.components.recency).toBeCloseTo(0.5, 15);
      expect(r.components.shareOfWallet).toBeNull();
      expect(r.components.satisfaction).toBeNull();
      expect(r.attitudinal).toBe(1);
      expect(r.reasons[0]?.message).toContain("share of wallet off (weight 0)");
      expect(r.reasons[1]?.message).toContain("satisfaction off (weight 0)");
    });

    it("scores advocacy as 1 − 2^(−(referrals + reviews/2 + shares/4))", () => {
      const r = classifyLoyalty({ behaviour: HIGH_B, attitude: { recommend: 10 }, referrals: 1, reviews: 1, shares: 2 });
      expect(r.advocacy).toBeCloseTo(1 - 2 ** -2, 15);
      expect(classifyLoyalty({ behaviour: HIGH_B, attitude: { recommend: 10 }, shares: 0 }).advocacy).toBe(0);
    });
  });

  describe("the grid (Dick & Basu 1994; seed 002)", () => {
    it.each<[string, LoyaltySignals, string, string[]]>([
      ["low / low", { behaviour: LOW_B, attitude: { recommend: 2 } }, "none", ["BEHAVIOUR_LOW", "ATTITUDE_LOW"]],
      ["high / low, no incentive share", { behaviour: HIGH_B, attitude: { recommend: 2 } }, "inertia", ["BEHAVIOUR_HIGH", "ATTITUDE_LOW", "INCENTIVE_UNKNOWN"]],
      ["high / low, few incentives", { behaviour: HIGH_B, attitude: { recommend: 2 }, incentiveShare: 0.2 }, "inertia", ["BEHAVIOUR_HIGH", "ATTITUDE_LOW", "NOT_INCENTIVE_DRIVEN"]],
      ["high / low, incentive-driven", { behaviour: HIGH_B, attitude: { recommend: 2 }, incentiveShare: 0.5 }, "mercenary", ["BEHAVIOUR_HIGH", "ATTITUDE_LOW", "INCENTIVE_DRIVEN"]],
      ["low / high", { behaviour: LOW_B, attitude: { recommend: 9 }, referrals: 3 }, "latent", ["BEHAVIOUR_LOW", "ATTITUDE_HIGH"]],
      ["high / high", { behaviour: HIGH_B, attitude: { recommend: 7 }, referrals: 3 }, "committed", ["BEHAVIOUR_HIGH", "ATTITUDE_HIGH", "ATTITUDE_NOT_VERY_HIGH"]],
      ["high / very high, no advocacy data", { behaviour: HIGH_B, attitude: { recommend: 9 } }, "committed", ["BEHAVIOUR_HIGH", "ATTITUDE_HIGH", "ATTITUDE_VERY_HIGH", "ADVOCACY_UNKNOWN"]],
      ["high / very high, no advocacy", { behaviour: HIGH_B, attitude: { recommend: 9 }, reviews: 1 }, "committed", ["BEHAVIOUR_HIGH", "ATTITUDE_HIGH", "ATTITUDE_VERY_HIGH", "NOT_ADVOCATE"]],
      ["high / very high, advocate", { behaviour: HIGH_B, attitude: { recommend: 9 }, reviews: 2 }, "fanatic", ["BEHAVIOUR_HIGH", "ATTITUDE_HIGH", "ATTITUDE_VERY_HIGH", "ADVOCATE"]],
    ])("%s → %s", (_, signals, level, codes) => {
      const r = classifyLoyalty(signals);
      expect(r.level).toBe(level);
      expect(r.reasons.map((x) => x.code)).toEqual(codes);
      for (const reason of r.reasons) {
        expect(reason.message.length).toBeGreaterThan(20);
        expect(reason.threshold).toBeGreaterThanOrEqual(0);
      }
    });

    it("counts a score equal to its threshold as high", () => {
      const r = classifyLoyalty({ behaviour: ONE_IN_60, attitude: { recommend: 6.5 } }, FREQUENCY_ONLY);
      expect(r.behavioural).toBe(0.5);
      expect(r.attitudinal).toBe(0.65);
      expect(r.level).toBe("committed");
    });

    it("follows overridden thresholds", () => {
      const signals = { behaviour: ONE_IN_60, attitude: { recommend: 6.5 } };
      expect(classifyLoyalty(signals, { ...FREQUENCY_ONLY, thresholds: { behavioural: 0.6 } }).level).toBe("latent");
      expect(classifyLoyalty(signals, { ...FREQUENCY_ONLY, thresholds: { attitudinal: 0.66, veryHighAttitudinal: 0.9 } }).level).toBe("inertia");
    });

    it("shows a score close to its threshold with enough digits to tell them apart", () => {
      const r = classifyLoyalty({ behaviour: ONE_IN_60, attitude: { recommend: 8 } }, { ...FREQUENCY_ONLY, thresholds: { behavioural: 0.5001 } });
      expect(r.reasons[0]?.message).toMatch(/^behavioural score 0\.5 < threshold 0\.5001/);
      const s = classifyLoyalty({ behaviour: ONE_IN_60, attitude: { recommend: 8 } }, { ...FREQUENCY_ONLY, thresholds: { behavioural: 0.4999 } });
      expect(s.reasons[0]?.message).toMatch(/^behavioural score 0\.5 ≥ threshold 0\.4999/);
      const t = classifyLoyalty({ behaviour: ONE_IN_60, attitude: { recommend: 8, satisfaction: 4.0004 } }, FREQUENCY_ONLY);
      expect(t.reasons[1]?.message).toMatch(/^attitudinal score 0\.783/);
    });

    it("explains the scores in words", () => {
      const r = classifyLoyalty({ behaviour: HIGH_B, attitude: { recommend: 2 }, incentiveShare: 0.9 });
      expect(r.reasons[0]?.message).toBe(
        "behavioural score 1 ≥ threshold 0.5, so behaviour is high (frequency 1 from 12 purchases in 360 days against 12 expected; recency 1 from 0 days since the last purchase at a half-life of 30 days; share of wallet missing)",
      );
      expect(r.reasons[1]?.message).toBe(
        "attitudinal score 0.2 < threshold 0.65, so attitude is low (recommend 0.2 from 2/10; satisfaction missing; repurchase intent missing; brand preference missing)",
      );
      expect(r.reasons[2]).toEqual({
        code: "INCENTIVE_DRIVEN",
        message: "incentive share 0.9 ≥ threshold 0.5: the repeat buying is bought with promotions, points or rebates (mercenary)",
        value: 0.9,
        threshold: 0.5,
      });
    });
  });

  describe("errors", () => {
    it.each<[string, unknown, string, string]>([
      ["purchases not an integer", { behaviour: { purchases: 1.5, windowDays: 30 }, attitude: { recommend: 5 } }, "INVALID_ARGUMENT", "signals.behaviour.purchases"],
      ["purchases missing", { behaviour: { windowDays: 30 }, attitude: { recommend: 5 } }, "INVALID_ARGUMENT", "signals.behaviour.purchases"],
      ["windowDays zero", { behaviour: { purchases: 1, windowDays: 0 }, attitude: { recommend: 5 } }, "INVALID_ARGUMENT", "signals.behaviour.windowDays"],
      ["windowDays missing", { behaviour: { purchases: 1 }, attitude: { recommend: 5 } }, "INVALID_ARGUMENT", "signals.behaviour.windowDays"],
      ["negative days", { behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: -1 }, attitude: { recommend: 5 } }, "INVALID_ARGUMENT", "signals.behaviour.daysSinceLastPurchase"],
      ["infinite days", { behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: Infinity }, attitude: { recommend: 5 } }, "INVALID_ARGUMENT", "signals.behaviour.daysSinceLastPurchase"],
      ["share of wallet 1.2", { behaviour: { purchases: 1, windowDays: 30, shareOfWallet: 1.2 }, attitude: { recommend: 5 } }, "INVALID_ARGUMENT", "signals.behaviour.shareOfWallet"],
      ["expected purchases 0", { behaviour: { purchases: 1, windowDays: 30, expectedPurchases: 0 }, attitude: { recommend: 5 } }, "INVALID_ARGUMENT", "signals.behaviour.expectedPurchases"],
      ["recommend 11", { behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 }, attitude: { recommend: 11 } }, "INVALID_ARGUMENT", "signals.attitude.recommend"],
      ["recommend NaN", { behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 }, attitude: { recommend: NaN } }, "INVALID_ARGUMENT", "signals.attitude.recommend"],
      ["satisfaction 0", { behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 }, attitude: { satisfaction: 0 } }, "INVALID_ARGUMENT", "signals.attitude.satisfaction"],
      ["intent as a string", { behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 }, attitude: { repurchaseIntent: "0.5" } }, "INVALID_ARGUMENT", "signals.attitude.repurchaseIntent"],
      ["preference −0.1", { behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 }, attitude: { brandPreference: -0.1 } }, "INVALID_ARGUMENT", "signals.attitude.brandPreference"],
      ["incentive share 2", { behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 }, attitude: { recommend: 5 }, incentiveShare: 2 }, "INVALID_ARGUMENT", "signals.incentiveShare"],
      ["referrals −1", { behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 }, attitude: { recommend: 5 }, referrals: -1 }, "INVALID_ARGUMENT", "signals.referrals"],
      ["reviews 0.5", { behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 }, attitude: { recommend: 5 }, reviews: 0.5 }, "INVALID_ARGUMENT", "signals.reviews"],
      ["shares null", { behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 }, attitude: { recommend: 5 }, shares: null }, "INVALID_ARGUMENT", "signals.shares"],
      ["signals null", null, "INVALID_ARGUMENT", "signals"],
      ["behaviour a number", { behaviour: 3, attitude: { recommend: 5 } }, "INVALID_ARGUMENT", "signals.behaviour"],
      ["attitude a string", { behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 }, attitude: "high" }, "INVALID_ARGUMENT", "signals.attitude"],
      ["no behaviour", { attitude: { recommend: 5 } }, "INSUFFICIENT_DATA", "signals.behaviour"],
      ["no attitude", { behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 } }, "INSUFFICIENT_DATA", "signals.attitude"],
      ["an empty attitude", { behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 }, attitude: {} }, "INSUFFICIENT_DATA", "signals.attitude"],
    ])("%s → %s naming %s", (_, signals, code, field) => {
      catchPatronageError(() => classifyLoyalty(signals as LoyaltySignals), { code, field });
    });

    it.each<[string, unknown, string]>([
      ["signals an array", [], "signals"],
      ["behaviour an array", { behaviour: [], attitude: { recommend: 1 } }, "signals.behaviour"],
      ["an unknown signal", { behaviour: HIGH_B, attitude: { recommend: 9 }, referals: 2 }, "signals.referals"],
      ["an unknown behaviour key", { behaviour: { purchases: 12, windowDays: 360, daysSinceLastPurchase: 3, daysSinceLastPurhase: 300 }, attitude: { recommend: 2 } }, "signals.behaviour.daysSinceLastPurhase"],
      ["an unknown attitude key", { behaviour: HIGH_B, attitude: { recommend: 9, satisfction: 1 } }, "signals.attitude.satisfction"],
      ["purchases > 0 without days", { behaviour: { purchases: 12, windowDays: 360 }, attitude: { recommend: 2 } }, "signals.behaviour.daysSinceLastPurchase"],
      ["purchases > 0 with days beyond the window", { behaviour: { purchases: 5, windowDays: 30, daysSinceLastPurchase: 400 }, attitude: { recommend: 2 } }, "signals.behaviour.daysSinceLastPurchase"],
      ["purchases 0 with a purchase inside the window", { behaviour: { purchases: 0, windowDays: 365, daysSinceLastPurchase: 0, shareOfWallet: 1 }, attitude: { recommend: 2 } }, "signals.behaviour.daysSinceLastPurchase"],
    ])("rejects %s with INVALID_ARGUMENT", (_, signals, field) => {
      catchPatronageError(() => classifyLoyalty(signals as LoyaltySignals), { code: "INVALID_ARGUMENT", field });
    });

    it("names the value received", () => {
      catchPatronageError(() => classifyLoyalty({ behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 }, attitude: { recommend: 11 } }), {
        code: "INVALID_ARGUMENT",
        field: "signals.attitude.recommend",
        message: "signals.attitude.recommend must be a number from 0 to 10; received 11",
      });
    });

    it("is INSUFFICIENT_DATA when only a weight-0 component is given", () => {
      catchPatronageError(
        () => classifyLoyalty({ behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 }, attitude: { satisfaction: 4 } }, { attitude: { weights: { satisfaction: 0 } } }),
        { code: "INSUFFICIENT_DATA", field: "signals.attitude" },
      );
      catchPatronageError(
        () =>
          classifyLoyalty(
            { behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 }, attitude: { recommend: 4 } },
            { behaviour: { weights: { frequency: 0, recency: 0, shareOfWallet: 1 } } },
          ),
        { code: "INSUFFICIENT_DATA", field: "signals.behaviour" },
      );
    });
  });

  describe("missing and contradictory behaviour", () => {
    it("scores recency 0 when purchases is 0, with days omitted or ≥ windowDays", () => {
      const never = classifyLoyalty({ behaviour: { purchases: 0, windowDays: 365, shareOfWallet: 0.9 }, attitude: { recommend: 2 } });
      const before = classifyLoyalty({ behaviour: { purchases: 0, windowDays: 365, daysSinceLastPurchase: 1000, shareOfWallet: 0.9 }, attitude: { recommend: 2 } });
      expect(never.components.recency).toBe(0);
      expect(never.components.frequency).toBe(0);
      expect(never.behavioural).toBeCloseTo(0.27, 15); // 0.3·0.9 over weights 1
      expect(before.behavioural).toBe(never.behavioural);
      expect(classifyLoyalty({ behaviour: { purchases: 0, windowDays: 365, daysSinceLastPurchase: 365 }, attitude: { recommend: 2 } }).behavioural).toBe(0);
      expect(never.reasons[0]?.message).toContain("recency 0 as no purchase falls in the window");
    });

    it("accepts the last purchase at the window's start", () => {
      expect(classifyLoyalty({ behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 30 }, attitude: { recommend: 2 } }).components.recency).toBeCloseTo(0.5, 15);
    });

    it("never returns NaN when intermediates underflow (half-life floor, frequency 0 for no purchase)", () => {
      const a = classifyLoyalty({ behaviour: { purchases: 1, windowDays: 1e-20, daysSinceLastPurchase: 0, expectedPurchases: 1e305 }, attitude: { recommend: 2 } });
      const b = classifyLoyalty({ behaviour: { purchases: 1, windowDays: 1e-20, daysSinceLastPurchase: 1e-20, expectedPurchases: 1e305 }, attitude: { recommend: 2 } });
      expect(a.components.recency).toBe(1);
      expect(Number.isNaN(b.behavioural)).toBe(false);
      const tiny = classifyLoyalty({ behaviour: { purchases: 0, windowDays: 5e-324 }, attitude: { recommend: 2 } });
      expect(tiny.behavioural).toBe(0);
      expect(classifyLoyalty({ behaviour: { purchases: 1, windowDays: 5e-324, daysSinceLastPurchase: 0 }, attitude: { recommend: 2 } }).components.frequency).toBe(1);
    });
  });

  describe("laws (fast-check)", () => {
    it("the level follows from the reason codes", () => {
      const levelFrom = (codes: readonly string[]): string => {
        const has = (c: string) => codes.includes(c);
        if (has("BEHAVIOUR_LOW")) return has("ATTITUDE_LOW") ? "none" : "latent";
        if (has("ATTITUDE_LOW")) return has("INCENTIVE_DRIVEN") ? "mercenary" : "inertia";
        return has("ADVOCATE") ? "fanatic" : "committed";
      };
      fc.assert(
        fc.property(signalsArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (s, tb, ta) => {
          const r = classifyLoyalty(s, { thresholds: { behavioural: tb, attitudinal: ta, veryHighAttitudinal: Math.max(ta, 0.85) } });
          return levelFrom(r.reasons.map((x) => x.code)) === r.level;
        }),
        { numRuns: 500 },
      );
    });


    const scoreInRange = (x: number | null): boolean => x === null || (x >= 0 && x <= 1);

    it("scores lie in [0, 1]", () => {
      fc.assert(
        fc.property(signalsArb, (s) => {
          const r = classifyLoyalty(s);
          return [r.behavioural, r.attitudinal, r.advocacy, r.incentiveShare, ...Object.values(r.components)].every(scoreInRange);
        }),
      );
    });

    it("one more purchase never lowers the behavioural score", () => {
      fc.assert(
        fc.property(behaviourArb, attitudeArb, fc.integer({ min: 1, max: 20 }), (b, a, extra) => {
          const base = classifyLoyalty({ behaviour: b, attitude: a }).behavioural;
          // a first purchase needs its date in the window: at the window's start, the least recent
          const days = b.purchases > 0 ? (b.daysSinceLastPurchase ?? b.windowDays) : b.windowDays;
          const more = classifyLoyalty({ behaviour: { ...b, purchases: b.purchases + extra, daysSinceLastPurchase: days }, attitude: a }).behavioural;
          return more >= base;
        }),
      );
    });

    it("a more recent purchase never lowers the behavioural score", () => {
      fc.assert(
        fc.property(behaviourArb, attitudeArb, fc.double({ min: 0, max: 1, noNaN: true }), (b, a, fraction) => {
          if (b.purchases === 0) return true; // no purchase in the window: recency is 0 whatever the days
          const days = b.daysSinceLastPurchase ?? 100;
          const base = classifyLoyalty({ behaviour: { ...b, daysSinceLastPurchase: days }, attitude: a }).behavioural;
          const recent = classifyLoyalty({ behaviour: { ...b, daysSinceLastPurchase: days * fraction }, attitude: a }).behavioural;
          return recent >= base;
        }),
      );
    });

    it("a higher recommend never lowers the attitudinal score", () => {
      fc.assert(
        fc.property(behaviourArb, attitudeArb, fc.integer({ min: 0, max: 10 }), (b, a, other) => {
          const lo = Math.min(a.recommend, other);
          const hi = Math.max(a.recommend, other);
          const low = classifyLoyalty({ behaviour: b, attitude: { ...a, recommend: lo } }).attitudinal;
          const high = classifyLoyalty({ behaviour: b, attitude: { ...a, recommend: hi } }).attitudinal;
          return high >= low;
        }),
      );
    });

    it("a higher satisfaction never lowers the attitudinal score", () => {
      fc.assert(
        fc.property(behaviourArb, attitudeArb, fc.double({ min: 1, max: 5, noNaN: true }), fc.double({ min: 1, max: 5, noNaN: true }), (b, a, x, y) => {
          const low = classifyLoyalty({ behaviour: b, attitude: { ...a, satisfaction: Math.min(x, y) } }).attitudinal;
          const high = classifyLoyalty({ behaviour: b, attitude: { ...a, satisfaction: Math.max(x, y) } }).attitudinal;
          return high >= low;
        }),
      );
    });

    it("is a function of the signals alone and does not mutate them", () => {
      fc.assert(
        fc.property(signalsArb, (s) => {
          const copy = structuredClone(s);
          const first = classifyLoyalty(s);
          classifyLoyalty({ behaviour: { purchases: 0, windowDays: 1 }, attitude: { recommend: 0 } });
          const second = classifyLoyalty(structuredClone(s));
          expect(s).toEqual(copy);
          expect(second).toEqual(first);
        }),
      );
    });

    it("accepts frozen input", () => {
      const s = Object.freeze({ behaviour: Object.freeze({ purchases: 3, windowDays: 90, daysSinceLastPurchase: 10 }), attitude: Object.freeze({ recommend: 9 }) });
      expect(classifyLoyalty(s).level).toBe("committed");
    });
  });
});
