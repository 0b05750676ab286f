import { invalidArgument } from "../_lib/invalidArgument.js";
import { isPatronageError } from "../isPatronageError.js";
import { normalQuantile } from "../math/index.js";
import type { AnswerCounts } from "./AnswerCounts.js";
import { assertKnownKeys } from "./assertKnownKeys.js";
import { bayesianAverage, type BayesianAveragePrior } from "./bayesianAverage.js";
import { dirichletMeanBound } from "./dirichletMeanBound.js";
import type { Interval } from "./Interval.js";
import { readAnswers, type Tally } from "./readAnswers.js";
import { readConfidence } from "./readConfidence.js";
import { scaleMean } from "./scaleMean.js";
import { wilsonInterval } from "./wilsonInterval.js";

/** Options of {@link ratingSummary}; every one has a documented default. */
export interface RatingSummaryOptions {
  /** The top of the rating scale K, a safe integer from 2 to 1000; ratings are 1..K. Default 5. */
  readonly scale?: number;
  /**
   * The bar a good service clears, in stars, a finite number in (1, K]. Default 4 ("a good score
   * is at least 4 of 5", seed 003). A rating ≥ `goodAtLeast` counts as good in `goodShare`, and
   * the status is `"good"` when the Dirichlet lower bound of the mean rating (`meanLowerBound`) is
   * ≥ this bar. Must be ≥ `alertBelow`.
   */
  readonly goodAtLeast?: number;
  /**
   * Ratings strictly below this many stars count as low, a finite number in (1, K], at most
   * `goodAtLeast`. Default 3 (1 and 2 stars on a 1–5 scale: "fewer than 3 stars", seed 003).
   */
  readonly alertBelow?: number;
  /**
   * The share of low ratings that is "too many", a probability in (0, 1). Default 0.1: the status
   * is `"alert"` when the one-sided Wilson lower bound of the low share exceeds 10 %, that is when
   * the data show, at the confidence level, that more than one rating in ten is low.
   */
  readonly alertShare?: number;
  /**
   * The number of ratings below which no status but `"insufficient-data"` is given, a safe integer
   * ≥ 2. Default 10. See {@link ratingSummary} for why.
   */
  readonly minimumCount?: number;
  /** The confidence level of every interval and bound, a probability in (0, 1). Default 0.95. */
  readonly confidence?: number;
  /**
   * The prior of the shrunk mean (see {@link bayesianAverage}); its mean must lie in [1, K]. Default `{ mean: (1 + K) / 2,
   * weight: 2 }`: two ratings at the middle of the scale, which pulls a single 5-star rating down
   * to 3.67 and moves a mean of 100 ratings by less than 2 % of the scale. Pass the catalogue's mean
   * and a typical count to rank services against each other.
   */
  readonly prior?: BayesianAveragePrior;
}

/** The status of a rated service; see {@link ratingSummary} for the rule. */
export type RatingStatus = "good" | "watch" | "alert" | "insufficient-data";

/** A share of the ratings (good or low) with its Wilson intervals. */
export interface RatingShare {
  /** The number of ratings in the group. */
  readonly count: number;
  /** The share of the ratings in the group, count / n, in [0, 1]. */
  readonly estimate: number;
  /** The two-sided Wilson interval of the share at `confidence`. */
  readonly interval: Interval;
  /** The one-sided Wilson lower bound of the share at `confidence` (what the status uses). */
  readonly lowerBound: number;
}

