import { invalidArgument } from "../_lib/invalidArgument.js";
import { PatronageError } from "../PatronageError.js";
import { advocacyScore } from "./advocacyScore.js";
import { attitudinalScore } from "./attitudinalScore.js";
import { behaviouralScore } from "./behaviouralScore.js";
import { checkRecency } from "./checkRecency.js";
import { levelRank } from "./levelRank.js";
import type { LoyaltyBatchResult } from "./LoyaltyBatchResult.js";
import type { LoyaltyColumn, LoyaltyColumns } from "./LoyaltyColumns.js";
import type { LoyaltyModelInput } from "./LoyaltyModelInput.js";
import { readLoyaltyModel } from "./readLoyaltyModel.js";

/** The options of {@link classifyLoyaltyBatch}. */
export interface ClassifyLoyaltyBatchOptions {
  /**
   * What to do with a row whose behavioural or attitudinal axis cannot be scored: `"throw"`
   * `INSUFFICIENT_DATA` naming the row (default), or `"mark"` it with level 255 and NaN for the
   * score that is missing, and go on.
   */
  readonly onInsufficientData?: "throw" | "mark";
}

type Kind = "count" | "positive" | "nonNegative" | "fraction" | "recommend" | "satisfaction";

const EXPECTED: Record<Kind, string> = {
  count: "a safe integer ≥ 0 or NaN (missing)",
  positive: "a finite number > 0 or NaN (missing)",
  nonNegative: "a finite number ≥ 0 or NaN (missing)",
  fraction: "a fraction in [0, 1] or NaN (missing)",
  recommend: "a number from 0 to 10 or NaN (missing)",
  satisfaction: "a number from 1 to 5 or NaN (missing)",
};

const NAMES = [
  "purchases",
  "windowDays",
  "daysSinceLastPurchase",
  "shareOfWallet",
  "expectedPurchases",
  "recommend",
  "satisfaction",
  "repurchaseIntent",
  "brandPreference",
  "incentiveShare",
  "referrals",
  "reviews",
  "shares",
] as const;

const COLUMN_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set(NAMES);

const KINDS: readonly Kind[] = [
  "count",
  "positive",
  "nonNegative",
  "fraction",
  "positive",
  "recommend",
  "satisfaction",
  "fraction",
  "fraction",
  "fraction",
  "count",
  "count",
  "count",
];

/**
 * Validates one column once and returns it as a Float64Array with NaN for missing (the caller's
 * Float64Array is used as it is, never written to). One pass of inline comparisons.
 */
function readColumn(column: LoyaltyColumn | undefined, name: string, kind: Kind, n: number): Float64Array | null {
  if (column === undefined) return null;
  let values: Float64Array;
  if (column instanceof Float64Array) {
    values = column;
  } else if (ArrayBuffer.isView(column)) {
    if (column instanceof BigInt64Array || column instanceof BigUint64Array || column instanceof DataView) {
      throw invalidArgument(`rows.${name}`, column, "an array or a number typed array (not a BigInt64Array, BigUint64Array or DataView)");
    }
    values = Float64Array.from(column as ArrayLike<number>);
  } else {
    values = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = column[i];
      values[i] = typeof v === "number" ? v : v === null || v === undefined ? NaN : badValue(name, i, v, kind);
    }
  }
  switch (kind) {
    case "count":
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        if (!(v >= 0 && v <= Number.MAX_SAFE_INTEGER && Math.floor(v) === v) && v === v) badValue(name, i, v, kind);
      }
      break;
    case "positive":
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        if (!(v > 0 && v < Infinity) && v === v) badValue(name, i, v, kind);
      }
      break;
    case "nonNegative":
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        if (!(v >= 0 && v < Infinity) && v === v) badValue(name, i, v, kind);
      }
      break;
    default: {
      const lo = kind === "satisfaction" ? 1 : 0;
      const hi = kind === "fraction" ? 1 : kind === "recommend" ? 10 : 5;
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        if (!(v >= lo && v <= hi) && v === v) badValue(name, i, v, kind);
      }
    }
  }
  return values;
}

