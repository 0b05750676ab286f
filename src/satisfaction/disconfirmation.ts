import { invalidArgument } from "../_lib/invalidArgument.js";
import { assertKnownKeys } from "./assertKnownKeys.js";
import { PatronageError } from "../PatronageError.js";

/** Scores per item: keyed by item name, or an array (or typed array) aligned by index. */
export type ItemScores = Readonly<Record<string, number>> | ArrayLike<number>;

/** Options of {@link disconfirmation}. */
export interface DisconfirmationOptions {
  /**
   * The importance of each item, in the same shape as the scores (same keys, or same length),
   * each a finite number ≥ 0 with a positive total (SERVQUAL asks customers to split 100 points
   * over its five dimensions). Default: equal weights.
   */
  readonly weights?: ItemScores;
  /** How many of the lowest gaps `worst` lists, a safe integer ≥ 0. Default 3. */
  readonly worst?: number;
}

/** One item's gap. */
export interface DisconfirmationItem {
  /** The item: its key for keyed scores, its index for arrays. */
  readonly item: string | number;
  /** The perceived (performance) score P. */
  readonly perceived: number;
  /** The expected score E. */
  readonly expected: number;
  /** The gap P − E: < 0 expectations were not met (negative disconfirmation), > 0 exceeded. */
  readonly gap: number;
  /** The item's weight (1 when no weights were given). */
  readonly weight: number;
}

/** The result of {@link disconfirmation}. */
export interface DisconfirmationResult {
  /** The gaps item by item, in the input's order (keys in the order of `perceived`). */
  readonly items: readonly DisconfirmationItem[];
  /** The number of items. */
  readonly n: number;
  /**
   * The mean gap Σ wᵢ·(Pᵢ − Eᵢ) / Σ wᵢ (the plain mean without weights), in the scores' unit:
   * the aggregate disconfirmation, SERVQUAL's overall quality score.
   */
  readonly estimate: number;
  /** The unweighted mean gap (equal to `estimate` without weights). */
  readonly unweightedMeanGap: number;
  /** The number of items with a negative gap. */
  readonly negativeCount: number;
  /** The share of items with a negative gap, in [0, 1] (unweighted). */
  readonly negativeShare: number;
  /** The items with the lowest gaps, lowest first (ties in input order), at most `options.worst`. */
  readonly worst: readonly DisconfirmationItem[];
  /** Plain-language notes (weights that are all on few items). */
  readonly warnings: readonly string[];
}

interface Aligned {
  readonly keys: readonly (string | number)[];
  readonly read: (scores: ItemScores, field: string, nonNegative: boolean) => Float64Array;
}

function isArrayLike(value: object): value is ArrayLike<number> {
  return Array.isArray(value) || ArrayBuffer.isView(value);
}

function readNumber(value: unknown, field: string, nonNegative: boolean): number {
  if (typeof value !== "number" || !Number.isFinite(value) || (nonNegative && value < 0)) {
    throw invalidArgument(field, value, nonNegative ? "a finite number ≥ 0" : "a finite number");
  }
  return value;
}

/** The items of `perceived` and how to read any other scores aligned with them. @internal */
function align(perceived: unknown): Aligned {
  const expected = "a record of finite scores by item, or an array of finite scores";
  if (typeof perceived !== "object" || perceived === null) throw invalidArgument("perceived", perceived, expected);
  if (isArrayLike(perceived)) {
    const n = perceived.length;
    const keys = Array.from({ length: n }, (_, i) => i);
    return {
      keys,
      read(scores, field, nonNegative) {
        if (typeof scores !== "object" || scores === null || !isArrayLike(scores)) {
          throw invalidArgument(field, scores, `an array of ${n} finite numbers, aligned with perceived`);
        }
        if (scores.length !== n) throw invalidArgument(field, scores, `an array of ${n} finite numbers, aligned with perceived`);
        const out = new Float64Array(n);
        for (let i = 0; i < n; i++) out[i] = readNumber(scores[i], `${field}[${i}]`, nonNegative);
        return out;
      },
    };
  }
  const keys = Object.keys(perceived);
  return {
    keys,
    read(scores, field, nonNegative) {
      if (typeof scores !== "object" || scores === null || isArrayLike(scores)) {
        throw invalidArgument(field, scores, "a record of finite numbers keyed like perceived");
      }
      const record = scores as Readonly<Record<string, unknown>>;
      const out = new Float64Array(keys.length);
      keys.forEach((key, i) => {
        out[i] = readNumber(Object.hasOwn(record, key) ? record[key] : undefined, `${field}.${key}`, nonNegative);
      });
      for (const key of Object.keys(record)) {
        if (!Object.hasOwn(perceived, key)) throw invalidArgument(`${field}.${key}`, record[key], "absent, as perceived has no such item");
      }
      return out;
    },
  };
}

