import { invalidArgument } from "../_lib/invalidArgument.js";
import { logGamma } from "./logGamma.js";
import { HALF_LOG_TWO_PI, stirlingCorrection } from "./stirlingCorrection.js";


/**
 * The natural logarithm of the beta function, ln B(a, b) = lnΓ(a) + lnΓ(b) − lnΓ(a + b).
 *
 * Method: with p = min(a, b) and q = max(a, b), the three log-gammas are summed when q < 10; when
 * q ≥ 10 the large terms of Stirling's formula are cancelled analytically and only the Stirling
 * remainders are evaluated, as in R's `lbeta` (after W. Fullerton's SLATEC `dlbeta`), so the
 * result keeps its relative accuracy when a or b is large (ln B(1e5, 0.5), say) instead of
 * losing it to the cancellation of lnΓ(q) against lnΓ(p + q).
 *
 * @param a - a finite number > 0.
 * @param b - a finite number > 0.
 * @returns ln B(a, b).
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` when a or b is not a finite number > 0.
 * @see NIST DLMF 5.12.1 (https://dlmf.nist.gov/5.12).
 * @see R Core Team, `src/nmath/lbeta.c`; W. Fullerton (1977), SLATEC `dlbeta`.
 *
 * @example
 * ```ts
 * import { logBeta } from "patronage/math";
 *
 * logBeta(2, 3); //=> -2.4849066497880004 (ln 1/12)
 * logBeta(0.5, 0.5); //=> 1.1447298858494002 (ln π)
 * ```
 */
export function logBeta(a: number, b: number): number {
  if (!(a > 0) || a === Infinity) throw invalidArgument("a", a, "a finite number > 0");
  if (!(b > 0) || b === Infinity) throw invalidArgument("b", b, "a finite number > 0");
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  const sum = p + q;
  if (p >= 10) {
    const correction = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(sum);
    return (
      -0.5 * Math.log(q) + HALF_LOG_TWO_PI + correction + (p - 0.5) * Math.log(p / sum) + q * Math.log1p(-p / sum)
    );
  }
  if (q >= 10) {
    const correction = stirlingCorrection(q) - stirlingCorrection(sum);
    return logGamma(p) + correction + p - p * Math.log(sum) + (q - 0.5) * Math.log1p(-p / sum);
  }
  return logGamma(p) + logGamma(q) - logGamma(sum);
}
