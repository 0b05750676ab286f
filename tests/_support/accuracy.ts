/** The smallest positive subnormal double: the absolute precision of results below 2.2e-308. */
export const SUBNORMAL_ULP = Number.MIN_VALUE;

/**
 * |actual − expected| / |expected|, or the absolute error when expected is 0. A result that is
 * subnormal can only be as precise as a subnormal double, so the error is measured against
 * max(|expected|, a tolerance-scaled ulp) for those: callers compare with `withinRelative`.
 */
export function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

/**
 * Whether `actual` matches `expected` to `tolerance` relative error, or — for subnormal expected
 * values, where no double can do better — to within two subnormal ulps.
 */
export function withinRelative(actual: number, expected: number, tolerance: number): boolean {
  if (Math.abs(expected) < 2.2250738585072014e-308) return Math.abs(actual - expected) <= 2 * SUBNORMAL_ULP;
  return relativeError(actual, expected) <= tolerance;
}
