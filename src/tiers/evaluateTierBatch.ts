import { invalidArgument } from "../_lib/invalidArgument.js";
import { readInstant } from "../_lib/readInstant.js";
import { decimalText, digitsOf, MAX_SCALE, scaled, thresholdScales } from "./readTierActivity.js";
import { readTierProgram, tierCalendar } from "./readTierProgram.js";
import type { TierBatchColumns, TierBatchOptions, TierBatchResult } from "./TierBatch.js";
import { MemberGrouping } from "./MemberGrouping.js";
import { TierClock } from "./TierClock.js";
import type { TierProgram } from "./TierProgram.js";
import type { TierProgramInput } from "./TierProgramInput.js";
import { tierLadder, TierSimulation } from "./TierSimulation.js";

/**
 * Every member's tier at `asOf`, from the activity of many members in columns: the same history as
 * {@link evaluateTier} (without overrides and explanations), for dashboards and nightly runs over a
 * whole membership. Rows may come in any order; metric values are exact (integers as they are,
 * other numbers by their decimal digits).
 *
 * @param program - the tier programme.
 * @param columns - `member`, `at` and the metrics, one entry per row.
 * @param options - `asOf`, `joinedAt` (per member or for all) and optionally `members`.
 * @throws {@link index!PatronageError} `INVALID_CONFIG` for a bad programme; `INVALID_ARGUMENT`
 *   naming `columns.…[i]` or `options.…`.
 *
 * @example
 * ```ts
 * import { evaluateTierBatch } from "patronage/tiers";
 *
 * const program = {
 *   id: "stars",
 *   timeZone: "UTC",
 *   tiers: [
 *     { id: "green", rank: 0 },
 *     { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] } },
 *   ],
 * };
 * const day = (d: number) => Date.UTC(2026, 0, d);
 * const result = evaluateTierBatch(
 *   program,
 *   { member: [0, 1, 0], at: [day(2), day(3), day(9)], metrics: { points: [300, 100, 250] } },
 *   { asOf: "2026-02-01", joinedAt: "2026-01-01" },
 * );
 * Array.from(result.level, (l) => result.tiers[l]); //=> ["gold", "green"]
 * new Date(result.since[0]!).toISOString(); //=> "2026-01-09T00:00:00.000Z"
 * ```
 */
export function evaluateTierBatch(program: TierProgramInput | TierProgram, columns: TierBatchColumns, options: TierBatchOptions): TierBatchResult {
  const parsed = readTierProgram(program);
  const calendar = tierCalendar(parsed);
  if (typeof columns !== "object" || columns === null) throw invalidArgument("columns", columns, "an object with member, at and metrics columns");
  if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an options object with asOf and joinedAt");
  const { member, at, metrics } = columns;
  const n = lengthOf(member, "columns.member");
  if (lengthOf(at, "columns.at") !== n) throw invalidArgument("columns.at", at, `a column of ${n} instants, one per row`);
  const asOf = readInstant(options.asOf, calendar, "options.asOf");
  const perMember = typeof options.joinedAt === "object" && !(options.joinedAt instanceof Date) ? options.joinedAt : null;
  const joinedAll = perMember === null ? readInstant(options.joinedAt, calendar, "options.joinedAt") : 0;
  if (options.members !== undefined && !(Number.isSafeInteger(options.members) && options.members >= 0)) throw invalidArgument("options.members", options.members, "a count of members");
  let members = options.members ?? (perMember === null ? 0 : lengthOf(perMember, "options.joinedAt"));
  const limit = options.members ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const m = member[i] as number;
    if (!(Number.isInteger(m) && m >= 0 && m < limit)) throw invalidArgument(`columns.member[${i}]`, m, `a member index from 0${options.members === undefined ? "" : ` to ${options.members - 1}`}`);
    if (m >= members) members = m + 1;
    const t = at[i] as number;
    if (!Number.isFinite(t)) throw invalidArgument(`columns.at[${i}]`, t, "an instant in epoch milliseconds");
  }
  if (perMember !== null && perMember.length < members) throw invalidArgument("options.joinedAt", perMember, `an instant for each of the ${members} members`);

  // each metric's scale: the most decimals of the programme's thresholds and of the column's values
  const scales = thresholdScales(parsed);
  if (typeof metrics !== "object" || metrics === null) throw invalidArgument("columns.metrics", metrics, "an object of metric columns");
  const names = Object.keys(metrics);
  const columnsOf = names.map((metric) => checkMetric(metrics[metric], `columns.metrics.${metric}`, n, scales, metric));
  const digits = names.map((metric) => scales.get(metric) as number);
  const units = digits.map((scale) => 10 ** scale);

  // rows grouped by member (in time order within each member below)
  const grouping = new MemberGrouping(member, members);
  const first = grouping.first;
  const times = grouping.group(at);
  /** Each metric's values, grouped; made running totals member by member below. */
  const sums = columnsOf.map((column) => grouping.group(column));
  const ladder = tierLadder(parsed, scales, names, (metric) => `columns.metrics.${metric}`);
  const reversal = new Uint8Array(n);
  // one clock for all, which remembers window starts
  const clock = new TierClock(parsed, calendar, joinedAll, true);
  const simulation = new TierSimulation(parsed, clock, { at: times, metrics: names, sums, scales, reversal }, ladder, false);
  const level = new Uint8Array(members);
  const since = new Float64Array(members);
  const validUntil = new Float64Array(members);
  for (let m = 0; m < members; m++) {
    const start = first[m] as number;
    const end = first[m + 1] as number;
    sortRows(times, sums, start, end);
    const joinedAt = perMember === null ? joinedAll : (perMember[m] as number);
    if (!Number.isFinite(joinedAt)) throw invalidArgument(`options.joinedAt[${m}]`, joinedAt, "an instant in epoch milliseconds");
    if (asOf < joinedAt) throw invalidArgument(`options.joinedAt[${m}]`, joinedAt, `an instant no later than asOf (${new Date(asOf).toISOString()})`);
    if (end > start && (times[start] as number) < joinedAt) {
      for (let i = 0; i < n; i++) if (member[i] === m && (at[i] as number) < joinedAt) throw invalidArgument(`columns.at[${i}]`, at[i], `an instant no earlier than member ${m}'s joinedAt`);
    }
    // the values in units of 10^−scale (checked to stay exact), as running totals within the member's rows
    let reversals = false;
    for (let j = 0; j < sums.length; j++) {
      const column = sums[j] as Float64Array;
      const scale = digits[j] as number;
      const unit = units[j] as number;
      let sum = 0;
      for (let k = start; k < end; k++) {
        const v = column[k] as number;
        const u = Number.isInteger(v) ? v * unit : scaled(decimalText(v) as string, scale);
        if (u < 0) {
          reversal[k] = 1;
          reversals = true;
        }
        sum += u;
        if (sum > Number.MAX_SAFE_INTEGER || sum < -Number.MAX_SAFE_INTEGER) throw invalidArgument(`columns.metrics.${names[j]}`, `(member ${m})`, "values whose running total per member stays exact (below 2^53 units)");
        column[k] = sum;
      }
    }
    clock.join(joinedAt);
    simulation.reset(start, end, joinedAt, reversals).run(asOf);
    const state = simulation.state;
    level[m] = state.level;
    since[m] = state.since;
    validUntil[m] = state.validUntil < 0 ? Number.POSITIVE_INFINITY : state.validUntil;
  }
  return { tiers: ladder.tiers.map((t) => t.id), level, since, validUntil };
}