/** The result of {@link ratingSummary}. */
export interface RatingSummaryResult {
  /** The status: `"good"`, `"watch"`, `"alert"` or `"insufficient-data"`. */
  readonly status: RatingStatus;
  /** Why, in words with the figures, one sentence per finding, the deciding one first. */
  readonly reasons: readonly string[];
  /** The number of ratings n. */
  readonly n: number;
  /** The counts per scale point, `distribution[0]` = the number of 1-star ratings. */
  readonly distribution: readonly number[];
  /** The mean rating in stars, or `null` when n = 0. */
  readonly estimate: number | null;
  /** The sample standard deviation of the ratings (divisor n − 1), or `null` when n < 2. */
  readonly standardDeviation: number | null;
  /**
   * The two-sided Student-t interval of the mean rating at `confidence`, cut at 1 and K (method
   * `"t"`; a warning says when it was cut), or `null` when n < 2.
   */
  readonly interval: Interval | null;
  /**
   * The lower bound of the mean rating that decides `"good"`: Evan Miller's (2016) bound under a
   * uniform Dirichlet prior on the shares of the scale points, the posterior mean minus
   * Φ⁻¹(`confidence`) posterior standard deviations (one-sided) — the same value as
   * {@link starRatingScore}`(ratings, { scale, confidence }).score`. Not clipped to [1, K]; `null`
   * when n = 0. At the usual levels adding a K-star rating does not lower it (see
   * {@link ratingSummary} for the limits of that).
   */
  readonly meanLowerBound: number | null;
  /** The share of ratings ≥ `goodAtLeast`, or `null` when n = 0. */
  readonly goodShare: RatingShare | null;
  /** The share of ratings < `alertBelow`, or `null` when n = 0. */
  readonly lowShare: RatingShare | null;
  /** The shrunk mean (m·C + Σx) / (C + n) with the prior used; the prior mean when n = 0. */
  readonly bayesianMean: number;
  /** The prior of `bayesianMean`. */
  readonly prior: BayesianAveragePrior;
  /** The confidence level used. */
  readonly confidence: number;
  /** Caveats about the figures (no or few ratings, a zero spread, a t interval cut at the scale's end). */
  readonly warnings: readonly string[];
}

function readNumber(value: unknown, field: string, min: number, max: number, expected: string): number {
  if (typeof value !== "number" || !(value > min && value <= max)) throw invalidArgument(field, value, expected);
  return value;
}

const OPTION_KEYS = ["scale", "goodAtLeast", "alertBelow", "alertShare", "minimumCount", "confidence", "prior"] as const;
const PRIOR_KEYS = ["mean", "weight"] as const;

const fixed = (x: number): string => String(Number(x.toFixed(2)));
const percent = (x: number): string => `${Number((100 * x).toFixed(1))} %`;

