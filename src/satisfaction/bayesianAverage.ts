import { invalidArgument } from "../_lib/invalidArgument.js";
import { PatronageError } from "../PatronageError.js";
import { assertKnownKeys } from "./assertKnownKeys.js";

/**
 * The prior of a Bayesian average: `weight` pseudo-ratings all equal to `mean`.
 *
 * Choose `mean` = m, the mean rating over the whole catalogue (all items, all ratings), and
 * `weight` = C, a typical number of ratings per item (the median count, or a low quantile of the
 * counts when new items should be held back longer). With C equal to the median count an item
 * with the median number of ratings lands halfway between its own mean and the catalogue's.
 */
export interface BayesianAveragePrior {
  /** The prior mean m, a finite number in the ratings' unit (for 1–5 stars, the catalogue mean). */
  readonly mean: number;
  /** The prior weight C, a finite number ≥ 0, counted in ratings (0 gives the plain mean). */
  readonly weight: number;
}

/** Options of {@link bayesianAverage}. */
export interface BayesianAverageOptions {
  /** The prior, `{ mean, weight }`: required, because only the caller knows the catalogue. */
  readonly prior: BayesianAveragePrior;
}

/** Ratings already summed: the sum Σx and the number of ratings n. */
export interface RatingTotals {
  /** The sum of the ratings Σx, a finite number. */
  readonly sum: number;
  /** The number of ratings n, a safe integer ≥ 0. */
  readonly count: number;
}

/** The result of {@link bayesianAverage}: the shrunk mean and what went into it. */
export interface BayesianAverageResult {
  /** The Bayesian (shrunk) mean (m·C + Σx) / (C + n), in the ratings' unit. */
  readonly estimate: number;
  /** The number of ratings n. */
  readonly n: number;
  /** The sum of the ratings Σx. */
  readonly sum: number;
  /** The plain sample mean Σx / n, or `null` when n = 0. */
  readonly sampleMean: number | null;
  /** The prior used, as given. */
  readonly prior: BayesianAveragePrior;
  /**
   * The weight on the prior mean, C / (C + n), in [0, 1]: the estimate is
   * shrinkage·m + (1 − shrinkage)·x̄.
   */
  readonly shrinkage: number;
  /** Plain-language notes on the estimate (no ratings, so the estimate is the prior mean). */
  readonly warnings: readonly string[];
}

/**
 * Reads ratings or totals into { sum, count }. @internal
 */
function readTotals(ratings: ArrayLike<number> | RatingTotals): { sum: number; count: number } {
  if (typeof ratings !== "object" || ratings === null) {
    throw invalidArgument("ratings", ratings, "an array of finite ratings or { sum, count }");
  }
  if (!ArrayBuffer.isView(ratings) && !Array.isArray(ratings) && "count" in ratings) {
    const { sum, count } = ratings as RatingTotals;
    if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) throw invalidArgument("ratings.count", count, "a safe integer ≥ 0");
    if (typeof sum !== "number" || !Number.isFinite(sum)) throw invalidArgument("ratings.sum", sum, "a finite number");
    if (count === 0 && sum !== 0) throw invalidArgument("ratings.sum", sum, "0 when ratings.count is 0");
    return { sum, count };
  }
  const values = ratings as ArrayLike<unknown>;
  const length = values.length;
  if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0) {
    throw invalidArgument("ratings", ratings, "an array of finite ratings or { sum, count }");
  }
  let sum = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) throw invalidArgument(`ratings[${i}]`, v, "a finite number");
    sum += v;
  }
  if (!Number.isFinite(sum)) throw invalidArgument("ratings", ratings, "ratings whose sum is a finite number");
  return { sum, count: length };
}

