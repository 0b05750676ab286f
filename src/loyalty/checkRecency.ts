import { invalidArgument } from "../_lib/invalidArgument.js";

/**
 * The rule for the days since the last purchase, shared by {@link classifyLoyalty} and
 * {@link classifyLoyaltyBatch}: with purchases > 0 the days are required and ≤ windowDays (the last
 * purchase lies in the window; windowDays NaN = unknown, not checked); with purchases = 0 they are
 * absent (NaN) or ≥ windowDays (no purchase in the window). purchases NaN (unknown): no rule.
 * Throws `INVALID_ARGUMENT` naming `field`.
 *
 * @internal
 */
export function checkRecency(purchases: number, windowDays: number, days: number, field: string): void {
  if (purchases > 0) {
    if (days !== days) {
      throw invalidArgument(field, undefined, `given when purchases > 0 (${purchases}): the days since the last purchase, a finite number ≥ 0`);
    }
    if (days > windowDays) {
      throw invalidArgument(field, days, `≤ windowDays (${windowDays}) when purchases > 0: the last purchase lies in the window`);
    }
  } else if (purchases === 0 && days < windowDays) {
    throw invalidArgument(field, days, `absent or ≥ windowDays (${windowDays}) when purchases is 0: no purchase lies in the window`);
  }
}
