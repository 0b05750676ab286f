import { PatronageError } from "../PatronageError.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { incompleteBeta } from "./incompleteBeta.js";
import { logBeta } from "./logBeta.js";
import { normalQuantile } from "./normalQuantile.js";
import { sinPi } from "./sinPi.js";

/** ln 2. */
const LN2 = 0.6931471805599453;
/** ln(Number.MAX_VALUE). */
const LOG_MAX = 709.782712893384;
/** Beyond this |t|/√df, 1/(1 + t²/df) is below 1e-200 and I_x(df/2, ½) is its leading term. */
const FAR_TAIL = 1e100;
/** Below this lower-tail probability the residual is taken on ln F; above it, on 1 − 2F. */
const LOG_MODE_BELOW = 0.25;
const MAX_ITERATIONS = 100;

/**
 * Hill's (1970) approximation to the upper quantile |t| of Student's t distribution for the
 * two-sided probability P = 2·min(p, 1 − p) and df ≥ 1: ACM Algorithm 396, as refined in R's
 * `qt` (the normal-based expansion for large P, the tail expansion otherwise).
 */
function hillStart(twoSided: number, df: number): number {
  const a = 1 / (df - 0.5);
  const b = 48 / (a * a);
  let c = ((((20700 * a) / b - 98) * a - 16) * a + 96.36);
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * df;
  const x = (Math.log(d) + Math.log(twoSided)) / df;
  let y = Math.exp(2 * x); // (d·P)^{2/df}
  if ((df < 2.1 && twoSided > 0.5) || y > 0.05 + a) {
    const z = normalQuantile(0.5 * twoSided);
    const zz = z * z;
    if (df < 5) c += 0.3 * (df - 4.5) * (z + 0.6);
    c = (((0.05 * d * z - 5) * z - 7) * z - 2) * z + b + c;
    y = (((((0.4 * zz + 6.3) * zz + 36) * zz + 94.5) / c - zz - 3) / b + 1) * z;
    return Math.sqrt(df * Math.expm1(a * y * y));
  }
  if (x < -36.7) return Math.sqrt(df) * Math.exp(-x); // y below 2^-106: the leading term
  const inner = 1 / (((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3) + 0.5 / (df + 4);
  y = ((inner * y - 1) * (df + 1)) / (df + 2) + 1 / y;
  return Math.sqrt(df * y);
}

/**
 * The quantile of Student's t distribution with `df` degrees of freedom: the t with
 * P(T ≤ t) = p.
 *
 * Method: exact closed forms for df = 1 (t = tan(π(p − ½)), the Cauchy distribution) and df = 2
 * (t = (2p − 1)/√(2p(1 − p))); otherwise Newton's method on the accurate distribution function
 * {@link studentTCdf}, solved for the smaller tail probability q = min(p, 1 − p) (so that p near 1
 * loses nothing) and started from Hill's approximation (ACM Algorithm 396) for df ≥ 1, or from the
 * rigorous bounds below for df < 1. In the tail (q < ¼) the residual is ln F(t) − ln q and the step
 * is taken in ln|t|, which is exact for the power-law tail; near the centre the residual is
 * P(|T| < |t|) − (1 − 2q), computed directly so that tiny |t| keep their relative accuracy. Every
 * step is safeguarded by a bracket that starts from the bounds
 * −√df·(q·df·B(df/2, ½))^{−1/df} ≤ t ≤ (q − ½)·√df·B(df/2, ½) (from the tail bound of the density
 * and the convexity of F on t < 0), with bisection when a step leaves it. With df = +Infinity the
 * distribution is the standard normal and {@link normalQuantile} is returned.
 *
 * Accuracy: relative error below 1e-13 against mpmath (a high-precision root of its own
 * distribution function) for df from 0.1 to 1e6 and p from 1e-300 to 1 − 1e-10 (worst measured
 * 2.2e-14); typically 1 to 4 Newton steps, a few microseconds. Near p = 1 the
 * answer can only be as precise as 1 − p: pass the small tail and negate,
 * `-studentTQuantile(1 - p, df)`, when you hold the upper tail probability.
 *
 * @param p - a probability in the open interval (0, 1).
 * @param df - the degrees of freedom, a number > 0 (need not be an integer), or +Infinity for the
 *   standard normal distribution.
 * @returns the t with P(T ≤ t) = p; 0 at p = ½.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` when p is not in (0, 1), df is NaN or
 *   ≤ 0, or the quantile lies beyond the double range (|t| > 1.8e308, only for df well below 1 or
 *   p below 1e-308); `NOT_CONVERGED` if the iteration fails (not observed in the tested domain).
 * @see G. W. Hill (1970), "Algorithm 396: Student's t-quantiles", Communications of the ACM
 *   13(10), 619–620.
 * @see M. Abramowitz & I. A. Stegun (1964), Handbook of Mathematical Functions, 26.7.1.
 *
 * @example
 * ```ts
 * import { studentTQuantile } from "patronage/math";
 *
 * studentTQuantile(0.975, 10); //=> 2.2281388519862744
 * studentTQuantile(0.75, 1); //=> 1 (Cauchy: tan(π/4))
 * studentTQuantile(1e-10, 5); //=> -156.82559270889436
 * ```
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw invalidArgument("p", p, "a probability in (0, 1)");
  if (!(df > 0)) throw invalidArgument("df", df, "a number > 0 (or +Infinity for the normal distribution)");
  if (df === Infinity) return normalQuantile(p);
  if (p === 0.5) return 0;
  const lower = p < 0.5;
  const q = lower ? p : 1 - p; // exact for p > ½ (Sterbenz)
  const t = lowerQuantile(q, df);
  if (!Number.isFinite(t)) throw overflow(p, df);
  return lower ? t : -t;
}

/** The t < 0 with P(T ≤ t) = q, for 0 < q < ½. */
function lowerQuantile(q: number, df: number): number {
  if (df === 1) return -sinPi(0.5 - q) / sinPi(q); // −cot(πq) = tan(π(q − ½)), with exact reduction
  if (df === 2) return -(1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  const a = 0.5 * df;
  const logBetaA = logBeta(a, 0.5);
  const halfLogDf = 0.5 * Math.log(df);
  const sqrtDf = Math.sqrt(df);
  const farScale = Math.exp(-Math.log(a) - logBetaA); // 1/(a B(a, ½))
  // ln(√df·B(df/2, ½)), so that the density is f(t) = exp(−(df + 1)/2 · ln(1 + t²/df) − logNorm).
  const logNorm = halfLogDf + logBetaA;
  const twoQ = 2 * q;
  const logTwoQ = Math.log(twoQ);
  const logMode = q < LOG_MODE_BELOW;
  const target = 1 - twoQ; // exact for q ≥ ¼

  // Rigorous bracket lo ≤ t ≤ hi, widened by 1e-8 relative: both bounds can be tight to rounding
  // (hi as q → ½, lo in the far tail for df ≲ 1), where their own rounding could exclude the root.
  let hi = (q - 0.5) * Math.exp(logNorm) * (1 - 1e-8);
  const logLo = halfLogDf - (Math.log(df) + logBetaA + Math.log(q)) / df + 1e-8;
  // If the bound overflows, check F(−MAX_VALUE) by the far-tail formula: above q, t overflows too.
  if (logLo >= LOG_MAX && -df * (LOG_MAX - halfLogDf) - Math.log(a) - logBetaA > logTwoQ) return -Infinity;
  let lo = Math.max(-Math.exp(logLo), -Number.MAX_VALUE);

  let t = df >= 1 ? -hillStart(twoQ, df) : logMode ? lo : hi;
  if (!(t > lo)) t = lo;
  if (!(t < hi)) t = hi;
  let smallSteps = 0;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const r = -t / sqrtDf;
    let logOnePlusR2: number;
    let v: number; // 2F(t) = I_x(df/2, ½)
    let w: number; // 1 − 2F(t) = I_{1−x}(½, df/2)
    if (r > FAR_TAIL) {
      const logR = Math.log(-t) - halfLogDf;
      logOnePlusR2 = 2 * logR;
      // As in studentTCdf: r^−df / (a B(a, ½)), by pow while r is finite (one rounding, not ~700·ε).
      v = r < Infinity ? farScale * Math.pow(r, -df) : Math.exp(-df * logR - Math.log(a) - logBetaA);
      w = 1 - v;
    } else {
      const r2 = r * r;
      logOnePlusR2 = Math.log1p(r2);
      const x = 1 / (1 + r2);
      const y = r2 / (1 + r2);
      if (logMode) {
        v = incompleteBeta(x, y, a, 0.5, false);
        w = 1 - v;
      } else {
        w = incompleteBeta(x, y, a, 0.5, true);
        v = 1 - w;
      }
    }
    const logDensity2 = LN2 - (a + 0.5) * logOnePlusR2 - logNorm; // ln(2 f(t)) = ln(dv/dt)
    let next: number;
    if (logMode) {
      // ln(v / 2q), increasing in t; through log1p near the root, where ln v − ln 2q would cancel.
      const residual = v > 0.5 * twoQ && v < 2 * twoQ ? Math.log1p((v - twoQ) / twoQ) : Math.log(v) - logTwoQ;
      if (residual > 0) hi = t;
      else lo = t;
      // Newton on ln v in ln|t|: the step −residual·v/(2f) over t, with v/(2f) formed in logs (2f
      // underflows far out in heavy tails while v does not).
      next = t * Math.exp((-residual * Math.exp(Math.log(v) - logDensity2)) / t);
    } else {
      const residual = w - target; // decreasing in t
      if (residual > 0) lo = t;
      else hi = t;
      // Newton in t; in ln|t| when that would more than double |t| (for df ≪ 1, P(|T| < |t|) grows
      // like df·ln|t| and steps in t would crawl outwards).
      const relativeStep = residual / (Math.exp(logDensity2) * t); // Δt/t, > 0 outwards
      next = relativeStep > 1 ? t * Math.exp(relativeStep) : t * (1 + relativeStep);
    }
    if (Math.abs(next - t) <= 4e-16 * Math.abs(t)) return next; // converged to rounding (false for NaN)
    if (!(next > lo && next < hi)) {
      // The step left the bracket (or overflowed): bisect, geometrically when it spans decades.
      next = lo < 4 * hi ? -Math.sqrt(-lo) * Math.sqrt(-hi) : 0.5 * (lo + hi);
      if (!(next > lo && next < hi)) return t; // the bracket is down to adjacent doubles
    }
    // Three steps below 1e-9: quadratic convergence has run into the noise of the distribution
    // function, where Newton steps and bisections only trade its last few bits.
    if (Math.abs(next - t) <= 1e-9 * Math.abs(next) && ++smallSteps >= 3) return next;
    t = next;
  }
  throw new PatronageError(
    "NOT_CONVERGED",
    `the Student t quantile did not converge in ${MAX_ITERATIONS} steps for p = ${q} (lower tail), df = ${df}`,
  );
}

function overflow(p: number, df: number): PatronageError {
  return invalidArgument("p", p, `a probability whose t quantile lies within the double range for df = ${df}`);
}
