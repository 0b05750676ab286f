import type { LoyaltyParams } from "./loyaltyParams.js";

/**
 * The level's rank from the scores (the grid of Dick & Basu 1994 with the source's split of two
 * cells): low/low → 0 none; high behaviour, low attitude → 2 mercenary when incentiveShare ≥ its
 * threshold, else 1 inertia (also when it is NaN, missing); low behaviour, high attitude → 3 latent;
 * both high → 5 fanatic when attitude is very high and advocacy ≥ its threshold, else 4 committed.
 *
 * @internal
 */
export function levelRank(p: LoyaltyParams, behavioural: number, attitudinal: number, incentiveShare: number, advocacy: number): number {
  if (behavioural < p.tBehavioural) return attitudinal < p.tAttitudinal ? 0 : 3;
  if (attitudinal < p.tAttitudinal) return incentiveShare >= p.tIncentive ? 2 : 1;
  return attitudinal >= p.tVeryHigh && advocacy >= p.tAdvocacy ? 5 : 4;
}
