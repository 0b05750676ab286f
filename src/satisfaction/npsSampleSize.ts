import { invalidArgument } from "../_lib/invalidArgument.js";
import { readConfidence } from "./readConfidence.js";
import { twoSidedZ } from "./twoSidedZ.js";
import { assertKnownKeys } from "./assertKnownKeys.js";

/** The expected shares of promoters and detractors, for planning. */
export interface NpsExpectedShares {
  /** The expected share of promoters, a proportion in [0, 1]. */
  readonly promoters: number;
  /** The expected share of detractors, a proportion in [0, 1]; promoters + detractors ≤ 1. */
  readonly detractors: number;
}

/** Input of {@link npsSampleSize}. */
export interface NpsSampleSizeOptions {
  /** The desired half-width of the interval, in NPS points, in (0, 200] (for example 5 for ±5 points). */
  readonly marginOfError: number;
  /** The confidence level, in (0, 1) (default 0.95). */
  readonly confidence?: number;
  /**
   * The expected shares; default the worst case, promoters = detractors = ½ (no passives), where the
   * variance of p_P − p_D reaches its maximum, 1.
   */
  readonly expected?: NpsExpectedShares;
}

/** The result of {@link npsSampleSize}: the sample size and the inputs it used. */
export interface NpsSampleSizeResult {
  /** The number of answers needed: an integer ≥ 1. */
  readonly n: number;
  /** The margin of error asked for, in NPS points (echoed). */
  readonly marginOfError: number;
  /** The confidence level used (echoed; 0.95 when not given). */
  readonly confidence: number;
  /** The expected shares used (echoed; the worst case ½, ½ when not given). */
  readonly expected: NpsExpectedShares;
  /** The per-answer variance of p_P − p_D used: p_P + p_D − (p_P − p_D)², in [0, 1]. */
  readonly variance: number;
}

/**
 * The number of answers for an NPS interval of a given half-width: the smallest integer n with
 * z_{(1+c)/2}·√(V/n)·100 ≤ marginOfError, i.e. n = ⌈z²·V·(100/marginOfError)²⌉, where
 * V = p_P + p_D − (p_P − p_D)² is the variance of one answer's score (+1 promoter, 0 passive, −1
 * detractor).
 *
 * Worst case: writing s = p_P + p_D ≤ 1 and d = p_P − p_D, V = s − d² ≤ s ≤ 1, with equality
 * only at s = 1, d = 0 — half promoters, half detractors, no passives. So V = 1 is the default and an
 * upper bound: ±5 points at 95% never needs more than 1,537 answers. Expected shares with passives
 * or a clear majority lower V and n. This is the Wald planning formula; the adjusted Wald interval
 * (which adds 3 pseudo-answers) has nearly the same width at these sizes. When V = 0 (all answers
 * expected in one group) the result is 1.
 *
 * @param options - the margin of error in NPS points, the confidence, and the expected shares
 *   ({@link NpsSampleSizeOptions}).
 * @returns the sample size and the inputs echoed ({@link NpsSampleSizeResult}).
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `"options"` when it is not an
 *   object, `"options.marginOfError"` (also when n would exceed 2^53), `"options.confidence"`,
 *   `"options.expected"`, `"options.expected.promoters"` or `"options.expected.detractors"` (also
 *   when the two shares sum above 1, with no tolerance), or an unknown key (`"options.side"`,
 *   `"options.expected.passives"`).
 * @see B. Rocks (2016), "Interval estimation for the 'net promoter score'", The American
 *   Statistician 70(4), 365–372, §2 (the variance of the NPS).
 * @example
 * ```ts
 * import { npsSampleSize } from "patronage/satisfaction";
 *
 * npsSampleSize({ marginOfError: 5 }).n; //=> 1537
 * npsSampleSize({ marginOfError: 5, confidence: 0.9, expected: { promoters: 0.5, detractors: 0.2 } });
 * //=> { n: 661, marginOfError: 5, confidence: 0.9, expected: { promoters: 0.5, detractors: 0.2 }, variance: 0.61 }
 * ```
 */
export function npsSampleSize(options: NpsSampleSizeOptions): NpsSampleSizeResult {
  if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an object { marginOfError, confidence?, expected? }");
  assertKnownKeys(options, ["marginOfError", "confidence", "expected"], "options");
  const { marginOfError } = options;
  if (typeof marginOfError !== "number" || !(marginOfError > 0 && marginOfError <= 200)) {
    throw invalidArgument("options.marginOfError", marginOfError, "a number of NPS points in (0, 200], such as 5");
  }
  const confidence = readConfidence(options.confidence);
  let expected: NpsExpectedShares = { promoters: 0.5, detractors: 0.5 };
  if (options.expected !== undefined) {
    const given = options.expected;
    if (typeof given !== "object" || given === null) throw invalidArgument("options.expected", given, "an object { promoters, detractors } of shares");
    assertKnownKeys(given, ["promoters", "detractors"], "options.expected");
    const { promoters, detractors } = given;
    if (typeof promoters !== "number" || !(promoters >= 0 && promoters <= 1)) throw invalidArgument("options.expected.promoters", promoters, "a share in [0, 1]");
    if (typeof detractors !== "number" || !(detractors >= 0 && promoters + detractors <= 1)) {
      throw invalidArgument("options.expected.detractors", detractors, `a share in [0, 1] with expected.promoters + expected.detractors ≤ 1 (promoters = ${promoters})`);
    }
    expected = { promoters, detractors };
  }
  const d = expected.promoters - expected.detractors;
  const variance = Math.max(0, expected.promoters + expected.detractors - d * d);
  const z = twoSidedZ(confidence);
  const exact = (z * z * variance * 10_000) / (marginOfError * marginOfError);
  // Forgive the last bits of rounding, so an exact integer is not pushed up by one.
  const n = Math.max(1, Math.ceil(exact * (1 - 1e-12)));
  if (!Number.isSafeInteger(n)) throw invalidArgument("options.marginOfError", marginOfError, "large enough that n stays below 2^53");
  return { n, marginOfError, confidence, expected, variance };
}
