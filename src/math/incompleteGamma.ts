import { PatronageError } from "../PatronageError.js";
import { log1pmx } from "./log1pmx.js";
import { logGamma } from "./logGamma.js";
import { HALF_LOG_TWO_PI, stirlingCorrection } from "./stirlingCorrection.js";

/** Guard against a zero denominator in the modified Lentz algorithm (Numerical Recipes §5.2). */
const TINY = 1e-300;
/** Stop when a term or a continued-fraction factor is this small relative to the result. */
const TOLERANCE = 2.3e-16;
/** The cap on series or continued-fraction steps whatever a (about 50 ms; the series needs about
 * 8.6√a steps near x ≈ a, so a ≳ 1e12 can reach it). */
const MAX_STEPS = 1e7;
/** Below this log-prefix, exp() alone would underflow before the sum is applied. */
const LOG_UNDERFLOW = -700;

/**
 * ln(x^a e^{−x} / Γ(a)), the prefix of both the series and the continued fraction.
 *
 * For a ≥ 10 the large terms of a ln x − x − lnΓ(a) are cancelled analytically (Temme 1979; Boost
 * `regularised_gamma_prefix`): with Stirling's formula lnΓ(a) = (a − ½) ln a − a + ½ ln 2π + δ(a),
 * the prefix is a·log1pmx((x − a)/a) − δ(a) + ½ ln(a / 2π), where x − a is exact for x ≥ a/2
 * (Sterbenz). Below a/2, a ln(x/a) + a − x has no harmful cancellation. For a < 10 the direct sum
 * has no term larger than about 10·|ln x| + x, and the result underflows before x reaches 750.
 */
function logPowerTerms(a: number, x: number): number {
  if (a >= 10) {
    const core = x >= 0.5 * a ? a * log1pmx((x - a) / a) : a * Math.log(x / a) + (a - x);
    return core - stirlingCorrection(a) + 0.5 * Math.log(a) - HALF_LOG_TWO_PI;
  }
  return a * Math.log(x) - x - logGamma(a);
}

/**
 * The regularized incomplete gamma functions P(a, x) = γ(a, x)/Γ(a) and Q(a, x) = Γ(a, x)/Γ(a),
 * each computed directly on the side of the transition point where it is the smaller one.
 *
 * Method: for x < a + 1 (and x < ½ when a < 1), the series
 * P(a, x) = x^a e^{−x}/Γ(a + 1) · Σ x^n / ((a + 1)…(a + n)) (DLMF 8.11.4; Numerical Recipes 3rd
 * ed. §6.2, `gser`); otherwise the continued fraction of Q(a, x) (DLMF 8.9.2; Numerical Recipes
 * `gcf`) by the modified Lentz algorithm. Both take O(√a) steps at worst, near x ≈ a. The prefix
 * x^a e^{−x}/Γ(a) is computed as in `logPowerTerms`.
 *
 * @internal
 * @param a - finite, > 0.
 * @param x - ≥ 0, possibly +Infinity.
 * @param upper - return Q(a, x) instead of P(a, x).
 * @returns P(a, x) or Q(a, x), in [0, 1].
 * @throws {@link index!PatronageError} `NOT_CONVERGED` if the series or the continued fraction needs
 *   more than min(1000 + 20√a, 1e7) steps: only for a ≳ 1e12 near x ≈ a, or a NaN argument.
 */
export function incompleteGamma(a: number, x: number, upper: boolean): number {
  if (x === 0) return upper ? 1 : 0;
  if (x === Infinity) return upper ? 0 : 1;
  // The series where it converges fast; the fraction beyond the transition, and also for a < 1 from
  // x = ½ on (≤ 160 steps there), so that Q(a, x) ≈ a·E₁(x), small for small a, is not 1 − P.
  if (x < a + 1 && (a >= 1 || x < 0.5)) {
    // The ratio of successive terms, x/(a + n), is below x/(a + 1) < 1 (or below ½ when a < 1),
    // so the terms fall geometrically; near x ≈ a that takes about 8.6√a steps.
    let ap = a;
    let term = 1;
    let sum = 1;
    for (let n = 1; term > sum * TOLERANCE; n++) {
      if (n > MAX_STEPS) throw notConverged("series", a, x);
      ap += 1;
      term *= x / ap;
      sum += term;
    }
    // P = x^a e^{−x}/Γ(a + 1) · sum. For a < 1 with Γ(a + 1) itself: ln Γ(a) + ln a would cancel
    // to ln Γ(1 + a) ≈ −γa, losing |ln a|·ε (all of P's digits as a → 0).
    let p: number;
    if (a < 1) {
      p = Math.exp(a * Math.log(x) - x - logGamma(a + 1)) * sum;
    } else {
      const logPrefix = logPowerTerms(a, x);
      p = logPrefix > LOG_UNDERFLOW ? (Math.exp(logPrefix) * sum) / a : Math.exp(logPrefix + Math.log(sum / a));
    }
    const bounded = Math.min(p, 1);
    return upper ? 1 - bounded : bounded;
  }
  let b = x + 1 - a; // > 0: x ≥ a + 1, or a < 1 ≤ 2x
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  const maxIterations = Math.min(1000 + 20 * Math.ceil(Math.sqrt(a)), MAX_STEPS);
  for (let i = 1; ; i++) {
    if (i > maxIterations) throw notConverged("continued fraction", a, x);
    const an = -i * (i - a);
    b += 2;
    d = 1 / nonZero(an * d + b);
    c = nonZero(b + an / c);
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= TOLERANCE) break;
  }
  const logPrefix = logPowerTerms(a, x);
  const q = logPrefix > LOG_UNDERFLOW ? Math.exp(logPrefix) * h : Math.exp(logPrefix + Math.log(h));
  const bounded = Math.min(q, 1);
  return upper ? bounded : 1 - bounded;
}

function notConverged(method: string, a: number, x: number): PatronageError {
  return new PatronageError(
    "NOT_CONVERGED",
    `the ${method} of the incomplete gamma function did not converge for a = ${a}, x = ${x}`,
  );
}

/** `value`, or TINY when it is closer to 0 (the guard of the modified Lentz algorithm). */
function nonZero(value: number): number {
  return Math.abs(value) < TINY ? TINY : value;
}
