import type { DecimalString } from "../_lib/toDecimal.js";

/**
 * When an earning rule applies, tested against the order's (or the award's) instant in the
 * programme's time zone, the command's channel and tier, and the order total. Every condition
 * given must hold; an absent condition always holds.
 */
export interface EarnConditions {
  /**
   * The rule applies from this instant on (inclusive): an ISO-8601 date-time with an offset, or a
   * calendar date `"YYYY-MM-DD"`, that day's local midnight in the programme's zone (a `Date` given
   * is stored as its ISO string).
   */
  readonly from?: string | undefined;
  /** The rule applies until this instant (exclusive), written like `from`; after `from` when both are given. */
  readonly until?: string | undefined;
  /** ISO weekdays on which the rule applies, in the programme's zone: integers 1 (Monday) to 7 (Sunday), at least one. */
  readonly daysOfWeek?: readonly number[] | undefined;
  /** Local hours in which the rule applies, `[from, to)`; `to` below `from` makes a window across midnight; `to` differs from `from`. */
  readonly hours?:
    | {
        /** The first hour of the window, an integer in [0, 23]. */
        readonly from: number;
        /** The hour the window ends at (exclusive), an integer in [1, 24]. */
        readonly to: number;
      }
    | undefined;
  /** Sales channels (`order.channel`, or `channel` of an award) the rule applies to, at least one; an order without a channel fails. */
  readonly channels?: readonly string[] | undefined;
  /** Member tiers (the `tier` given with the command; `points` does not evaluate tiers) the rule applies to, at least one; no tier fails. */
  readonly tiers?: readonly string[] | undefined;
  /** The smallest order total (the sum of all its lines, in the programme's currency, a decimal ≥ 0) the rule applies to. */
  readonly minOrderAmount?: DecimalString | undefined;
}

/**
 * {@link EarnConditions} as a caller writes them: instants may be `Date`s and amounts numbers
 * (converted exactly).
 */
export interface EarnConditionsInput {
  /** See {@link EarnConditions.from}. */
  readonly from?: Date | string | undefined;
  /** See {@link EarnConditions.until}. */
  readonly until?: Date | string | undefined;
  /** See {@link EarnConditions.daysOfWeek}. */
  readonly daysOfWeek?: readonly number[] | undefined;
  /** See {@link EarnConditions.hours}. */
  readonly hours?:
    | {
        /** See {@link EarnConditions.hours}. */
        readonly from: number;
        /** See {@link EarnConditions.hours}. */
        readonly to: number;
      }
    | undefined;
  /** See {@link EarnConditions.channels}. */
  readonly channels?: readonly string[] | undefined;
  /** See {@link EarnConditions.tiers}. */
  readonly tiers?: readonly string[] | undefined;
  /** See {@link EarnConditions.minOrderAmount}. */
  readonly minOrderAmount?: DecimalString | number | undefined;
}
