import type { LoyaltyParams } from "./loyaltyParams.js";

/**
 * The advocacy score 1 − 2^(−units / halfSaturation), units = referralWeight·referrals +
 * reviewWeight·reviews + shareWeight·shares over the counts present (NaN = missing); NaN when all
 * three are missing. Saturates towards 1.
 *
 * @internal
 */
export function advocacyScore(p: LoyaltyParams, referrals: number, reviews: number, shares: number): number {
  let units = 0;
  let any = false;
  if (referrals === referrals) {
    units += p.uReferral * referrals;
    any = true;
  }
  if (reviews === reviews) {
    units += p.uReview * reviews;
    any = true;
  }
  if (shares === shares) {
    units += p.uShare * shares;
    any = true;
  }
  return any ? -Math.expm1(-units * p.advocacyRate) : NaN;
}