/**
 * Summarises service ratings and decides a status, following the service-rating rule of seed 003
 * ("rate the service right after each interaction on 1–5; a good score is at least 4 of 5; when
 * too many ratings fall below 3 stars, review what made customers unhappy"), made precise so
 * that three lucky ratings never make a service "good":
 *
 * 1. `"insufficient-data"` when n < `minimumCount` (default 10), including n = 0 (no throw: an
 *    unrated service gets a status). Below about ten ratings the normal approximations behind the
 *    bounds are rough and the
 *    Wilson bound over-alerts (one low rating out of one has a 95 % Wilson lower bound of 27 %,
 *    while an exact test would not reject 10 %). The reasons still report low ratings.
 * 2. `"alert"` when the one-sided Wilson lower bound of the low share (ratings < `alertBelow`)
 *    exceeds `alertShare` (default 0.1): the data show at the confidence level that "too many"
 *    ratings are low. With the defaults, 3 low ratings of 10, 6 of 30 or 15 of 100 raise it.
 * 3. `"good"` when the Dirichlet lower bound of the mean rating (`meanLowerBound`, Miller 2016, the
 *    computation of {@link starRatingScore}) at the one-sided level `confidence` is ≥ `goodAtLeast`
 *    (default 4): the mean is at least 4 of 5 at the confidence level, not just on average. The
 *    uniform prior (one pseudo-rating per scale point) pulls few ratings toward the middle of the
 *    scale, so equal ratings do not collapse the bound onto the mean (as a t bound with zero spread
 *    would), and a better rating does not worsen the status: nine 4★ and one 5★ get a higher bound
 *    than ten 4★, and (property-tested on 1–5 scales at levels up to 0.999) replacing a rating by a
 *    higher one never turns "good" into "watch" or "alert", nor does adding a 5★ lower the bound.
 *    The bound is a normal approximation: at extreme levels (such as 1 − 10⁻⁹), or far below the
 *    bar near the bottom of the scale, an improved rating can lower it by a few thousandths. With the defaults ten 5★ ratings are not yet "good" (bound 3.82), twenty are
 *    (4.27), and so are 60 ratings averaging 4.3 (4.06).
 * 4. `"watch"` otherwise.
 *
 * The alert is tested before the bar, so a service is never "good" while its low share is
 * significantly above `alertShare`. The shrunk mean (`bayesianMean`, {@link bayesianAverage}) is
 * reported for ranking and display; it does not enter the status. The mean's interval is the t
 * interval x̄ ± t_{n−1}·s/√n cut at the scale's ends (reported, not used for the status), the
 * shares' are Wilson score intervals ({@link wilsonInterval}).
 *
 * No ratings is a deliberate exception to the library's rule that empty input throws
 * `INSUFFICIENT_DATA`: an unrated service gets the status `"insufficient-data"` (with a warning and
 * the prior mean as `bayesianMean`), because a dashboard must show every service.
 *
 * @param ratings - raw ratings (an array or typed array of integers from 1 to K) or counts per
 *   scale point `{ counts }`.
 * @param options - see {@link RatingSummaryOptions}.
 * @returns the distribution, mean, shares, bounds, shrunk mean, status and reasons.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the rating (`ratings[7]`) outside
 *   1..K or not an integer, a count (`ratings.counts[1]`), or the option out of its domain
 *   (`options.alertShare`, `options.prior.weight`, `options.prior.mean` outside [1, K],
 *   `options.alertBelow` above `options.goodAtLeast`, …), or an unknown option key (`options.side`).
 * @see E. B. Wilson (1927), "Probable inference, the law of succession, and statistical
 *   inference", JASA 22(158), 209–212 (the shares' bounds).
 * @see E. Miller (2016), "Ranking items with star ratings",
 *   https://www.evanmiller.org/ranking-items-with-star-ratings.html (the mean's lower bound).
 * @see Student (1908), "The probable error of a mean", Biometrika 6(1), 1–25 (the mean's interval).
 *
 * @example
 * ```ts
 * import { ratingSummary } from "patronage/satisfaction";
 *
 * ratingSummary([5, 5, 4]).status; //=> "insufficient-data"
 * const summary = ratingSummary({ counts: [1, 1, 3, 15, 30] });
 * summary.status; //=> "good"
 * summary.estimate; //=> 4.44
 * summary.meanLowerBound; //=> 4.0878…
 * ratingSummary({ counts: [8, 4, 6, 12, 20] }).status; //=> "alert"
 * ratingSummary({ counts: [2, 2, 6, 20, 20] }).status; //=> "watch"
 * ```
 */
