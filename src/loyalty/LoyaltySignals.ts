import type { AttitudeSignals } from "./AttitudeSignals.js";
import type { BehaviourSignals } from "./BehaviourSignals.js";

/**
 * Everything {@link classifyLoyalty} reads about one customer. Any part may be missing, but both the
 * behavioural and the attitudinal axis must be scorable.
 */
export interface LoyaltySignals {
  /** Purchase behaviour over a window; required to score the behavioural axis. */
  readonly behaviour?: BehaviourSignals;
  /** Survey answers and preference; at least one is required to score the attitudinal axis. */
  readonly attitude?: AttitudeSignals;
  /**
   * The share, in [0, 1], of the customer's purchases driven by incentives: promotions, points
   * redemptions, rebates. Separates mercenary from inertia loyalty; when missing, a high-behaviour,
   * low-attitude customer is taken as inertia.
   */
  readonly incentiveShare?: number;
  /** Referrals of new customers the customer made, a safe integer ≥ 0. */
  readonly referrals?: number;
  /** Reviews or public recommendations the customer wrote, a safe integer ≥ 0. */
  readonly reviews?: number;
  /** Shares of the brand's content (posts, links), a safe integer ≥ 0. */
  readonly shares?: number;
}
