/**
 * The centre and variance of the (adjusted) NPS, as a difference of two multinomial proportions
 * p_P − p_D on the 0–1 scale: variance (p_P + p_D − (p_P − p_D)²)/m. Wald uses the sample shares
 * and m = n; adjusted Wald (Rocks 2016) uses p̃ = (x + 3/4)/(n + 3) for promoters and detractors
 * and m = n + 3.
 *
 * @internal
 */
export function npsMoments(promoters: number, detractors: number, n: number, adjusted: boolean): { centre: number; variance: number } {
  const m = adjusted ? n + 3 : n;
  const add = adjusted ? 0.75 : 0;
  const pP = (promoters + add) / m;
  const pD = (detractors + add) / m;
  const d = pP - pD;
  // pP + pD − d² ≥ 0 in exact arithmetic; guard the last bit.
  const variance = Math.max(0, pP + pD - d * d) / m;
  return { centre: d, variance };
}