function unscorable(i: number, axis: string): PatronageError {
  const signals = axis === "behavioural" ? "purchases, daysSinceLastPurchase, shareOfWallet" : "recommend, satisfaction, repurchaseIntent, brandPreference";
  return new PatronageError("INSUFFICIENT_DATA", `rows[${i}]: the ${axis} axis cannot be scored, no ${axis} signal with a weight > 0 is given (${signals})`, {
    field: `rows[${i}]`,
    value: i,
  });
}

function badValue(name: string, i: number, v: unknown, kind: Kind): never {
  throw invalidArgument(`rows.${name}[${i}]`, v, EXPECTED[kind]);
}

/**
 * Classifies many customers at once from columns of signals ({@link LoyaltyColumns}): the columnar
 * fast path of {@link classifyLoyalty}, with identical scores and levels for the same signals. Each
 * column is validated once in one pass; the scoring loop allocates nothing per row and writes into
 * typed arrays. NaN (or `null` / `undefined` in an array), or a column left out, is a missing signal.
 *
 * @param rows - the signals as equal-length columns; at least one column.
 * @param config - the model, as for {@link classifyLoyalty}.
 * @param options - what to do with rows that cannot be scored.
 * @returns levels as ranks in a Uint8Array and the scores in Float64Arrays.
 * Behaviour follows the rules of {@link classifyLoyalty}, row by row: where `purchases` is given,
 * `windowDays` or `expectedPurchases` must be given too; with purchases > 0 `daysSinceLastPurchase`
 * is required and ≤ windowDays; with purchases = 0 it is missing or ≥ windowDays, and frequency and
 * recency are 0. A row whose `purchases` is missing has no such rule (see {@link LoyaltyColumns}).
 *
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the value (`rows.recommend[12]`,
 *   `rows.daysSinceLastPurchase[3]`, `rows.windowDays[3]`), the column whose length differs or that
 *   is not an array of numbers, an unknown column (`rows.satisfction`), `rows` given as an array, or
 *   `options` that is not an object; `INSUFFICIENT_DATA` when no column is given, or (unless
 *   `onInsufficientData` is `"mark"`) naming the first row (`rows[12]`) whose behaviour or attitude
 *   cannot be scored; `INVALID_CONFIG` naming the path under `config`.
 * @see {@link classifyLoyalty} for the scores and the grid.
 *
 * @example
 * ```ts
 * import { LOYALTY_LEVELS, classifyLoyaltyBatch } from "patronage/loyalty";
 *
 * const result = classifyLoyaltyBatch({
 *   purchases: new Float64Array([14, 6, 0]),
 *   windowDays: new Float64Array([365, 180, 90]),
 *   daysSinceLastPurchase: new Float64Array([10, 20, NaN]),
 *   expectedPurchases: new Float64Array([12, NaN, NaN]),
 *   recommend: new Float64Array([10, 5, 9]),
 *   satisfaction: new Float64Array([5, 3, 4]),
 *   incentiveShare: [null, 0.8, null],
 *   referrals: [2, null, null],
 * });
 * Array.from(result.level, (rank) => LOYALTY_LEVELS[rank]?.id);
 * //=> ["fanatic", "mercenary", "latent"]
 * result.behavioural[2]; //=> 0
 * ```
 */
