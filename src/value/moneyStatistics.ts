import type { Decimal } from "../_lib/Decimal.js";
import { decimalToString, unitsToString } from "./readTransactions.js";

const POW10 = /* @__PURE__ */ Array.from({ length: 16 }, (_, k) => 10 ** k);

/** The exact sum of customer `c` as a DecimalString without trailing zeros. @internal */
export function sumString(sums: Float64Array | Decimal[], c: number, scale: number): string {
  return sums instanceof Float64Array ? unitsToString(sums[c] as number, scale) : decimalToString(sums[c] as Decimal);
}

/**
 * (sums[c] − minus[c]) / count as a double (`minus` null: nothing subtracted), from the exact sums:
 * one correctly rounded division on the fast path when 10^scale · count is exact.
 * @internal
 */
export function meanOf(
  sums: Float64Array | Decimal[],
  minus: Float64Array | Decimal[] | null,
  c: number,
  count: number,
  scale: number,
): number {
  if (sums instanceof Float64Array) {
    const diff = (sums[c] as number) - (minus === null ? 0 : ((minus as Float64Array)[c] as number));
    const p = POW10[scale] as number;
    const divisor = p * count;
    return divisor <= Number.MAX_SAFE_INTEGER ? diff / divisor : diff / p / count;
  }
  const value = sums[c] as Decimal;
  return (minus === null ? value : value.minus((minus as Decimal[])[c] as Decimal)).div(count).toNumber();
}
