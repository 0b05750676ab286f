import { z } from "zod";
import { parseWithSchema } from "../_lib/parseWithSchema.js";
import { assertKnownKeys } from "./assertKnownKeys.js";
import type { AnswerCounts } from "./AnswerCounts.js";
import type { Interval } from "./Interval.js";
import { readAnswers } from "./readAnswers.js";
import { readConfidence } from "./readConfidence.js";
import { scaleMean } from "./scaleMean.js";
import { percentWilson } from "./percentWilson.js";

/** Options of {@link ces}. */
export interface CesOptions {
  /**
   * Which Customer Effort Score question the answers are from; required, because the two scales
   * point in opposite directions:
   * - `"2.0"`: "The company made it easy for me to handle my issue", 1 (strongly disagree) to
   *   7 (strongly agree); higher is better; "easy" = 5, 6 or 7.
   * - `"1.0"`: "How much effort did you personally have to put forth to handle your request?",
   *   1 (very low effort) to 5 (very high effort); lower is better; "easy" = 1 or 2.
   */
  readonly version: "2.0" | "1.0";
  /** The confidence level of both intervals, in (0, 1); default 0.95. */
  readonly confidence?: number;
}

/** The share of "easy" answers in a {@link ces} result. */
export interface CesEasy {
  /** The percentage (0–100) of answers counted as easy (5–7 for CES 2.0, 1–2 for CES 1.0). */
  readonly score: number;
  /** The number of easy answers. */
  readonly count: number;
  /** The Wilson score interval on `score`, in percentage points (method `"wilson"`). */
  readonly interval: Interval;
}

/** The result of {@link ces}. */
export interface CesResult {
  /** The Customer Effort Score: the mean answer, in the question's own units (1–7 or 1–5). */
  readonly score: number;
  /** The number of answers. */
  readonly n: number;
  /** The sample standard deviation of the answers (divisor n − 1); `null` when n = 1. */
  readonly standardDeviation: number | null;
  /**
   * The Student t interval on the mean, score ± t(1 − α/2, n − 1)·s/√n (method `"t"`), cut at the
   * scale's ends (a warning says when); `null` when n = 1.
   */
  readonly interval: Interval | null;
  /** The share of easy answers with its Wilson interval. */
  readonly easy: CesEasy;
  /** The question version the answers were read as. */
  readonly version: "2.0" | "1.0";
  /** Which way is good: `"higher-is-better"` for CES 2.0 (agreement), `"lower-is-better"` for CES 1.0 (effort). */
  readonly direction: "higher-is-better" | "lower-is-better";
  /** The scale's lowest and highest answers: 1 and 7 (CES 2.0) or 1 and 5 (CES 1.0). */
  readonly scale: {
    /** The lowest answer: 1. */
    readonly min: number;
    /** The highest answer: 7 (CES 2.0) or 5 (CES 1.0). */
    readonly max: number;
  };
  /** The number of answers per scale point: `distribution[i]` counts the answers equal to i + 1. */
  readonly distribution: readonly number[];
  /**
   * Plain sentences on what limits the result: fewer than 30 answers, one answer only, all answers
   * equal, a mean interval cut at the scale's end. Empty when there is nothing to say.
   */
  readonly warnings: readonly string[];
}

const optionsSchema = /* @__PURE__ */ z.strictObject({
  version: /* @__PURE__ */ z.enum(["2.0", "1.0"]),
  confidence: /* @__PURE__ */ z.unknown().optional(),
});

/** The two versions of the question: scale end, easy answers, direction. */
const VERSIONS = {
  "2.0": { max: 7, easyFrom: 5, easyTo: 7, direction: "higher-is-better" },
  "1.0": { max: 5, easyFrom: 1, easyTo: 2, direction: "lower-is-better" },
} as const;

/** Below this many answers a result carries a small-sample warning. */
const SMALL_SAMPLE = 30;

