import { invalidArgument } from "../_lib/invalidArgument.js";
import { normalCdf, normalQuantile } from "../math/index.js";
import { isPatronageError } from "../isPatronageError.js";
import type { AnswerCounts } from "./AnswerCounts.js";
import type { Interval } from "./Interval.js";
import { readAnswers, type Tally } from "./readAnswers.js";
import { readConfidence } from "./readConfidence.js";
import { assertKnownKeys } from "./assertKnownKeys.js";
import { dirichletMeanBound } from "./dirichletMeanBound.js";

const OPTION_KEYS = ["scale", "confidence", "z"] as const;

/** Options of {@link starRatingScore}. */
export interface StarRatingScoreOptions {
  /**
   * The number of star levels K, a safe integer from 2 to 1000; the levels are 1, 2, …, K.
   * Default: the length of `counts` when counts are given, 5 otherwise.
   */
  readonly scale?: number;
  /**
   * The one-sided confidence level of the lower bound, a probability in (0, 1); default 0.95
   * (z = Φ⁻¹(0.95) = 1.6449). Give either `confidence` or `z`, not both.
   */
  readonly confidence?: number;
  /**
   * The number of posterior standard deviations subtracted, a finite number > 0 (Miller's code
   * uses 1.65). Overrides the default confidence; the reported confidence is then Φ(z).
   */
  readonly z?: number;
}

/** The result of {@link starRatingScore}. */
export interface StarRatingScoreResult {
  /**
   * The ranking score: the posterior mean minus z posterior standard deviations, in stars
   * (equal to `interval.lower`). Sort items by it, highest first.
   */
  readonly score: number;
  /** The posterior mean rating Σ k·(n_k + 1) / (N + K), in stars, in (1, K). */
  readonly estimate: number;
  /** The approximate posterior standard deviation of the mean rating, in stars. */
  readonly standardDeviation: number;
  /** The number of ratings N (the prior's K pseudo-ratings not included). */
  readonly n: number;
  /** The multiplier z used (Φ⁻¹(confidence), or the `z` given). */
  readonly z: number;
  /**
   * The one-sided interval [score, K] at level `confidence`, method `"dirichlet-normal"`: the
   * posterior probability that the mean rating exceeds `score` is about `confidence`.
   */
  readonly interval: Interval;
  /** Plain-language notes (no ratings: the score is the prior's alone). */
  readonly warnings: readonly string[];
}

function readScale(ratings: unknown, given: unknown): number {
  if (given === undefined) {
    if (typeof ratings === "object" && ratings !== null && !ArrayBuffer.isView(ratings) && "counts" in ratings) {
      const counts = (ratings as AnswerCounts).counts as unknown;
      if (typeof counts === "object" && counts !== null && typeof (counts as ArrayLike<number>).length === "number") {
        const length = (counts as ArrayLike<number>).length;
        if (!(Number.isSafeInteger(length) && length >= 2 && length <= 1000)) {
          throw invalidArgument("ratings.counts", counts, "an array of 2 to 1000 counts, one per star level");
        }
        return length;
      }
    }
    return 5;
  }
  if (typeof given !== "number" || !Number.isSafeInteger(given) || given < 2 || given > 1000) {
    throw invalidArgument("options.scale", given, "a safe integer from 2 to 1000");
  }
  return given;
}

