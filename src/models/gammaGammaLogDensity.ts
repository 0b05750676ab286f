import { logBeta } from "../math/index.js";

/**
 * The Gamma-Gamma log-density of a customer's mean spend z̄ over x ≥ 1 transactions,
 *
 *   ln f(z̄ | p, q, γ; x) = ln[Γ(px + q) / (Γ(px) Γ(q))] + q ln γ + px ln x + (px − 1) ln z̄
 *                         − (px + q) ln(γ + x z̄),
 *
 * evaluated as −ln B(px, q) − q·ln(1 + s/γ) − px·ln(1 + γ/s) − ln z̄ with s = x z̄: one `log1p` of
 * whichever of s/γ and γ/s is below 1, the other logarithm as that plus or minus ln(s/γ). No large
 * terms cancel (it stays accurate for frequencies of 10,000 and spends of 1e9) and nothing
 * overflows (ln(s/γ) falls back to ln x + ln z̄ − ln γ when s/γ is not a normal double).
 *
 * @internal
 */
export function gammaGammaLogDensity(p: number, q: number, gamma: number, x: number, zbar: number): number {
  const px = p * x;
  const r = (x * zbar) / gamma;
  const logR = r > 1e-300 && r < Infinity ? Math.log(r) : Math.log(x) + Math.log(zbar) - Math.log(gamma);
  let L: number; // ln(1 + s/γ)
  let M: number; // ln(1 + γ/s)
  if (r < 1) {
    L = Math.log1p(r);
    M = L - logR;
  } else {
    M = Math.log1p(1 / r);
    L = M + logR;
  }
  return -logBeta(px, q) - q * L - px * M - Math.log(zbar);
}
