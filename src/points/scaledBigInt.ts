import type { Decimal } from "../_lib/Decimal.js";
import { readScaledDecimal, unitsAt, type ScaledDecimal } from "./ScaledDecimal.js";

/**
 * `value × 10^scale` as an exact `bigint`, for a `value` with at most `scale` decimal places (the
 * caller checks `value.decimalPlaces() <= scale`). It reads the decimal digits (through
 * {@link readScaledDecimal}, the one reader of decimal digits of `patronage/points`), so no 34-digit
 * arithmetic can round it.
 *
 * @internal
 */
export function scaledBigInt(value: Decimal, scale: number): bigint {
  // toFixed() writes every digit in plain notation, which readScaledDecimal always reads.
  const units = BigInt(unitsAt(readScaledDecimal(value.abs().toFixed()) as ScaledDecimal, scale));
  return value.isNegative() ? -units : units;
}
