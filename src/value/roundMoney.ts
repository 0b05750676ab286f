import type { Decimal } from "../_lib/Decimal.js";
import { toDecimalRounding } from "../_lib/RoundingMode.js";
import type { DecimalString } from "../_lib/toDecimal.js";
import type { MoneyRounding } from "./readMoneyRounding.js";

/**
 * Rounds an exact value once to `scale` places in the given mode and writes it in plain notation
 * with exactly `scale` places; a result that rounds to zero is written without a sign (`"0.00"`).
 *
 * @internal
 */
export function roundMoney(value: Decimal, { scale, rounding }: MoneyRounding): DecimalString {
  const rounded = value.toDecimalPlaces(scale, toDecimalRounding(rounding));
  return (rounded.isZero() ? rounded.abs() : rounded).toFixed(scale);
}
