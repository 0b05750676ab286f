import { logBeta } from "../math/index.js";
import { digammaDifference } from "./digammaDifference.js";
import type { GammaGammaParams } from "./GammaGammaParams.js";
import type { LikelihoodProblem } from "./fitMaximumLikelihood.js";

/**
 * The Gamma-Gamma likelihood of weighted `(frequency, monetaryValue)` patterns, all with
 * frequency ≥ 1, weight > 0 and monetaryValue > 0, for {@link fitMaximumLikelihood}.
 *
 * Per pattern (x, z̄) with s = x z̄, r = s/γ, L = ln(1 + r) and M = ln(1 + 1/r):
 *
 *   ℓ = −ln B(px, q) − q L − px M − ln z̄                    (the log-density, see gammaGammaLogDensity)
 *   ∂ℓ/∂ln p = px [ψ(px + q) − ψ(px) − M]
 *   ∂ℓ/∂ln q = q [ψ(px + q) − ψ(q) − L]
 *   ∂ℓ/∂ln γ = q·s/(γ + s) − px·γ/(γ + s)
 *
 * The patterns are grouped by frequency, so ln B(px, q) and the digammas are evaluated once per
 * distinct frequency (about 20 on CDNOW) and each pattern costs one `log1p`; ln s is precomputed and
 * Σ w ln z̄ is a constant.
 *
 * @param starts - the deterministic start points.
 * @internal
 */
export function gammaGammaProblem(
  frequency: Float64Array,
  monetaryValue: Float64Array,
  weight: Float64Array,
  starts: readonly (readonly number[])[],
): LikelihoodProblem<GammaGammaParams> {
  const size = frequency.length;
  const order = Array.from({ length: size }, (_, i) => i).sort((i, j) => frequency[i]! - frequency[j]! || i - j);
  const s = new Float64Array(size);
  const logS = new Float64Array(size);
  const w = new Float64Array(size);
  const groupFrequency: number[] = [];
  const groupEnd: number[] = [];
  const groupWeight: number[] = [];
  let constant = 0; // Σ w ln z̄
  let n = 0;
  for (let k = 0; k < size; k++) {
    const i = order[k]!;
    const x = frequency[i]!;
    const z = monetaryValue[i]!;
    const product = x * z;
    s[k] = product < Infinity ? product : Number.MAX_VALUE;
    logS[k] = Math.log(x) + Math.log(z);
    w[k] = weight[i]!;
    constant += w[k]! * Math.log(z);
    n += w[k]!;
    if (groupFrequency.length === 0 || groupFrequency[groupFrequency.length - 1] !== x) {
      groupFrequency.push(x);
      groupEnd.push(k + 1);
      groupWeight.push(w[k]!);
    } else {
      groupEnd[groupEnd.length - 1] = k + 1;
      groupWeight[groupWeight.length - 1]! += w[k]!;
    }
  }
  const groups = groupFrequency.length;

  function negativeLogLikelihood(theta: Float64Array, gradient: Float64Array | null): number {
    const p = Math.exp(theta[0]!);
    const q = Math.exp(theta[1]!);
    const gamma = Math.exp(theta[2]!);
    if (!(p > 0 && q > 0 && gamma > 0 && p < Infinity && q < Infinity && gamma < Infinity && p * groupFrequency[groups - 1]! < Infinity)) {
      gradient?.fill(NaN);
      return Infinity;
    }
    const logGamma = theta[2]!;
    let total = 0;
    let gp = 0;
    let gq = 0;
    let gg = 0;
    let start = 0;
    for (let g = 0; g < groups; g++) {
      const px = p * groupFrequency[g]!;
      const end = groupEnd[g]!;
      let sumL = 0; // Σ w L
      let sumM = 0; // Σ w M
      let sumU = 0; // Σ w s/(γ + s)
      let sumV = 0; // Σ w γ/(γ + s)
      for (let k = start; k < end; k++) {
        const r = s[k]! / gamma;
        const logR = logS[k]! - logGamma;
        const wk = w[k]!;
        if (r < 1) {
          const L = Math.log1p(r);
          sumL += wk * L;
          sumM += wk * (L - logR);
          const v = 1 / (1 + r);
          sumU += wk * (r * v);
          sumV += wk * v;
        } else {
          const inverse = 1 / r;
          const M = Math.log1p(inverse);
          sumL += wk * (M + logR);
          sumM += wk * M;
          const u = 1 / (1 + inverse);
          sumU += wk * u;
          sumV += wk * (inverse * u);
        }
      }
      const W = groupWeight[g]!;
      total += W * logBeta(px, q) + q * sumL + px * sumM;
      if (gradient !== null) {
        gp -= px * (W * digammaDifference(px, q) - sumM);
        gq -= q * (W * digammaDifference(q, px) - sumL);
        gg -= q * sumU - px * sumV;
      }
      start = end;
    }
    if (gradient !== null) {
      gradient[0] = gp;
      gradient[1] = gq;
      gradient[2] = gg;
    }
    return total + constant;
  }

  return { names: ["p", "q", "gamma"], negativeLogLikelihood, starts, n, patterns: size };
}
