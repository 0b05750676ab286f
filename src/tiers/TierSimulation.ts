import { formatIsoInstant } from "../_lib/formatIsoInstant.js";
import type { TierClock } from "./TierClock.js";
import type { TierActivityColumns } from "./readTierActivity.js";
import { scaled } from "./readTierActivity.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import type { Tier, TierProgram } from "./TierProgram.js";
import type { TierChange } from "./TierChange.js";

/** The tier state of a member at an instant: the tier's level (index in rank order) and its dates. @internal */
export interface TierState {
  level: number;
  since: number;
  /** When the tier stops being valid unless earned again; −1 for none (the base tier, or `downgrade: "never"`). */
  validUntil: number;
  /** Where counting to keep the tier starts (rows after it count): when it was last reached or renewed. */
  anchor: number;
  /** When the window last qualified for the tier held (reached or renewed); −∞ when it is held without qualifying (one level down). */
  qualifiedAt: number;
}

/**
 * A programme's tiers by rank with their criteria in flat arrays (thresholds in the metrics'
 * units, metrics as column indices): the same for every member of a batch. @internal
 */
export interface TierLadder {
  /** The tiers by rank, lowest (the base tier) first. */
  readonly tiers: readonly Tier[];
  /** Level `l`'s criteria are `first[l]` to `first[l + 1]` (exclusive). */
  readonly first: Int32Array;
  /** Per criterion: the column of its metric in the rows, or −1 for a metric no row has (its total is 0). */
  readonly column: Int32Array;
  /** Per criterion: its threshold in the metric's units. */
  readonly atLeast: Float64Array;
  /** Per level: 1 when every criterion must be met. */
  readonly all: Uint8Array;
  /** The highest level a window without rows qualifies for (thresholds of 0): the tier held from joining. */
  readonly empty: number;
  /** Whether some criterion is met by a total of 0 (a threshold of 0). */
  readonly zero: boolean;
}

/**
 * The ladder of `program` for rows whose columns are `metrics`, in units of 10^−`scales[metric]`.
 *
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `fieldOf(metric)` when the rows'
 *   decimals make a threshold inexact (2^53 units or more).
 * @internal
 */
export function tierLadder(program: TierProgram, scales: ReadonlyMap<string, number>, metrics: readonly string[], fieldOf: (metric: string) => string): TierLadder {
  const tiers = [...program.tiers].sort((a, b) => a.rank - b.rank);
  const criteria = tiers.map((tier) => tier.qualify?.criteria ?? []);
  const first = new Int32Array(tiers.length + 1);
  criteria.forEach((list, level) => (first[level + 1] = (first[level] as number) + list.length));
  const column = new Int32Array(first[tiers.length] as number);
  const atLeast = new Float64Array(column.length);
  let c = 0;
  for (const criterion of criteria.flat()) {
    const scale = scales.get(criterion.metric) ?? 0;
    const units = scaled(criterion.atLeast, scale);
    if (!Number.isSafeInteger(units)) {
      throw invalidArgument(fieldOf(criterion.metric), `(${criterion.metric} values with ${scale} decimals)`, `values whose decimals keep the threshold ${criterion.atLeast} exact (below 2^53 units of 10^-${scale})`);
    }
    column[c] = metrics.indexOf(criterion.metric);
    atLeast[c++] = units;
  }
  const all = Uint8Array.from(tiers, (tier) => (tier.qualify?.combine === "all" ? 1 : 0));
  let empty = 0;
  for (let level = tiers.length - 1; level > 0 && empty === 0; level--) {
    let metAll = true;
    let metAny = false;
    for (let k = first[level] as number; k < (first[level + 1] as number); k++) {
      if ((atLeast[k] as number) <= 0) metAny = true;
      else metAll = false;
    }
    if (all[level] === 1 ? metAll : metAny) empty = level;
  }
  return { tiers, first, column, atLeast, all, empty, zero: atLeast.some((units) => units <= 0) };
}

