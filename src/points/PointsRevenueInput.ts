import type { RoundingMode } from "../_lib/RoundingMode.js";
import type { DecimalString } from "../_lib/toDecimal.js";

/** One reporting period of a {@link PointsRevenueInput}, in chronological order. */
export interface PointsRedemptionPeriod {
  /** The period's label, a non-empty string (`"2025"`, `"2025-Q3"`), copied to the result. */
  readonly period: string;
  /** Points redeemed during the period (in the programme's smallest unit), a safe integer ≥ 0. */
  readonly redeemed: number;
  /**
   * The total number of points now expected to be redeemed over the programme's life (redeemed so
   * far included), as estimated at the period's end: a safe integer > 0 and ≥ the cumulative points
   * redeemed. A change of estimate is applied by cumulative catch-up (IFRS 15 ¶B42, IE270).
   */
  readonly expectedRedemptions: number;
  /**
   * `true` when the obligation ends in this period (the remaining points expire or the programme
   * closes, ¶B40): everything not yet recognised is recognised. No period may follow it. Default `false`.
   */
  readonly final?: boolean;
}

/** The input of {@link recognizePointsRevenue}. */
export interface PointsRevenueInput {
  /**
   * The transaction price allocated to the points (the contract liability at inception, as
   * {@link allocateTransactionPrice} gives it), currency, ≥ 0, with at most `decimals` places.
   */
  readonly allocated: DecimalString | number;
  /** The reporting periods, oldest first (may be empty). */
  readonly periods: readonly PointsRedemptionPeriod[];
  /**
   * Decimal places of the money results: a safe integer in [0, 12]. Default 2; 0 for whole
   * currency units, as in the IFRS 15 examples.
   */
  readonly decimals?: number;
  /**
   * How each cumulative recognised amount is rounded to `decimals` places. Default `"half-up"`
   * (commercial rounding, as accounting ledgers and the IFRS 15 examples round).
   */
  readonly rounding?: RoundingMode;
}
