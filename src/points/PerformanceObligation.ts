import type { DecimalString } from "../_lib/toDecimal.js";

/**
 * A performance obligation of a contract with its stand-alone selling price, as
 * {@link allocateTransactionPrice} reads it (IFRS 15 ¶22, ¶76–79): the goods sold, or the material
 * right the loyalty points give (¶B40, ¶B42).
 */
export interface PerformanceObligation {
  /** The obligation's id, a non-empty string unique among the components (`"product"`, `"points"`). */
  readonly id: string;
  /**
   * The price at which the entity would sell the promised good or service separately (¶77), in
   * currency, ≥ 0, any number of decimal places. For loyalty points, the value of the discount
   * they give times the likelihood of redemption (¶B42): 10,000 points worth 1 each with 95 %
   * expected redemption → `9500`.
   */
  readonly standaloneSellingPrice: DecimalString | number;
}