/**
 * The automatic tier history of one member (no overrides): an event simulation over the rows in
 * time order, the scheduled ends of validity (after the grace period), for next-period upgrades
 * the starts of periods, and the instants reversals leave the window (which raises its totals).
 * At each instant it applies, in this order: a pending next-period upgrade; the rows at that
 * instant, or a reversal leaving the window (an upgrade to the highest tier the window
 * qualifies for; a renewal of the tier held when the rows since it was last reached or renewed
 * meet its criteria again and push its validity further; under `"downgradeWithinPeriod"`, a
 * reversal that takes the window below the tier's criteria within the period it was reached in);
 * then a validity that ended (a renewal when the window still qualifies, otherwise a downgrade by
 * the programme's rule).
 *
 * Upgrades count the whole window ("move up at any time"); keeping a tier counts only the rows
 * after it was reached or last renewed, so the points that reached it do not keep it (Starbucks:
 * Gold at 500 stars in 12 months, valid 12 months, kept with another 500 in the following year).
 *
 * The member's rows are a range of the columns ({@link reset}), so a batch runs one simulation
 * over all its members.
 *
 * @internal
 */
export class TierSimulation {
  /** The tiers by rank, lowest (the base tier) first. */
  readonly tiers: readonly Tier[];
  readonly #program: TierProgram;
  readonly #explain: boolean;
  readonly #immediate: boolean;
  /**
   * Whether a reversal leaving the window can raise anything: in a rolling window, or in a
   * periodic one (it leaves at the next period's start, which raises the totals only to 0) when a
   * threshold is 0.
   */
  readonly #leaves: boolean;
  /** The member's calendar. */
  readonly clock: TierClock;
  /** The rows of the member (from `start` to `end`), and maybe of others. */
  readonly rows: TierActivityColumns;
  readonly #ladder: TierLadder;
  readonly changes: TierChange[] = [];
  readonly state: TierState = { level: 0, since: 0, validUntil: -1, anchor: 0, qualifiedAt: 0 };
  /** The member's rows: `#start` to `#end` (exclusive); a run considers those before `#limit`. */
  #start = 0;
  #end = 0;
  #limit = 0;
  /** The next row to fold in: during a run, the rows at or before the current instant are those before it. */
  #row = 0;
  /** The first row in the window at the instant last folded (a walk from it finds the next: windows move a little between events). */
  #windowRow = 0;
  /** The first row after the anchor, or −1 until it is needed. */
  #anchorRow = -1;
  /** Whether none of the member's rows takes anything back (so no window holds more than all rows up to its end). */
  #noReversals = true;
  /** Whether nothing can happen: all the member's rows, with none taking anything back, reach no tier above the base tier, so no window does. */
  #inert = false;
  /** Whether joining has been folded in (a tier with thresholds of 0 is held from joining). */
  #joined = false;
  /** The next row that takes something back and has yet to leave the window, and when it leaves (its leaving raises the window's totals). */
  #leaveRow = 0;
  #leaveAt = Number.POSITIVE_INFINITY;
  /** A next-period upgrade waiting for its period: the level and when it takes effect (−1: none). */
  #pendingLevel = -1;
  #pendingAt = 0;
  /** {@link #downgradeAt} for the validity `#dueFor`, remembered. */
  #dueFor = Number.NaN;
  #due = 0;

  /**
   * @param ladder - the programme's {@link tierLadder} for `rows` (made once per batch).
   * @param explain - whether to record the changes with their reasons (`changes`); without, only
   *   the state moves (for batches).
   */
  constructor(program: TierProgram, clock: TierClock, rows: TierActivityColumns, ladder: TierLadder, explain = true) {
    this.#program = program;
    this.#explain = explain;
    this.#immediate = program.upgrade === "immediate";
    this.#leaves = program.window.type === "rolling" || (program.window.type !== "lifetime" && ladder.zero);
    this.clock = clock;
    this.rows = rows;
    this.#ladder = ladder;
    this.tiers = ladder.tiers;
  }

