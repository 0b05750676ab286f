import { invalidArgument } from "../_lib/invalidArgument.js";

/**
 * W. J. Cody's ANORM coefficients (SPECFUN, ACM TOMS Algorithm 715), as published; they are also
 * those of R's `pnorm`. A/B: |z| ≤ 0.66291; C/D: 0.66291 < |z| ≤ √32; P/Q: |z| > √32.
 */
const A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113] as const;
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956] as const;
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711,
  6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
] as const;
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091,
  34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
] as const;
const P = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5,
  0.02307344176494017303,
] as const;
const Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5] as const;

const ONE_OVER_SQRT_TWO_PI = 0.398942280401432677939946059934;
const SQRT_32 = 5.656854249492380195206754896838;
/** Beyond this |z|, Φ(−|z|) is below half the smallest subnormal double. */
const UNDERFLOW = 38.5;

/** Φ(−y) for y > 0.66291: the rational factor times e^{−y²/2}, the exponent split to stay exact. */
function lowerTail(y: number): number {
  if (y >= UNDERFLOW) return 0;
  let ratio: number;
  if (y <= SQRT_32) {
    let numerator = C[8] * y;
    let denominator = y;
    for (let i = 0; i < 7; i++) {
      numerator = (numerator + (C[i] as number)) * y;
      denominator = (denominator + (D[i] as number)) * y;
    }
    ratio = (numerator + C[7]) / (denominator + D[7]);
  } else {
    const z = 1 / (y * y);
    let numerator = P[5] * z;
    let denominator = z;
    for (let i = 0; i < 4; i++) {
      numerator = (numerator + (P[i] as number)) * z;
      denominator = (denominator + (Q[i] as number)) * z;
    }
    ratio = (ONE_OVER_SQRT_TWO_PI - (z * (numerator + P[4])) / (denominator + Q[4])) / y;
  }
  const s = Math.trunc(y * 16) / 16;
  const delta = (y - s) * (y + s);
  return Math.exp(-s * s * 0.5) * Math.exp(-delta * 0.5) * ratio;
}

/**
 * The cumulative distribution function of the normal distribution, Φ((x − mean) / sd), with full
 * relative accuracy in the lower tail (`normalCdf(-38)` = 2.885428351e-316, a subnormal double).
 *
 * Method: W. J. Cody's ANORM rational Chebyshev approximations (the algorithm of R's `pnorm`),
 * with e^{−z²/2} evaluated on an exactly split exponent. The upper tail 1 − Φ(z) for large z is
 * best computed as `normalCdf(-z)`, which keeps its digits; `normalCdf(z)` rounds to 1 for
 * z > 8.3. The result is 0 for z ≤ −38.5, where the true value is below the smallest double.
 *
 * @param x - the point; ±Infinity gives 0 or 1; NaN throws.
 * @param mean - the mean of the distribution (default 0), finite.
 * @param sd - the standard deviation (default 1), finite and > 0.
 * @returns P(X ≤ x) for X ~ Normal(mean, sd²), in [0, 1].
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` when x is NaN, mean is not finite, or sd is not finite and > 0.
 * @see W. J. Cody (1993), ACM TOMS Algorithm 715 (SPECFUN), routine ANORM; Cody (1969),
 *   Mathematics of Computation 23(107), 631–637.
 *
 * @example
 * ```ts
 * import { normalCdf } from "patronage/math";
 *
 * normalCdf(1.959963984540054); //=> 0.975
 * normalCdf(-38); //=> 2.885428351e-316
 * normalCdf(110, 100, 5); //=> 0.9772498680518208
 * ```
 */
export function normalCdf(x: number, mean = 0, sd = 1): number {
  if (Number.isNaN(x)) throw invalidArgument("x", x, "a number (not NaN)");
  if (!Number.isFinite(mean)) throw invalidArgument("mean", mean, "a finite number");
  if (!(sd > 0) || sd === Infinity) throw invalidArgument("sd", sd, "a finite number > 0");
  const z = mean === 0 && sd === 1 ? x : (x - mean) / sd;
  const y = Math.abs(z);
  if (y <= 0.66291) {
    const zz = z * z;
    let numerator = A[4] * zz;
    let denominator = zz;
    for (let i = 0; i < 3; i++) {
      numerator = (numerator + (A[i] as number)) * zz;
      denominator = (denominator + (B[i] as number)) * zz;
    }
    return 0.5 + (z * (numerator + A[3])) / (denominator + B[3]);
  }
  const tail = lowerTail(y);
  return z < 0 ? tail : 1 - tail;
}
