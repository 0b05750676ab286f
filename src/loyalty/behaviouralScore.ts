import type { LoyaltyParams } from "./loyaltyParams.js";

/**
 * The frequency component min(1, purchases / expected), expected = `expectedPurchases` or
 * windowDays / the default purchase interval; NaN when it cannot be computed.
 *
 * @internal
 */
export function frequencyComponent(p: LoyaltyParams, purchases: number, windowDays: number, expectedPurchases: number): number {
  const expected = expectedPurchases === expectedPurchases ? expectedPurchases : windowDays / p.interval;
  const ratio = purchases / expected;
  return ratio < 1 ? ratio : ratio === ratio ? 1 : NaN;
}

/**
 * The recency half-life in days: the fixed one, or one purchase cycle (windowDays /
 * expectedPurchases when both are known, else the default purchase interval).
 *
 * @internal
 */
export function recencyHalfLife(p: LoyaltyParams, windowDays: number, expectedPurchases: number): number {
  if (p.halfLife === p.halfLife) return p.halfLife;
  const cycle = windowDays / expectedPurchases;
  return cycle === cycle ? cycle : p.interval;
}

/**
 * The recency component 2^(−days / half-life) = exp(−days·ln 2 / half-life); NaN when days is NaN.
 *
 * @internal
 */
export function recencyComponent(p: LoyaltyParams, days: number, windowDays: number, expectedPurchases: number): number {
  return Math.exp(-(days / recencyHalfLife(p, windowDays, expectedPurchases)) * Math.LN2);
}

/**
 * The behavioural score: the weighted mean of the available components (frequency, recency, share of
 * wallet), weights renormalised over those present; NaN (the axis is not scorable) when none is.
 * NaN arguments are missing signals. Shared by {@link classifyLoyalty} and
 * {@link classifyLoyaltyBatch} so both give identical doubles.
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
  if (p.wRecency > 0 && days === days) {
    const x = recencyComponent(p, days, windowDays, expectedPurchases);
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
