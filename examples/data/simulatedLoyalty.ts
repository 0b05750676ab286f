/**
 * Built-in loyalty signals for the demo: 2,000 customers from a seeded generator, each with a
 * buying propensity, an attitude, a taste for promotions and a talkativeness, observed over two
 * 180-day periods (the second drifts them a little). Deterministic: the same output on every run.
 */
import type { LoyaltyColumns } from "patronage/loyalty";
import { createRng } from "patronage/math";

/** The customers' ids and their signals in two consecutive periods. */
export function simulatedLoyaltyPeriods(): { ids: string[]; first: LoyaltyColumns; second: LoyaltyColumns } {
  const CUSTOMERS = 2_000;
  const WINDOW = 180; // days per period; a loyal buyer buys every 30 days (the default interval)
  const rng = createRng("loyalty-demo");
  const people = Array.from({ length: CUSTOMERS }, (_, i) => ({
    id: `c${String(i).padStart(4, "0")}`,
    rate: rng.gamma(1.5, 1 / 30), // purchases per day
    attitude: rng.beta(2, 2), // 0 = indifferent, 1 = devoted
    promo: rng.beta(1, 2), // share of purchases driven by incentives
    talk: rng.gamma(0.6, 1), // referrals + reviews per period when devoted
  }));

  /** One period's signals as columns; `drift` moves each customer's propensities a little first. */
  function period(drift: number): LoyaltyColumns {
    const purchases = new Float64Array(CUSTOMERS);
    const days = new Float64Array(CUSTOMERS);
    const recommend = new Float64Array(CUSTOMERS);
    const satisfaction = new Float64Array(CUSTOMERS);
    const incentiveShare = new Float64Array(CUSTOMERS);
    const referrals = new Float64Array(CUSTOMERS);
    people.forEach((p, i) => {
      p.rate *= Math.exp(drift * rng.normal());
      p.attitude = Math.min(1, Math.max(0, p.attitude + drift * rng.normal()));
      const n = rng.poisson(p.rate * WINDOW);
      purchases[i] = n;
      // the last of n uniform purchase days in the window; NaN (missing) when none
      days[i] = n === 0 ? NaN : WINDOW * (1 - rng.uniform() ** (1 / n));
      recommend[i] = Math.min(10, Math.max(0, Math.round(10 * p.attitude + rng.normal(0, 1))));
      satisfaction[i] = Math.min(5, Math.max(1, Math.round(1 + 4 * p.attitude + rng.normal(0, 0.6))));
      incentiveShare[i] = n === 0 ? NaN : p.promo;
      referrals[i] = rng.poisson(p.talk * p.attitude ** 2);
    });
    return { purchases, windowDays: new Float64Array(CUSTOMERS).fill(WINDOW), daysSinceLastPurchase: days, recommend, satisfaction, incentiveShare, referrals };
  }
  const first = period(0);
  const second = period(0.25);
  return { ids: people.map((p) => p.id), first, second };
}
