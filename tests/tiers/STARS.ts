import type { TierProgramInput } from "../../src/tiers/index.js";

/**
 * Starbucks Rewards from March 2026, the tiers tests' golden programme: Green on joining, Gold at
 * 500 stars in a 12-month period (1.2 stars per dollar, stars never expire), Reserve at 2,500 (1.7);
 * members move up at any time, status is valid for 12 months, and keeping Gold takes another 500
 * stars in the following year.
 */
export const STARS: TierProgramInput = {
  id: "stars",
  timeZone: "America/New_York",
  tiers: [
    { id: "green", name: "Green", rank: 0 },
    { id: "gold", name: "Gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] }, benefits: { earnMultiplier: "1.2", pointsNeverExpire: true } },
    { id: "reserve", name: "Reserve", rank: 2, qualify: { criteria: [{ metric: "points", atLeast: 2500 }] }, benefits: { earnMultiplier: "1.7", pointsNeverExpire: true, perks: [{ kind: "event", name: "Reserve tasting" }] } },
  ],
  window: { type: "rolling", months: 12 },
  upgrade: "immediate",
  validity: { type: "months", months: 12 },
  downgrade: { rule: "recompute" },
};
