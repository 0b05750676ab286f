import { invalidArgument } from "../_lib/invalidArgument.js";
import { normalQuantile } from "../math/index.js";
import type { Interval } from "./Interval.js";
import { readConfidence } from "./readConfidence.js";
import { twoSidedZ } from "./twoSidedZ.js";
import { assertKnownKeys } from "./assertKnownKeys.js";

/** Options of {@link wilsonInterval}. */
export interface WilsonIntervalOptions {
  /** The confidence level, a probability in (0, 1); default 0.95. */
  readonly confidence?: number;
  /**
   * `2` (default): the two-sided interval, each tail holding (1 − confidence) / 2.
   * `1`: the one-sided lower bound at level `confidence` (the whole 1 − confidence in the lower
   * tail, z = Φ⁻¹(confidence)); the upper bound is then 1 by definition and the method is
   * `"wilson-lower"` (`"wilson-cc-lower"` with the correction).
   */
  readonly sides?: 1 | 2;
  /**
   * `true`: apply Yates's continuity correction (Newcombe 1998, method 4), which widens the interval
   * by about 1/(2n) on each side so that its coverage errs on the safe side; the method is then
   * `"wilson-cc"`. Default `false`.
   */
  readonly continuityCorrection?: boolean;
}

/**
 * The Wilson (1927) score interval for a binomial proportion: the set of p for which the score test
 * of p does not reject, at the given confidence level. It is the pair of roots of
 * (n + z²)·p² − (2x + z²)·p + x²/n = 0, that is
 *
 *   p = (2x + z² ± z·√(z² + 4x(n − x)/n)) / (2(n + z²)),
 *
 * with x = `successes`, z = Φ⁻¹(1 − α/2) (two-sided) or Φ⁻¹(1 − α) (one-sided), α = 1 − confidence.
 * The upper root is computed as written (a sum of non-negative terms), the lower one as
 * x² / (n(n + z²) · upper) (the product of the roots), so neither bound loses digits to cancellation:
 * the lower bound is exactly 0 when x = 0 and the upper bound exactly 1 when x = n. Unlike the Wald
 * interval p̂ ± z·√(p̂(1 − p̂)/n), it never leaves [0, 1], is never empty at x = 0 or x = n, and its
 * coverage stays close to the nominal level for small n (Brown, Cai & DasGupta 2001).
 *
 * With `continuityCorrection: true` the bounds are Newcombe's (1998) method 4,
 * (2x + z² ∓ 1 ∓ z·√(z² ∓ 2 − 1/n + 4x(n − x ± 1)/n)) / (2(n + z²)), lower 0 at x = 0 and upper 1 at
 * x = n; the lower one is computed as (2x − 1)²(1 + z²/n) / (2(n + z²)(2x + z² − 1 + z·√(…))),
 * the same cancellation-free product form.
 *
 * With `sides: 1` the result is the one-sided lower confidence bound [lower, 1]: P(p ≥ lower) ≈
 * `confidence`. Sorting items by this bound ranks "4 of 4 positive" below "95 of 100 positive".
 *
 * @param successes - the number of successes x, a safe integer with 0 ≤ x ≤ n.
 * @param n - the number of trials, a safe integer ≥ 1.
 * @param options - `confidence` (default 0.95), `sides` (default 2) and `continuityCorrection`
 *   (default false); see {@link WilsonIntervalOptions}.
 * @returns the {@link Interval} `{ lower, upper, confidence, method: "wilson" }` (`"wilson-cc"` with
 *   the continuity correction; `"wilson-lower"` and `"wilson-cc-lower"` for the one-sided bound of
 *   `sides: 1`, so it cannot be taken for a two-sided interval), bounds in [0, 1] and around x / n (lower ≤ x / n ≤ upper).
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `successes`, `n`,
 *   `options.confidence`, `options.sides` or `options.continuityCorrection` when one is out of its
 *   domain (including successes > n), or an unknown option key (`options.side`).
 * @see E. B. Wilson (1927), "Probable inference, the law of succession, and statistical inference",
 *   Journal of the American Statistical Association 22(158), 209–212.
 * @see L. D. Brown, T. T. Cai & A. DasGupta (2001), "Interval estimation for a binomial proportion",
 *   Statistical Science 16(2), 101–133, eq. (4).
 * @see R. G. Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison
 *   of seven methods", Statistics in Medicine 17(8), 857–872, methods 3 and 4.
 *
 * @example
 * ```ts
 * import { wilsonInterval } from "patronage/satisfaction";
 *
 * wilsonInterval(81, 100);
 * //=> { lower: 0.7222…, upper: 0.8748…, confidence: 0.95, method: "wilson" }
 * wilsonInterval(0, 10).lower; //=> 0
 * wilsonInterval(95, 100, { confidence: 0.9, sides: 1 });
 * //=> { lower: 0.9140…, upper: 1, confidence: 0.9, method: "wilson-lower" }
 * wilsonInterval(81, 100, { continuityCorrection: true });
 * //=> { lower: 0.7166…, upper: 0.8789…, confidence: 0.95, method: "wilson-cc" }
 * ```
 */
