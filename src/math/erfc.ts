import { invalidArgument } from "../_lib/invalidArgument.js";
import { ERF_SMALL_LIMIT, erfcPositive, erfSmall } from "./calerf.js";

/**
 * The complementary error function erfc(x) = 1 − erf(x) = (2/√π) ∫ₓ^∞ e^{−t²} dt, accurate in the
 * far right tail where 1 − erf(x) would be 0.
 *
 * Method: W. J. Cody's rational Chebyshev approximations (CALERF), with e^{−x²} split so that its
 * argument is exact; erfc(−x) = 2 − erfc(x). The result underflows to 0 for x ≥ 27.3 (the true
 * value is below 2.5e-324 there) and is subnormal, with the absolute precision of a subnormal
 * double (about 5e-324), for 26.55 < x < 27.3.
 *
 * @param x - any number but NaN; erfc(−∞) = 2 and erfc(∞) = 0.
 * @returns erfc(x), in [0, 2].
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` when x is NaN.
 * @see W. J. Cody (1969), "Rational Chebyshev approximations for the error function",
 *   Mathematics of Computation 23(107), 631–637.
 * @see W. J. Cody (1993), ACM TOMS Algorithm 715 (SPECFUN), routine CALERF.
 *
 * @example
 * ```ts
 * import { erfc } from "patronage/math";
 *
 * erfc(0); //=> 1
 * erfc(1); //=> 0.15729920705028513
 * erfc(10); //=> 2.088487583762545e-45
 * ```
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) throw invalidArgument("x", x, "a number (not NaN)");
  const y = Math.abs(x);
  if (y <= ERF_SMALL_LIMIT) return 1 - erfSmall(x);
  const tail = erfcPositive(y);
  return x < 0 ? 2 - tail : tail;
}
