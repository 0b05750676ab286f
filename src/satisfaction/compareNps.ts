import { invalidArgument } from "../_lib/invalidArgument.js";
import { normalCdf } from "../math/index.js";
import type { Interval } from "./Interval.js";
import type { NpsInput } from "./nps.js";
import { npsMoments } from "./npsInterval.js";
import { readConfidence } from "./readConfidence.js";
import { twoSidedZ } from "./twoSidedZ.js";
import { assertKnownKeys } from "./assertKnownKeys.js";
import { readNpsCounts } from "./readNpsCounts.js";

/** Options of {@link compareNps}. */
export interface CompareNpsOptions {
  /**
   * `"adjusted-wald"` (default): each sample gets Rocks' adjustment (n + 3, ¾ added to promoters
   * and to detractors) for the centre and the variance; `"wald"`: the raw shares. The same
   * adjustment is used for the interval, z and the p-value, so p < 1 − confidence exactly when the
   * interval excludes 0.
   */
  readonly method?: "adjusted-wald" | "wald";
  /** The confidence level of the interval of the difference, in (0, 1) (default 0.95). */
  readonly confidence?: number;
}

/** The result of {@link compareNps}. */
export interface NpsComparison {
  /** NPS(b) − NPS(a) from the raw shares, in NPS points on [−200, 200]: the change from a to b. */
  readonly difference: number;
  /** The NPS of a, in points. */
  readonly scoreA: number;
  /** The NPS of b, in points. */
  readonly scoreB: number;
  /** The number of answers in a. */
  readonly nA: number;
  /** The number of answers in b. */
  readonly nB: number;
  /**
   * The standard error of the (adjusted) difference, in NPS points: √(Var_a + Var_b)·100 with
   * Var = (p_P + p_D − (p_P − p_D)²)/m per sample (m = n, or n + 3 adjusted).
   */
  readonly standardError: number;
  /**
   * The z statistic: the (adjusted) difference over its standard error. `null` when the standard
   * error is 0 (Wald on two samples whose answers do not vary), where no test is defined.
   */
  readonly z: number | null;
  /** The two-sided p-value 2·(1 − Φ(|z|)); `null` exactly when `z` is. */
  readonly pValue: number | null;
  /** The interval of the difference NPS(b) − NPS(a), in points, clamped to [−200, 200]. */
  readonly interval: Interval;
  /**
   * Plain-language cautions: a sample with fewer than 30 answers; a zero standard error; an
   * interval clamped to [−200, 200]; an interval that excludes the raw difference.
   */
  readonly warnings: readonly string[];
}

const SMALL_N = 30;

/**
 * Compares the NPS of two independent samples — two quarters, two stores, two designs — with a
 * z test and a confidence interval for the change NPS(b) − NPS(a), in NPS points.
 *
 * Each NPS is a difference p_P − p_D of multinomial proportions with variance
 * (p_P + p_D − (p_P − p_D)²)/n; for independent samples the variances add. With the default
 * `"adjusted-wald"`, both samples get Rocks' adjustment (3 pseudo-answers: ¾ promoter, ¾
 * detractor), and the adjusted difference d̃ and its standard error s̃ give the interval
 * d̃ ± z_{(1+c)/2}·s̃, the statistic z = d̃/s̃ and the p-value 2·(1 − Φ(|z|)), so the test and the
 * interval always agree. `difference` reports the raw change. With `"wald"`, the raw shares are
 * used throughout.
 *
 * The samples must be independent (different respondents). Repeated surveys of the same people
 * are paired: their answers are correlated, and a paired method (for example a test on each
 * respondent's change, or a bootstrap over respondents) is needed instead.
 *
 * @param a - the first (earlier, baseline) sample: raw 0–10 answers, eleven counts, group counts,
 *   or an {@link NpsResult} (only its counts are used, whatever method made it).
 * @param b - the second (later) sample, in any of the same forms.
 * @param options - method and confidence ({@link CompareNpsOptions}).
 * @returns the difference, z, two-sided p-value, interval and warnings ({@link NpsComparison}).
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the bad answer or count
 *   (`"a[3]"`, `"b.promoters"`) or option (`"options.method"`, `"options.confidence"`, or an unknown key such as
 *   `"options.side"`);
 *   `INSUFFICIENT_DATA` naming `"a"` or `"b"` when a sample is empty.
 * @see B. Rocks (2016), "Interval estimation for the 'net promoter score'", The American
 *   Statistician 70(4), 365–372 (arXiv:1601.07235), §2 and §3.
 * @example
 * ```ts
 * import { compareNps } from "patronage/satisfaction";
 *
 * const q1 = { promoters: 180, passives: 120, detractors: 100 }; // NPS 20
 * const q2 = { promoters: 220, passives: 110, detractors: 70 }; // NPS 37.5
 * const change = compareNps(q1, q2);
 * change.difference; //=> 17.5
 * change.pValue; //=> 0.0017691773619949995
 * change.interval;
 * //=> { lower: 6.480761334091836, upper: 28.258692760200987, confidence: 0.95, method: "adjusted-wald" }
 * ```
 */
export function compareNps(a: NpsInput, b: NpsInput, options: CompareNpsOptions = {}): NpsComparison {
  if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an options object");
  assertKnownKeys(options, ["method", "confidence"], "options");
  const method = options.method ?? "adjusted-wald";
  if (method !== "adjusted-wald" && method !== "wald") throw invalidArgument("options.method", method, '"adjusted-wald" or "wald"');
  const confidence = readConfidence(options.confidence);
  const ta = readNpsCounts(a, "a");
  const tb = readNpsCounts(b, "b");
  const adjusted = method === "adjusted-wald";
  const ma = npsMoments(ta.promoters, ta.detractors, ta.n, adjusted);
  const mb = npsMoments(tb.promoters, tb.detractors, tb.n, adjusted);

  const scoreA = (100 * (ta.promoters - ta.detractors)) / ta.n;
  const scoreB = (100 * (tb.promoters - tb.detractors)) / tb.n;
  const difference = scoreB - scoreA;
  const centre = 100 * (mb.centre - ma.centre);
  const standardError = 100 * Math.sqrt(ma.variance + mb.variance);
  const zc = twoSidedZ(confidence);
  let lower = centre - zc * standardError;
  let upper = centre + zc * standardError;

  const warnings: string[] = [];
  if (ta.n < SMALL_N) warnings.push(`a has only ${ta.n} answer${ta.n === 1 ? "" : "s"}: the comparison is approximate`);
  if (tb.n < SMALL_N) warnings.push(`b has only ${tb.n} answer${tb.n === 1 ? "" : "s"}: the comparison is approximate`);
  let z: number | null = null;
  let pValue: number | null = null;
  if (standardError > 0) {
    z = centre / standardError;
    pValue = 2 * normalCdf(-Math.abs(z));
  } else {
    warnings.push("the standard error is 0 because neither sample's answers vary: no test is defined; use the adjusted Wald method");
  }
  if (lower < -200 || upper > 200) {
    warnings.push("the interval was clamped to [−200, 200]");
    lower = Math.max(-200, lower);
    upper = Math.min(200, upper);
  }
  if (difference < lower || difference > upper) warnings.push(`the interval excludes the raw difference ${difference}: with so few answers, the adjustment pulls it toward 0`);
  return { difference, scoreA, scoreB, nA: ta.n, nB: tb.n, standardError, z, pValue, interval: { lower, upper, confidence, method }, warnings };
}