/**
 * A metric column, checked: finite numbers with at most {@link MAX_SCALE} decimals, exact in units
 * of 10^−scale, where the scale (recorded in `scales`) is the most decimals of the programme's
 * thresholds and of the column's values.
 */
function checkMetric(values: ArrayLike<number> | undefined, field: string, n: number, scales: Map<string, number>, metric: string): ArrayLike<number> {
  const known = scales.get(metric);
  if (known === undefined) throw invalidArgument(field, values, `a known metric (${[...scales.keys()].join(", ")})`);
  if (lengthOf(values, field) !== n) throw invalidArgument(field, values, `a column of ${n} values, one per row`);
  const column = values as ArrayLike<number>;
  // integers at the programme's scale (the common case) in one pass
  let i = 0;
  for (const unit = 10 ** known; i < n; i++) {
    const v = column[i] as number;
    if (!(Number.isInteger(v) && Number.isSafeInteger(v * unit))) break;
  }
  if (i === n) return column;
  // otherwise the column's own decimals may raise the scale: every value again
  let scale = known;
  for (let k = i; k < n; k++) {
    const v = column[k] as number;
    if (Number.isInteger(v)) continue;
    const text = typeof v === "number" ? decimalText(v) : undefined;
    if (text === undefined) throw invalidArgument(`${field}[${k}]`, v, "a finite number");
    const decimals = digitsOf(text)[1];
    if (decimals > MAX_SCALE) throw invalidArgument(`${field}[${k}]`, v, `a value with at most ${MAX_SCALE} decimals`);
    if (decimals > scale) scale = decimals;
  }
  scales.set(metric, scale);
  const unit = 10 ** scale;
  for (let k = 0; k < n; k++) {
    const v = column[k] as number;
    if (!Number.isSafeInteger(Number.isInteger(v) ? v * unit : scaled(decimalText(v) as string, scale))) throw invalidArgument(`${field}[${k}]`, v, `a value that stays exact in units of 10^-${scale}`);
  }
  return column;
}

/**
 * Sorts the rows `start` to `end` by instant (stable; an insertion sort, as members have few rows
 * and often come in order), moving each metric's values with them.
 */
function sortRows(times: Float64Array, sums: readonly Float64Array[], start: number, end: number): void {
  for (let k = start + 1; k < end; k++) {
    const t = times[k] as number;
    if ((times[k - 1] as number) <= t) continue;
    let to = k - 1;
    while (to > start && (times[to - 1] as number) > t) to--;
    moveBack(times, k, to);
    for (const column of sums) moveBack(column, k, to);
  }
}

/** Moves `column[from]` back to `to`, shifting the values between one place on. */
function moveBack(column: Float64Array, from: number, to: number): void {
  const value = column[from] as number;
  for (let k = from; k > to; k--) column[k] = column[k - 1] as number;
  column[to] = value;
}

/** The length of an array-like column, checked. */
function lengthOf(column: unknown, field: string): number {
  const length = (column as { length?: unknown } | null)?.length;
  if (typeof column !== "object" || column === null || typeof length !== "number") throw invalidArgument(field, column, "an array or typed array");
  return length;
}