/**
 * Disconfirmation of expectations item by item and overall: the gap between what customers
 * perceived and what they expected, Gᵢ = Pᵢ − Eᵢ, as in SERVQUAL (Parasuraman, Zeithaml & Berry
 * 1988), whose service quality score is the mean gap over its items (optionally weighted by the
 * importance customers give each dimension), and in Oliver's (1980) expectation–disconfirmation
 * model of satisfaction. A negative gap is negative disconfirmation: the item fell short.
 *
 *   estimate = Σ wᵢ·(Pᵢ − Eᵢ) / Σ wᵢ,   negativeShare = #{Gᵢ < 0} / n.
 *
 * Items are keyed (`{ reliability: 5.1, … }`: `expected` and `weights` must have exactly the same
 * keys) or aligned by index (arrays of one length). Scores are in one unit (SERVQUAL uses a 1–7
 * agreement scale); they are not checked against a scale. No interval is given: the items are the
 * attributes of one service, not a sample; to compare customers, call this per customer and
 * summarise the estimates.
 *
 * @param perceived - the perceived (performance) score per item.
 * @param expected - the expected score per item, aligned with `perceived`.
 * @param options - `weights` per item and the length of the `worst` list (default 3).
 * @returns the gaps per item, the (weighted) mean gap, the share of negative gaps and the worst items.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the field (`perceived.speed`,
 *   `expected[2]`, `options.weights.reliability`, `options.worst`) when a score is not a finite
 *   number, a weight is negative, the keys or lengths differ, or the weights sum to 0, or an
 *   unknown option key (`options.side`);
 *   `INSUFFICIENT_DATA` naming `perceived` when there is no item.
 * @see A. Parasuraman, V. A. Zeithaml & L. L. Berry (1988), "SERVQUAL: a multiple-item scale for
 *   measuring consumer perceptions of service quality", Journal of Retailing 64(1), 12–40: Q = P − E.
 * @see R. L. Oliver (1980), "A cognitive model of the antecedents and consequences of satisfaction
 *   decisions", Journal of Marketing Research 17(4), 460–469.
 *
 * @example
 * ```ts
 * import { disconfirmation } from "patronage/satisfaction";
 *
 * const result = disconfirmation(
 *   { reliability: 5, responsiveness: 4, assurance: 6, empathy: 5.5, tangibles: 6 },
 *   { reliability: 6.5, responsiveness: 6, assurance: 6, empathy: 5, tangibles: 5.5 },
 *   { weights: { reliability: 32, responsiveness: 22, assurance: 19, empathy: 16, tangibles: 11 } },
 * );
 * result.estimate; //=> -0.785 (= (32·(−1.5) + 22·(−2) + 19·0 + 16·0.5 + 11·0.5) / 100)
 * result.unweightedMeanGap; //=> -0.5
 * result.negativeShare; //=> 0.4
 * result.worst.map((w) => w.item); //=> ["responsiveness", "reliability", "assurance"]
 * ```
 */
export function disconfirmation(perceived: ItemScores, expected: ItemScores, options?: DisconfirmationOptions): DisconfirmationResult {
  const aligned = align(perceived);
  const { keys } = aligned;
  const n = keys.length;
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw invalidArgument("options", options, "an object { weights?, worst? }");
  }
  assertKnownKeys(options, ["weights", "worst"], "options");
  const worstCount = options?.worst ?? 3;
  if (typeof worstCount !== "number" || !Number.isSafeInteger(worstCount) || worstCount < 0) {
    throw invalidArgument("options.worst", worstCount, "a safe integer ≥ 0");
  }
  const p = aligned.read(perceived, "perceived", false);
  const e = aligned.read(expected, "expected", false);
  if (n === 0) throw new PatronageError("INSUFFICIENT_DATA", "perceived holds no item: disconfirmation needs at least one", { field: "perceived", value: perceived });
  const w = options?.weights === undefined ? null : aligned.read(options.weights, "options.weights", true);
  const warnings: string[] = [];
  let weightSum = 0;
  let weighted = 0;
  let plain = 0;
  let negativeCount = 0;
  const items: DisconfirmationItem[] = [];
  for (let i = 0; i < n; i++) {
    const gap = p[i]! - e[i]!;
    if (!Number.isFinite(gap)) throw invalidArgument(`perceived${typeof keys[i] === "number" ? `[${i}]` : `.${keys[i]!}`}`, p[i], "a score whose gap to the expected score is a finite number");
    const weight = w === null ? 1 : w[i]!;
    items.push({ item: keys[i]!, perceived: p[i]!, expected: e[i]!, gap, weight });
    weightSum += weight;
    weighted += weight * gap;
    plain += gap;
    if (gap < 0) negativeCount++;
  }
  if (!(weightSum > 0) || !Number.isFinite(weightSum)) throw invalidArgument("options.weights", options?.weights, "finite weights ≥ 0 with a positive, finite sum");
  const zeroWeights = items.filter((it) => it.weight === 0).length;
  if (zeroWeights > 0) warnings.push(`${zeroWeights} of ${n} items have weight 0 and do not enter the mean gap`);
  const estimate = weighted / weightSum;
  const unweightedMeanGap = plain / n;
  if (!Number.isFinite(estimate) || !Number.isFinite(unweightedMeanGap)) {
    throw invalidArgument("perceived", perceived, "scores whose mean gap is a finite number");
  }
  const worst = items
    .map((it, i) => ({ it, i }))
    .sort((a, b) => a.it.gap - b.it.gap || a.i - b.i)
    .slice(0, worstCount)
    .map(({ it }) => it);
  return { items, n, estimate, unweightedMeanGap, negativeCount, negativeShare: negativeCount / n, worst, warnings };
}
