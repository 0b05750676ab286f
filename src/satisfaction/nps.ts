import { invalidArgument } from "../_lib/invalidArgument.js";
import { createRng, type Rng } from "../math/index.js";
import type { AnswerCounts } from "./AnswerCounts.js";
import type { Interval } from "./Interval.js";
import { npsMoments } from "./npsInterval.js";
import { readConfidence } from "./readConfidence.js";
import { twoSidedZ } from "./twoSidedZ.js";
import { assertKnownKeys } from "./assertKnownKeys.js";
import { readNpsCounts } from "./readNpsCounts.js";
import { sampleBinomial } from "./sampleBinomial.js";

/**
 * How {@link nps} computes its interval:
 * - `"adjusted-wald"` (default): Rocks' adjusted Wald interval — add 3 answers, ¾ of them
 *   promoters and ¾ detractors (so 1½ passives), p̃ = (x + ¾)/(n + 3), and use the variance of a
 *   difference of two multinomial proportions, (p̃_P + p̃_D − (p̃_P − p̃_D)²)/(n + 3). Good
 *   coverage down to small samples, and never zero width.
 * - `"wald"`: the same with the raw shares and n; zero width when all answers fall in one group.
 * - `"bootstrap"`: the percentile interval of a seeded multinomial bootstrap.
 */
export type NpsMethod = "adjusted-wald" | "wald" | "bootstrap";

/** The numbers of promoters, passives and detractors: an alternative to raw answers. */
export interface NpsGroupCounts {
  /** Answers of 9 or 10: a safe integer ≥ 0. */
  readonly promoters: number;
  /** Answers of 7 or 8: a safe integer ≥ 0. */
  readonly passives: number;
  /** Answers of 0 to 6: a safe integer ≥ 0. */
  readonly detractors: number;
}

/**
 * What {@link nps} reads: raw answers to "How likely are you to recommend us?" on 0–10 (an array
 * or typed array of integers; a `Uint8Array` is fastest), eleven counts per scale point
 * (`{ counts }`, the 0s first), or the three group counts (which an {@link NpsResult} carries too).
 */
export type NpsInput = ArrayLike<number> | AnswerCounts | NpsGroupCounts;

/** Options of {@link nps}. */
export interface NpsOptions {
  /** The interval method (default `"adjusted-wald"`); see {@link NpsMethod}. */
  readonly method?: NpsMethod;
  /** The confidence level of the interval, in (0, 1) (default 0.95). */
  readonly confidence?: number;
  /**
   * Bootstrap only: the number of resamples, a safe integer from 100 to 10,000,000 (default
   * 2,000). Each resample costs two binomial draws, not a pass over the answers. Refused with
   * another method.
   */
  readonly resamples?: number;
  /**
   * Bootstrap only: the seed of the generator ({@link math!createRng}), a safe integer or a string
   * (default `"patronage:nps"`, so the bootstrap is deterministic even without a seed). Not
   * together with `rng`. Refused with another method: only the bootstrap draws.
   */
  readonly seed?: number | string;
  /**
   * Bootstrap only (refused with another method): a generator to draw from instead of a seed (it
   * advances). Not together with `seed`.
   */
  readonly rng?: Rng;
}

/** The shares of the three groups, proportions in [0, 1] that sum to 1. */
export interface NpsShares {
  /** Promoters / n. */
  readonly promoters: number;
  /** Passives / n. */
  readonly passives: number;
  /** Detractors / n. */
  readonly detractors: number;
}

/** The result of {@link nps}. */
export interface NpsResult {
  /** The Net Promoter Score, 100·(promoters − detractors)/n, in NPS points on [−100, 100]. */
  readonly score: number;
  /** The number of promoters (answers 9–10). */
  readonly promoters: number;
  /** The number of passives (answers 7–8). */
  readonly passives: number;
  /** The number of detractors (answers 0–6). */
  readonly detractors: number;
  /** The number of answers, ≥ 1. */
  readonly n: number;
  /** The shares of the three groups (proportions, not percentages). */
  readonly shares: NpsShares;
  /**
   * The standard error behind the interval, in NPS points: √((p_P + p_D − (p_P − p_D)²)/n)·100
   * for Wald, the same with the adjusted shares and n + 3 for adjusted Wald, and the standard
   * deviation of the resampled scores for the bootstrap.
   */
  readonly standardError: number;
  /** The confidence interval, in NPS points, clamped to [−100, 100]. */
  readonly interval: Interval;
  /**
   * Plain-language cautions: fewer than 30 answers; all answers in one group; a zero-width
   * interval (Wald or bootstrap on degenerate data); an interval clamped to [−100, 100]; an
   * adjusted-Wald interval that excludes the raw score (its centre is pulled toward 0 by up to
   * 300/(n + 3) points: at 95% this happens only for a single answer, at lower confidence levels
   * for a few more).
   */
  readonly warnings: readonly string[];
}

