import type { LoyaltyParams } from "./loyaltyParams.js";

/**
 * The tolerance of every threshold comparison: a score counts as reaching a threshold t when
 * score ≥ t − 1e-12, so that rounding in a weighted mean (0.4·0.9 + 0.2·0.75) / 0.6 =
 * 0.8499999999999999 still reaches 0.85. Far below any meaningful difference of scores in [0, 1].
 *
 * @internal
 */
export const THRESHOLD_TOLERANCE = 1e-12;

/**
 * Whether `x` reaches threshold `t` (x ≥ t − {@link THRESHOLD_TOLERANCE}); false for NaN.
 *
 * @internal
 */
export function reaches(x: number, t: number): boolean {
  return x >= t - THRESHOLD_TOLERANCE;
}

/**
 * The level's rank from the scores (the grid of Dick & Basu 1994 with the source's split of two
 * cells): low/low → 0 none; high behaviour, low attitude → 2 mercenary when incentiveShare reaches
 * its threshold, else 1 inertia (also when it is NaN, missing); low behaviour, high attitude → 3
 * latent; both high → 5 fanatic when attitude is very high and advocacy reaches its threshold, else
 * 4 committed. Every comparison is {@link reaches}.
 *
 * @internal
 */
export function levelRank(p: LoyaltyParams, behavioural: number, attitudinal: number, incentiveShare: number, advocacy: number): number {
  const tol = THRESHOLD_TOLERANCE;
  if (!(behavioural >= p.tBehavioural - tol)) return attitudinal >= p.tAttitudinal - tol ? 3 : 0;
  if (!(attitudinal >= p.tAttitudinal - tol)) return incentiveShare >= p.tIncentive - tol ? 2 : 1;
  return attitudinal >= p.tVeryHigh - tol && advocacy >= p.tAdvocacy - tol ? 5 : 4;
}
