import type { DecimalString } from "../_lib/toDecimal.js";

/**
 * Writes `units × 10^−scale` in plain notation with exactly `scale` decimal places (`1234n`, 2 →
 * `"12.34"`; zero is written without a sign).
 *
 * @internal
 */
export function formatScaled(units: bigint, scale: number): DecimalString {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const text = scale === 0 ? whole : `${whole}.${digits.slice(digits.length - scale)}`;
  return negative ? `-${text}` : text;
}
