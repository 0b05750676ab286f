import type { EarnCapInput } from "./EarnCap.js";
import type { EarnRuleInput } from "./EarnRule.js";
import type { ExpiryPolicyInput } from "./ExpiryPolicy.js";
import type { LockPolicyInput } from "./LockPolicy.js";
import type { NegativeBalancePolicyInput } from "./NegativeBalancePolicy.js";
import type { PointsProgram } from "./PointsProgram.js";

/**
 * What {@link pointsProgramSchema} accepts: a {@link PointsProgram} with its defaults optional,
 * numbers allowed for decimals and `Date`s for instants, `lockDays` as a shorthand for `lock`, and
 * `negativeBalance` as its mode alone. Deeply read-only, so an `as const` literal fits.
 */
export interface PointsProgramInput {
  /** See {@link PointsProgram.id}. */
  readonly id: string;
  /** See {@link PointsProgram.timeZone}. */
  readonly timeZone: string;
  /** Default 0. */
  readonly scale?: number | undefined;
  /** See {@link PointsProgram.currency}. */
  readonly currency: string;
  /** Default: none. */
  readonly earnRules?: readonly EarnRuleInput[] | undefined;
  /** Default: none. */
  readonly caps?: readonly EarnCapInput[] | undefined;
  /** Default `{ type: "never" }`. */
  readonly expiry?: ExpiryPolicyInput | undefined;
  /** Shorthand for `lock: { days: lockDays }`, an integer in [0, 3 660]; not together with `lock`. */
  readonly lockDays?: number | undefined;
  /** Default `{ days: 0, roundTo: "none" }` (or `lockDays`); not together with `lockDays`. */
  readonly lock?: LockPolicyInput | undefined;
  /** Default `["soonestExpiry", "promotionalFirst", "oldestFirst"]`. */
  readonly consumptionOrder?: PointsProgram["consumptionOrder"] | undefined;
  /** Default `"reject"`. */
  readonly negativeBalance?: NegativeBalancePolicyInput | undefined;
  /** Default `"within-balance"`. */
  readonly returnPolicy?: PointsProgram["returnPolicy"] | undefined;
  /** Default `"reissue"`. */
  readonly redemptionReversal?: PointsProgram["redemptionReversal"] | undefined;
  /** Default 30 minutes. */
  readonly holdTimeoutMinutes?: number | undefined;
}
