import { digamma } from "../math/index.js";
import { logRisingLarge, type Shift } from "./bgNbdFormulas.js";
import type { FamilyParams } from "./bgNbdMethods.js";
import type { LikelihoodProblem } from "./fitMaximumLikelihood.js";
import type { Patterns } from "./readPatterns.js";

/** Frequencies closer than this are reached from the previous one term by term, else through log-Γ. */
const SMALL_GAP = 64;

/**
 * The weighted BG/NBD (`shift` 0) or MBG/NBD (`shift` 1) negative log-likelihood over compressed
 * patterns and its analytic gradient in θ = ln(r, α, a, b).
 *
 * Per customer ln L = A₁ + A₂ + A₃ + ln(1 + e^d) (see `logLikelihoodOf`). A₁ and A₂ depend on the
 * frequency only, so they (and their derivatives: ψ differences) are computed once per distinct
 * frequency per evaluation — walking the sorted frequencies, each from the previous one by
 * Σ ln(r + k), Σ −log1p(a / (b + k)) and their derivatives when the gap is small, else through
 * log-Γ and ψ — and weighted by the frequency's total weight. Per pattern only ln(α + T), the
 * log1p of d and one exponential remain. The loops run over typed arrays allocated once per fit;
 * the value and gradient of the last θ are cached (the optimiser asks for both at one point).
 *
 * Derivatives (θ-scale, i.e. ∂/∂ ln p = p ∂/∂p), with w₄ = σ(d) the posterior weight of the
 * "dropped out at t_x" term: r: r[ψ(r + x) − ψ(r) + ln α − ln(α + T) + w₄ ln((α + T)/(α + t_x))];
 * α: r − α(r + x)[(1 − w₄)/(α + T) + w₄/(α + t_x)]; a: a[ψ(a + b) − ψ(a + b + x + s)] + w₄;
 * b: b[ψ(b + x + s) − ψ(b) + ψ(a + b) − ψ(a + b + x + s)] − w₄ b / (b + x + s − 1).
 *
 * @internal
 */
