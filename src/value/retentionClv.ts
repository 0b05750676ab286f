import { Decimal } from "../_lib/Decimal.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import type { DecimalString } from "../_lib/toDecimal.js";
import { geometricSum } from "./geometricSum.js";
import type { MarginTiming } from "./MarginTiming.js";
import type { MoneyRoundingOptions } from "./MoneyRoundingOptions.js";
import type { PerPeriodMoney } from "./PerPeriodMoney.js";
import { readDecimal } from "./readDecimal.js";
import { readFlow } from "./readFlow.js";
import { readMoneyRounding } from "./readMoneyRounding.js";
import { roundMoney } from "./roundMoney.js";

/** The inputs of {@link retentionClv}: the margin, the two rates per period, the timing and the horizon. */
export interface RetentionClvOptions extends MoneyRoundingOptions {
  /**
   * The margin m the customer contributes in each period they are retained (revenue less the cost
   * of serving them, in currency per period; may be negative): one amount for every period, or one
   * amount per period (index 0 is the first margin), which sets the horizon to the array's length.
   */
  readonly margin: PerPeriodMoney;
  /**
   * The retention rate r: the probability that a customer active in one period is still active in
   * the next, a fraction in [0, 1] per period (`0.9`, never `90`), as a number or decimal string.
   */
  readonly retentionRate: DecimalString | number;
  /**
   * The discount rate i per period (the cost of capital for the same period as r), a fraction ≥ 0
   * (`0.12` for 12 %), as a number or decimal string.
   */
  readonly discountRate: DecimalString | number;
  /** When each period's margin is received: see {@link MarginTiming}. Required. */
  readonly timing: MarginTiming;
  /**
   * The number of margins counted, a safe integer ≥ 0, or `Infinity` (the default with a constant
   * margin). With a margin array it may be omitted; if given it must equal the array's length.
   */
  readonly horizon?: number;
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);

/**
 * Retention-based customer lifetime value: the expected present value of the margins of one
 * customer who stays from period to period with a constant probability r, discounted at i per
 * period. With the k-th margin m_k (k = 1, 2, …) and ρ = r / (1 + i):
 *
 * - `timing: "end"` (margins at the end of each period, the first after one retention draw):
 *   CLV = Σ_{k=1}^{T} m_k·ρ^k, which for a constant margin and T = ∞ is Gupta & Lehmann's
 *   **m·r / (1 + i − r)** (the "margin multiple" r / (1 + i − r) times m);
 * - `timing: "start"` (the first margin now, for certain, undiscounted):
 *   CLV = Σ_{k=1}^{T} m_k·ρ^(k−1), which for T = ∞ is **m·(1 + i) / (1 + i − r)**.
 *
 * The two differ by exactly the factor (1 + i) / r. A finite horizon T counts T margins: for a
 * constant margin, m·ρ·(1 − ρ^T) / (1 − ρ) ("end"), which tends to the infinite-horizon value as T
 * grows. All periods are the same unit: r, i and the horizon must all be per month, or all per
 * year (an annual 12 % is not a monthly 1 %: (1.12)^(1/12) − 1 ≈ 0.949 % per month).
 *
 * Units: the result is in the margin's currency, per customer. Arithmetic is decimal at 34
 * significant digits: the infinite-horizon formulas round once; a constant margin over a finite
 * horizon sums the powers of ρ by binary powering, with no cancellation even when ρ is close to 1,
 * so horizons up to 2^53 − 1 cost O(log T), with a relative error of about 5e-35·min(T, 1/(1 − ρ))
 * (below 1e-20 unless 1 − ρ < 1e-14); a margin array is summed term by term. The result is
 * rounded once, to `scale` places (default 2) in the `rounding` mode (default `"half-even"`).
 *
 * Edge cases: r = 0 gives 0 ("end") or m_1 ("start"); a horizon of 0 (or an empty margin array)
 * gives 0; r = 1 with i = 0 has no infinite-horizon value (the sum diverges) and throws, while any
 * finite horizon gives Σ m_k.
 *
 * @param options - the margin, retention rate, discount rate, timing, horizon and rounding.
 * @returns the customer lifetime value as a decimal string with exactly `scale` places.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the field (`options.margin[3]`,
 *   `options.retentionRate`, …): a margin that is not a finite number or plain decimal string; r
 *   outside [0, 1]; i < 0; a timing other than `"end"` or `"start"`; a horizon that is not a safe
 *   integer ≥ 0 or `Infinity`, or that differs from the margin array's length; an infinite horizon
 *   when 1 + i − r = 0 (r = 1 and i = 0: the error names `options.retentionRate` and
 *   `options.discountRate`); a bad `scale` or `rounding`.
 * @see S. Gupta & D. R. Lehmann (2003), "Customers as assets", Journal of Interactive Marketing
 *   17(1), 9–24: CLV = m·r / (1 + i − r) for margins at the end of each period.
 * @see S. Gupta & D. R. Lehmann (2005), Managing Customers as Investments, Wharton School
 *   Publishing, ch. 2: the margin multiple r / (1 + i − r).
 * @see S. Gupta, D. R. Lehmann & J. A. Stuart (2004), "Valuing customers", Journal of Marketing
 *   Research 41(1), 7–18.
 *
 * @example
 * ```ts
 * import { retentionClv } from "patronage/value";
 *
 * // Gupta & Lehmann: m = 100 per year, r = 0.9, i = 0.12 → 100 · 0.9 / 0.22
 * retentionClv({ margin: 100, retentionRate: 0.9, discountRate: 0.12, timing: "end" }); //=> "409.09"
 * // the first margin now: 100 · 1.12 / 0.22 = "409.09" · 1.12 / 0.9
 * retentionClv({ margin: 100, retentionRate: 0.9, discountRate: 0.12, timing: "start" }); //=> "509.09"
 * // five years only
 * retentionClv({ margin: "100", retentionRate: "0.9", discountRate: "0.12", timing: "end", horizon: 5 }); //=> "272.02"
 * // growing margins, one per year, the first now: 100 + 110 · 0.8 / 1.1 + 121 · 0.8² / 1.1²
 * retentionClv({ margin: [100, 110, 121], retentionRate: 0.8, discountRate: 0.1, timing: "start", scale: 4 });
 * //=> "244.0000"
 * ```
 */
