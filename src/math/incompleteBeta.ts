import { PatronageError } from "../PatronageError.js";
import { incompleteGamma } from "./incompleteGamma.js";
import { log1pmx } from "./log1pmx.js";
import { logBeta } from "./logBeta.js";
import { logGamma } from "./logGamma.js";
import { HALF_LOG_TWO_PI, stirlingCorrection } from "./stirlingCorrection.js";

/** Guard against a zero denominator in the modified Lentz algorithm (Numerical Recipes §5.2). */
const TINY = 1e-300;
/** Stop when a continued-fraction factor is this close to 1. */
const TOLERANCE = 2.3e-16;
/** The cap on continued-fraction steps whatever a and b (about 50 ms; reached only for a, b ≳ 1e12). */
const MAX_STEPS = 1e7;
/** Below this log-prefix, exp() alone would underflow before the fraction is applied. */
const LOG_UNDERFLOW = -700;
/** Terms of the BGRAT expansion (DiDonato & Morris use at most 30). */
const BGRAT_TERMS = 30;
/** 1/(2m + 1)! for m = 0..BGRAT_TERMS. */
const INV_ODD_FACTORIAL = /* @__PURE__ */ oddFactorialReciprocals();

function oddFactorialReciprocals(): Float64Array {
  const out = new Float64Array(BGRAT_TERMS + 1);
  let value = 1;
  out[0] = 1;
  for (let m = 1; m <= BGRAT_TERMS; m++) {
    value /= 2 * m * (2 * m + 1);
    out[m] = value;
  }
  return out;
}

/**
 * ln(x^a y^b / B(a, b)) with y = 1 − x, the power terms that multiply every expansion of the
 * incomplete beta function.
 *
 * For a, b ≥ 10 it follows DiDonato & Morris (1992), ACM TOMS 708, routine BRCOMP: with
 * x₀ = a / (a + b), y₀ = b / (a + b) and λ = a − (a + b)x = (a + b)y − b,
 * a ln(x/x₀) + b ln(y/y₀) = a·log1pmx(−λ/a) + b·log1pmx(λ/b) exactly (the linear terms cancel),
 * and x₀^a y₀^b / B(a, b) = √(ab / (a + b)) / √(2π) · exp(−(δ(a) + δ(b) − δ(a + b))) with δ the
 * Stirling remainder, so no term of size a or b is ever subtracted from another. Otherwise one of
 * a, b is below 10 and the direct sum a ln x + b ln y − ln B(a, b) loses at most ~10·|ln y|·ε.
 */
function logPowerTerms(x: number, y: number, a: number, b: number): number {
  if (a >= 10 && b >= 10) {
    let x0: number;
    let y0: number;
    let lambda: number;
    if (a <= b) {
      const h = a / b;
      x0 = h / (1 + h);
      y0 = 1 / (1 + h);
      lambda = a - (a + b) * x;
    } else {
      const h = b / a;
      x0 = 1 / (1 + h);
      y0 = h / (1 + h);
      lambda = (a + b) * y - b;
    }
    let e = -lambda / a;
    const u = Math.abs(e) <= 0.6 ? -log1pmx(e) : e - Math.log(x / x0);
    e = lambda / b;
    const v = Math.abs(e) <= 0.6 ? -log1pmx(e) : e - Math.log(y / y0);
    const correction = stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(a + b);
    return -(a * u + b * v) - correction + 0.5 * Math.log(b * x0) - HALF_LOG_TWO_PI;
  }
  const logX = x <= 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y <= 0.5 ? Math.log(y) : Math.log1p(-x);
  return a * logX + b * logY - logBeta(a, b);
}

/** `value`, or TINY when it is closer to 0 (the guard of the modified Lentz algorithm). */
function nonZero(value: number): number {
  return Math.abs(value) < TINY ? TINY : value;
}

/**
 * The continued fraction of I_x(a, b) / (x^a y^b / (a B(a, b))) (DLMF 8.17.22), evaluated by the
 * modified Lentz algorithm (Numerical Recipes 3rd ed. §6.4, `betacf`). It converges quickly for
 * x < (a + 1) / (a + b + 2), in O(√max(a, b)) steps at worst.
 */
function continuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 / (1 - (qab * x) / qap); // ≥ 2/(a + b + 2) > 0 below the transition
  let h = d;
  const maxIterations = Math.min(1000 + 20 * Math.ceil(Math.sqrt(Math.max(a, b))), MAX_STEPS);
  for (let m = 1; m <= maxIterations; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 / nonZero(1 + aa * d);
    c = nonZero(1 + aa / c);
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 / nonZero(1 + aa * d);
    c = nonZero(1 + aa / c);
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= TOLERANCE) return h;
  }
  throw new PatronageError(
    "NOT_CONVERGED",
    `the continued fraction of the incomplete beta function did not converge in ${maxIterations} steps ` +
      `for x = ${x}, a = ${a}, b = ${b}`,
  );
}

/**
 * I_x(a, b) for large a and b ≤ 1 with y = 1 − x < 0.3, by the asymptotic expansion of
 * DiDonato & Morris (1992), ACM TOMS 708, routine BGRAT (their eq. 9; Boost
 * `beta_small_b_large_a_series`): with T = a + (b − 1)/2 and u = −T ln x,
 * I_x(a, b) = M Σ p_n K_n, where M = Γ(a + b)/(Γ(a) T^b), K_0 = Q(b, u),
 * K_n = ((b + 2n − 2)(b + 2n − 1) K_{n−1} + h (u + b + 2n − 1) (ln x / 2)^{2n−2}) / (4T²) with
 * h = u^b e^{−u}/Γ(b), p_0 = 1 and
 * p_n = (b − 1)/(2n + 1)! + (1/n) Σ_{m=1}^{n−1} (mb − n) p_{n−m}/(2m + 1)!.
 * Every input is computed from y, so x close to 1 loses nothing — unlike the continued fraction,
 * whose first terms cancel to O(1/a) there.
 */
function bgrat(a: number, b: number, y: number): number {
  const t = a + 0.5 * (b - 1);
  const logX = Math.log1p(-y); // y < 0.3 here
  const u = -t * logX;
  const logGammaB = logGamma(b);
  const m = Math.exp(logGammaB - logBeta(a, b) - b * Math.log(t));
  const h = Math.exp(b * Math.log(u) - u - logGammaB);
  let k = incompleteGamma(b, u, true);
  let sum = k;
  const fourT2 = 4 * t * t;
  const halfLogX2 = 0.25 * logX * logX;
  let power = 1;
  let b2n = b;
  // The coefficients p_n (a rare path: allocating them here keeps the module free of shared state).
  const coefficients = new Float64Array(BGRAT_TERMS);
  coefficients[0] = 1;
  for (let n = 1; n < BGRAT_TERMS; n++) {
    let p = 0;
    for (let j = 1; j < n; j++) p += (j * b - n) * (coefficients[n - j] as number) * (INV_ODD_FACTORIAL[j] as number);
    p = p / n + (b - 1) * (INV_ODD_FACTORIAL[n] as number);
    coefficients[n] = p;
    k = (b2n * (b2n + 1) * k + h * (u + b2n + 1) * power) / fourT2;
    power *= halfLogX2;
    b2n += 2;
    const term = p * k;
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
  }
  return m * sum;
}

/**
 * I_x(a, b) for a ≥ 15, b < 150 and y = 1 − x < 0.3: b is first reduced to b̄ = b − n in (0, 1] by the
 * recurrence I_x(a, b̄ + n) = I_x(a, b̄) + Σ_{i<n} x^a y^{b̄+i} / ((b̄ + i) B(a, b̄ + i)) (DLMF 8.17.21;
 * TOMS 708 BUP), whose terms are all positive, then I_x(a, b̄) comes from `bgrat`.
 */
