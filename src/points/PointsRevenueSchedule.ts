import type { DecimalString } from "../_lib/toDecimal.js";

/** One period of a {@link PointsRevenueSchedule}. All money has exactly `decimals` places. */
export interface PointsRevenuePeriod {
  /** The period's label, as given. */
  readonly period: string;
  /** Points redeemed during the period, as given. */
  readonly redeemed: number;
  /** Points redeemed from the first period to this one inclusive. */
  readonly cumulativeRedeemed: number;
  /** The total points expected to be redeemed, as estimated at the period's end, as given. */
  readonly expectedRedemptions: number;
  /**
   * Revenue recognised in the period: this period's cumulative minus the previous one. Negative
   * when the expected redemptions rose enough to lower the cumulative amount (a catch-up reversal
   * of revenue recognised earlier, which IFRS 15 ¶B42 and the change-in-estimate rules allow).
   */
  readonly recognized: DecimalString;
  /** Revenue recognised from the first period to this one: round(allocated × min(1, cumulativeRedeemed / expectedRedemptions)), or all of `allocated` in a final period. */
  readonly cumulativeRecognized: DecimalString;
  /** The contract liability left at the period's end: `allocated − cumulativeRecognized` (≥ 0). */
  readonly deferred: DecimalString;
}

/** The result of {@link recognizePointsRevenue}. */
export interface PointsRevenueSchedule {
  /** One row per input period, in the same order. */
  readonly periods: readonly PointsRevenuePeriod[];
  /** Revenue recognised over all the periods (the last `cumulativeRecognized`; 0 with no period). */
  readonly totalRecognized: DecimalString;
  /** The contract liability left after the last period (`allocated` with no period). */
  readonly deferred: DecimalString;
}
