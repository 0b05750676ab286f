import { Decimal } from "../_lib/Decimal.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import type { DecimalString } from "../_lib/toDecimal.js";
import { geometricSum } from "./geometricSum.js";
import type { MarginTiming } from "./MarginTiming.js";
import type { MoneyRoundingOptions } from "./MoneyRoundingOptions.js";
import type { PerPeriodMoney } from "./PerPeriodMoney.js";
import { readDecimal } from "./readDecimal.js";
import { readFlow, type ReadFlow } from "./readFlow.js";
import { readMoneyRounding } from "./readMoneyRounding.js";
import { roundMoney } from "./roundMoney.js";

/** One customer brought in by the referring customer, as the firm knows them. */
export interface Referral {
  /**
   * Whether this customer would have joined anyway, without the referral: `true`, `false`, or the
   * probability of it, a fraction in [0, 1] (firms estimate it by asking new customers, in a survey,
   * whether they would have joined without the recommendation).
   */
  readonly wouldHaveJoinedAnyway: boolean | DecimalString | number;
  /**
   * The referred customer's contribution margin A in each period from joining (currency per period;
   * may be negative), expected values: one amount for every period (then `periods` is required),
   * or one amount per period (index 0 is the joining period).
   */
  readonly margin: PerPeriodMoney;
  /**
   * The number of periods of margins counted, a safe integer ≥ 0. Required when `margin` and
   * `marketingCost` are both single amounts; otherwise it may be omitted, and if given it must equal
   * the length of the array(s).
   */
  readonly periods?: number;
  /**
   * The marketing cost M of serving and retaining the referred customer in each period, ≥ 0 (one
   * amount for every period, or one per period, like `margin`). Default 0.
   */
  readonly marketingCost?: PerPeriodMoney;
  /**
   * The referral reward a (the cost of the referral: a bonus to the referrer, a discount to the
   * newcomer, both), ≥ 0, paid once in the joining period. Default 0.
   */
  readonly reward?: DecimalString | number;
  /**
   * The acquisition cost saved, ED: what the firm would otherwise have spent to acquire this
   * customer through its other channels, ≥ 0, counted once in the joining period. Default 0.
   */
  readonly acquisitionSavings?: DecimalString | number;
  /**
   * The period in which the customer joins (1 = the first period of the valuation), a safe integer
   * ≥ 1; their flows are shifted to start there. Default 1.
   */
  readonly firstPeriod?: number;
}

/** The options of {@link referralValue}: the discount rate, the timing and the rounding. */
export interface ReferralValueOptions extends MoneyRoundingOptions {
  /** The discount rate r per period (the same period as the margins), a fraction ≥ 0 (`0.1` for 10 %). */
  readonly discountRate: DecimalString | number;
  /**
   * When each period's flows occur: `"end"` discounts period t by (1 + r)^t, as the paper does;
   * `"start"` by (1 + r)^(t − 1), so the joining period's flows are undiscounted. Required: see
   * {@link MarginTiming}.
   */
  readonly timing: MarginTiming;
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);

/** Σ_{k=0}^{n−1} (A_k − M_k)·v^k: a geometric sum when both are constant, a loop otherwise. */
function presentValueOfFlow(flow: ReadFlow, cost: ReadFlow | null, n: number, v: Decimal): Decimal {
  if ("constant" in flow && (cost === null || "constant" in cost)) {
    const net = cost === null ? flow.constant : flow.constant.minus(cost.constant);
    return net.isZero() || n === 0 ? ZERO : net.times(geometricSum(v, n).sum);
  }
  let total = ZERO;
  let weight = ONE;
  for (let k = 0; k < n; k++) {
    const a = "constant" in flow ? flow.constant : (flow.perPeriod[k] as Decimal);
    const m = cost === null ? ZERO : "constant" in cost ? cost.constant : (cost.perPeriod[k] as Decimal);
    total = total.plus(a.minus(m).times(weight));
    weight = weight.times(v);
  }
  return total;
}

function readPeriods(referral: Referral, flow: ReadFlow, cost: ReadFlow | null, field: string): number {
  const { periods } = referral;
  if (periods !== undefined && !(Number.isSafeInteger(periods) && periods >= 0)) {
    throw invalidArgument(`${field}.periods`, periods, "a safe integer ≥ 0");
  }
  let n = periods;
  let from = `${field}.periods`;
  for (const [read, name] of [
    [flow, "margin"],
    [cost, "marketingCost"],
  ] as const) {
    if (read === null || !("perPeriod" in read)) continue;
    const length = read.perPeriod.length;
    if (n !== undefined && n !== length) {
      throw invalidArgument(`${field}.${name}`, referral[name], `an array of length ${n}, as ${from}`);
    }
    n = length;
    from = `${field}.${name}`;
  }
  if (n === undefined) {
    throw invalidArgument(`${field}.periods`, periods, "a safe integer ≥ 0 when margin and marketingCost are single amounts");
  }
  return n;
}