function largeA(a: number, b: number, x: number, y: number): number {
  if (b <= 1) return bgrat(a, b, y);
  const n = Math.ceil(b) - 1;
  const bBar = b - n;
  // T_0 = x^a y^b̄ / (b̄ B(a, b̄)), T_{i+1} = T_i · y (a + b̄ + i) / (b̄ + i + 1); scaled by e^700 when
  // T_0 alone would underflow (the sum is at most 1, so the scaled terms cannot overflow).
  const logFirst = logPowerTerms(x, y, a, bBar) - Math.log(bBar);
  const shift = logFirst < LOG_UNDERFLOW ? -LOG_UNDERFLOW : 0;
  let term = Math.exp(logFirst + shift);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += term;
    term *= (y * (a + bBar + i)) / (bBar + i + 1);
  }
  return bgrat(a, bBar, y) + (shift === 0 ? sum : Math.exp(Math.log(sum) - shift));
}

/**
 * The regularized incomplete beta function I_x(a, b), or its complement 1 − I_x(a, b) =
 * I_y(b, a), each computed directly where it is small so that both tails keep their relative
 * accuracy. The caller passes x and y = 1 − x separately so that a y known more precisely than
 * 1 − x (in the Student t distribution, t²/(ν + t²)) is used as is.
 *
 * Method: the continued fraction DLMF 8.17.22 on the side where it converges fast, switching to
 * I_y(b, a) when x > (a + 1)/(a + b + 2) (Numerical Recipes 3rd ed. §6.4), times the power terms
 * x^a y^b / (a B(a, b)) computed as in ACM TOMS 708 BRCOMP (see `logPowerTerms`); near the
 * transition with one parameter ≥ 15 and the other < 150, BUP + BGRAT (see `largeA`, `bgrat`).
 *
 * @internal
 * @param x - in [0, 1].
 * @param y - 1 − x, in [0, 1].
 * @param a - finite, > 0.
 * @param b - finite, > 0.
 * @param upper - return 1 − I_x(a, b) instead of I_x(a, b).
 * @returns I_x(a, b) or 1 − I_x(a, b), in [0, 1].
 * @throws {@link index!PatronageError} `NOT_CONVERGED` if the continued fraction needs more than
 *   min(1000 + 20√max(a, b), 1e7) steps: only for a, b ≳ 1e12 near the mean, or a NaN argument.
 */
export function incompleteBeta(x: number, y: number, a: number, b: number, upper: boolean): number {
  if (x === 0) return upper ? 1 : 0;
  if (y === 0) return upper ? 0 : 1;
  // One parameter ≥ 15, the other < 150, and the variable of the large one close to 1, from about one
  // standard deviation before the transition (a + 1)/(a + b + 2) on: BGRAT, where the continued
  // fraction would lose up to log10(a) digits to cancellation.
  if (a >= 15 && b < 150 && y < 0.3 && (a + b + 2) * y >= b + 1 - Math.sqrt(b + 1)) {
    return clamp(largeA(a, b, x, y), upper);
  }
  if (b >= 15 && a < 150 && x < 0.3 && (a + b + 2) * x >= a + 1 - Math.sqrt(a + 1)) {
    return clamp(largeA(b, a, y, x), !upper);
  }
  let xx = x;
  let yy = y;
  let aa = a;
  let bb = b;
  let complement = upper;
  // x > (a + 1)/(a + b + 2), tested on the smaller of x and y (for huge a + b, on x it rounds to 1).
  if (x <= 0.5 ? x > (a + 1) / (a + b + 2) : y < (b + 1) / (a + b + 2)) {
    xx = y;
    yy = x;
    aa = b;
    bb = a;
    complement = !upper;
  }
  const logPrefix = logPowerTerms(xx, yy, aa, bb);
  const fraction = continuedFraction(xx, aa, bb);
  const value =
    logPrefix > LOG_UNDERFLOW
      ? (Math.exp(logPrefix) * fraction) / aa
      : Math.exp(logPrefix + Math.log(fraction / aa));
  return clamp(value, complement);
}

/** `value` or 1 − `value`, with `value` rounded into [0, 1]. */
function clamp(value: number, complement: boolean): number {
  const bounded = Math.min(value, 1);
  return complement ? 1 - bounded : bounded;
}
