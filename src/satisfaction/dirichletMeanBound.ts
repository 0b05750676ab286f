/** The posterior mean rating under a uniform Dirichlet prior, with its lower bound. @internal */
export interface DirichletMeanBound {
  /** The posterior mean Σ k·(n_k + 1) / (N + K), in stars. */
  readonly mean: number;
  /** The approximate posterior standard deviation of the mean rating, in stars. */
  readonly standardDeviation: number;
  /** The lower bound mean − z·standardDeviation (not clipped to [1, K]). */
  readonly lower: number;
}

/**
 * Evan Miller's (2016) lower bound of the mean rating: with counts n_1 … n_K (`counts[i]` ratings
 * of i + 1 stars, N in all) and a uniform Dirichlet(1, …, 1) prior on the shares, the posterior mean
 * S̄ = Σ k·(n_k + 1)/(N + K) and variance Var S = Σ (k − S̄)²·(n_k + 1)/(N + K) / (N + K + 1) (the
 * centred form, free of the cancellation of the textbook Σk²… − S̄²), bound S̄ − z·√Var S. The one
 * computation behind `starRatingScore` and the "good" test of `ratingSummary`.
 *
 * @internal
 */
export function dirichletMeanBound(counts: Float64Array, z: number): DirichletMeanBound {
  const k = counts.length;
  let n = 0;
  for (let i = 0; i < k; i++) n += counts[i]!;
  const total = n + k;
  let mean = 0;
  for (let i = 0; i < k; i++) mean += (i + 1) * (counts[i]! + 1);
  mean /= total;
  let spread = 0;
  for (let i = 0; i < k; i++) {
    const d = i + 1 - mean;
    spread += d * d * (counts[i]! + 1);
  }
  const standardDeviation = Math.sqrt(spread / total / (total + 1));
  return { mean, standardDeviation, lower: mean - z * standardDeviation };
}
