import fc from "fast-check";
import type { BehaviourSignals } from "../../src/loyalty/BehaviourSignals.js";
import type { LoyaltySignals } from "../../src/loyalty/LoyaltySignals.js";

/**
 * Arbitrary behaviour signals in their domains, optional fields sometimes left out, consistent with
 * the recency rule: with purchases > 0 the days since the last purchase are given and ≤ windowDays;
 * with purchases = 0 they are left out or ≥ windowDays.
 */
export const behaviourArb: fc.Arbitrary<BehaviourSignals> = fc
  .record(
    {
      purchases: fc.integer({ min: 0, max: 60 }),
      windowDays: fc.integer({ min: 1, max: 730 }),
      daysFraction: fc.double({ min: 0, max: 1, noNaN: true }),
      omitDays: fc.boolean(),
      shareOfWallet: fc.double({ min: 0, max: 1, noNaN: true }),
      expectedPurchases: fc.double({ min: 0.1, max: 50, noNaN: true }),
    },
    { requiredKeys: ["purchases", "windowDays", "daysFraction", "omitDays"] },
  )
  .map(({ daysFraction, omitDays, ...b }) => {
    if (b.purchases > 0) return { ...b, daysSinceLastPurchase: daysFraction * b.windowDays };
    return omitDays ? b : { ...b, daysSinceLastPurchase: b.windowDays * (1 + daysFraction) };
  });

/** Arbitrary attitude signals, at least recommend or satisfaction given. */
export const attitudeArb = fc.record(
  {
    recommend: fc.integer({ min: 0, max: 10 }),
    satisfaction: fc.double({ min: 1, max: 5, noNaN: true }),
    repurchaseIntent: fc.double({ min: 0, max: 1, noNaN: true }),
    brandPreference: fc.double({ min: 0, max: 1, noNaN: true }),
  },
  { requiredKeys: ["recommend"] },
);

/** Arbitrary complete signals of one customer. */
export const signalsArb: fc.Arbitrary<LoyaltySignals> = fc.record(
  {
    behaviour: behaviourArb,
    attitude: attitudeArb,
    incentiveShare: fc.double({ min: 0, max: 1, noNaN: true }),
    referrals: fc.integer({ min: 0, max: 5 }),
    reviews: fc.integer({ min: 0, max: 5 }),
    shares: fc.integer({ min: 0, max: 20 }),
  },
  { requiredKeys: ["behaviour", "attitude"] },
);