  /**
   * Starts the history of the member who joined at `joinedAt` and whose rows are `start` to `end`
   * (exclusive); `reversals` tells whether any of them takes something back (looked up when not
   * given).
   */
  reset(start: number, end: number, joinedAt: number, reversals?: boolean): this {
    this.#start = start;
    this.#end = end;
    this.#limit = end;
    this.#row = start;
    this.#windowRow = start;
    this.#anchorRow = -1;
    this.#noReversals = reversals === undefined ? this.rows.reversal.subarray(start, end).every((r) => r === 0) : !reversals;
    this.#inert = this.#noReversals && this.#ladder.empty === 0 && this.#levelFor(start, end) === 0;
    this.#leaveRow = start - 1;
    this.#leaveAt = Number.POSITIVE_INFINITY;
    if (this.#leaves && !this.#noReversals) this.#nextLeave(Number.NEGATIVE_INFINITY);
    this.#joined = false;
    this.#pendingLevel = -1;
    this.#dueFor = Number.NaN;
    if (this.changes.length > 0) this.changes.length = 0;
    const s = this.state;
    s.level = 0;
    s.since = joinedAt;
    s.validUntil = -1;
    s.anchor = joinedAt;
    s.qualifiedAt = joinedAt;
    return this;
  }

  /** Runs the history up to and including instant `end`, considering only the rows before `lastRow` (all by default). */
  run(end: number, lastRow = this.#end): void {
    if (this.#inert) return;
    this.#limit = lastRow;
    const at = this.rows.at;
    const reversals = this.rows.reversal;
    if (!this.#joined && this.state.since <= end) {
      this.#joined = true;
      // joining with no rows at that instant: a tier a window without rows qualifies for
      if (this.#ladder.empty > 0 && (this.#row >= lastRow || (at[this.#row] as number) > this.state.since)) this.#fold(this.state.since, false);
    }
    if (this.#noReversals && this.state.level === 0 && this.#pendingLevel < 0) this.#skipQuiet(end, lastRow);
    for (;;) {
      const rowAt = this.#row < lastRow ? (at[this.#row] as number) : Number.POSITIVE_INFINITY;
      const dueAt = this.#downgradeAt();
      const pendingAt = this.#pendingLevel >= 0 ? this.#pendingAt : Number.POSITIVE_INFINITY;
      const leaveAt = this.#leaveRow < lastRow ? this.#leaveAt : Number.POSITIVE_INFINITY;
      const t = Math.min(rowAt, dueAt, pendingAt, leaveAt);
      if (t > end) return;
      if (pendingAt === t) this.#applyPending(t);
      if (rowAt === t) {
        let reversal = false;
        while (this.#row < lastRow && at[this.#row] === t) reversal = reversals[this.#row++] === 1 || reversal;
        this.#fold(t, reversal);
      } else if (leaveAt === t) {
        this.#fold(t, false); // a reversal left the window: its totals rose without a row
      }
      if (leaveAt === t) this.#nextLeave(t);
      if (this.#downgradeAt() <= t) this.#expire(t);
    }
  }

  /**
   * Skips the rows that change nothing at the base tier with nothing pending, when no row takes
   * anything back: those at instants before all the rows so far first reach a higher tier (found
   * by bisection, as the totals only grow), and none after `end` or from `lastRow` on.
   */
  #skipQuiet(end: number, lastRow: number): void {
    const at = this.rows.at;
    let low = this.#row;
    let high = lastRow;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#levelFor(this.#start, mid + 1) > 0) high = mid;
      else low = mid + 1;
    }
    let row = low;
    if (row < lastRow) while (row > this.#row && at[row - 1] === at[low]) row--;
    this.#row = Math.max(this.#row, Math.min(row, this.#upTo(end, lastRow)));
  }

  /** The total of `metric` over the rows with `low < at ≤ t`, in its units. */
  total(metric: string, low: number, t: number): number {
    const high = this.#upTo(t, this.#limit);
    return this.#sum(this.rows.metrics.indexOf(metric), this.#upTo(low, high), high);
  }

  /** Whether the rows with `low < at ≤ t` meet the criteria of `level`. */
  qualifies(level: number, low: number, t: number): boolean {
    const high = this.#upTo(t, this.#limit);
    return this.#meets(level, this.#upTo(low, high), high);
  }

  /** The highest level the window at `t` qualifies for. */
  qualifyingLevel(t: number): number {
    const high = this.#upTo(t, this.#limit);
    return this.#levelFor(this.#upTo(this.clock.windowLow(t), high), high);
  }

  /** Where counting to keep the held tier starts at `t`: the window's start or the anchor, the later. */
  keepLow(t: number): number {
    return Math.max(this.clock.windowLow(t), this.state.anchor);
  }

  /** The index of the first of the member's rows after `t` (the end of the rows at or before it). */
  rowsUpTo(t: number): number {
    return this.#upTo(t, this.#end);
  }

  /** When the last of the member's rows that take something back leaves the window (raising its totals), or −∞ (none, or nothing to raise). */
  get lastLeaveAt(): number {
    let last = Number.NEGATIVE_INFINITY;
    if (!this.#leaves) return last;
    for (let k = this.#start; k < this.#end; k++) if (this.rows.reversal[k] === 1) last = Math.max(last, this.clock.leaveAt(this.rows.at[k] as number));
    return last;
  }

  /** The instant of the member's last row, or −∞ without rows. */
  get lastRowAt(): number {
    return this.#end > this.#start ? (this.rows.at[this.#end - 1] as number) : Number.NEGATIVE_INFINITY;
  }

  /** When the held tier falls unless it is earned again: the end of its validity after the grace period, or +∞. */
  expiresAt(): number {
    return this.#downgradeAt();
  }

  /** The next change that comes without activity: a validity that ends or a next-period upgrade, or +∞. */
  nextScheduled(): number {
    return Math.min(this.#downgradeAt(), this.#pendingLevel >= 0 ? this.#pendingAt : Number.POSITIVE_INFINITY);
  }

  /** Moves on to the next row that takes something back and leaves the window after `t` (the fold at `t` saw the others go). */
  #nextLeave(t: number): void {
    const reversal = this.rows.reversal;
    for (let k = this.#leaveRow + 1; k < this.#end; k++) {
      if (reversal[k] !== 1) continue;
      const leaveAt = this.clock.leaveAt(this.rows.at[k] as number);
      if (leaveAt > t) {
        this.#leaveRow = k;
        this.#leaveAt = leaveAt;
        return;
      }
    }
    this.#leaveRow = this.#end;
    this.#leaveAt = Number.POSITIVE_INFINITY;
  }

  /** The index of the first of the member's rows before `high` whose instant is after `x`. */
  #upTo(x: number, high: number): number {
    const at = this.rows.at;
    let low = this.#start;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((at[mid] as number) <= x) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /**
   * {@link #upTo} for the start of the window at an instant of the run: a walk from where the
   * window started at the instant before (windows move forward, and a little back where a month's
   * end clamps).
   */
  #windowFrom(low: number, high: number): number {
    const at = this.rows.at;
    let row = this.#windowRow;
    while (row < high && (at[row] as number) <= low) row++;
    while (row > this.#start && (at[row - 1] as number) > low) row--;
    this.#windowRow = row;
    return row;
  }

  /** The total of metric column `column` over the rows `from` to `to` (exclusive); 0 for −1, a metric no row has. */
  #sum(column: number, from: number, to: number): number {
    if (column < 0 || to === from) return 0;
    const sums = this.rows.sums[column] as Float64Array;
    return (sums[to - 1] as number) - (from === this.#start ? 0 : (sums[from - 1] as number));
  }

  /** Whether the rows `from` to `to` (exclusive) meet the criteria of `level`. */
  #meets(level: number, from: number, to: number): boolean {
    const ladder = this.#ladder;
    const last = ladder.first[level + 1] as number;
    let c = ladder.first[level] as number;
    if (c === last) return true;
    const all = ladder.all[level] === 1;
    for (; c < last; c++) {
      const met = this.#sum(ladder.column[c] as number, from, to) >= (ladder.atLeast[c] as number);
      if (met !== all) return met; // the first met of "any", the first unmet of "all"
    }
    return all;
  }

  /** The highest level the rows `from` to `to` (exclusive) qualify for; `floor` when it is no higher (default 0: exactly). */
  #levelFor(from: number, to: number, floor = 0): number {
    for (let level = this.tiers.length - 1; level > floor; level--) if (this.#meets(level, from, to)) return level;
    return floor;
  }

  /** The instant the held tier's validity (with grace) ends, or +∞. */
  #downgradeAt(): number {
    const s = this.state;
    if (s.validUntil < 0) return Number.POSITIVE_INFINITY;
    const grace = this.#program.downgrade.graceDays;
    if (grace === 0) return s.validUntil;
    if (this.#dueFor !== s.validUntil) {
      this.#dueFor = s.validUntil;
      this.#due = this.clock.addDays(s.validUntil, grace);
    }
    return this.#due;
  }

  /**
   * The rows at `t` are folded in (during a run: the rows up to `t` are those before `#row`).
   * Without reversals, the member's rows so far hold at least what any window of them holds: when
   * they reach no higher tier, or do not keep the one held, the window is not looked at.
   */
  #fold(t: number, reversal: boolean): void {
    const s = this.state;
    const high = this.#row;
    const bounded = this.#noReversals;
    let from = -1; // the window's first row, once it is needed
    if (!bounded || this.#levelFor(this.#start, high, s.level) > s.level) {
      from = this.#windowFrom(this.clock.windowLow(t), high);
      const top = this.#levelFor(from, high, s.level);
      if (top > s.level) {
        if (this.#immediate) {
          this.#change(t, top, "upgrade", this.#explain ? `${this.#describe(top, from, high)}: ${this.tiers[top]?.id} reached` : "");
          return;
        }
        if (top > this.#pendingLevel) {
          this.#pendingLevel = top;
          this.#pendingAt = this.clock.periodEnd(t);
        }
      }
    }
    if (s.level > 0 && s.validUntil >= 0) {
      if (this.#anchorRow < 0) this.#anchorRow = this.#upTo(s.anchor, high);
      if (!bounded || this.#meets(s.level, this.#anchorRow, high)) {
        if (from < 0) from = this.#windowFrom(this.clock.windowLow(t), high);
        const keepFrom = Math.max(from, this.#anchorRow);
        const until = this.#meets(s.level, keepFrom, high) ? this.clock.validUntil(this.#immediate ? t : this.clock.periodEnd(t)) : Number.NEGATIVE_INFINITY;
        if (until > s.validUntil) {
          const why = this.#explain ? `${this.#describe(s.level, keepFrom, high)} since ${formatIsoInstant(s.anchor)}: ${this.tiers[s.level]?.id} kept until ${formatIsoInstant(until)}` : "";
          this.#change(t, s.level, "renewal", why, until);
          return;
        }
      }
    }
    // A reversal takes back a tier reached by qualifying in this period, when it is what took the window below the tier's criteria.
    if (reversal && s.level > 0 && this.#program.reversals === "downgradeWithinPeriod" && this.#withinPeriod(s.qualifiedAt, t)) {
      if (!this.#meets(s.level, from, high) && this.qualifies(s.level, this.clock.windowLow(t - 1), t - 1)) {
        const why = this.#explain ? `a reversal took ${this.tiers[s.level]?.id}'s criteria out of reach within the period it was reached in` : "";
        this.#change(t, Math.min(this.#levelFor(from, high), s.level - 1), "downgrade", why);
      }
    }
  }

  /** A next-period upgrade takes effect at `t`, the period's start: to the tier qualified for in the period before (at its end, under `"downgradeWithinPeriod"`). */
  #applyPending(t: number): void {
    let level = this.#pendingLevel;
    this.#pendingLevel = -1;
    if (this.#program.reversals === "downgradeWithinPeriod") level = Math.min(level, this.qualifyingLevel(t - 1));
    if (level > this.state.level) this.#change(t, level, "upgrade", this.#explain ? `qualified for ${this.tiers[level]?.id} in the previous period` : "");
  }

  /**
   * The held tier's validity (with grace) has ended at `t`: a renewal when the window still
   * qualifies (its new validity runs from the end of the old one; a higher tier waits for its
   * period under `"nextPeriod"`), else a downgrade by the rule.
   */
  #expire(t: number): void {
    const s = this.state;
    const high = this.#row;
    const top = this.#levelFor(this.#windowFrom(this.clock.windowLow(t), high), high);
    const ended = this.#explain ? formatIsoInstant(s.validUntil) : "";
    if (top >= s.level) {
      if (top > s.level && this.#immediate) {
        this.#change(t, top, "upgrade", this.#explain ? `validity ended ${ended}; the window qualifies for ${this.tiers[top]?.id}` : "");
        return;
      }
      if (top > this.#pendingLevel && top > s.level) {
        this.#pendingLevel = top;
        this.#pendingAt = this.clock.periodEnd(t);
      }
      const why = this.#explain ? `validity ended ${ended}; the window still qualifies for ${this.tiers[s.level]?.id}` : "";
      this.#change(t, s.level, "renewal", why, this.clock.validUntil(s.validUntil));
      return;
    }
    const rule = this.#program.downgrade.rule;
    const level = rule === "oneDown" ? Math.max(top, s.level - 1) : top;
    const why = this.#explain ? `${this.tiers[s.level]?.id}'s validity ended ${ended} without its criteria met again${rule === "oneDown" && level > top ? "; one level down" : ""}` : "";
    this.#change(t, level, "downgrade", why, undefined, level <= top);
  }

  /**
   * Moves to `level` at `t` (reached, renewed or fallen to) for reason `why`, recording the change
   * when explaining; `qualified` tells whether the window qualifies for it (not so for a tier held
   * one level down).
   */
  #change(t: number, level: number, kind: TierChange["kind"], why: string, until?: number, qualified = true): void {
    const s = this.state;
    const from = s.level;
    if (kind !== "renewal") s.since = t;
    s.level = level;
    s.anchor = t;
    this.#anchorRow = -1;
    s.qualifiedAt = qualified ? t : Number.NEGATIVE_INFINITY;
    s.validUntil = level === 0 || this.#program.downgrade.rule === "never" ? -1 : (until ?? this.clock.validUntil(t));
    if (this.#pendingLevel >= 0 && this.#pendingLevel <= level) this.#pendingLevel = -1;
    if (this.#explain) this.changes.push({ at: formatIsoInstant(t), from: this.tiers[from]?.id as string, to: this.tiers[level]?.id as string, kind, reason: why });
  }

  /** Whether `t` lies in the same period of the window as `since` (for a rolling window: within its length; lifetime: always); never for −∞. */
  #withinPeriod(since: number, t: number): boolean {
    if (since === Number.NEGATIVE_INFINITY) return false;
    const window = this.#program.window;
    if (window.type === "lifetime") return true;
    if (window.type === "rolling") return this.clock.windowLow(t) < since;
    return this.clock.periodStart(t) === this.clock.periodStart(since);
  }

  /** "points 520 ≥ 500" for the criteria of `level`, counted over the rows `from` to `to` (exclusive). */
  #describe(level: number, from: number, to: number): string {
    const ladder = this.#ladder;
    const criteria = this.tiers[level]?.qualify?.criteria ?? [];
    const parts = criteria.map((criterion, i) => {
      const c = (ladder.first[level] as number) + i;
      const scale = this.rows.scales.get(criterion.metric) ?? 0;
      const total = this.#sum(ladder.column[c] as number, from, to);
      const atLeast = ladder.atLeast[c] as number;
      return `${criterion.metric} ${formatScaled(total, scale)} ${total >= atLeast ? "≥" : "<"} ${formatScaled(atLeast, scale)}`;
    });
    return parts.join(ladder.all[level] === 1 ? " and " : criteria.length > 1 ? "; " : "");
  }
}

/** An integer in units of 10^−scale as a plain decimal string. @internal */
export function formatScaled(value: number, scale: number): string {
  if (scale === 0) return String(value);
  const sign = value < 0 ? "-" : "";
  const digits = String(Math.abs(value)).padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
  return fraction === "" ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}
