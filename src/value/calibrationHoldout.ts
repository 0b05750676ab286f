import { invalidArgument } from "../_lib/invalidArgument.js";
import type { DecimalString } from "../_lib/toDecimal.js";
import { aggregateCustomers } from "./aggregateCustomers.js";
import { meanOf, sumString } from "./moneyStatistics.js";
import { duration, readSummaryOptions, readWindowEnd } from "./readSummaryOptions.js";
import { readTransactions } from "./readTransactions.js";
import type { CustomerSummary, SummarizeTransactionsOptions } from "./summarizeTransactions.js";
import type { Transaction } from "./Transaction.js";

/** Options of {@link calibrationHoldout}: those of {@link summarizeTransactions} plus `calibrationEnd`. */
export interface CalibrationHoldoutOptions extends SummarizeTransactionsOptions {
  /**
   * The end of the calibration period, required, before `observationEnd`: a `Date` or ISO-8601
   * date-time (an instant, included in calibration), or a calendar date `"YYYY-MM-DD"` (that
   * whole day, in `timeZone`, is calibration). The holdout is (calibrationEnd, observationEnd].
   * It should close a purchase period: a period cut by it counts once on each side.
   */
  readonly calibrationEnd: Date | string;
  /** The end of the holdout period, required (same conventions as `calibrationEnd`). */
  readonly observationEnd: Date | string;
}

/** One calibration-cohort customer's calibration summary and holdout outcome. */
export interface CalibrationHoldoutSummary extends CustomerSummary {
  /** Purchase periods in the holdout (calibrationEnd, observationEnd]; an integer ≥ 0. */
  readonly frequencyHoldout: number;
  /**
   * Mean amount per holdout purchase period (amounts summed per period, then averaged), a
   * double; `null` when the customer made no holdout purchase or the transactions have no amounts.
   */
  readonly monetaryHoldout: number | null;
  /** The exact total of holdout amounts (`"0"` without holdout purchases); `null` without amounts. */
  readonly totalAmountHoldout: DecimalString | null;
  /** The holdout's length, observationEnd − calibrationEnd in the time unit; the same for everyone. */
  readonly durationHoldout: number;
}

/** The calibration/holdout summaries as columns, in the order of the rows. */
export interface CalibrationHoldoutColumns {
  /** Customer identifiers. */
  readonly customerId: readonly string[];
  /** Calibration frequency per customer. */
  readonly frequency: Float64Array;
  /** Calibration recency per customer, in the time unit. */
  readonly recency: Float64Array;
  /** Calibration T per customer, in the time unit. */
  readonly T: Float64Array;
  /** Calibration monetary value, 0 where the row has `null`; `null` without amounts. */
  readonly monetaryValue: Float64Array | null;
  /** Holdout purchase periods per customer. */
  readonly frequencyHoldout: Float64Array;
  /** Holdout mean amount per purchase period, 0 where the row has `null`; `null` without amounts. */
  readonly monetaryHoldout: Float64Array | null;
  /** Holdout duration per customer, in the time unit. */
  readonly durationHoldout: Float64Array;
}

/** What {@link calibrationHoldout} returns. */
export interface CalibrationHoldoutResult {
  /** One row per calibration-cohort customer, in order of first appearance. */
  readonly summaries: CalibrationHoldoutSummary[];
  /** The same as columns. */
  readonly columns: CalibrationHoldoutColumns;
  /** What was left out. */
  readonly excluded: {
    /** Transactions after `observationEnd`. */
    readonly transactionsAfterObservationEnd: number;
    /**
     * Customers outside the calibration cohort: their first transaction is after `calibrationEnd`
     * (in the holdout or after `observationEnd`).
     */
    readonly customersAfterCalibrationEnd: number;
  };
}

/**
 * Splits transactions at `calibrationEnd` into a calibration summary per customer (as
 * {@link summarizeTransactions} gives at `calibrationEnd`) and the customer's holdout outcome in
 * (calibrationEnd, observationEnd]: purchase periods, mean amount per period and the holdout's
 * duration — the data to fit a model on the calibration period and check its predictions on the
 * holdout.
 *
 * The calibration cohort is the customers with a transaction at or before `calibrationEnd`; the
 * others are left out and counted. Purchase periods, time zone, units and rounding follow the
 * same options and rules as {@link summarizeTransactions}; T runs to `calibrationEnd`.
 *
 * @param transactions - the transactions, in any order (see {@link Transaction}).
 * @param options - `calibrationEnd` and `observationEnd` (required), and the options of
 *   {@link summarizeTransactions}.
 * @returns the rows, the columns and the counts of what was excluded.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` as {@link summarizeTransactions} does,
 *   and naming `"options.calibrationEnd"` when it is not a valid date or not before
 *   `observationEnd`.
 * @see P. S. Fader, B. G. S. Hardie & K. L. Lee (2005), "Counting your customers the easy way",
 *   Marketing Science 24(2) (39-week calibration and 39-week holdout on CDNOW).
 *
 * @example
 * ```ts
 * import { calibrationHoldout } from "patronage/value";
 *
 * const { summaries, excluded } = calibrationHoldout(
 *   [
 *     { customerId: "ann", at: "2024-01-01", amount: 20 },
 *     { customerId: "ann", at: "2024-01-08", amount: 10 },
 *     { customerId: "ann", at: "2024-01-20", amount: 6 },
 *     { customerId: "ann", at: "2024-01-20", amount: 4 }, // same day: one purchase of 10
 *     { customerId: "ann", at: "2024-01-25", amount: 30 },
 *     { customerId: "cyd", at: "2024-01-22", amount: 9 }, // first buys in the holdout
 *   ],
 *   { calibrationEnd: "2024-01-14", observationEnd: "2024-01-28", timeUnit: "week" },
 * );
 * summaries[0];
 * //=> { customerId: "ann", frequency: 1, recency: 1, T: 1.8571428571428572, monetaryValue: 10, totalAmount: "30",
 * //     frequencyHoldout: 2, monetaryHoldout: 20, totalAmountHoldout: "40", durationHoldout: 2 }
 * // T is 13 days (2024-01-01 to 2024-01-14) in weeks; the holdout is 14 days.
 * excluded; //=> { transactionsAfterObservationEnd: 0, customersAfterCalibrationEnd: 1 }
 * ```
 */
