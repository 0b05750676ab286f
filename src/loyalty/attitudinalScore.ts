import type { LoyaltyParams } from "./loyaltyParams.js";

/**
 * The attitudinal score: the weighted mean of recommend / 10, (satisfaction − 1) / 4, repurchase
 * intent and brand preference over those present (NaN = missing), weights renormalised; NaN when
 * none is present.
 *
 * @internal
 */
export function attitudinalScore(
  p: LoyaltyParams,
  recommend: number,
  satisfaction: number,
  repurchaseIntent: number,
  brandPreference: number,
): number {
  let sum = 0;
  let weight = 0;
  let count = 0;
  let only = 0;
  if (p.wRecommend > 0 && recommend === recommend) {
    const x = recommend / 10;
    sum += p.wRecommend * x;
    weight += p.wRecommend;
    only = x;
    count++;
  }
  if (p.wSatisfaction > 0 && satisfaction === satisfaction) {
    const x = (satisfaction - 1) / 4;
    sum += p.wSatisfaction * x;
    weight += p.wSatisfaction;
    only = x;
    count++;
  }
  if (p.wIntent > 0 && repurchaseIntent === repurchaseIntent) {
    const x = repurchaseIntent;
    sum += p.wIntent * x;
    weight += p.wIntent;
    only = x;
    count++;
  }
  if (p.wPreference > 0 && brandPreference === brandPreference) {
    const x = brandPreference;
    sum += p.wPreference * x;
    weight += p.wPreference;
    only = x;
    count++;
  }
  // One component is returned as it is (w·x / w may differ from x in the last bit).
  return count === 1 ? only : count > 0 ? sum / weight : NaN;
}
