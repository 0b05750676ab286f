import type { DecimalString } from "../_lib/toDecimal.js";

/**
 * One purchase (an order, a receipt line merged per order, a donation) as
 * {@link summarizeTransactions} and {@link calibrationHoldout} read it.
 *
 * Either every transaction of a call has an `amount` or none has: summaries then carry a monetary
 * value, or none.
 */
export interface Transaction {
  /** The customer's identifier, a non-empty string (compared exactly, case-sensitive). */
  readonly customerId: string;
  /**
   * When the purchase happened: a valid `Date`, or an ISO-8601 string, either a calendar date
   * `"YYYY-MM-DD"` (that day in the call's `timeZone`, starting at its midnight) or a date-time
   * with `Z` or an offset, `"YYYY-MM-DDTHH:mm[:ss[.sss]](Z|±HH:mm)"`. A date-time without an
   * offset is refused: it would depend on the host's time zone.
   */
  readonly at: Date | string;
  /**
   * What the customer paid, money ≥ 0: a {@link DecimalString} in plain notation (`"29.33"`) or a
   * finite number (read through its shortest decimal representation, so `0.1` is one tenth).
   * Refunds are not transactions: net them against their orders before summarizing.
   */
  readonly amount?: DecimalString | number;
}
