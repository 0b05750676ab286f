import { invalidArgument } from "../_lib/invalidArgument.js";
import type { DecimalString } from "../_lib/toDecimal.js";
import type { MoneyRoundingOptions } from "./MoneyRoundingOptions.js";
import { readDecimal } from "./readDecimal.js";
import { readMoneyRounding } from "./readMoneyRounding.js";
import { roundMoney } from "./roundMoney.js";

/** The two parts of a customer's value, in the same currency. */
export interface CustomerValueParts {
  /**
   * Lifecycle value (周期价值): what the customer's own purchases are worth, from
   * {@link historicClv}, {@link retentionClv} or a model's CLV; may be negative.
   */
  readonly lifetime: DecimalString | number;
  /** Indirect value (间接价值): what their referrals are worth, from {@link referralValue}; may be negative. */
  readonly referral: DecimalString | number;
}

/** A customer's value: its two parts and their total, each with exactly `scale` places. */
export interface CustomerValueResult {
  /** The lifecycle value (周期价值), rounded to `scale`. */
  readonly lifetime: DecimalString;
  /** The indirect value (间接价值), rounded to `scale`. */
  readonly referral: DecimalString;
  /** lifetime + referral: the sum of the two rounded parts, so the parts always add up to it. */
  readonly total: DecimalString;
}

/**
 * A customer's total value as the domain defines it (客户价值 = 周期价值 + 间接价值): the value of
 * their own purchases over the relationship plus the value of the customers they bring in (Kumar,
 * Petersen & Leone's CLV + CRV). Both parts must be in the same currency and discounted to the
 * same date.
 *
 * Each part is rounded once, to `scale` places (default 2) in the `rounding` mode (default
 * `"half-even"`), and the total is their exact sum, so the parts shown always add up to the total
 * shown (rounding the exact sum instead could differ from it by one unit in the last place).
 *
 * @param parts - the lifecycle value and the referral value, as decimal strings or numbers.
 * @param options - the rounding (optional).
 * @returns the two parts and the total.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `parts.lifetime` or
 *   `parts.referral` when it is not a finite number or plain decimal string, or
 *   `options.scale` / `options.rounding` when invalid.
 * @see V. Kumar, J. A. Petersen & R. P. Leone (2007), "How valuable is word of mouth?", Harvard
 *   Business Review 85(10), 139–146: valuing customers on both CLV and CRV.
 *
 * @example
 * ```ts
 * import { customerValue, referralValue, retentionClv } from "patronage/value";
 *
 * const lifetime = retentionClv({ margin: 100, retentionRate: 0.9, discountRate: 0.12, timing: "end" });
 * const referral = referralValue(
 *   [{ wouldHaveJoinedAnyway: false, margin: 40, periods: 2, reward: 10 }],
 *   { discountRate: 0.12, timing: "end" },
 * );
 * customerValue({ lifetime, referral });
 * //=> { lifetime: "409.09", referral: "58.67", total: "467.76" }
 * ```
 */
export function customerValue(parts: CustomerValueParts, options: MoneyRoundingOptions = {}): CustomerValueResult {
  if (typeof parts !== "object" || parts === null) throw invalidArgument("parts", parts, "an object { lifetime, referral }");
  if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an object");
  const rounding = readMoneyRounding(options, "options");
  const lifetime = roundMoney(readDecimal(parts.lifetime, "parts.lifetime"), rounding);
  const referral = roundMoney(readDecimal(parts.referral, "parts.referral"), rounding);
  const total = roundMoney(readDecimal(lifetime, "parts.lifetime").plus(readDecimal(referral, "parts.referral")), rounding);
  return { lifetime, referral, total };
}
