import type { DecimalString } from "../_lib/toDecimal.js";

/** The part of a transaction price allocated to one {@link PerformanceObligation}. */
export interface PriceAllocationLine {
  /** The obligation's id, as given. */
  readonly id: string;
  /** The allocated amount, rounded to `decimals` places (written with exactly that many places). */
  readonly amount: DecimalString;
  /**
   * The exact relative stand-alone selling price, SSP / ΣSSP, to 34 significant digits (a fraction
   * in [0, 1], in plain notation: `"0.9132420091324200913242009132420091"`).
   */
  readonly share: DecimalString;
}

/** The result of {@link allocateTransactionPrice}. */
export interface PriceAllocation {
  /** One line per component, in the order given. Their `amount`s sum exactly to `total`. */
  readonly allocations: readonly PriceAllocationLine[];
  /** The transaction price, written with exactly `decimals` places. */
  readonly total: DecimalString;
}