/**
 * The Customer Effort Score (CES) of answers to one of its two published questions: the mean answer
 * with its Student t interval (cut to the scale), and the percentage of "easy" answers with its
 * Wilson score interval ({@link wilsonInterval}, in percentage points). The result states the
 * `direction`, because a high CES 2.0 and a low CES 1.0 are both good news:
 *
 * | version | question | scale | good | "easy" |
 * |---|---|---|---|---|
 * | `"2.0"` | "The company made it easy for me to handle my issue." | 1 strongly disagree – 7 strongly agree | higher | 5, 6, 7 |
 * | `"1.0"` | "How much effort did you personally have to put forth to handle your request?" | 1 very low – 5 very high effort | lower | 1, 2 |
 *
 * Answers come raw (an array or typed array of integers on the version's scale) or as
 * `{ counts }`, one count per scale point from 1 up. There is no default version: the same answer
 * means opposite things under the two.
 *
 * @param answers - the answers (integers 1–7 for CES 2.0, 1–5 for CES 1.0), or {@link AnswerCounts}
 *   with 7 or 5 counts.
 * @param options - `version` (required) and `confidence` (default 0.95); see {@link CesOptions}.
 * @returns the {@link CesResult}: `score` (the mean), `n`, `standardDeviation`, `interval`,
 *   `easy`, `version`, `direction`, `scale`, `distribution`, `warnings`.
 * @throws {@link index!PatronageError} `INSUFFICIENT_DATA` when there is no answer;
 *   `INVALID_ARGUMENT` naming the first answer off the version's scale or not an integer
 *   (`answers[12]`), a bad count (`answers.counts[3]`), a missing or unknown `options.version`, an
 *   invalid `options.confidence`, or an unknown option key.
 * @see M. Dixon, K. Freeman & N. Toman (2010), "Stop trying to delight your customers", Harvard
 *   Business Review 88(7/8), 116–122 (CES 1.0, the effort question on a 1–5 scale).
 * @see CEB (now Gartner) (2013), "The Effortless Experience" research and M. Dixon, N. Toman &
 *   R. DeLisi (2013), The Effortless Experience, Portfolio/Penguin (CES 2.0, the 1–7 agreement
 *   statement).
 *
 * @example
 * ```ts
 * import { ces } from "patronage/satisfaction";
 *
 * const result = ces([7, 6, 5, 5, 4, 6, 7, 3, 6, 5], { version: "2.0" });
 * result.score; //=> 5.4
 * result.direction; //=> "higher-is-better"
 * result.easy.score; //=> 80 (8 of 10 answered 5, 6 or 7)
 * result.easy.interval; //=> { lower: 49.01…, upper: 94.33…, confidence: 0.95, method: "wilson" }
 *
 * ces({ counts: [40, 30, 15, 10, 5] }, { version: "1.0" }).easy.score; //=> 70 (1s and 2s)
 * ```
 */
export function ces(answers: ArrayLike<number> | AnswerCounts, options: CesOptions): CesResult {
  // zod names the object holding an unknown key; name the key itself (`options.side`).
  assertKnownKeys(options, Object.keys(optionsSchema.shape), "options");
  const parsed = parseWithSchema(optionsSchema, options, "options");
  const confidence = readConfidence(parsed.confidence);
  const version = parsed.version;
  const { max, easyFrom, easyTo, direction } = VERSIONS[version];
  const { counts, n } = readAnswers(answers, 1, max, "answers");
  let easyCount = 0;
  for (let i = easyFrom - 1; i < easyTo; i++) easyCount += counts[i]!;
  const warnings: string[] = [];
  if (n < SMALL_SAMPLE) warnings.push(`small sample: ${n} answer${n === 1 ? "" : "s"} (fewer than ${SMALL_SAMPLE}); the intervals are wide`);
  const mean = scaleMean(counts, n, 1, max, confidence, warnings);
  const easyScore = (100 * easyCount) / n;
  return {
    score: mean.value,
    n,
    standardDeviation: mean.standardDeviation,
    interval: mean.interval,
    easy: {
      score: easyScore,
      count: easyCount,
      interval: percentWilson(easyCount, n, easyScore, confidence),
    },
    version,
    direction,
    scale: { min: 1, max },
    distribution: Array.from(counts),
    warnings,
  };
}
