/** The options of {@link allocateTransactionPrice}. */
export interface AllocateTransactionPriceOptions {
  /**
   * Decimal places of the allocated amounts: a safe integer in [0, 12]. Default 2 (cents); 0 for
   * whole currency units (as in the IFRS 15 examples, or for JPY). The transaction price must have
   * at most this many places, so that the amounts can sum to it exactly.
   */
  readonly decimals?: number;
}
