import type { LoyaltyLevelId } from "./LoyaltyLevelId.js";

/** What {@link loyaltyDistribution} returns: how many customers sit at each level. */
export interface LoyaltyDistributionResult {
  /** The number of classified customers counted (unscored batch rows excluded). */
  readonly total: number;
  /** Customers per level. */
  readonly counts: Readonly<Record<LoyaltyLevelId, number>>;
  /** Customers per level / total, fractions summing to 1 (up to rounding). */
  readonly shares: Readonly<Record<LoyaltyLevelId, number>>;
  /** Batch rows marked 255 (not scored), not counted in `total`; 0 for classifications. */
  readonly unscored: number;
}