const SMALL_N = 30;
const DEFAULT_RESAMPLES = 2000;
const DEFAULT_SEED = "patronage:nps";
const METHODS: readonly string[] = ["adjusted-wald", "wald", "bootstrap"];
const OPTION_KEYS = ["method", "confidence", "resamples", "seed", "rng"] as const;
const GROUP_NAMES = ["promoters", "passives", "detractors"] as const;

/**
 * The Net Promoter Score with its confidence interval: answers of 9–10 are promoters, 7–8
 * passives, 0–6 detractors, and NPS = 100·(promoters − detractors)/n, in points on [−100, 100].
 *
 * The interval (see {@link NpsMethod}) treats the NPS as the difference p_P − p_D of two
 * proportions of one multinomial sample, whose variance is (p_P + p_D − (p_P − p_D)²)/n. The
 * default adjusted Wald interval (Rocks 2016) adds 3 pseudo-answers — ¾ promoter, ¾ detractor,
 * 1½ passive — which pulls the centre slightly toward 0 and keeps the interval honest for small
 * samples and for all-promoter data, where the plain Wald interval collapses to a point. Bounds are
 * clamped to [−100, 100] (with a warning). The bootstrap resamples the three group counts (a
 * multinomial draw of n answers with the observed shares, by two exact binomial draws) and takes
 * the percentile interval (linear interpolation between order statistics, as R's type 7); it is
 * deterministic for a seed or generator state.
 *
 * All promoters, a single answer and no passives are ordinary inputs. Raw answers are tallied in one
 * pass (a `Uint8Array` of 10 million answers takes about 35 ms).
 *
 * @param answers - raw 0–10 answers, eleven counts, or group counts ({@link NpsInput}).
 * @param options - method, confidence, and bootstrap settings ({@link NpsOptions}).
 * @returns the score, counts, shares, standard error, interval and warnings ({@link NpsResult}).
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the answer that is not an integer
 *   from 0 to 10 (`"answers[12]"`), the count that is not a safe integer ≥ 0
 *   (`"answers.promoters"`, `"answers.counts[3]"`), or the option out of its domain
 *   (`"options.method"`, `"options.confidence"`, `"options.resamples"`, `"options.seed"`,
 *   `"options.rng"`); `INSUFFICIENT_DATA` (field `"answers"`) when there is no answer.
 * @see B. Rocks (2016), "Interval estimation for the 'net promoter score'", The American
 *   Statistician 70(4), 365–372 (arXiv:1601.07235), §2 (variance of the NPS) and §3 (adjusted Wald).
 * @see J. Sauro & J. R. Lewis (2021), "Confidence intervals for Net Promoter Scores", MeasuringU
 *   (add 3 to n and ¾ to promoters and detractors).
 * @see B. Efron & R. J. Tibshirani (1993), An Introduction to the Bootstrap, Chapman & Hall, §13.3
 *   (percentile interval).
 * @example
 * ```ts
 * import { nps } from "patronage/satisfaction";
 *
 * const result = nps({ promoters: 60, passives: 25, detractors: 15 });
 * result.score; //=> 45
 * result.interval;
 * //=> { lower: 29.343111201734096, upper: 58.03552957496493, confidence: 0.95, method: "adjusted-wald" }
 * nps({ promoters: 60, passives: 25, detractors: 15 }, { method: "wald" }).interval.lower; //=> 30.49759087485795
 * nps({ promoters: 60, passives: 25, detractors: 15 }, { method: "bootstrap", seed: 1 }).interval;
 * //=> { lower: 29, upper: 59, confidence: 0.95, method: "bootstrap" }
 * nps(Uint8Array.of(10, 9, 8, 6, 10)).score; //=> 40
 * nps([10, 10, 10], { method: "wald" }).warnings;
 * //=> ["only 3 answers: the interval is approximate and wide",
 * //    "all 3 answers are promoters",
 * //    "the Wald interval has zero width because the answers do not vary; use the adjusted Wald interval"]
 * ```
 */
