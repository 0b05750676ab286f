/**
 * Lots never expire: points stay usable until they are spent. The default policy of a programme.
 */
export interface NeverExpiryPolicy {
  /** The discriminant. */
  readonly type: "never";
}

/**
 * Each lot expires a fixed calendar duration after it was earned: `years`, then `months`, then
 * `days` are added on the wall clock of the programme's time zone (the day clamped to the month:
 * Jan 31 + 1 month → Feb 28/29), and the result is optionally pushed to the end of its local day,
 * month or year. At least one of `days`, `months`, `years` is > 0, or `roundTo` is not `"none"`.
 */
export interface AfterExpiryPolicy {
  /** The discriminant. */
  readonly type: "after";
  /** Days to add, an integer in [0, 36 600] [0]. */
  readonly days: number;
  /** Calendar months to add, an integer in [0, 1 200] [0]. */
  readonly months: number;
  /** Calendar years to add, an integer in [0, 100] [0]. */
  readonly years: number;
  /**
   * Push the expiry to the start of the next local day (`"endOfDay"`: the last usable day is the
   * day the duration ends on, whole), month (`"endOfMonth"`) or year (`"endOfYear"`); an instant
   * already at local midnight is still pushed. `"none"` keeps the instant the duration ends at
   * ["none"].
   */
  readonly roundTo: "none" | "endOfDay" | "endOfMonth" | "endOfYear";
}

/**
 * Each lot expires at the start of local month `earn month + 1 + months`: `months: 6` expires
 * points earned on December 15 on July 1 (the Starbucks Rewards rule); `months: 0` at the end of
 * the month of earning.
 */
export interface MonthsAfterEarnMonthExpiryPolicy {
  /** The discriminant. */
  readonly type: "monthsAfterEarnMonth";
  /** Whole calendar months after the month of earning, an integer in [0, 1 200] (required). */
  readonly months: number;
}

/**
 * Each lot expires at the start of local year `earn year + years`: `years: 1` at the end of the
 * calendar year it was earned in, `years: 2` a year later ("points expire on December 31 of the
 * year after they were earned").
 */
export interface EndOfYearExpiryPolicy {
  /** The discriminant. */
  readonly type: "endOfYear";
  /** Calendar years, an integer in [1, 100] [1]. */
  readonly years: number;
}

/**
 * The member's whole balance expires when the member has had no qualifying activity for the
 * duration: the deadline is the last activity plus `years`, `months`, `days` on the wall clock of
 * the programme's zone (no rounding), and every new activity moves it. Lots carry no expiry of
 * their own. A programme-wide policy only (a rule's lots cannot use it). At least one of `days`,
 * `months`, `years` is > 0.
 */
export interface InactivityExpiryPolicy {
  /** The discriminant. */
  readonly type: "inactivity";
  /** Days of inactivity, an integer in [0, 36 600] [0]. */
  readonly days: number;
  /** Calendar months of inactivity, an integer in [0, 1 200] [0]. */
  readonly months: number;
  /** Calendar years of inactivity, an integer in [0, 100] [0]. */
  readonly years: number;
}

/**
 * How a single lot of points expires, discriminated by `type`: the policies a rule may give its
 * own lots ({@link EarnRuleBase.expiry}) and, with {@link InactivityExpiryPolicy}, the programme
 * ({@link ExpiryPolicy}). Every boundary is a local midnight in the programme's time zone; points
 * are usable strictly before the expiry instant.
 */
export type LotExpiryPolicy = NeverExpiryPolicy | AfterExpiryPolicy | MonthsAfterEarnMonthExpiryPolicy | EndOfYearExpiryPolicy;

/**
 * The expiry policy of a {@link PointsProgram}, discriminated by `type`: a {@link LotExpiryPolicy}
 * applied to every lot, or an {@link InactivityExpiryPolicy} expiring the whole balance of a
 * dormant member.
 */
export type ExpiryPolicy = LotExpiryPolicy | InactivityExpiryPolicy;

/**
 * A {@link LotExpiryPolicy} as a caller writes it: the fields with a default may be left out.
 * Deeply read-only, so an `as const` literal fits.
 */
export type LotExpiryPolicyInput =
  | NeverExpiryPolicy
  | {
      /** See {@link AfterExpiryPolicy}. */
      readonly type: "after";
      /** Default 0. */
      readonly days?: number | undefined;
      /** Default 0. */
      readonly months?: number | undefined;
      /** Default 0. */
      readonly years?: number | undefined;
      /** Default `"none"`. */
      readonly roundTo?: AfterExpiryPolicy["roundTo"] | undefined;
    }
  | MonthsAfterEarnMonthExpiryPolicy
  | {
      /** See {@link EndOfYearExpiryPolicy}. */
      readonly type: "endOfYear";
      /** Default 1. */
      readonly years?: number | undefined;
    };

/**
 * An {@link ExpiryPolicy} as a caller writes it: the fields with a default may be left out.
 * Deeply read-only, so an `as const` literal fits.
 */
export type ExpiryPolicyInput =
  | LotExpiryPolicyInput
  | {
      /** See {@link InactivityExpiryPolicy}. */
      readonly type: "inactivity";
      /** Default 0. */
      readonly days?: number | undefined;
      /** Default 0. */
      readonly months?: number | undefined;
      /** Default 0. */
      readonly years?: number | undefined;
    };
