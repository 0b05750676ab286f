import { invalidArgument } from "../_lib/invalidArgument.js";
import { readInstant } from "../_lib/readInstant.js";
import { PLAIN_DECIMAL } from "../_lib/toDecimal.js";
import { Decimal } from "../_lib/Decimal.js";
import type { ZoneCalendar } from "../_lib/ZoneCalendar.js";
import type { TierActivityRow } from "./TierActivity.js";
import { TIER_METRICS } from "./TIER_METRICS.js";
import type { TierProgram } from "./TierProgram.js";

/**
 * Members' activity in columns, each member's rows a range in time order: each metric as exact
 * integers in units of 10^−scale (the most decimals any row or threshold of the metric has), as
 * running totals within the member's range, so a window's total is two lookups.
 *
 * @internal
 */
export interface TierActivityColumns {
  /** Row instants (ms), non-decreasing within a member's range. */
  readonly at: Float64Array;
  /** The metrics that have columns, in the order of `sums`. */
  readonly metrics: readonly string[];
  /** Per metric of `metrics`: `sums[j][k]` is the total of the member's rows up to and including row `k`, in units of 10^−scale. */
  readonly sums: readonly Float64Array[];
  /** Per metric: its scale. */
  readonly scales: ReadonlyMap<string, number>;
  /** Per row: 1 when it takes something back (a negative value). */
  readonly reversal: Uint8Array;
}

/** The most decimals a metric value may have. @internal */
export const MAX_SCALE = 12;

/** A decimal as its digits and its number of decimals (`"-12.50"` → `["-1250", 2]`). */
export function digitsOf(text: string): [string, number] {
  const point = text.indexOf(".");
  if (point < 0) return [text, 0];
  return [text.slice(0, point) + text.slice(point + 1), text.length - point - 1];
}

/** A metric value as a plain decimal string, or `undefined` when it is not one. */
export function decimalText(value: unknown): string | undefined {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return undefined;
    const text = String(value);
    return text.includes("e") ? new Decimal(value).toFixed() : text;
  }
  return typeof value === "string" && PLAIN_DECIMAL.test(value) ? value : undefined;
}

/** `text` (a plain decimal of at most `scale` decimals) in units of 10^−scale. */
export function scaled(text: string, scale: number): number {
  const [digits, decimals] = digitsOf(text.startsWith("+") ? text.slice(1) : text);
  const value = Number(digits + "0".repeat(scale - decimals));
  return Object.is(value, -0) ? 0 : value;
}

/** The decimals of each metric's scale: the most any threshold of the programme has. */
export function thresholdScales(program: TierProgram): Map<string, number> {
  const scales = new Map<string, number>();
  for (const metric of [...TIER_METRICS, ...program.metrics]) scales.set(metric, 0);
  for (const tier of program.tiers) {
    for (const criterion of tier.qualify?.criteria ?? []) scales.set(criterion.metric, Math.max(scales.get(criterion.metric) ?? 0, digitsOf(criterion.atLeast)[1]));
  }
  return scales;
}

/**
 * Reads and checks a member's activity (`field` names it in errors): an array of rows, each an
 * object with a valid `at` no earlier than `joinedAt` and finite decimal values of known metrics.
 *
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `activity[i].…`.
 * @internal
 */
export function readTierActivity(program: TierProgram, calendar: ZoneCalendar, activity: readonly TierActivityRow[], joinedAt: number, field: string): TierActivityColumns {
  if (!Array.isArray(activity)) throw invalidArgument(field, activity, "an array of activity rows");
  const scales = thresholdScales(program);
  const n = activity.length;
  const at = new Array<number>(n);
  /** Per metric, each row's value: a safe integer as it is, anything else as its decimal text. */
  const values = new Map<string, (number | string | undefined)[]>();
  for (let i = 0; i < n; i++) {
    const row = activity[i] as TierActivityRow;
    if (typeof row !== "object" || row === null || Array.isArray(row)) throw invalidArgument(`${field}[${i}]`, row, "an activity row object");
    const ms = readInstant(row.at, calendar, `${field}[${i}].at`);
    if (ms < joinedAt) throw invalidArgument(`${field}[${i}].at`, row.at, `an instant no earlier than joinedAt (${new Date(joinedAt).toISOString()})`);
    at[i] = ms;
    for (const key of Object.keys(row)) {
      if (key === "at") continue;
      const value = row[key];
      if (value === undefined) continue;
      const scale = scales.get(key);
      if (scale === undefined) throw invalidArgument(`${field}[${i}].${key}`, value, `a known metric (${[...scales.keys()].join(", ")}; the programme declares custom ones in metrics)`);
      let column = values.get(key);
      if (column === undefined) values.set(key, (column = new Array<number | string | undefined>(n)));
      if (typeof value === "number" && Number.isSafeInteger(value)) {
        column[i] = value === 0 ? 0 : value; // −0 is 0
        continue;
      }
      const text = decimalText(value);
      if (text === undefined) throw invalidArgument(`${field}[${i}].${key}`, value, "a finite number or a decimal string");
      const decimals = digitsOf(text)[1];
      if (decimals > MAX_SCALE) throw invalidArgument(`${field}[${i}].${key}`, value, `a value with at most ${MAX_SCALE} decimals`);
      if (decimals > scale) scales.set(key, decimals);
      column[i] = text;
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (at[a] as number) - (at[b] as number) || a - b);
  const sums: Float64Array[] = [];
  const reversal = new Uint8Array(n);
  for (const [metric, column] of values) {
    const scale = scales.get(metric) as number;
    const unit = 10 ** scale;
    const running = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const i = order[k] as number;
      const raw = column[i];
      const value = raw === undefined ? 0 : typeof raw === "number" ? raw * unit : scaled(raw, scale);
      if (value < 0) reversal[k] = 1;
      sum += value;
      if (!Number.isSafeInteger(value) || !Number.isSafeInteger(sum)) throw invalidArgument(`${field}[${i}].${metric}`, activity[i]?.[metric], `a value whose running total stays exact (below 2^53 units of 10^-${scale})`);
      running[k] = sum;
    }
    sums.push(running);
  }
  return { at: Float64Array.from(order, (i) => at[i] as number), metrics: [...values.keys()], sums, scales, reversal };
}
