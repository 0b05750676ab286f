import type { DecimalString } from "../_lib/toDecimal.js";

/** Points outstanding, by month (`"YYYY-MM"` in the programme's zone). */
export interface PointsByMonth {
  /** The month, `"YYYY-MM"`. */
  readonly month: string;
  /** Points, in the programme's smallest unit. */
  readonly points: number;
}

/** The movement of outstanding points over `(from, asOf]`: opening + issued − redeemed − expired − reversed + adjusted = closing. */
export interface PointsRollforward {
  /** Start of the period (exclusive), ISO-8601. */
  readonly from: string;
  /** End of the period (inclusive): the report's `asOf`, ISO-8601. */
  readonly to: string;
  /** Points outstanding at `from`. */
  readonly opening: number;
  /** Points issued (earned, awarded, reissued) in the period. */
  readonly issued: number;
  /** Points redeemed (redeemed or captured, net of reversed redemptions) in the period. */
  readonly redeemed: number;
  /** Points expired in the period. */
  readonly expired: number;
  /** Points taken back by refunds in the period. */
  readonly reversed: number;
  /** Net points added by adjustments (negative when they removed more). */
  readonly adjusted: number;
  /** Points outstanding at `to`. */
  readonly closing: number;
}

/** The liability report of {@link PointsLedger.liability}. */
export interface PointsLiability {
  /** The instant the report is made at (ISO-8601): the `asOf` asked for, or the last event's. */
  readonly asOf: string;
  /** Outstanding points by state; `total` = available + pending + held − debt, summed over members. */
  readonly outstanding: {
    /** Points in available lots. */
    readonly available: number;
    /** Points in pending (locked) lots. */
    readonly pending: number;
    /** Points reserved by open holds. */
    readonly held: number;
    /** Points owed by members. */
    readonly debt: number;
    /** `available + pending + held − debt`. */
    readonly total: number;
  };
  /** Outstanding points (in lots and holds) by the month they expire; points that never expire are in `neverExpires`. */
  readonly byExpiryMonth: readonly PointsByMonth[];
  /** Outstanding points (in lots and holds) that never expire. */
  readonly neverExpires: number;
  /** Outstanding points (in lots and holds) by the month they were credited. */
  readonly byEarnMonth: readonly PointsByMonth[];
  /** The movement since `from`, when `from` was given. */
  readonly rollforward: PointsRollforward | null;
  /** Outstanding points in money: `total` / 10^scale × value per point. */
  readonly grossValue: DecimalString;
  /** The breakage-adjusted liability: `grossValue` × expected redemption rate, rounded once. */
  readonly liability: DecimalString;
}
