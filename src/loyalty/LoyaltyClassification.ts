import type { LoyaltyComponents } from "./LoyaltyComponents.js";
import type { LoyaltyLevelId } from "./LoyaltyLevelId.js";
import type { LoyaltyReason } from "./LoyaltyReason.js";

/** What {@link classifyLoyalty} returns for one customer. */
export interface LoyaltyClassification {
  /** The loyalty level. */
  readonly level: LoyaltyLevelId;
  /** The behavioural score in [0, 1]: the weighted mean of the available behavioural components. */
  readonly behavioural: number;
  /** The attitudinal score in [0, 1]: the weighted mean of the available attitudinal components. */
  readonly attitudinal: number;
  /** The incentive share as given, in [0, 1], or `null` when it was not given. */
  readonly incentiveShare: number | null;
  /** The advocacy score in [0, 1], or `null` when referrals, reviews and shares were all missing. */
  readonly advocacy: number | null;
  /** The components of both scores. */
  readonly components: LoyaltyComponents;
  /** Why: one entry per comparison that decided the level, in the order they were made. */
  readonly reasons: readonly LoyaltyReason[];
}