/**
 * Evan Miller's Bayesian lower bound for ranking items by star ratings. With K star levels, counts
 * n_1 … n_K (N ratings) and a uniform Dirichlet(1, …, 1) prior on the shares of the levels, the
 * posterior is Dirichlet(n_1 + 1, …, n_K + 1); the mean rating S = Σ k·p_k then has posterior mean
 * and variance
 *
 *   S̄ = Σ k·(n_k + 1) / (N + K),
 *   Var S = ( Σ k²·(n_k + 1) / (N + K) − S̄² ) / (N + K + 1),
 *
 * and the score is the normal-approximation lower bound S̄ − z·√Var S. Adding a 5-star rating
 * raises the score, adding a 1-star rating lowers it, and few ratings are pulled toward the middle
 * of the scale and penalised for their uncertainty, so "one 5-star rating" ranks below "200
 * ratings averaging 4.7". The variance is computed as Σ (k − S̄)²·(n_k + 1)/(N + K) / (N + K + 1),
 * which avoids the cancellation of the textbook form.
 *
 * The default z = Φ⁻¹(0.95) = 1.6449 (a one-sided 95 % bound); Miller's published code uses
 * z = 1.65 — pass `{ z: 1.65 }` to reproduce it. The score is not clipped to [1, K]: with very few
 * ratings and a large z it may fall below 1, which keeps the ranking monotone. With no ratings the
 * score is the prior's (for K = 5 and z = 1.6449: 3 − 1.6449·√(1/3)), with a warning. This is a
 * deliberate exception to the library's rule that empty input throws `INSUFFICIENT_DATA`: a
 * catalogue must be able to rank its unrated items, and the prior is exactly their score.
 *
 * @param ratings - raw ratings (an array or typed array of integers from 1 to K) or counts per star
 *   level `{ counts }` (`counts[0]` = the number of 1-star ratings).
 * @param options - `scale` (K), and `confidence` or `z`.
 * @returns the score (lower bound), the posterior mean and standard deviation (`standardDeviation`), N, z and the
 *   one-sided interval.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the rating (`ratings[4]`) outside
 *   1..K or not an integer, the count (`ratings.counts[2]`) not a safe integer ≥ 0, `ratings.counts`
 *   of the wrong length, `options.scale`, `options.confidence` or `options.z` out of domain, or
 *   `options.z` given together with `options.confidence`, or an unknown option key (`options.side`).
 * @see E. Miller (2016), "Ranking items with star ratings",
 *   https://www.evanmiller.org/ranking-items-with-star-ratings.html (the formula above, eq. for
 *   S − z_{α/2}·√(…)).
 *
 * @example
 * ```ts
 * import { starRatingScore } from "patronage/satisfaction";
 *
 * starRatingScore([5]).score; //=> 2.4065… (one 5-star rating: little evidence)
 * starRatingScore({ counts: [2, 3, 10, 60, 125] }).score; //=> 4.3856…
 * starRatingScore({ counts: [2, 3, 10, 60, 125] }, { z: 1.65 }).score; //=> 4.3853…
 * ```
 */
export function starRatingScore(ratings: ArrayLike<number> | AnswerCounts, options?: StarRatingScoreOptions): StarRatingScoreResult {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw invalidArgument("options", options, "an object { scale?, confidence?, z? }");
  }
  assertKnownKeys(options, OPTION_KEYS, "options");
  const k = readScale(ratings, options?.scale);
  let z: number;
  let confidence: number;
  if (options?.z !== undefined) {
    if (options.confidence !== undefined) throw invalidArgument("options.z", options.z, "omitted when options.confidence is given");
    z = options.z;
    if (typeof z !== "number" || !Number.isFinite(z) || z <= 0) throw invalidArgument("options.z", z, "a finite number > 0");
    confidence = normalCdf(z);
    if (!(confidence < 1)) throw invalidArgument("options.z", z, "a finite number > 0 with Φ(z) < 1 (z < 8.2)");
  } else {
    confidence = readConfidence(options?.confidence);
    z = -normalQuantile(1 - confidence);
  }
  let tally: Tally;
  const warnings: string[] = [];
  try {
    tally = readAnswers(ratings, 1, k, "ratings");
  } catch (error) {
    if (!isPatronageError(error) || error.code !== "INSUFFICIENT_DATA") throw error;
    tally = { counts: new Float64Array(k), n: 0 };
    warnings.push("no ratings: the score is the uniform prior's alone");
  }
  const { counts, n } = tally;
  const { mean, standardDeviation, lower: score } = dirichletMeanBound(counts, z);
  return {
    score,
    estimate: mean,
    standardDeviation,
    n,
    z,
    interval: { lower: score, upper: k, confidence, method: "dirichlet-normal" },
    warnings,
  };
}
