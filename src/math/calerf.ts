/**
 * W. J. Cody's CALERF rational Chebyshev approximations (Cody 1969; SPECFUN, ACM TOMS Algorithm 715,
 * 1993), with the coefficients as published. A/B: erf on |x| ≤ 0.46875; C/D: erfc·e^{x²} on
 * 0.46875 < |x| ≤ 4; P/Q: erfc·e^{x²}·x on |x| > 4 (an expansion in 1/x²).
 */
const A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153] as const;
const B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062] as const;
const C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909,
  1712.04761263407058, 2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8,
] as const;
const D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963,
  4362.61909014324716, 3439.36767414372164, 1230.33935480374942,
] as const;
const P = [
  0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4,
  0.0163153871373020978,
] as const;
const Q = [2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185] as const;

/** 1/√π. */
const ONE_OVER_SQRT_PI = 0.56418958354775628695;
/** Beyond this, erfc(x) is below half the smallest subnormal double. */
const UNDERFLOW = 27.3;

/** erf(x) for |x| ≤ 0.46875 (A&S 7.1.1 near zero: full relative accuracy, odd in x). */
export function erfSmall(x: number): number {
  const z = x * x;
  let numerator = A[4] * z;
  let denominator = z;
  for (let i = 0; i < 3; i++) {
    numerator = (numerator + (A[i] as number)) * z;
    denominator = (denominator + (B[i] as number)) * z;
  }
  return (x * (numerator + A[3])) / (denominator + B[3]);
}

/**
 * erfc(y) for y > 0.46875, with e^{−y²} evaluated as e^{−s²}·e^{−(y−s)(y+s)}, s = y rounded down
 * to a multiple of 1/16, so that s² and (y−s)(y+s) are (nearly) exact and the far tail keeps its
 * relative accuracy.
 *
 * @internal
 */
export function erfcPositive(y: number): number {
  if (y >= UNDERFLOW) return 0;
  let ratio: number;
  if (y <= 4) {
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
    ratio = (ONE_OVER_SQRT_PI - (z * (numerator + P[4])) / (denominator + Q[4])) / y;
  }
  const s = Math.trunc(y * 16) / 16;
  const delta = (y - s) * (y + s);
  return Math.exp(-s * s) * Math.exp(-delta) * ratio;
}

/** The boundary between the two regimes of {@link erfSmall} and {@link erfcPositive}. */
export const ERF_SMALL_LIMIT = 0.46875;
