import type { EarnContext } from "./EarnContext.js";
import type { EarnResult } from "./EarnResult.js";
import { evaluateOrder } from "./evaluateOrder.js";
import type { PointsOrder } from "./PointsOrder.js";
import type { PointsProgram, PointsProgramInput } from "./PointsProgram.js";

/**
 * The points an order earns under a programme's earning rules — a dry run: nothing is recorded,
 * and the result lists each rule's award and a trace of every rule's evaluation.
 *
 * **Exactness.** Points are safe integers in the programme's smallest unit (10^−`scale` of a
 * point). A spend rule's exact points are amount × rate.points × factor / rate.per, computed as an
 * integer ratio (decimal strings scaled to integers; doubles while every product stays below 2^53,
 * BigInt beyond) and rounded once with the rule's `rounding`; no approximation ever decides a
 * rounding. The trace's `exact` is that ratio as a decimal (exact when it terminates, else 34
 * significant digits) and `remainder` = exact − the rounded points before caps.
 *
 * **When.** Rules are evaluated at t = `context.at` ?? `order.at`, in the programme's time zone:
 * `conditions.from` ≤ t < `conditions.until` (a calendar date is that day's local midnight),
 * `daysOfWeek` (ISO weekday of the local day), `hours` `[from, to)` of the local hour (`to` ≤
 * `from` wraps past midnight), `channels` (`order.channel`, else `context.channel`; none → not
 * applicable), `tiers` (`context.tier`; none → not applicable) and `minOrderAmount` ≤ the order
 * total. A failed condition gives a `"not-applicable"` trace entry naming it and the value read.
 *
 * **Lines.** With `appliesTo.categories` and/or `skus` a line matches when its category or its
 * SKU is listed; `excludeCategories` / `excludeSkus` then remove lines; no `appliesTo`: every line.
 *
 * **Rules**, in declared order:
 * - `spend`: on the sum of the matching lines (`minSpend` applies to that sum). Granularity
 *   `"line"` rounds each line on its own (one trace entry per line); `"order"` rounds the sum once
 *   and attributes it to lines by the largest-remainder method in proportion to their amounts
 *   (ties to the earlier line).
 * - `multiplier`: multiplies the base spend rules (its `rules`, default every spend rule declared
 *   before it) on the lines it matches, multiplying before rounding: with cumulative factor F_k
 *   after the k-th applicable multiplier, it awards R(F_k · raw) − R(F_{k−1} · raw) per base, at the
 *   base's rounding and granularity, raw being the base's exact points before caps. So 1 point
 *   per 1 with ×1.2 on 4.50 makes 5 in total (⌊5.4⌋), not 4 + ⌊0.9⌋. A base that was not
 *   applicable (or was superseded) is not multiplied. Factors multiply per line, so with
 *   granularity `"order"` a multiplier on some lines raises the sum Σ Fᵢ·rawᵢ before the single
 *   rounding; its award is attributed to the lines it multiplied, by amount.
 * - `fixed`: `per` `"order"` (once, attributed to the matching lines by amount; all to the first
 *   when every amount is 0), `"line"` (each matching line) or `"unit"` (each unit of the matching
 *   lines, attributed to its line); `minSpend` as for spend.
 * - `event`: only `"firstPurchase"` fires here, when `context.firstPurchase` is true and its
 *   `oncePer` (default `"lifetime"`) allows (`context.occurrences`); attributed like a fixed
 *   award per order. Other events go through {@link calculateAward}.
 *
 * **Caps.** A rule's wanted points are cut to the least room among its own caps and the
 * programme's caps: room = max − `context.usage(query)` (a safe integer ≥ 0) − what this evaluation already counted
 * against the cap (an `"order"` cap counts this evaluation only). The binding cap is named in the
 * trace (status `"capped"`); the award keeps `wanted`; line attributions shrink by largest
 * remainder. An award of 0 is not listed in `awards`.
 *
 * **Stacking.** A rule with `stacking: "stop"` that awards > 0 stops every later rule (traced
 * `"stopped"`). Rules sharing a `group` are alternatives, decided as they come: a member is
 * evaluated with the cap use (and multiplier factors) of the group's current best released, and
 * kept only when it awards strictly more (ties keep the earlier); the other is traced
 * `"superseded"` with 0 points. The members of a group are contiguous in `earnRules` and a
 * multiplier is never in the group of a rule it multiplies (the schema requires both), so no
 * rule's award depends on a member that is later superseded: multipliers still telescope to
 * R(F · raw) over the members kept.
 *
 * Each award carries `lotCategory` (the rule's, default `"earned"` for spend and multiplier,
 * `"promotional"` for fixed and event) and `expiry` (the rule's, or `null` for the programme's).
 * `result.wanted` sums the wanted points of the awards kept (those capped to 0 included).
 *
 * Speed: the rules are compiled once per parsed programme; an order of 3 lines through 3 rules
 * takes about a microsecond. The trace is formatted when first read.
 *
 * @param program - the programme (parsed once per object, then cached).
 * @param order - the order: `orderId`, lines with `lineId`, `amount` (a decimal ≥ 0), `quantity`
 *   (default 1), `sku`, `category`; `at`, `channel`.
 * @param context - the evaluation instant `at` (default `order.at`), the member's `tier`,
 *   `firstPurchase`, and the `usage` and `occurrences` the ledger has recorded.
 * @returns the points, the awards per rule with their line split, and the trace.
 * @throws {@link index!PatronageError} `INVALID_CONFIG` for an invalid programme (naming
 *   `program.…`); `INVALID_ARGUMENT` naming `order.lines[2].amount`, `context.tier`, … for invalid
 *   input, an unknown field (`order.lines[0].qty`, `context.firstPurchse`), `context.usage` /
 *   `context.occurrences` when they answer anything but a safe integer ≥ 0, `order.at` when
 *   neither `context.at` nor `order.at` is given, and `program.earnRules[i]` (or
 *   `program.earnRules`, for the sum of the awards) when points would pass 2^53 − 1;
 *   `DUPLICATE_ID` naming `order.lines[3].lineId` for a repeated line id.
 * @example
 * ```ts
 * import { calculateEarn } from "patronage/points";
 *
 * const bankA = {
 *   id: "bank-a",
 *   timeZone: "Asia/Shanghai",
 *   currency: "CNY",
 *   earnRules: [{ id: "base", type: "spend", rate: { points: 1, per: 15 } }],
 * };
 * const order = { orderId: "o-1", at: "2026-03-14T10:00:00+08:00", lines: [{ lineId: "l1", amount: "129.90" }] };
 * const result = calculateEarn(bankA, order);
 * result.points; //=> 8
 * result.awards[0]; //=> { ruleId: "base", points: 8, wanted: 8, lotCategory: "earned", expiry: null, lines: [{ lineId: "l1", points: 8 }] }
 * result.trace[0].exact; //=> "8.66"
 * result.trace[0].remainder; //=> "0.66"
 * ```
 */
export function calculateEarn(program: PointsProgramInput | PointsProgram, order: PointsOrder, context?: EarnContext): EarnResult {
  return evaluateOrder(program, order, context, true).toResult();
}
