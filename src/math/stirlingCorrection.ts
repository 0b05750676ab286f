/** ½ ln(2π), the constant of Stirling's formula. @internal */
export const HALF_LOG_TWO_PI = 0.91893853320467274178;

/**
 * Bernoulli-number coefficients B_{2k} / (2k (2k − 1)) of the Stirling series, k = 1..8
 * (DLMF 5.11.1). @internal
 */
export const STIRLING_COEFFICIENTS = [
  1 / 12,
  -1 / 360,
  1 / 1260,
  -1 / 1680,
  1 / 1188,
  -691 / 360360,
  1 / 156,
  -3617 / 122400,
] as const;

/**
 * The Stirling remainder `lnΓ(x) − ((x − ½) ln x − x + ½ ln 2π)` for x ≥ 10, by its asymptotic
 * series Σ B_{2k} / (2k (2k − 1) x^{2k−1}) (DLMF 5.11.1). At x = 10 the eighth term is below
 * 1e-17 of the sum, so the series is accurate to rounding there and beyond.
 *
 * @internal
 * @param x - a finite number ≥ 10.
 * @returns the remainder, in (0, 1/(12x)].
 */
export function stirlingCorrection(x: number): number {
  const w = 1 / (x * x);
  let sum = STIRLING_COEFFICIENTS[7];
  for (let k = 6; k >= 0; k--) sum = sum * w + (STIRLING_COEFFICIENTS[k] as number);
  return sum / x;
}
