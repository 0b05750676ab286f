import type { LoyaltyParams } from "./loyaltyParams.js";

/**
 * The smallest recency half-life in days (about 0.09 ms). A half-life computed from a tiny window
 * and a huge expected count can underflow to 0, and 0 / 0 would be NaN; it is raised to this floor.
 *
 * @internal
 */
export const MIN_HALF_LIFE_DAYS = 1e-9;

/**
 * The expected purchases of a loyal buyer: `expectedPurchases` when given (not NaN), else
 * windowDays / the default purchase interval. The one fallback used for scores and reasons.
 *
 * @internal
 */
export function expectedPurchasesOf(p: LoyaltyParams, windowDays: number, expectedPurchases: number): number {
  return expectedPurchases === expectedPurchases ? expectedPurchases : windowDays / p.interval;
}

/**
 * The frequency component min(1, purchases / expected) (see {@link expectedPurchasesOf}); exactly 0
 * when purchases is 0 (even if expected underflows to 0); NaN when it cannot be computed.
 *
 * @internal
 */
export function frequencyComponent(p: LoyaltyParams, purchases: number, windowDays: number, expectedPurchases: number): number {
  if (purchases === 0) return 0;
  const ratio = purchases / expectedPurchasesOf(p, windowDays, expectedPurchases);
  return ratio < 1 ? ratio : ratio === ratio ? 1 : NaN;
}

/**
 * The recency half-life in days: the fixed one, or one purchase cycle (windowDays /
 * expectedPurchases when both are known, else the default purchase interval), never below
 * {@link MIN_HALF_LIFE_DAYS}.
 *
 * @internal
 */
export function recencyHalfLife(p: LoyaltyParams, windowDays: number, expectedPurchases: number): number {
  if (p.halfLife === p.halfLife) return p.halfLife;
  const cycle = windowDays / expectedPurchases;
  return cycle === cycle ? (cycle > MIN_HALF_LIFE_DAYS ? cycle : MIN_HALF_LIFE_DAYS) : p.interval;
}

/**
 * The recency component: 0 when purchases is 0 (no purchase in the window), else
 * 2^(−days / half-life) = exp(−days·ln 2 / half-life); NaN when days is NaN and purchases is not 0.
 *
 * @internal
 */
export function recencyComponent(p: LoyaltyParams, purchases: number, days: number, windowDays: number, expectedPurchases: number): number {
  if (purchases === 0) return 0;
  return Math.exp(-(days / recencyHalfLife(p, windowDays, expectedPurchases)) * Math.LN2);
}

/**
 * The behavioural score: the weighted mean of the available components (frequency, recency, share of
 * wallet), weights renormalised over those present; NaN (the axis is not scorable) when none is.
 * NaN arguments are missing signals; when purchases is 0 frequency and recency are both 0 (present).
 * Shared by {@link classifyLoyalty} and {@link classifyLoyaltyBatch} so both give identical doubles.
 *
 * @internal
 */
export function behaviouralScore(
  p: LoyaltyParams,
  purchases: number,
  windowDays: number,
  days: number,
  shareOfWallet: number,
  expectedPurchases: number,
): number {
  let sum = 0;
  let weight = 0;
  let count = 0;
  let only = 0;
  if (p.wFrequency > 0) {
    const f = frequencyComponent(p, purchases, windowDays, expectedPurchases);
    if (f === f) {
      sum += p.wFrequency * f;
      weight += p.wFrequency;
      only = f;
      count++;
    }
  }
  if (p.wRecency > 0 && (days === days || purchases === 0)) {
    const x = recencyComponent(p, purchases, days, windowDays, expectedPurchases);
    sum += p.wRecency * x;
    weight += p.wRecency;
    only = x;
    count++;
  }
  if (p.wShare > 0 && shareOfWallet === shareOfWallet) {
    const x = shareOfWallet;
    sum += p.wShare * x;
    weight += p.wShare;
    only = x;
    count++;
  }
  // One component is returned as it is (w·x / w may differ from x in the last bit).
  return count === 1 ? only : count > 0 ? sum / weight : NaN;
}