/**
 * Customer referral value (CRV) of Kumar, Petersen & Leone: what one customer's referrals are
 * worth to the firm, in present value. For the referring customer i, over referred customers y and
 * periods t,
 *
 *   CRV_i = Σ_t Σ_{y would not have joined} (A_ty − a_ty − M_ty + ED_ty) / (1 + r)^t
 *         + Σ_t Σ_{y would have joined anyway} ED_ty / (1 + r)^t,
 *
 * with A the referred customer's contribution margin, a the cost of the referral (the reward),
 * M the marketing cost of retaining the referred customer, ED the acquisition cost saved, r the
 * discount rate per period. A customer who would have joined anyway adds only the acquisition
 * cost the referral saved; one who would not have joined adds their whole discounted margin, net
 * of the reward and the marketing cost, plus the saving.
 *
 * When `wouldHaveJoinedAnyway` is a probability p, the referral counts as an expectation over the
 * two cases: (1 − p)·PV(A − M − a) + PV(ED). The reward a and the saving ED are one-time amounts in
 * the joining period (`firstPeriod`, default 1); A and M are per period from then on. As in the
 * paper, the reward is charged only against referrals that would not have come anyway; if your
 * programme's reward on the others matters, lower their `acquisitionSavings` by it.
 *
 * Discounting: with `timing: "end"` period t is discounted by (1 + r)^t (the paper's
 * convention); with `"start"` by (1 + r)^(t − 1). Margins are taken as given (expected values):
 * forecast them with {@link retentionClv}'s assumptions or a fitted model. An empty list of
 * referrals is worth `"0.00"`. Arithmetic is exact decimal at 34 significant digits; the total
 * is rounded once, to `scale` places (default 2) in the `rounding` mode (default `"half-even"`).
 * For each referral's own value, call the function on a one-element list.
 *
 * @param referrals - the customers this customer brought in.
 * @param options - the discount rate per period, the timing and the rounding.
 * @returns the customer referral value in the margins' currency, with exactly `scale` places.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the field (`referrals[2].margin[5]`,
 *   `options.discountRate`, …): `referrals` not an array or an element not an object; a margin not
 *   a finite number or decimal string; a marketing cost, reward or saving < 0; a probability outside
 *   [0, 1]; periods not a safe integer ≥ 0, missing with single amounts, or differing from an
 *   array's length; firstPeriod not a safe integer ≥ 1; a discount rate < 0; a timing other than
 *   `"end"` or `"start"`; a bad `scale` or `rounding`.
 * @see V. Kumar, J. A. Petersen & R. P. Leone (2007), "How valuable is word of mouth?", Harvard
 *   Business Review 85(10), 139–146: customer referral value.
 * @see V. Kumar, J. A. Petersen & R. P. Leone (2010), "Driving profitability by encouraging
 *   customer referrals: who, when, and how", Journal of Marketing 74(5), 1–17: the CRV formula
 *   above, with n1 referrals that would not have joined and n2 − n1 that would have anyway.
 *
 * @example
 * ```ts
 * import { referralValue } from "patronage/value";
 *
 * referralValue(
 *   [
 *     // brought in by the referral: 3 years of 50, a 20 reward, 30 of advertising saved
 *     { wouldHaveJoinedAnyway: false, margin: 50, periods: 3, reward: 20, acquisitionSavings: 30 },
 *     // would have come anyway: only the 30 saved counts
 *     { wouldHaveJoinedAnyway: true, margin: 80, periods: 3, reward: 20, acquisitionSavings: 30 },
 *     // a survey says 40 % would have come anyway
 *     { wouldHaveJoinedAnyway: 0.4, margin: [60, 40], acquisitionSavings: 30 },
 *   ],
 *   { discountRate: 0.1, timing: "end" },
 * ); //=> "240.54"
 * ```
 */
export function referralValue(referrals: readonly Referral[], options: ReferralValueOptions): DecimalString {
  if (!Array.isArray(referrals)) throw invalidArgument("referrals", referrals, "an array of referrals");
  if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an object");
  const discountRate = readDecimal(options.discountRate, "options.discountRate", "nonNegative");
  const { timing } = options;
  if (timing !== "end" && timing !== "start") throw invalidArgument("options.timing", timing, '"end" or "start"');
  const rounding = readMoneyRounding(options, "options");
  const v = ONE.dividedBy(ONE.plus(discountRate));
  const shift = timing === "end" ? 0 : 1;

  let total = ZERO;
  for (let y = 0; y < referrals.length; y++) {
    const field = `referrals[${y}]`;
    const referral = referrals[y];
    if (typeof referral !== "object" || referral === null) throw invalidArgument(field, referral, "a referral object");
    const joined = referral.wouldHaveJoinedAnyway;
    const p =
      joined === true ? ONE : joined === false ? ZERO : readDecimal(joined, `${field}.wouldHaveJoinedAnyway`, "fraction");
    const flow = readFlow(referral.margin, `${field}.margin`);
    const cost = referral.marketingCost === undefined ? null : readFlow(referral.marketingCost, `${field}.marketingCost`, true);
    const reward = referral.reward === undefined ? ZERO : readDecimal(referral.reward, `${field}.reward`, "nonNegative");
    const savings =
      referral.acquisitionSavings === undefined
        ? ZERO
        : readDecimal(referral.acquisitionSavings, `${field}.acquisitionSavings`, "nonNegative");
    const { firstPeriod = 1 } = referral;
    if (!(Number.isSafeInteger(firstPeriod) && firstPeriod >= 1)) {
      throw invalidArgument(`${field}.firstPeriod`, firstPeriod, "a safe integer ≥ 1");
    }
    const n = readPeriods(referral, flow, cost, field);
    // every flow of this referral is discounted from its joining period: v^(firstPeriod − shift)
    const joinDiscount = v.pow(firstPeriod - shift);
    const incremental = ONE.minus(p).isZero()
      ? ZERO
      : ONE.minus(p).times(presentValueOfFlow(flow, cost, n, v).minus(reward));
    total = total.plus(incremental.plus(savings).times(joinDiscount));
  }
  return roundMoney(total, rounding);
}
