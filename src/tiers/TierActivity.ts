/**
 * One row of a member's activity: an instant and the metrics it adds — qualifying `points`,
 * `spend` (in the programme's currency), `orders`, `visits`, and any metric the programme declares.
 * A value is a finite number or a decimal string; negative for a reversal (a refund, a cancelled
 * stay). A missing metric adds nothing.
 */
export interface TierActivityRow {
  /** When: a `Date`, an ISO-8601 date-time with an offset, or a calendar date (that local day's start). */
  readonly at: Date | string;
  /** Qualifying points. */
  readonly points?: number | string | undefined;
  /** Spend, in the programme's currency. */
  readonly spend?: number | string | undefined;
  /** Orders. */
  readonly orders?: number | string | undefined;
  /** Visits. */
  readonly visits?: number | string | undefined;
  /** Metrics the programme declares. */
  readonly [metric: string]: number | string | Date | undefined;
}

/**
 * A tier granted or locked by hand, from `from` until `until` (exclusive; open-ended without),
 * with a reason. While it lasts, automatic changes do not show; when it ends, the member has the
 * tier the rules give them then.
 */
export interface TierOverride {
  /** `"grant"`: the member holds `tierId`; `"lock"`: the member keeps the tier they held just before `from`. */
  readonly mode: "grant" | "lock";
  /** The tier granted (for `"grant"`). */
  readonly tierId?: string | undefined;
  /** When it starts. */
  readonly from: Date | string;
  /** When it ends, or never. */
  readonly until?: Date | string | undefined;
  /** Why (it shows in the timeline). */
  readonly reason: string;
}