export function classifyLoyaltyBatch(
  rows: LoyaltyColumns,
  config?: LoyaltyModelInput,
  options: ClassifyLoyaltyBatchOptions = {},
): LoyaltyBatchResult {
  const p = readLoyaltyModel(config);
  if (typeof rows !== "object" || rows === null || Array.isArray(rows)) {
    throw invalidArgument("rows", rows, "an object of columns, not an array (of row objects): { purchases: [...], recommend: [...], … }");
  }
  for (const key of Object.keys(rows)) {
    if (!COLUMN_NAMES.has(key)) {
      throw invalidArgument(`rows.${key}`, (rows as unknown as Record<string, unknown>)[key], `absent: rows has no column ${JSON.stringify(key)} (known: ${NAMES.join(", ")})`);
    }
  }
  if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an object { onInsufficientData? } or undefined");
  const mode = options.onInsufficientData ?? "throw";
  if (mode !== "throw" && mode !== "mark") throw invalidArgument("options.onInsufficientData", mode, '"throw" or "mark"');
  let n = -1;
  let first = "";
  for (const name of NAMES) {
    const column = rows[name];
    if (column === undefined) continue;
    if (typeof column !== "object" || column === null || !Number.isSafeInteger(column.length) || column.length < 0) {
      throw invalidArgument(`rows.${name}`, column, "an array or typed array of numbers (with a length that is a safe integer ≥ 0)");
    }
    if (n < 0) {
      n = column.length;
      first = name;
    } else if (column.length !== n) {
      throw invalidArgument(`rows.${name}`, column, `a column of length ${n}, the length of rows.${first}`);
    }
  }
  if (n < 0) throw new PatronageError("INSUFFICIENT_DATA", "rows holds no column: give at least one signal column", { field: "rows", value: rows });
  const cols = NAMES.map((name, k) => readColumn(rows[name], name, KINDS[k] as Kind, n));
  const missing = new Float64Array(n).fill(NaN);
  const [purchases, windowDays, days, share, expected, recommend, satisfaction, intent, preference, incentive, referrals, reviews, shares] =
    cols.map((c) => c ?? missing) as [
      Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array,
      Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array,
    ];

  // The rules between behaviour columns, those of classifyLoyalty (see checkRecency): purchases
  // given need windowDays or expectedPurchases; the days since the last purchase agree with them.
  for (let i = 0; i < n; i++) {
    const k = purchases[i]!;
    if (k !== k) continue;
    const w = windowDays[i]!;
    if (w !== w && expected[i]! !== expected[i]!) {
      throw invalidArgument(`rows.windowDays[${i}]`, w, `given (or rows.expectedPurchases[${i}]) when rows.purchases[${i}] is given`);
    }
    const d = days[i]!;
    if (k > 0 ? d !== d || d > w : d < w) checkRecency(k, w, d, `rows.daysSinceLastPurchase[${i}]`);
  }

  // Local aliases: a bundler or test runner may turn an imported binding into a property read on a
  // module object at every call; one read here keeps the loops free of it.
  const scoreBehaviour = behaviouralScore;
  const scoreAttitude = attitudinalScore;
  const scoreAdvocacy = advocacyScore;
  const rankOf = levelRank;
  // Column passes: one small kernel per loop keeps each loop tight (a single loop calling all
  // kernels runs about twice as slow); the arithmetic is the kernels' own, so the doubles are those
  // of classifyLoyalty.
  const behavioural = new Float64Array(n);
  for (let i = 0; i < n; i++) behavioural[i] = scoreBehaviour(p, purchases[i]!, windowDays[i]!, days[i]!, share[i]!, expected[i]!);
  const attitudinal = new Float64Array(n);
  for (let i = 0; i < n; i++) attitudinal[i] = scoreAttitude(p, recommend[i]!, satisfaction[i]!, intent[i]!, preference[i]!);
  const advocacy = new Float64Array(n);
  for (let i = 0; i < n; i++) advocacy[i] = scoreAdvocacy(p, referrals[i]!, reviews[i]!, shares[i]!);
  const level = new Uint8Array(n);
  let scored = 0;
  for (let i = 0; i < n; i++) {
    const bs = behavioural[i]!;
    const as = attitudinal[i]!;
    if (bs !== bs || as !== as) {
      if (mode === "throw") throw unscorable(i, bs !== bs ? "behavioural" : "attitudinal");
      level[i] = 255;
      continue;
    }
    level[i] = rankOf(p, bs, as, incentive[i]!, advocacy[i]!);
    scored++;
  }
  return { level, behavioural, attitudinal, incentiveShare: incentive === rows.incentiveShare || incentive === missing ? Float64Array.from(incentive) : incentive, advocacy, scored };
}
