import { log1pmx } from "./log1pmx.js";
import { stirlingCorrection } from "./stirlingCorrection.js";

/** ln k! for k = 0..9. */
const LOG_FACTORIAL = [
  0, 0, 0.6931471805599453, 1.791759469228055, 3.1780538303479458, 4.787491742782046, 6.579251212010101,
  8.525161361065415, 10.60460290274525, 12.801827480081469,
] as const;

/** ½ ln 2π. */
const HALF_LOG_TWO_PI = 0.9189385332046728;

/**
 * ln P(X = k) for X ~ Poisson(mean): ln(meanᵏ e^−mean / k!). For k ≥ 10 it uses Loader's
 * saddle-point form −bd0(k, mean) − ½ ln(2πk) − δ(k), where δ is the Stirling remainder and
 * bd0(k, μ) = k ln(k/μ) + μ − k = k·log1pmx(d/μ) + d²/μ with d = k − μ, which has no cancellation
 * when k is close to a large mean (the direct formula loses about log10(k ln μ) digits there).
 *
 * @internal
 * @param k - an integer ≥ 0.
 * @param mean - a finite number > 0.
 * @returns the log-probability (≤ 0).
 * @see C. Loader (2000), "Fast and accurate computation of binomial probabilities" (the bd0 and
 *   stirlerr decomposition used by R's dpois).
 */
export function logPoissonPmf(k: number, mean: number): number {
  if (k < 10) return k * Math.log(mean) - mean - (LOG_FACTORIAL[k] as number);
  const d = k - mean;
  const ratio = d / mean;
  return -(k * log1pmx(ratio) + d * ratio) - HALF_LOG_TWO_PI - 0.5 * Math.log(k) - stirlingCorrection(k);
}