export function ratingSummary(ratings: ArrayLike<number> | AnswerCounts, options?: RatingSummaryOptions): RatingSummaryResult {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw invalidArgument("options", options, "an object { scale?, goodAtLeast?, alertBelow?, alertShare?, minimumCount?, confidence?, prior? }");
  }
  assertKnownKeys(options, OPTION_KEYS, "options");
  const k = options?.scale ?? 5;
  if (typeof k !== "number" || !Number.isSafeInteger(k) || k < 2 || k > 1000) throw invalidArgument("options.scale", k, "a safe integer from 2 to 1000");
  const inScale = `a number in (1, ${k}]`;
  const goodAtLeast = readNumber(options?.goodAtLeast ?? Math.min(4, k), "options.goodAtLeast", 1, k, inScale);
  const alertBelow = readNumber(options?.alertBelow ?? Math.min(3, k), "options.alertBelow", 1, k, inScale);
  if (alertBelow > goodAtLeast) throw invalidArgument("options.alertBelow", alertBelow, `a number in (1, options.goodAtLeast = ${goodAtLeast}]`);
  const alertShare = readNumber(options?.alertShare ?? 0.1, "options.alertShare", 0, 1, "a probability in (0, 1)");
  if (alertShare === 1) throw invalidArgument("options.alertShare", alertShare, "a probability in (0, 1)");
  const minimumCount = options?.minimumCount ?? 10;
  if (typeof minimumCount !== "number" || !Number.isSafeInteger(minimumCount) || minimumCount < 2) {
    throw invalidArgument("options.minimumCount", minimumCount, "a safe integer ≥ 2");
  }
  const confidence = readConfidence(options?.confidence);
  const prior = options?.prior ?? { mean: (1 + k) / 2, weight: 2 };
  if (typeof prior !== "object" || prior === null) throw invalidArgument("options.prior", prior, "an object { mean, weight }");
  assertKnownKeys(prior, PRIOR_KEYS, "options.prior");
  if (typeof prior.mean !== "number" || !(prior.mean >= 1 && prior.mean <= k)) throw invalidArgument("options.prior.mean", prior.mean, `a number in [1, ${k}] (on the rating scale)`);
  if (typeof prior.weight !== "number" || !Number.isFinite(prior.weight) || prior.weight < 0) {
    throw invalidArgument("options.prior.weight", prior.weight, "a finite number ≥ 0");
  }

  let tally: Tally;
  try {
    tally = readAnswers(ratings, 1, k, "ratings");
  } catch (error) {
    if (!isPatronageError(error) || error.code !== "INSUFFICIENT_DATA") throw error;
    tally = { counts: new Float64Array(k), n: 0 };
  }
  const { counts, n } = tally;
  const distribution = Array.from(counts);
  const usedPrior = { mean: prior.mean, weight: prior.weight };
  const level = percent(confidence);
  if (n === 0) {
    return {
      status: "insufficient-data",
      reasons: [`no ratings: a status needs at least ${minimumCount}`],
      n,
      distribution,
      estimate: null,
      standardDeviation: null,
      interval: null,
      meanLowerBound: null,
      goodShare: null,
      lowShare: null,
      bayesianMean: prior.mean,
      prior: usedPrior,
      confidence,
      warnings: ["no ratings: the shrunk mean is the prior mean"],
    };
  }

  let sum = 0;
  let good = 0;
  let low = 0;
  for (let i = 0; i < k; i++) {
    const c = counts[i]!;
    const stars = i + 1;
    sum += stars * c;
    if (stars >= goodAtLeast) good += c;
    if (stars < alertBelow) low += c;
  }
  const warnings: string[] = [];
  const { value: mean, standardDeviation, interval } = scaleMean(counts, n, 1, k, confidence, warnings, "rating");
  // The "good" test: Miller's Dirichlet lower bound of the mean at the one-sided level (as starRatingScore).
  const meanLowerBound = dirichletMeanBound(counts, -normalQuantile(1 - confidence)).lower;
  const share = (count: number): RatingShare => ({
    count,
    estimate: count / n,
    interval: wilsonInterval(count, n, { confidence }),
    lowerBound: wilsonInterval(count, n, { confidence, sides: 1 }).lower,
  });
  const goodShare = share(good);
  const lowShare = share(low);
  const bayesianMean = bayesianAverage({ sum, count: n }, { prior: usedPrior }).estimate;

  const lowWords = `${low} of ${n} ratings (${percent(lowShare.estimate)}) are below ${alertBelow} stars`;
  const reasons: string[] = [];
  let status: RatingStatus;
  const only = `only ${n} rating${n === 1 ? "" : "s"}`;
  if (n < minimumCount) {
    status = "insufficient-data";
    reasons.push(`${only}: a status needs at least ${minimumCount}`);
    if (low > 0) reasons.push(`${lowWords}: review them`);
    warnings.push(`${only}: the bounds are wide and, below ${minimumCount}, not trusted for a status`);
  } else if (lowShare.lowerBound > alertShare) {
    status = "alert";
    reasons.push(`${lowWords}; the ${level} lower bound of that share, ${percent(lowShare.lowerBound)}, exceeds the alert share ${percent(alertShare)}: review what made customers unhappy`);
  } else {
    const meanWords = `the mean rating ${fixed(mean)} has a ${level} lower bound of ${fixed(meanLowerBound)}`;
    if (meanLowerBound >= goodAtLeast) {
      status = "good";
      reasons.push(`${meanWords}, at least the bar of ${goodAtLeast}`);
    } else {
      status = "watch";
      reasons.push(`${meanWords}, below the bar of ${goodAtLeast}`);
    }
    if (lowShare.estimate > alertShare) {
      reasons.push(`${lowWords}, above the alert share ${percent(alertShare)}, but not significantly (${level} lower bound ${percent(lowShare.lowerBound)})`);
    }
  }
  return {
    status,
    reasons,
    n,
    distribution,
    estimate: mean,
    standardDeviation,
    interval,
    meanLowerBound,
    goodShare,
    lowShare,
    bayesianMean,
    prior: usedPrior,
    confidence,
    warnings,
  };
}