export function calibrationHoldout(
  transactions: readonly Transaction[],
  options: CalibrationHoldoutOptions,
): CalibrationHoldoutResult {
  const o = readSummaryOptions(options);
  const calibrationEnd = readWindowEnd(options.calibrationEnd, "options.calibrationEnd", o);
  if (!(calibrationEnd.lastMs < o.observationEnd.lastMs) || (o.purchasePeriod !== "instant" && !(calibrationEnd.period < o.observationEnd.period))) {
    throw invalidArgument("options.calibrationEnd", options.calibrationEnd, `before options.observationEnd, in an earlier ${o.purchasePeriod === "instant" ? "instant" : `purchase period (${o.purchasePeriod})`}`);
  }
  const table = readTransactions(transactions, o, calibrationEnd.lastMs);
  const agg = aggregateCustomers(table, o, true);
  const { included, purchases, firstPeriod, lastPeriod, total, firstTotal, holdoutTotal } = agg;
  const holdoutPurchases = agg.holdoutPurchases as Float64Array;
  const scale = table.money?.scale ?? 0;
  const count = included.length;
  const instantMode = o.purchasePeriod === "instant";
  const calEnd = instantMode ? calibrationEnd.instant : calibrationEnd.period;
  const obsEnd = instantMode ? o.observationEnd.instant : o.observationEnd.period;
  const holdoutDuration = duration(calEnd, obsEnd, o);
  // Usually every customer is in: the list of ids in first-appearance order is then the column.
  const customerId = count === table.customerIds.length ? table.customerIds : new Array<string>(count);
  const frequency = new Float64Array(count);
  const recency = new Float64Array(count);
  const T = new Float64Array(count);
  const monetary = total === null ? null : new Float64Array(count);
  const frequencyHoldout = new Float64Array(count);
  const monetaryHoldout = total === null ? null : new Float64Array(count);
  const durationHoldout = new Float64Array(count).fill(holdoutDuration);
  const summaries = new Array<CalibrationHoldoutSummary>(count);
  for (let k = 0; k < count; k++) {
    const c = included[k] as number;
    const id = table.customerIds[c] as string;
    const x = (purchases[c] as number) - 1;
    const first = firstPeriod[c] as number;
    const tx = duration(first, lastPeriod[c] as number, o);
    const t = duration(first, calEnd, o);
    const xh = holdoutPurchases[c] as number;
    let value: number | null = null;
    let totalAmount: string | null = null;
    let valueHoldout: number | null = null;
    let totalAmountHoldout: string | null = null;
    if (total !== null && holdoutTotal !== null) {
      totalAmount = sumString(total, c, scale);
      totalAmountHoldout = sumString(holdoutTotal, c, scale);
      if (o.monetaryValue === "repeatMean") {
        if (x > 0) value = meanOf(total, firstTotal, c, x, scale);
      } else {
        value = meanOf(total, null, c, o.monetaryValue === "mean" ? x + 1 : 1, scale);
      }
      if (xh > 0) valueHoldout = meanOf(holdoutTotal, null, c, xh, scale);
      (monetary as Float64Array)[k] = value ?? 0;
      (monetaryHoldout as Float64Array)[k] = valueHoldout ?? 0;
    }
    customerId[k] = id;
    frequency[k] = x;
    recency[k] = tx;
    T[k] = t;
    frequencyHoldout[k] = xh;
    summaries[k] = {
      customerId: id,
      frequency: x,
      recency: tx,
      T: t,
      monetaryValue: value,
      totalAmount,
      frequencyHoldout: xh,
      monetaryHoldout: valueHoldout,
      totalAmountHoldout,
      durationHoldout: holdoutDuration,
    };
  }
  return {
    summaries,
    columns: { customerId, frequency, recency, T, monetaryValue: monetary, frequencyHoldout, monetaryHoldout, durationHoldout },
    excluded: {
      transactionsAfterObservationEnd: agg.excludedTransactions,
      customersAfterCalibrationEnd: agg.excludedCustomers,
    },
  };
}
