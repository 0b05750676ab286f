/**
 * One column of a {@link LoyaltyColumns} table: a `Float64Array` (or any typed array) or an array of
 * numbers, where NaN (and, in an array, `null` or `undefined`) marks a missing value.
 */
export type LoyaltyColumn = ArrayLike<number> | ArrayLike<number | null | undefined>;

/**
 * Signals of many customers as columns of equal length, row i being customer i: the columnar
 * counterpart of {@link LoyaltySignals} for {@link classifyLoyaltyBatch}. Every column is optional;
 * a column left out is missing for every row, and a NaN (or `null`) is missing for that row. The
 * domains are those of {@link BehaviourSignals}, {@link AttitudeSignals} and {@link LoyaltySignals}.
 *
 * Missing values drop out like the optional fields of {@link LoyaltySignals}, under the same rules
 * (see {@link BehaviourSignals}): where `purchases` is given, `windowDays` or `expectedPurchases`
 * must be given, and `daysSinceLastPurchase` is required when purchases > 0. Two extensions a
 * column allows: a missing `purchases` drops the frequency component only (recency and share of
 * wallet are scored if given); a missing `windowDays` (with `expectedPurchases` given) makes the
 * purchase-cycle half-life fall back to the model's `defaultPurchaseIntervalDays`. A key that is not
 * one of these columns is an error.
 */
export interface LoyaltyColumns {
  /** Purchases in the window, safe integers ≥ 0. */
  readonly purchases?: LoyaltyColumn;
  /** Window lengths in days, > 0. */
  readonly windowDays?: LoyaltyColumn;
  /** Days since the last purchase, ≥ 0; required where purchases > 0, ≤ windowDays there, ≥ windowDays or missing where purchases = 0. */
  readonly daysSinceLastPurchase?: LoyaltyColumn;
  /** Shares of wallet in [0, 1]. */
  readonly shareOfWallet?: LoyaltyColumn;
  /** Expected purchases of a loyal buyer in the window, > 0. */
  readonly expectedPurchases?: LoyaltyColumn;
  /** Likelihood to recommend, 0–10. */
  readonly recommend?: LoyaltyColumn;
  /** Satisfaction, 1–5. */
  readonly satisfaction?: LoyaltyColumn;
  /** Repurchase intent in [0, 1]. */
  readonly repurchaseIntent?: LoyaltyColumn;
  /** Brand preference in [0, 1]. */
  readonly brandPreference?: LoyaltyColumn;
  /** Incentive-driven share of purchases in [0, 1]. */
  readonly incentiveShare?: LoyaltyColumn;
  /** Referrals made, safe integers ≥ 0. */
  readonly referrals?: LoyaltyColumn;
  /** Reviews written, safe integers ≥ 0. */
  readonly reviews?: LoyaltyColumn;
  /** Shares of the brand's content, safe integers ≥ 0. */
  readonly shares?: LoyaltyColumn;
}
