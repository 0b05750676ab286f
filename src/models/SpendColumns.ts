/**
 * Customers' repeat spend as columns of equal length (arrays or typed arrays): the columnar form of
 * {@link SpendRow}, which is what a warehouse query or a data frame hands over.
 */
export interface SpendColumns {
  /** Repeat transactions per customer (see {@link SpendRow.frequency}). */
  readonly frequency: ArrayLike<number>;
  /** Mean spend per repeat transaction per customer (see {@link SpendRow.monetaryValue}). */
  readonly monetaryValue: ArrayLike<number>;
  /** Weight per customer (see {@link SpendRow.weight}); all 1 when absent. */
  readonly weight?: ArrayLike<number>;
}