export function wilsonInterval(successes: number, n: number, options?: WilsonIntervalOptions): Interval {
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 1) throw invalidArgument("n", n, "a safe integer ≥ 1");
  if (typeof successes !== "number" || !Number.isSafeInteger(successes) || successes < 0 || successes > n) {
    throw invalidArgument("successes", successes, `a safe integer from 0 to n = ${n}`);
  }
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw invalidArgument("options", options, "an object { confidence?, sides?, continuityCorrection? }");
  }
  assertKnownKeys(options, ["confidence", "sides", "continuityCorrection"], "options");
  const confidence = readConfidence(options?.confidence);
  const sides = options?.sides ?? 2;
  if (sides !== 1 && sides !== 2) throw invalidArgument("options.sides", sides, "1 or 2");
  const corrected = options?.continuityCorrection ?? false;
  if (typeof corrected !== "boolean") throw invalidArgument("options.continuityCorrection", corrected, "a boolean");
  // The upper quantile from the small tail probability keeps its digits (see normalQuantile).
  const z = sides === 2 ? twoSidedZ(confidence) : -normalQuantile(1 - confidence);
  const z2 = z * z;
  const x = successes;
  const denominator = 2 * (n + z2);
  let lower: number;
  let upper: number;
  if (!corrected) {
    // Roots (A ± z√B) / (2(n + z²)), A = 2x + z², B = z² + 4x(n − x)/n; A² − z²B = 4x²(1 + z²/n).
    const sum = 2 * x + z2 + z * Math.sqrt(z2 + (4 * x * (n - x)) / n);
    upper = sum / denominator;
    lower = (2 * x * x) / (n * sum);
  } else {
    // Newcombe's method 4; for the lower bound A = 2x + z² − 1, B = z² − 2 − 1/n + 4x(n − x + 1)/n,
    // A² − z²B = (2x − 1)²(1 + z²/n). Both B ≥ z² + 1 − 1/n > 0 where they are used (x ≥ 1, x < n).
    upper = x === n ? 1 : (2 * x + z2 + 1 + z * Math.sqrt(z2 + 2 - 1 / n + (4 * x * (n - x - 1)) / n)) / denominator;
    const sum = 2 * x + z2 - 1 + z * Math.sqrt(z2 - 2 - 1 / n + (4 * x * (n - x + 1)) / n);
    lower = x === 0 ? 0 : ((2 * x - 1) * (2 * x - 1) * (1 + z2 / n)) / (denominator * sum);
  }
  const share = x / n;
  return {
    lower: x === 0 ? 0 : Math.min(lower, share),
    upper: sides === 1 || x === n ? 1 : Math.max(Math.min(upper, 1), share),
    confidence,
    method: `${corrected ? "wilson-cc" : "wilson"}${sides === 1 ? "-lower" : ""}`,
  };
}
