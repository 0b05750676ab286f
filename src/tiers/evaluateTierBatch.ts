import { invalidArgument } from "../_lib/invalidArgument.js";
import { readInstant } from "../_lib/readInstant.js";
import { decimalText, digitsOf, MAX_SCALE, scaled, thresholdScales } from "./readTierActivity.js";
import { readTierProgram, tierCalendar } from "./readTierProgram.js";
import type { TierBatchColumns, TierBatchOptions, TierBatchResult } from "./TierBatch.js";
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
  for (let i = 0; i < n; i++) {
    const m = member[i] as number;
    if (!Number.isInteger(m) || m < 0 || (options.members !== undefined && m >= options.members)) throw invalidArgument(`columns.member[${i}]`, m, `a member index from 0${options.members === undefined ? "" : ` to ${options.members - 1}`}`);
    if (m >= members) members = m + 1;
    const t = at[i] as number;
    if (!Number.isFinite(t)) throw invalidArgument(`columns.at[${i}]`, t, "an instant in epoch milliseconds");
  }
  if (perMember !== null && perMember.length < members) throw invalidArgument("options.joinedAt", perMember, `an instant for each of the ${members} members`);
  const joinedOf = (m: number): number => (perMember === null ? joinedAll : (perMember[m] as number));

  // each metric's values in units of 10^−scale, exact
  const scales = thresholdScales(parsed);
  if (typeof metrics !== "object" || metrics === null) throw invalidArgument("columns.metrics", metrics, "an object of metric columns");
  const units = new Map<string, Float64Array>();
  for (const [metric, values] of Object.entries(metrics)) {
    const field = `columns.metrics.${metric}`;
    if (!scales.has(metric)) throw invalidArgument(field, values, `a known metric (${[...scales.keys()].join(", ")})`);
    if (lengthOf(values, field) !== n) throw invalidArgument(field, values, `a column of ${n} values, one per row`);
    let scale = scales.get(metric) as number;
    for (let i = 0; i < n; i++) {
      const v = values[i] as number;
      if (Number.isInteger(v)) continue;
      const text = decimalText(v);
      if (text === undefined) throw invalidArgument(`${field}[${i}]`, v, "a finite number");
      const decimals = digitsOf(text)[1];
      if (decimals > MAX_SCALE) throw invalidArgument(`${field}[${i}]`, v, `a value with at most ${MAX_SCALE} decimals`);
      if (decimals > scale) scale = decimals;
    }
    scales.set(metric, scale);
    const column = new Float64Array(n);
    const unit = 10 ** scale;
    for (let i = 0; i < n; i++) {
      const v = values[i] as number;
      const u = Number.isInteger(v) ? v * unit : scaled(decimalText(v) as string, scale);
      if (!Number.isSafeInteger(u)) throw invalidArgument(`${field}[${i}]`, v, `a value that stays exact in units of 10^-${scale}`);
      column[i] = u === 0 ? 0 : u;
    }
    units.set(metric, column);
  }

  // rows grouped by member (a counting sort), in time order within each
  const first = new Int32Array(members + 1);
  for (let i = 0; i < n; i++) {
    const slot = (member[i] as number) + 1;
    first[slot] = (first[slot] as number) + 1;
  }
  for (let m = 0; m < members; m++) first[m + 1] = (first[m + 1] as number) + (first[m] as number);
  const order = new Int32Array(n);
  const fill = first.slice(0, members);
  for (let i = 0; i < n; i++) {
    const m = member[i] as number;
    order[fill[m] as number] = i;
    fill[m] = (fill[m] as number) + 1;
  }

  const ladder = tierLadder(parsed, scales);
  /** The running totals of the member being evaluated (refilled for each). */
  const totals = new Map<string, number[]>();
  // one clock for all (membership years depend on joining: one per member then)
  const shared = parsed.window.type === "anniversary" ? undefined : new TierClock(parsed, calendar, 0, true);
  const level = new Uint8Array(members);
  const since = new Float64Array(members);
  const validUntil = new Float64Array(members);
  for (let m = 0; m < members; m++) {
    const start = first[m] as number;
    const count = (first[m + 1] as number) - start;
    const rows = order.subarray(start, start + count);
    // insertion sort by instant: members have few rows, often in order already (the grouping keeps row order)
    for (let k = 1; k < count; k++) {
      const row = rows[k] as number;
      const t = at[row] as number;
      let j = k - 1;
      while (j >= 0 && (at[rows[j] as number] as number) > t) {
        rows[j + 1] = rows[j] as number;
        j--;
      }
      rows[j + 1] = row;
    }
    const joinedAt = joinedOf(m);
    if (!Number.isFinite(joinedAt)) throw invalidArgument(`options.joinedAt[${m}]`, joinedAt, "an instant in epoch milliseconds");
    if (asOf < joinedAt) throw invalidArgument(`options.joinedAt[${m}]`, joinedAt, `an instant no later than asOf (${new Date(asOf).toISOString()})`);
    const times = new Array<number>(count);
    const reversal = new Array<boolean>(count).fill(false);
    for (let k = 0; k < count; k++) {
      const t = at[rows[k] as number] as number;
      if (t < joinedAt) throw invalidArgument(`columns.at[${rows[k]}]`, t, `an instant no earlier than member ${m}'s joinedAt`);
      times[k] = t;
    }
    for (const [metric, column] of units) {
      const sums = new Array<number>(count + 1);
      sums[0] = 0;
      for (let k = 0; k < count; k++) {
        const u = column[rows[k] as number] as number;
        if (u < 0) reversal[k] = true;
        sums[k + 1] = (sums[k] as number) + u;
      }
      totals.set(metric, sums);
    }
    const simulation = new TierSimulation(parsed, shared ?? new TierClock(parsed, calendar, joinedAt), { at: times, totals, scales, reversal }, joinedAt, false, ladder);
    simulation.run(asOf);
    level[m] = simulation.state.level;
    since[m] = simulation.state.since;
    validUntil[m] = simulation.state.validUntil < 0 ? Number.POSITIVE_INFINITY : simulation.state.validUntil;
  }
  return { tiers: ladder.tiers.map((t) => t.id), level, since, validUntil };
}

/** The length of an array-like column, checked. */
function lengthOf(column: unknown, field: string): number {
  const length = (column as { length?: unknown } | null)?.length;
  if (typeof column !== "object" || column === null || typeof length !== "number") throw invalidArgument(field, column, "an array or typed array");
  return length;
}