export function retentionClv(options: RetentionClvOptions): DecimalString {
  if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an object");
  const flow = readFlow(options.margin, "options.margin");
  const r = readDecimal(options.retentionRate, "options.retentionRate", "fraction");
  const i = readDecimal(options.discountRate, "options.discountRate", "nonNegative");
  const { timing } = options;
  if (timing !== "end" && timing !== "start") throw invalidArgument("options.timing", timing, '"end" or "start"');
  const rounding = readMoneyRounding(options, "options");

  const onePlusI = ONE.plus(i);
  const horizon = options.horizon;
  if (horizon !== undefined && horizon !== Infinity && !(Number.isSafeInteger(horizon) && horizon >= 0)) {
    throw invalidArgument("options.horizon", horizon, "a safe integer ≥ 0 or Infinity");
  }

  if ("perPeriod" in flow) {
    const margins = flow.perPeriod;
    if (horizon !== undefined && horizon !== margins.length) {
      throw invalidArgument("options.horizon", horizon, `omitted or equal to the length of options.margin (${margins.length})`);
    }
    const rho = r.dividedBy(onePlusI);
    let weight = timing === "end" ? rho : ONE;
    let total = ZERO;
    for (const margin of margins) {
      total = total.plus(margin.times(weight));
      weight = weight.times(rho);
    }
    return roundMoney(total, rounding);
  }

  const m = flow.constant;
  if (horizon === undefined || horizon === Infinity) {
    const denominator = onePlusI.minus(r);
    if (denominator.isZero()) {
      throw invalidArgument(
        "options.retentionRate",
        options.retentionRate,
        "< 1 + options.discountRate for an infinite horizon (retentionRate 1 with discountRate 0 makes the sum diverge); " +
          "lower options.retentionRate, give a positive options.discountRate, or set a finite options.horizon",
      );
    }
    const numerator = timing === "end" ? r : onePlusI;
    return roundMoney(m.times(numerator).dividedBy(denominator), rounding);
  }
  const rho = r.dividedBy(onePlusI);
  const { sum } = geometricSum(rho, horizon);
  const value = timing === "end" ? m.times(rho).times(sum) : m.times(sum);
  return roundMoney(value, rounding);
}
