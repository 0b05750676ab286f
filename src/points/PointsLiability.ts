import type { DecimalString } from "../_lib/toDecimal.js";

/** Points outstanding, by month (`"YYYY-MM"` in the programme's zone). */
export interface PointsByMonth {
  readonly month: string;
  readonly points: number;
}

/** The movement of outstanding points over `(from, asOf]`: opening + issued − redeemed − expired − reversed + adjusted = closing. */
export interface PointsRollforward {
  readonly from: string;
  readonly to: string;
  readonly opening: number;
  readonly issued: number;
  readonly redeemed: number;
  readonly expired: number;
  readonly reversed: number;
  /** Net points added by adjustments (negative when they removed more). */
  readonly adjusted: number;
  readonly closing: number;
}

/** The liability report of {@link PointsLedger.liability}. */
export interface PointsLiability {
  readonly asOf: string;
  /** Outstanding points by state; `total` = available + pending + held − debt, summed over members. */
  readonly outstanding: { readonly available: number; readonly pending: number; readonly held: number; readonly debt: number; readonly total: number };
  /** Outstanding points (in lots and holds) by the month they expire; points that never expire are in `neverExpires`. */
  readonly byExpiryMonth: readonly PointsByMonth[];
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
