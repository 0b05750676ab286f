/**
 * What {@link classifyLoyaltyBatch} returns: one entry per row in each column. The numbers are the
 * same doubles {@link classifyLoyalty} gives for the same signals.
 */
export interface LoyaltyBatchResult {
  /**
   * The level's rank per row, an index into {@link LOYALTY_LEVELS} (0 `none` … 5 `fanatic`), or 255
   * for a row that could not be scored (only with `onInsufficientData: "mark"`).
   */
  readonly level: Uint8Array;
  /** The behavioural score per row in [0, 1]; NaN only for a row whose behaviour could not be scored. */
  readonly behavioural: Float64Array;
  /** The attitudinal score per row in [0, 1]; NaN only for a row whose attitude could not be scored. */
  readonly attitudinal: Float64Array;
  /** The incentive share per row as given, NaN where missing. */
  readonly incentiveShare: Float64Array;
  /** The advocacy score per row in [0, 1], NaN where referrals, reviews and shares are all missing. */
  readonly advocacy: Float64Array;
  /** The number of rows that were scored (all rows unless some were marked 255). */
  readonly scored: number;
}
