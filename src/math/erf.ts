import { invalidArgument } from "../_lib/invalidArgument.js";
import { ERF_SMALL_LIMIT, erfcPositive, erfSmall } from "./calerf.js";

/**
 * The error function erf(x) = (2/√π) ∫₀ˣ e^{−t²} dt, odd in x, with full relative accuracy near 0.
 *
 * Method: W. J. Cody's rational Chebyshev approximations (CALERF): a direct approximation for
 * |x| ≤ 0.46875 and 1 − erfc(|x|) beyond. For |x| > 0.5 prefer {@link erfc} when what you need is
 * 1 − erf(x): it keeps the digits that 1 − erf(x) loses.
 *
 * @param x - any number but NaN; erf(±∞) = ±1.
 * @returns erf(x), in [−1, 1].
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` when x is NaN.
 * @see W. J. Cody (1969), "Rational Chebyshev approximations for the error function",
 *   Mathematics of Computation 23(107), 631–637.
 *
 * @example
 * ```ts
 * import { erf } from "patronage/math";
 *
 * erf(0.5); //=> 0.5204998778130465
 * erf(-1); //=> -0.8427007929497149
 * ```
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) throw invalidArgument("x", x, "a number (not NaN)");
  const y = Math.abs(x);
  if (y <= ERF_SMALL_LIMIT) return erfSmall(x);
  const value = 1 - erfcPositive(y);
  return x < 0 ? -value : value;
}
