import { invalidArgument } from "../_lib/invalidArgument.js";
import { incompleteGamma } from "./incompleteGamma.js";

/**
 * The regularized lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a) =
 * (1 / Γ(a)) ∫₀ˣ t^{a−1} e^{−t} dt: the cumulative distribution function of the Gamma(a, 1)
 * distribution at x.
 *
 * Method: for x < a + 1 (and x < ½ when a < 1) the series
 * x^a e^{−x} / Γ(a + 1) · Σ xⁿ / ((a + 1)…(a + n)) (DLMF 8.11.4); otherwise 1 − Q(a, x) with Q from
 * its continued fraction (DLMF 8.9.2), evaluated by the modified Lentz algorithm (Numerical
 * Recipes 3rd ed. §6.2). For a ≥ 10 the factor x^a e^{−x} / Γ(a) is computed as
 * exp(a·log1pmx((x − a)/a) − δ(a)) · √(a / 2π), δ the Stirling remainder (Temme's form, as in
 * Boost's `regularised_gamma_prefix`), so no digits are lost to the cancellation of a ln x against
 * lnΓ(a); for a < 1 with Γ(a + 1) itself, so that P keeps its digits as a → 0.
 *
 * Accuracy: relative error below 1e-13 against mpmath over a in [1e-3, 1e5] (the tested domain)
 * and x from 1e-8 to 10a + 20 (worst measured 2.1e-14): P keeps its relative accuracy where it is
 * tiny (x ≪ a). Where P is close to 1, use {@link regularizedGammaQ} for 1 − P. The cost grows
 * like √a near x ≈ a (about 2500 terms, some 10 µs, at a = 1e5); larger a work but are untested.
 *
 * @param a - the shape parameter, a finite number > 0.
 * @param x - the point, a number ≥ 0; P(a, 0) = 0 and P(a, +Infinity) = 1.
 * @returns P(a, x), in [0, 1].
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` when a is not a finite number > 0 or x is
 *   NaN or negative; `NOT_CONVERGED` if the series or fraction would need more than 1e7 steps
 *   (never in the tested domain; possible for a ≳ 1e12 near x ≈ a).
 * @see NIST DLMF §8.2, eqs. 8.9.2 and 8.11.4 (https://dlmf.nist.gov/8).
 * @see W. H. Press et al. (2007), Numerical Recipes, 3rd ed., §6.2.
 * @see N. M. Temme (1979), "The asymptotic expansion of the incomplete gamma functions", SIAM J.
 *   Math. Anal. 10(4), 757–766; Boost.Math `regularised_gamma_prefix`.
 *
 * @example
 * ```ts
 * import { regularizedGammaP } from "patronage/math";
 *
 * regularizedGammaP(1, 2); //=> 0.8646647167633873 (1 − e^−2)
 * regularizedGammaP(100, 50); //=> 3.200065324585127e-10
 * ```
 */
export function regularizedGammaP(a: number, x: number): number {
  if (!(a > 0) || a === Infinity) throw invalidArgument("a", a, "a finite number > 0");
  if (!(x >= 0)) throw invalidArgument("x", x, "a number ≥ 0");
  return incompleteGamma(a, x, false);
}