/**
 * The Bayesian average (shrunk mean) of ratings: the posterior mean of a normal mean under a
 * conjugate prior worth C ratings at m, or equivalently the plain mean after adding C pseudo-ratings
 * equal to m,
 *
 *   x̃ = (m·C + Σx) / (C + n).
 *
 * It lies between the prior mean m and the sample mean x̄ (exactly m when n = 0, tending to x̄ as n
 * grows), so an item with three 5-star ratings does not outrank one with a thousand ratings
 * averaging 4.8. This is the "weighted rating" popularised by IMDb's top-250 list. Choose m as the
 * catalogue's mean rating and C as a typical count of ratings per item (see
 * {@link BayesianAveragePrior}); the function takes no default, because no library knows either.
 *
 * Ratings are any finite numbers in one unit (stars, a 0–10 scale, a score); they are not checked
 * against a scale. With n = 0 the estimate is the prior mean (with a warning), which is the
 * point of the method: an unrated item gets the catalogue's mean. This is a deliberate exception to
 * the library's rule that empty input throws `INSUFFICIENT_DATA` (it still throws when the prior
 * weight is 0 too, since nothing is left to average). No interval is returned: the
 * shrunk mean is a ranking score, and `{ sum, count }` carries no spread; use
 * {@link ratingSummary} for intervals on a rating scale.
 *
 * @param ratings - the ratings (an array or typed array of finite numbers), or their totals
 *   `{ sum, count }`.
 * @param options - `{ prior: { mean, weight } }`.
 * @returns the shrunk mean with n, Σx, the sample mean, the prior and the shrinkage factor.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `ratings[3]`, `ratings.count`,
 *   `ratings.sum`, `options.prior.mean` or `options.prior.weight` when one is not a finite number
 *   in its domain, or an unknown key of `options` or `options.prior` (`options.prior.wieght`);
 *   `INSUFFICIENT_DATA` naming `ratings` when n = 0 and the prior weight is 0 (then
 *   there is nothing to average).
 * @see IMDb, "Top rated movies": weighted rating WR = (v/(v+m))·R + (m/(v+m))·C.
 * @see A. Gelman et al. (2013), Bayesian Data Analysis, 3rd ed., §2.5: the posterior mean of a
 *   normal mean as a precision-weighted average of the prior mean and the sample mean.
 *
 * @example
 * ```ts
 * import { bayesianAverage } from "patronage/satisfaction";
 *
 * bayesianAverage([5, 5, 5], { prior: { mean: 3.8, weight: 10 } }).estimate;
 * //=> 4.076923076923077 (= (3.8·10 + 15) / 13)
 * bayesianAverage({ sum: 4800, count: 1000 }, { prior: { mean: 3.8, weight: 10 } }).estimate;
 * //=> 4.79009900990099
 * bayesianAverage([], { prior: { mean: 3.8, weight: 10 } }).estimate; //=> 3.8
 * ```
 */
export function bayesianAverage(ratings: ArrayLike<number> | RatingTotals, options: BayesianAverageOptions): BayesianAverageResult {
  if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an object { prior: { mean, weight } }");
  assertKnownKeys(options, ["prior"], "options");
  const prior = options.prior as unknown;
  if (typeof prior !== "object" || prior === null) throw invalidArgument("options.prior", prior, "an object { mean, weight }");
  assertKnownKeys(prior, ["mean", "weight"], "options.prior");
  const { mean, weight } = prior as BayesianAveragePrior;
  if (typeof mean !== "number" || !Number.isFinite(mean)) throw invalidArgument("options.prior.mean", mean, "a finite number");
  if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) throw invalidArgument("options.prior.weight", weight, "a finite number ≥ 0");
  const { sum, count } = readTotals(ratings);
  const warnings: string[] = [];
  if (count === 0) {
    if (weight === 0) {
      throw new PatronageError("INSUFFICIENT_DATA", "ratings holds no rating and the prior weight is 0: nothing to average", { field: "ratings", value: ratings });
    }
    warnings.push(`no ratings: the estimate is the prior mean ${mean}`);
  }
  const total = weight + count;
  const sampleMean = count === 0 ? null : sum / count;
  let estimate = mean;
  if (sampleMean !== null) {
    estimate = (mean * weight + sum) / total;
    // m·C may overflow when both are huge: the convex form then gives the same value.
    if (!Number.isFinite(estimate)) estimate = (weight / total) * mean + (count / total) * sampleMean;
    // Keep the estimate inside [min(m, x̄), max(m, x̄)] despite rounding.
    estimate = Math.min(Math.max(estimate, Math.min(mean, sampleMean)), Math.max(mean, sampleMean));
  }
  return { estimate, n: count, sum, sampleMean, prior: { mean, weight }, shrinkage: weight / total, warnings };
}
