import { invalidArgument } from "../_lib/invalidArgument.js";
import type { DecimalString } from "../_lib/toDecimal.js";
import type { MoneyRoundingOptions } from "./MoneyRoundingOptions.js";
import { readDecimal } from "./readDecimal.js";
import { readMoneyRounding } from "./readMoneyRounding.js";
import { roundMoney } from "./roundMoney.js";

/** The inputs of {@link historicClv}, all measured over the same period (a month, a year …). */
export interface HistoricClvOptions extends MoneyRoundingOptions {
  /** The average order value (客单价): revenue per order, in currency, ≥ 0. */
  readonly averageOrderValue: DecimalString | number;
  /** Orders per customer per period, ≥ 0 (may be fractional: `2.5` orders a year). */
  readonly purchasesPerPeriod: DecimalString | number;
  /**
   * The expected length of the relationship, in periods, ≥ 0 (may be fractional: an average
   * lifespan of `3.5` years; 1 / (1 − r) for a constant retention rate r).
   */
  readonly lifespan: DecimalString | number;
  /** The gross margin, a fraction of revenue in [0, 1] (`0.3` for 30 %). */
  readonly grossMargin: DecimalString | number;
  /** The cost of acquiring the customer, in currency, ≥ 0, subtracted once. Default 0. */
  readonly acquisitionCost?: DecimalString | number;
}

/**
 * Historic (average-based) customer lifetime value, the practitioner's formula:
 *
 *   CLV = averageOrderValue × purchasesPerPeriod × lifespan × grossMargin − acquisitionCost.
 *
 * It is undiscounted and assumes the average customer keeps buying at the historic rate for the
 * whole lifespan: quick, transparent, and blind to who is still active. Use {@link retentionClv}
 * to discount and to weigh each period by the chance the customer is still there, and the models
 * of `patronage/models` to value each customer from their own history.
 *
 * Units: the result is in the order value's currency, per customer. All four rates must use the
 * same period (orders per year with a lifespan in years). Arithmetic is exact decimal (34
 * significant digits); the result is rounded once, to `scale` places (default 2) in the
 * `rounding` mode (default `"half-even"`). It is negative when the acquisition cost exceeds the
 * lifetime gross margin.
 *
 * @param options - the four averages, the acquisition cost and the rounding.
 * @returns the historic CLV as a decimal string with exactly `scale` places.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the field (`options.grossMargin`,
 *   …) when an amount or a count is not a finite number or plain decimal string ≥ 0, when the
 *   gross margin is outside [0, 1], or when `scale` or `rounding` is invalid.
 * @see P. W. Farris, N. T. Bendle, P. E. Pfeifer & D. J. Reibstein (2010), Marketing Metrics,
 *   2nd ed., Pearson, ch. 5 (customer profitability and lifetime value).
 * @see The five steps of customer valuation in the project's domain notes (DOMAIN §1, step 4).
 *
 * @example
 * ```ts
 * import { historicClv } from "patronage/value";
 *
 * // 129.90 per order, 4 orders a year, 3 years, 30 % gross margin, 45 to acquire
 * historicClv({
 *   averageOrderValue: "129.90",
 *   purchasesPerPeriod: 4,
 *   lifespan: 3,
 *   grossMargin: 0.3,
 *   acquisitionCost: 45,
 * }); //=> "422.64"
 * ```
 */
export function historicClv(options: HistoricClvOptions): DecimalString {
  if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an object");
  const value = readDecimal(options.averageOrderValue, "options.averageOrderValue", "nonNegative")
    .times(readDecimal(options.purchasesPerPeriod, "options.purchasesPerPeriod", "nonNegative"))
    .times(readDecimal(options.lifespan, "options.lifespan", "nonNegative"))
    .times(readDecimal(options.grossMargin, "options.grossMargin", "fraction"));
  const cost =
    options.acquisitionCost === undefined ? null : readDecimal(options.acquisitionCost, "options.acquisitionCost", "nonNegative");
  const rounding = readMoneyRounding(options, "options");
  return roundMoney(cost === null ? value : value.minus(cost), rounding);
}
