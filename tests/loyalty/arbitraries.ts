import fc from "fast-check";
import type { LoyaltySignals } from "../../src/loyalty/LoyaltySignals.js";

/** Arbitrary behaviour signals in their domains, optional fields sometimes left out. */
export const behaviourArb = fc.record(
  {
    purchases: fc.integer({ min: 0, max: 60 }),
    windowDays: fc.integer({ min: 1, max: 730 }),
    daysSinceLastPurchase: fc.double({ min: 0, max: 1000, noNaN: true }),
    shareOfWallet: fc.double({ min: 0, max: 1, noNaN: true }),
    expectedPurchases: fc.double({ min: 0.1, max: 50, noNaN: true }),
  },
  { requiredKeys: ["purchases", "windowDays"] },
);

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
