/**
 * (eˢ − 1) / s, continuous at s = 0 where it takes its limit 1; accurate to rounding for every
 * finite s, also |s| ≪ 1, because the difference is formed by `Math.expm1`.
 *
 * @internal
 * @param s - a finite number; not checked.
 * @returns (eˢ − 1) / s, or 1 at s = 0.
 */
export function expm1OverS(s: number): number {
  return s === 0 ? 1 : Math.expm1(s) / s;
}