export function nps(answers: NpsInput, options: NpsOptions = {}): NpsResult {
  if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an options object");
  assertKnownKeys(options, OPTION_KEYS, "options");
  const method = options.method ?? "adjusted-wald";
  if (!METHODS.includes(method)) throw invalidArgument("options.method", method, '"adjusted-wald", "wald" or "bootstrap"');
  if (method !== "bootstrap") {
    for (const key of ["seed", "rng", "resamples"] as const) {
      if (options[key] !== undefined) throw invalidArgument(`options.${key}`, options[key], `absent with method "${method}": only the bootstrap draws`);
    }
  }
  const confidence = readConfidence(options.confidence);
  const rng = method === "bootstrap" ? readBootstrapRng(options) : undefined;
  const resamples = method === "bootstrap" ? readResamples(options.resamples) : 0;

  const { promoters, passives, detractors, n } = readNpsCounts(answers, "answers");
  const score = (100 * (promoters - detractors)) / n;
  const warnings: string[] = [];
  if (n < SMALL_N) warnings.push(`only ${n} answer${n === 1 ? "" : "s"}: the interval is approximate and wide`);
  const groups = [promoters, passives, detractors];
  for (let k = 0; k < 3; k++) {
    if (groups[k] === n) warnings.push(n === 1 ? `the only answer is a ${GROUP_NAMES[k]!.slice(0, -1)}` : `all ${n} answers are ${GROUP_NAMES[k]!}`);
  }

  let lower: number;
  let upper: number;
  let standardError: number;
  if (rng !== undefined) {
    ({ lower, upper, standardError } = bootstrap(rng, promoters, detractors, n, resamples, confidence));
    if (lower === upper) warnings.push("the bootstrap interval has zero width because the answers do not vary; use the adjusted Wald interval");
  } else {
    const { centre, variance } = npsMoments(promoters, detractors, n, method === "adjusted-wald");
    const z = twoSidedZ(confidence);
    standardError = 100 * Math.sqrt(variance);
    lower = 100 * centre - z * standardError;
    upper = 100 * centre + z * standardError;
    if (standardError === 0) warnings.push("the Wald interval has zero width because the answers do not vary; use the adjusted Wald interval");
    if (lower < -100 || upper > 100) {
      warnings.push("the interval was clamped to [−100, 100]");
      lower = Math.max(-100, lower);
      upper = Math.min(100, upper);
    }
  }
  if (score < lower || score > upper) {
    warnings.push(`the interval excludes the score ${score}${method === "adjusted-wald" ? ": with so few answers, the adjustment pulls its centre toward 0" : ""}`);
  }

  return {
    score,
    promoters,
    passives,
    detractors,
    n,
    shares: { promoters: promoters / n, passives: passives / n, detractors: detractors / n },
    standardError,
    interval: { lower, upper, confidence, method },
    warnings,
  };
}

function readBootstrapRng(options: NpsOptions): Rng {
  const { seed, rng } = options;
  if (rng !== undefined) {
    if (seed !== undefined) throw invalidArgument("options.seed", seed, "absent when options.rng is given (give one of them)");
    if (typeof rng !== "object" || rng === null || typeof (rng as Rng).beta !== "function" || typeof (rng as Rng).uniform !== "function") {
      throw invalidArgument("options.rng", rng, "a generator made by createRng");
    }
    return rng;
  }
  if (seed !== undefined && typeof seed !== "string" && !Number.isSafeInteger(seed)) throw invalidArgument("options.seed", seed, "a safe integer or a string");
  return createRng(seed ?? DEFAULT_SEED);
}

function readResamples(value: unknown): number {
  if (value === undefined) return DEFAULT_RESAMPLES;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 100 || value > 10_000_000) {
    throw invalidArgument("options.resamples", value, "a safe integer from 100 to 10000000");
  }
  return value;
}

/** The percentile bootstrap of the NPS by multinomial resampling of the group counts. */
function bootstrap(rng: Rng, promoters: number, detractors: number, n: number, resamples: number, confidence: number): { lower: number; upper: number; standardError: number } {
  const pP = promoters / n;
  // Detractors among the non-promoters of a resample: Binomial(n − P*, p_D / (1 − p_P)).
  const pDGivenNotP = promoters === n ? 0 : detractors / (n - promoters);
  const scores = new Float64Array(resamples);
  let sum = 0;
  for (let b = 0; b < resamples; b++) {
    const p = sampleBinomial(rng, n, pP);
    const d = sampleBinomial(rng, n - p, pDGivenNotP);
    const s = (100 * (p - d)) / n;
    scores[b] = s;
    sum += s;
  }
  const mean = sum / resamples;
  let squares = 0;
  for (let b = 0; b < resamples; b++) squares += (scores[b]! - mean) ** 2;
  scores.sort();
  const alpha = 1 - confidence;
  return {
    lower: quantileSorted(scores, alpha / 2),
    upper: quantileSorted(scores, 1 - alpha / 2),
    standardError: Math.sqrt(squares / (resamples - 1)),
  };
}

/** Type-7 quantile (linear interpolation between order statistics) of a sorted array. */
function quantileSorted(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const i = Math.floor(h);
  const lo = sorted[i]!;
  const hi = sorted[Math.min(i + 1, sorted.length - 1)]!;
  return lo + (h - i) * (hi - lo);
}
