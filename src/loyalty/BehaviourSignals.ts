/**
 * What a customer actually did over an observation window (行为忠诚). The window ends at the
 * classification date. The days since the last purchase must agree with the purchases: with
 * purchases > 0 they are required and ≤ windowDays (the last purchase is in the window); with
 * purchases = 0 they are omitted or ≥ windowDays. Anything else is `INVALID_ARGUMENT`.
 */
export interface BehaviourSignals {
  /** Purchases (or orders, visits, uses) in the window, a safe integer ≥ 0. */
  readonly purchases: number;
  /** The length of the observation window in days, a finite number > 0. */
  readonly windowDays: number;
  /**
   * Days from the last purchase to the end of the window, a finite number ≥ 0. Required when
   * purchases > 0, and then ≤ windowDays. When purchases = 0 omit it (or give a value ≥ windowDays,
   * a purchase before the window): the recency component is then 0, like the frequency.
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
