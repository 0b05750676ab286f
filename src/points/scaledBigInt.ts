import type { Decimal } from "../_lib/Decimal.js";

/**
 * `value × 10^scale` as an exact `bigint`, for a `value` with at most `scale` decimal places (the
 * caller checks `value.decimalPlaces() <= scale`). It reads the decimal digits, so no 34-digit
 * arithmetic can round it.
 *
 * @internal
 */
export function scaledBigInt(value: Decimal, scale: number): bigint {
  const text = value.toFixed(scale);
  const negative = text.startsWith("-");
  const digits = (negative ? text.slice(1) : text).replace(".", "");
  const units = BigInt(digits);
  return negative ? -units : units;
}
