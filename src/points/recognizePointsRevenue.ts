import { invalidArgument } from "../_lib/invalidArgument.js";
import { toDecimal } from "../_lib/toDecimal.js";
import { formatScaled } from "./formatScaled.js";
import type { PointsRevenueInput } from "./PointsRevenueInput.js";
import type { PointsRevenuePeriod, PointsRevenueSchedule } from "./PointsRevenueSchedule.js";
import { readMoneyScale } from "./readMoneyScale.js";
import { roundQuotient } from "./roundQuotient.js";
import { scaledBigInt } from "./scaledBigInt.js";

/**
 * Recognises the revenue allocated to loyalty points as the points are redeemed (IFRS 15 ¶B39–B43,
 * Illustrative Example 52): at the end of each period the cumulative revenue is
 *
 *   cumulativeRecognized = round(allocated × min(1, cumulativeRedeemed / expectedRedemptions)),
 *
 * with `expectedRedemptions` the current estimate of all points that will ever be redeemed, and
 * the period's revenue is the change in that cumulative amount. A revised estimate is thus applied
 * by cumulative catch-up (IE270): the period absorbs the whole effect of the change. When the
 * estimate rises sharply the cumulative amount can fall, and the period's `recognized` is then
 * negative; it is kept as such (a reversal of revenue recognised earlier), not clipped. In a
 * `final` period (the points lapse or the programme ends) all of `allocated` is recognised.
 * `deferred` is the contract liability left (¶106).
 *
 * Exact: the ratio is applied on exact integers and each cumulative amount is rounded once, in
 * `rounding` (default `"half-up"`, commercial rounding, as ledgers and the IFRS 15 examples
 * round) to `decimals` places (default 2). The periods' `recognized` amounts telescope: they sum
 * exactly to `totalRecognized`, and `totalRecognized + deferred = allocated`. Because `allocated`
 * has at most `decimals` places, the cumulative amount stays within [0, allocated] in every mode.
 *
 * @param input - `allocated` (the price allocated to the points), `periods` (oldest first),
 *   `decimals`, `rounding`. Not modified.
 * @returns one row per period and the totals.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the field: `"input.allocated"`
 *   (< 0, or more than `decimals` places), `"input.periods"`, `"input.periods[i].period"`,
 *   `"input.periods[i].redeemed"` (not a safe integer ≥ 0, or the cumulative sum not safe),
 *   `"input.periods[i].expectedRedemptions"` (not a safe integer ≥ 1 and ≥ the cumulative
 *   redeemed), `"input.periods[i].final"`, `"input.periods[i]"` (a period after a final one),
 *   `"input.decimals"`, `"input.rounding"`.
 * @see IFRS 15 *Revenue from Contracts with Customers*, ¶B39–B43 (customer options for additional
 *   goods or services), ¶B40 (revenue when the future goods are transferred or the option expires),
 *   and Illustrative Example 52, IE267–IE270 (customer loyalty programme).
 *
 * @example
 * ```ts
 * import { recognizePointsRevenue } from "patronage/points";
 *
 * // IFRS 15 IE269–IE270: CU8,676 allocated to the points.
 * const schedule = recognizePointsRevenue({
 *   allocated: 8676,
 *   decimals: 0,
 *   periods: [
 *     { period: "Year 1", redeemed: 4500, expectedRedemptions: 9500 },
 *     { period: "Year 2", redeemed: 4000, expectedRedemptions: 9700 },
 *   ],
 * });
 * schedule.periods.map((p) => p.recognized); //=> ["4110", "3493"]
 * schedule.periods.map((p) => p.deferred); //=> ["4566", "1073"]
 * schedule.totalRecognized; //=> "7603"
 * ```
 */
export function recognizePointsRevenue(input: PointsRevenueInput): PointsRevenueSchedule {
  if (typeof input !== "object" || input === null) throw invalidArgument("input", input, "an object { allocated, periods }");
  const { decimals, rounding } = readMoneyScale(input.decimals, input.rounding, "input");
  const allocatedValue = toDecimal(input.allocated, "input.allocated");
  if (allocatedValue.lt(0) || allocatedValue.decimalPlaces() > decimals) {
    throw invalidArgument("input.allocated", input.allocated, `an amount ≥ 0 with at most ${decimals} decimal places`);
  }
  const { periods } = input;
  if (!Array.isArray(periods)) throw invalidArgument("input.periods", periods, "an array of periods");

  const allocated = scaledBigInt(allocatedValue, decimals);
  const rows: PointsRevenuePeriod[] = [];
  let cumulativeRedeemed = 0;
  let previous = 0n;
  let ended = false;
  for (let i = 0; i < periods.length; i++) {
    const entry = periods[i];
    const root = `input.periods[${i}]`;
    if (typeof entry !== "object" || entry === null) {
      throw invalidArgument(root, entry, "an object { period, redeemed, expectedRedemptions }");
    }
    if (ended) throw invalidArgument(root, entry, "absent: no period may follow a final one");
    const { period, redeemed, expectedRedemptions, final = false } = entry;
    if (typeof period !== "string" || period.length === 0) throw invalidArgument(`${root}.period`, period, "a non-empty string");
    if (typeof redeemed !== "number" || !Number.isSafeInteger(redeemed) || redeemed < 0) {
      throw invalidArgument(`${root}.redeemed`, redeemed, "a safe integer ≥ 0");
    }
    if (!Number.isSafeInteger(cumulativeRedeemed + redeemed)) {
      throw invalidArgument(`${root}.redeemed`, redeemed, "small enough that the cumulative points redeemed stay a safe integer");
    }
    cumulativeRedeemed += redeemed;
    if (
      typeof expectedRedemptions !== "number" ||
      !Number.isSafeInteger(expectedRedemptions) ||
      expectedRedemptions < Math.max(1, cumulativeRedeemed)
    ) {
      throw invalidArgument(
        `${root}.expectedRedemptions`,
        expectedRedemptions,
        `a safe integer ≥ 1 and ≥ the ${cumulativeRedeemed} points redeemed so far`,
      );
    }
    if (typeof final !== "boolean") throw invalidArgument(`${root}.final`, final, "a boolean");

    // cumulativeRedeemed ≤ expectedRedemptions, so min(1, ratio) is the ratio itself.
    const cumulative = final
      ? allocated
      : BigInt(roundQuotient(allocated * BigInt(cumulativeRedeemed), BigInt(expectedRedemptions), rounding));
    rows.push({
      period,
      redeemed,
      cumulativeRedeemed,
      expectedRedemptions,
      recognized: formatScaled(cumulative - previous, decimals),
      cumulativeRecognized: formatScaled(cumulative, decimals),
      deferred: formatScaled(allocated - cumulative, decimals),
    });
    previous = cumulative;
    ended = final;
  }
  return {
    periods: rows,
    totalRecognized: formatScaled(previous, decimals),
    deferred: formatScaled(allocated - previous, decimals),
  };
}
