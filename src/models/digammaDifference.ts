import { digamma } from "../math/index.js";

/** B_{2k} / (2k) for k = 1..8 (DLMF 5.11.2), as in patronage/math's digamma. */
const ASYMPTOTIC = [1 / 12, -1 / 120, 1 / 252, -1 / 240, 1 / 132, -691 / 32760, 1 / 12, -3617 / 8160] as const;

/** Σ_k B_{2k} / (2k x^{2k}), the tail of ψ(x) ~ ln x − 1/(2x) − Σ (DLMF 5.11.2), for x ≥ 10. */
function tail(x: number): number {
  const w = 1 / (x * x);
  let series: number = ASYMPTOTIC[7];
  for (let k = 6; k >= 0; k--) series = series * w + ASYMPTOTIC[k]!;
  return series * w;
}

/**
 * ψ(a + b) − ψ(a) for a, b > 0, without the cancellation of the two digammas when a is large: for
 * a ≥ 10 the asymptotic expansions are subtracted term by term,
 * ln(1 + b/a) + b / (2a(a + b)) − (S(a + b) − S(a)), so the result keeps its relative accuracy
 * (ψ(1e12 + 3) − ψ(1e12) ≈ 3e-12 to about 1e-15 relative instead of 1e-4). Below 10 the two
 * digammas are subtracted directly (both are O(1) there, unless b is tiny, where the absolute error
 * stays ~1e-16).
 *
 * @internal
 */
export function digammaDifference(a: number, b: number): number {
  if (a >= 10) return Math.log1p(b / a) + (0.5 * b) / a / (a + b) - (tail(a + b) - tail(a));
  return digamma(a + b) - digamma(a);
}