export function bgNbdLikelihood(patterns: Patterns, s: Shift): LikelihoodProblem<FamilyParams> {
  const { frequency, recency, T, weight, size, n } = patterns;
  // Distinct frequencies, sorted, and each pattern's index among them.
  const distinct = Float64Array.from(new Set(frequency)).sort();
  const nf = distinct.length;
  const index = new Map<number, number>();
  for (let f = 0; f < nf; f++) index.set(distinct[f]!, f);
  const fOf = new Int32Array(size);
  const fWeight = new Float64Array(nf);
  let sumWeight = 0;
  for (let p = 0; p < size; p++) {
    const f = index.get(frequency[p]!)!;
    fOf[p] = f;
    fWeight[f] = fWeight[f]! + weight[p]!;
    sumWeight += weight[p]!;
  }
  // Distinct T and t_x values (few: one per cohort day), so ln(α + T) and ln(α + t_x) are taken
  // once per distinct value per evaluation instead of once per pattern.
  const tIndex = distinctIndex(T, size);
  const txIndex = distinctIndex(recency, size);
  const logAlphaT = new Float64Array(tIndex.values.length); // ln(α + T)
  const log1pT = new Float64Array(tIndex.values.length); // ln(1 + T/α)
  const logAlphaTx = new Float64Array(txIndex.values.length);
  // Per-frequency scratch, rewritten at every evaluation.
  const logOdds0 = new Float64Array(nf); // ln(a / (b + x + s − 1)), or −∞ when x + s = 0
  const dLogOddsB = new Float64Array(nf); // −b / (b + x + s − 1)
  const cache = new Float64Array(4).fill(NaN);
  const cachedGradient = new Float64Array(4);
  let cachedValue = NaN;

  function evaluate(theta: Float64Array): void {
    const r = Math.exp(theta[0]!);
    const alpha = Math.exp(theta[1]!);
    const a = Math.exp(theta[2]!);
    const b = Math.exp(theta[3]!);
    const ab = a + b;
    const logAlpha = Math.log(alpha);
    const inverseAlpha = 1 / alpha;
    const logA = Math.log(a);
    // Frequency part: Σ_f W_f (A₁ + A₂) and its derivatives.
    let value = 0;
    let gr = 0;
    let ga = 0;
    let gb = 0;
    let x = 0;
    let lr = 0; // lnΓ(r + x) − lnΓ(r)
    let dr = 0; // ψ(r + x) − ψ(r)
    // Beta part at m = x + s: ln B(a, b + m) − ln B(a, b) and its a-, b-derivatives (unscaled).
    let m = 0;
    let lb = 0;
    let dba = 0; // ψ(a + b) − ψ(a + b + m)
    let dbb = 0; // ψ(b + m) − ψ(b)
    for (let f = 0; f < nf; f++) {
      const xf = distinct[f]!;
      if (xf - x <= SMALL_GAP) {
        for (let k = x; k < xf; k++) {
          const v = r + k;
          lr += Math.log(v);
          dr += 1 / v;
        }
      } else {
        lr = logRisingLarge(r, xf);
        dr = digamma(r + xf) - digamma(r);
      }
      x = xf;
      const mf = xf + s;
      if (mf - m <= SMALL_GAP) {
        for (let k = m; k < mf; k++) {
          const bk = b + k;
          lb -= Math.log1p(a / bk);
          dba -= 1 / (ab + k);
          dbb += 1 / bk;
        }
      } else {
        lb = logRisingLarge(b, mf) - logRisingLarge(ab, mf);
        const psiAb = digamma(ab);
        const psiAbm = digamma(ab + mf);
        dba = psiAb - psiAbm;
        dbb = digamma(b + mf) - digamma(b);
      }
      m = mf;
      const w = fWeight[f]!;
      value += w * (lr + lb);
      gr += w * r * dr;
      ga += w * a * dba;
      gb += w * b * (dbb + dba);
      if (mf === 0) {
        logOdds0[f] = -Infinity;
        dLogOddsB[f] = 0;
      } else {
        const bm = b + (mf - 1);
        logOdds0[f] = logA - Math.log(bm);
        dLogOddsB[f] = -b / bm;
      }
    }
    // Pattern part: Σ_p w_p (A₃ + softplus(d)).
    const tValues = tIndex.values;
    for (let j = 0; j < tValues.length; j++) {
      const l = Math.log1p(tValues[j]! * inverseAlpha);
      log1pT[j] = l;
      logAlphaT[j] = logAlpha + l;
    }
    const txValues = txIndex.values;
    for (let j = 0; j < txValues.length; j++) logAlphaTx[j] = Math.log(alpha + txValues[j]!);
    const tOf = tIndex.of;
    const txOf = txIndex.of;
    let galpha = r * sumWeight;
    for (let p = 0; p < size; p++) {
      const w = weight[p]!;
      const rx = r + frequency[p]!;
      const alphaT = alpha + T[p]!;
      const tj = tOf[p]!;
      const lA = logAlphaT[tj]!;
      const l1pT = log1pT[tj]!;
      const f = fOf[p]!;
      const odds0 = logOdds0[f]!;
      // A₁ + A₃ less the frequency part: −r ln(1 + T/α) − x ln(α + T).
      const a13 = -r * l1pT - (rx - r) * lA;
      if (odds0 === -Infinity) {
        value += w * a13;
        gr -= w * r * l1pT;
        galpha -= (w * alpha * rx) / alphaT;
        continue;
      }
      // ln((α + T)/(α + t_x)) as a difference of logs: its absolute error (~1e-16·ln(α + T)) is
      // what the likelihood's sum feels.
      const l1p = lA - logAlphaTx[txOf[p]!]!;
      const d = odds0 + rx * l1p;
      const e = Math.exp(-Math.abs(d));
      const onePlusE = 1 + e;
      const w4 = d >= 0 ? 1 / onePlusE : e / onePlusE;
      value += w * (a13 + (d > 0 ? d : 0) + Math.log(onePlusE));
      gr -= w * r * (l1pT - w4 * l1p);
      galpha -= w * alpha * rx * ((1 - w4) / alphaT + w4 / (alpha + recency[p]!));
      ga += w * w4;
      gb += w * w4 * dLogOddsB[f]!;
    }
    cachedValue = -value;
    cachedGradient[0] = -gr;
    cachedGradient[1] = -galpha;
    cachedGradient[2] = -ga;
    cachedGradient[3] = -gb;
    cache.set(theta);
  }

  return {
    names: ["r", "alpha", "a", "b"],
    negativeLogLikelihood(theta: Float64Array, gradient: Float64Array | null): number {
      if (theta[0] !== cache[0] || theta[1] !== cache[1] || theta[2] !== cache[2] || theta[3] !== cache[3]) evaluate(theta);
      if (gradient !== null) gradient.set(cachedGradient);
      return cachedValue;
    },
    starts: startPoints(patterns),
    n,
    patterns: size,
  };
}

/** The distinct values of the first `size` entries of `values`, and each entry's index among them. */
function distinctIndex(values: Float64Array, size: number): { values: Float64Array; of: Int32Array } {
  const index = new Map<number, number>();
  const of = new Int32Array(size);
  for (let p = 0; p < size; p++) {
    const v = values[p]!;
    let j = index.get(v);
    if (j === undefined) {
      j = index.size;
      index.set(v, j);
    }
    of[p] = j;
  }
  return { values: Float64Array.from(index.keys()), of };
}

/**
 * Deterministic start points. The purchase rate of a customer who is alive averages r / α, so α is
 * set from the observed repeat-purchase rate ρ = Σ w x / Σ w T for each r tried (α = r / ρ); the
 * dropout Beta(a, b) is started at three shapes: mean 1/3 and moderately spread, mean 1/6 and
 * spread, mean 1/2 and concentrated.
 */
function startPoints(patterns: Patterns): number[][] {
  let purchases = 0;
  let time = 0;
  for (let p = 0; p < patterns.size; p++) {
    purchases += patterns.weight[p]! * patterns.frequency[p]!;
    time += patterns.weight[p]! * patterns.T[p]!;
  }
  let rate = purchases / time;
  if (!(rate > 0 && rate < Infinity)) rate = time > 0 ? 0.01 / (time / patterns.n) : 1;
  return [
    [0.5, 0.5 / rate, 1, 2],
    [1, 1 / rate, 0.5, 2.5],
    [2, 2 / rate, 2, 2],
  ];
}
