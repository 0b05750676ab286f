import type { RoundingMode } from "../_lib/RoundingMode.js";

/**
 * How a money result is rounded. Every function of `patronage/value` that returns money computes
 * it exactly (34 significant digits), then rounds once, at the end, to `scale` decimal places in
 * the `rounding` mode, and returns it as a decimal string in plain notation.
 */
export interface MoneyRoundingOptions {
  /**
   * Decimal places of the result: a safe integer in [0, 34]. Default 2 (cents); 0 for currencies
   * without minor units such as JPY, 3 for BHD. The result always shows exactly this many places.
   */
  readonly scale?: number;
  /** The rounding mode applied to the exact value. Default `"half-even"` (banker's rounding). */
  readonly rounding?: RoundingMode;
}
