import { log1pmx } from "./log1pmx.js";
import { HALF_LOG_TWO_PI, stirlingCorrection } from "./stirlingCorrection.js";

/** ln k! for k = 0..9. */
const LOG_FACTORIAL = [
  0, 0, 0.6931471805599453, 1.791759469228055, 3.1780538303479458, 4.787491742782046, 6.579251212010101,
  8.525161361065415, 10.60460290274525, 12.801827480081469,
] as const;

/**
 * ln P(X = k) for X ~ Poisson(mean): ln(meanᵏ e^−mean / k!). For k ≥ 10 it uses Loader's
 * saddle-point form −bd0(k, mean) − ½ ln(2πk) − δ(k), where δ is the Stirling remainder and
 * bd0(k, μ) = k ln(k/μ) + μ − k, evaluated as k·log1pmx(d/μ) + d²/μ with d = k − μ when k is
 * close to μ (|d| ≤ 0.1 (k + μ)), where the direct formula loses about log10(k ln μ) digits, and
 * directly otherwise, where the two terms of the other form would cancel.
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
  const bd0 = Math.abs(d) <= 0.1 * (k + mean) ? k * log1pmx(ratio) + d * ratio : k * Math.log(k / mean) + mean - k;
  return -bd0 - HALF_LOG_TWO_PI - 0.5 * Math.log(k) - stirlingCorrection(k);
}
