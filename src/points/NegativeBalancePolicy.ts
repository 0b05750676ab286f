/**
 * What a debit (a redemption, hold, transfer or negative adjustment) larger than the member's
 * spendable points does, discriminated by `mode`:
 * - `"reject"`: it is refused with `INSUFFICIENT_POINTS` (the default);
 * - `"clamp"`: it takes what is spendable and reports the rest as a shortfall (refused when
 *   nothing is spendable);
 * - `"allow-debt"`: it takes what is spendable and the member owes the rest, up to `limit`
 *   points of debt (refused with `DEBT_LIMIT` beyond it); later credits repay the debt first.
 */
export type NegativeBalancePolicy =
  | {
      /** The discriminant: refuse. */
      readonly mode: "reject";
    }
  | {
      /** The discriminant: take what is spendable. */
      readonly mode: "clamp";
    }
  | {
      /** The discriminant: owe the rest. */
      readonly mode: "allow-debt";
      /** The most points a member may owe, an integer in [0, 2^53 − 1] in the smallest unit (absent: no limit). */
      readonly limit?: number | undefined;
    };

/**
 * A {@link NegativeBalancePolicy} as a caller writes it: the policy, or its `mode` alone
 * (`"clamp"` is `{ mode: "clamp" }`).
 */
export type NegativeBalancePolicyInput = NegativeBalancePolicy | NegativeBalancePolicy["mode"];
