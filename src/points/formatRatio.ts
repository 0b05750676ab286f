import type { DecimalString } from "../_lib/toDecimal.js";
import { gcdInt } from "./exactInt.js";

const SIGNIFICANT = 34;

/**
 * The ratio n / d (integers, d > 0) as a plain decimal string: exact when its decimal expansion
 * terminates (d has no prime factor but 2 and 5 once reduced), else rounded half-even to 34
 * significant digits (trailing zeros kept, so 3 + 3·10⁻³⁵ reads
 * `"3.000000000000000000000000000000000"`, not `"3"`); an exact expansion has no trailing zeros (`"8.66"`, `"-0.4"`, `"0.3333333333333333333333333333333333"`).
 *
 * @internal
 */
export function formatRatio(n: number | bigint, d: number | bigint): DecimalString {
  const negative = n < 0;
  if (n === 0 || n === 0n) return "0";
  // Reduced by the gcd (on doubles while both are safe integers, as they usually are).
  const a = BigInt(gcdInt(negative ? -n : n, d));
  const num = BigInt(negative ? -n : n) / a;
  const den = BigInt(d) / a;
  let twos = 0;
  let fives = 0;
  let rest = den;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos++;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives++;
  }
  let decimals: number;
  let digits: bigint;
  if (rest === 1n) {
    decimals = Math.max(twos, fives);
    digits = (num * 10n ** BigInt(decimals)) / den;
  } else {
    // Decimals so that the result carries 34 significant digits.
    const whole = num / den;
    if (whole > 0n) {
      decimals = Math.max(0, SIGNIFICANT - whole.toString().length);
    } else {
      let zeros = 0;
      let scaled = num * 10n;
      while (scaled < den) {
        scaled *= 10n;
        zeros++;
      }
      decimals = zeros + SIGNIFICANT;
    }
    const scaledNum = num * 10n ** BigInt(decimals);
    digits = scaledNum / den;
    const twice = (scaledNum - digits * den) * 2n;
    // A non-terminating expansion never sits exactly half-way.
    if (twice > den) digits += 1n;
    // A carry through every digit (9.99…95 → 10.00…0) makes 35 significant digits: drop the last
    // one, a zero.
    if (decimals > 0 && digits === 10n ** BigInt(whole > 0n ? whole.toString().length + decimals : SIGNIFICANT)) {
      digits /= 10n;
      decimals--;
    }
  }
  let text = digits.toString();
  if (decimals > 0) {
    text = text.padStart(decimals + 1, "0");
    let end = text.length;
    // Trailing zeros are dropped only from an exact expansion: a rounded one keeps its 34 digits.
    if (rest === 1n) while (end > text.length - decimals && text.charCodeAt(end - 1) === 48) end--;
    const point = text.length - decimals;
    text = end === point ? text.slice(0, point) : `${text.slice(0, point)}.${text.slice(point, end)}`;
  }
  return negative ? `-${text}` : text;
}
