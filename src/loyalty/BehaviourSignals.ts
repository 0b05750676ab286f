/**
 * What a customer actually did over an observation window (行为忠诚). The window ends at the
 * classification date; counts and days are not cross-checked against each other.
 */
export interface BehaviourSignals {
  /** Purchases (or orders, visits, uses) in the window, a safe integer ≥ 0. */
  readonly purchases: number;
  /** The length of the observation window in days, a finite number > 0. */
  readonly windowDays: number;
  /**
   * Days from the last purchase to the end of the window, a finite number ≥ 0. Omit it for a
   * customer who never bought: the recency component then drops out.
   */
  readonly daysSinceLastPurchase?: number;
  /**
   * Share of wallet: the fraction, in [0, 1], of the customer's spend in the category that goes to
   * the brand.
   */
  readonly shareOfWallet?: number;
  /**
   * The purchases a loyal buyer makes in such a window, a finite number > 0 (from the category's
   * purchase cycle, or a model's expectation). Default: windowDays / the model's
   * `defaultPurchaseIntervalDays`.
   */
  readonly expectedPurchases?: number;
}
