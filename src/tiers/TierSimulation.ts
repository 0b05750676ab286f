import { formatIsoInstant } from "../_lib/formatIsoInstant.js";
import type { TierClock } from "./TierClock.js";
import type { TierActivityColumns } from "./readTierActivity.js";
import { scaled } from "./readTierActivity.js";
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

/** A criterion with its threshold in the metric's units. */
interface Threshold {
  readonly metric: string;
  readonly atLeast: number;
}

/** A programme's tiers by rank with their thresholds in the metrics' units: the same for every member of a batch. @internal */
export interface TierLadder {
  /** The tiers by rank, lowest (the base tier) first. */
  readonly tiers: readonly Tier[];
  readonly criteria: readonly (readonly Threshold[])[];
  readonly combine: readonly ("any" | "all")[];
}

/** The ladder of `program` for metrics in units of 10^−`scales[metric]`. @internal */
export function tierLadder(program: TierProgram, scales: ReadonlyMap<string, number>): TierLadder {
  const tiers = [...program.tiers].sort((a, b) => a.rank - b.rank);
  return {
    tiers,
    criteria: tiers.map((tier) => (tier.qualify?.criteria ?? []).map((c) => ({ metric: c.metric, atLeast: scaled(c.atLeast, scales.get(c.metric) ?? 0) }))),
    combine: tiers.map((tier) => tier.qualify?.combine ?? "any"),
  };
}

/**
 * The automatic tier history of one member (no overrides): an event simulation over the rows in
 * time order, the scheduled ends of validity (after the grace period) and, for next-period
 * upgrades, the starts of periods. At each instant it applies, in this order: a pending
 * next-period upgrade; the rows at that instant (an upgrade to the highest tier the window
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
 * @internal
 */
export class TierSimulation {
  /** The tiers by rank, lowest (the base tier) first. */
  readonly tiers: readonly Tier[];
  readonly #program: TierProgram;
  readonly #explain: boolean;
  /** The member's calendar. */
  readonly clock: TierClock;
  /** The member's rows. */
  readonly rows: TierActivityColumns;
  readonly #criteria: readonly (readonly Threshold[])[];
  readonly #combine: readonly ("any" | "all")[];
  readonly changes: TierChange[] = [];
  readonly state: TierState;
  /** A next-period upgrade waiting for its period: the level and when it takes effect (−1: none). */
  #pendingLevel = -1;
  #pendingAt = 0;
  /** Rows folded in so far. */
  #row = 0;
  /** Whether joining has been folded in (a tier with thresholds of 0 is held from joining). */
  #joined = false;

  /**
   * @param explain - whether to record the changes with their reasons (`changes`); without, only
   *   the state moves (for batches).
   * @param ladder - the programme's {@link tierLadder} for `rows.scales` (made once per batch).
   */
  constructor(program: TierProgram, clock: TierClock, rows: TierActivityColumns, joinedAt: number, explain = true, ladder = tierLadder(program, rows.scales)) {
    this.#explain = explain;
    this.#program = program;
    this.clock = clock;
    this.rows = rows;
    this.tiers = ladder.tiers;
    this.#criteria = ladder.criteria;
    this.#combine = ladder.combine;
    this.state = { level: 0, since: joinedAt, validUntil: -1, anchor: joinedAt, qualifiedAt: joinedAt };
  }

  /** Runs the history up to and including instant `end`, considering only rows up to `lastRow` (exclusive; all by default). */
  run(end: number, lastRow = this.rows.at.length): void {
    const at = this.rows.at;
    if (!this.#joined && this.state.since <= end) {
      this.#joined = true;
      if (this.#row >= lastRow || (at[this.#row] as number) > this.state.since) this.#fold(this.state.since, false);
    }
    for (;;) {
      const rowAt = this.#row < lastRow ? (at[this.#row] as number) : Number.POSITIVE_INFINITY;
      const dueAt = this.#downgradeAt();
      const pendingAt = this.#pendingLevel >= 0 ? this.#pendingAt : Number.POSITIVE_INFINITY;
      const t = Math.min(rowAt, dueAt, pendingAt);
      if (t > end) return;
      if (pendingAt === t) this.#applyPending(t);
      if (rowAt === t) {
        let reversal = false;
        while (this.#row < lastRow && at[this.#row] === t) reversal = (this.rows.reversal[this.#row++] as boolean) || reversal;
        this.#fold(t, reversal);
      }
      if (this.#downgradeAt() <= t) this.#expire(t);
    }
  }

  /** The total of `metric` over the rows with `low < at ≤ t`, in its units. */
  total(metric: string, low: number, t: number): number {
    const sums = this.rows.totals.get(metric);
    if (sums === undefined) return 0;
    return (sums[upperBound(this.rows.at, t)] as number) - (sums[upperBound(this.rows.at, low)] as number);
  }

  /** Whether the rows with `low < at ≤ t` meet the criteria of `level`. */
  qualifies(level: number, low: number, t: number): boolean {
    const criteria = this.#criteria[level] as readonly Threshold[];
    if (criteria.length === 0) return true;
    const all = this.#combine[level] === "all";
    for (const c of criteria) {
      const met = this.total(c.metric, low, t) >= c.atLeast;
      if (met !== all) return met; // the first met of "any", the first unmet of "all"
    }
    return all;
  }

  /** The highest level the window at `t` qualifies for. */
  qualifyingLevel(t: number): number {
    const low = this.clock.windowLow(t);
    for (let level = this.tiers.length - 1; level > 0; level--) if (this.qualifies(level, low, t)) return level;
    return 0;
  }

  /** Where counting to keep the held tier starts at `t`: the window's start or the anchor, the later. */
  keepLow(t: number): number {
    return Math.max(this.clock.windowLow(t), this.state.anchor);
  }

  /** The number of rows at or before `t`. */
  rowsUpTo(t: number): number {
    return upperBound(this.rows.at, t);
  }

  /** The instant of the last row, or −∞ without rows. */
  get lastRowAt(): number {
    const at = this.rows.at;
    return at.length === 0 ? Number.NEGATIVE_INFINITY : (at[at.length - 1] as number);
  }

  /** When the held tier falls unless it is earned again: the end of its validity after the grace period, or +∞. */
  expiresAt(): number {
    return this.#downgradeAt();
  }

  /** The next change that comes without activity: a validity that ends or a next-period upgrade, or +∞. */
  nextScheduled(): number {
    return Math.min(this.#downgradeAt(), this.#pendingLevel >= 0 ? this.#pendingAt : Number.POSITIVE_INFINITY);
  }

  /** The instant the held tier's validity (with grace) ends, or +∞. */
  #downgradeAt(): number {
    const s = this.state;
    if (s.validUntil < 0) return Number.POSITIVE_INFINITY;
    if (this.#dueFor !== s.validUntil) {
      this.#dueFor = s.validUntil;
      this.#due = this.clock.addDays(s.validUntil, this.#program.downgrade.graceDays);
    }
    return this.#due;
  }

  /** {@link #downgradeAt} for the validity `#dueFor`, remembered. */
  #dueFor = Number.NaN;
  #due = 0;

  #fold(t: number, reversal: boolean): void {
    const s = this.state;
    const top = this.qualifyingLevel(t);
    if (top > s.level) {
      if (this.#program.upgrade === "immediate") {
        this.#change(t, top, "upgrade", () => `${this.#describe(top, this.clock.windowLow(t), t)}: ${this.tiers[top]?.id} reached`);
        return;
      }
      if (top > this.#pendingLevel) {
        this.#pendingLevel = top;
        this.#pendingAt = this.clock.periodEnd(t);
      }
    }
    if (s.level > 0 && s.validUntil >= 0) {
      const low = this.keepLow(t);
      const until = this.qualifies(s.level, low, t) ? this.clock.validUntil(this.#program.upgrade === "immediate" ? t : this.clock.periodEnd(t)) : Number.NEGATIVE_INFINITY;
      if (until > s.validUntil) {
        this.#change(t, s.level, "renewal", () => `${this.#describe(s.level, low, t)} since ${formatIsoInstant(s.anchor)}: ${this.tiers[s.level]?.id} kept until ${formatIsoInstant(until)}`, until);
        return;
      }
    }
    // A reversal takes back a tier reached by qualifying in this period, when it is what took the window below the tier's criteria.
    if (reversal && s.level > 0 && this.#program.reversals === "downgradeWithinPeriod" && this.#withinPeriod(s.qualifiedAt, t)) {
      if (!this.qualifies(s.level, this.clock.windowLow(t), t) && this.qualifies(s.level, this.clock.windowLow(t - 1), t - 1)) {
        this.#change(t, Math.min(top, s.level - 1), "downgrade", () => `a reversal took ${this.tiers[s.level]?.id}'s criteria out of reach within the period it was reached in`);
      }
    }
  }

  /** A next-period upgrade takes effect at `t`, the period's start: to the tier qualified for in the period before (at its end, under `"downgradeWithinPeriod"`). */
  #applyPending(t: number): void {
    let level = this.#pendingLevel;
    this.#pendingLevel = -1;
    if (this.#program.reversals === "downgradeWithinPeriod") level = Math.min(level, this.qualifyingLevel(t - 1));
    if (level > this.state.level) this.#change(t, level, "upgrade", () => `qualified for ${this.tiers[level]?.id} in the previous period`);
  }

  /**
   * The held tier's validity (with grace) has ended at `t`: a renewal when the window still
   * qualifies (its new validity runs from the end of the old one; a higher tier waits for its
   * period under `"nextPeriod"`), else a downgrade by the rule.
   */
  #expire(t: number): void {
    const s = this.state;
    const top = this.qualifyingLevel(t);
    const ended = s.validUntil;
    if (top >= s.level) {
      if (top > s.level && this.#program.upgrade === "immediate") {
        this.#change(t, top, "upgrade", () => `validity ended ${formatIsoInstant(ended)}; the window qualifies for ${this.tiers[top]?.id}`);
        return;
      }
      if (top > this.#pendingLevel && top > s.level) {
        this.#pendingLevel = top;
        this.#pendingAt = this.clock.periodEnd(t);
      }
      this.#change(t, s.level, "renewal", () => `validity ended ${formatIsoInstant(ended)}; the window still qualifies for ${this.tiers[s.level]?.id}`, this.clock.validUntil(s.validUntil));
      return;
    }
    const rule = this.#program.downgrade.rule;
    const level = rule === "oneDown" ? Math.max(top, s.level - 1) : top;
    this.#change(t, level, "downgrade", () => `${this.tiers[s.level]?.id}'s validity ended ${formatIsoInstant(ended)} without its criteria met again${rule === "oneDown" && level > top ? "; one level down" : ""}`, undefined, level <= top);
  }

  /**
   * Moves to `level` at `t` (reached, renewed or fallen to), recording the change; `qualified`
   * tells whether the window qualifies for it (not so for a tier held one level down).
   */
  #change(t: number, level: number, kind: TierChange["kind"], reason: () => string, until?: number, qualified = true): void {
    const s = this.state;
    const from = this.tiers[s.level]?.id as string;
    const why = this.#explain ? reason() : ""; // before the state moves: the reason reads it
    if (kind !== "renewal") s.since = t;
    s.level = level;
    s.anchor = t;
    s.qualifiedAt = qualified ? t : Number.NEGATIVE_INFINITY;
    s.validUntil = level === 0 || this.#program.downgrade.rule === "never" ? -1 : (until ?? this.clock.validUntil(t));
    if (this.#pendingLevel >= 0 && this.#pendingLevel <= level) this.#pendingLevel = -1;
    if (this.#explain) this.changes.push({ at: formatIsoInstant(t), from, to: this.tiers[level]?.id as string, kind, reason: why });
  }

  /** Whether `t` lies in the same period of the window as `since` (for a rolling window: within its length; lifetime: always); never for −∞. */
  #withinPeriod(since: number, t: number): boolean {
    if (since === Number.NEGATIVE_INFINITY) return false;
    const window = this.#program.window;
    if (window.type === "lifetime") return true;
    if (window.type === "rolling") return this.clock.windowLow(t) < since;
    return this.clock.periodStart(t) === this.clock.periodStart(since);
  }

  /** "points 520 ≥ 500 in the window" for the criteria of `level`, counted over `low < at ≤ t`. */
  #describe(level: number, low: number, t: number): string {
    const criteria = this.#criteria[level] as readonly Threshold[];
    const parts = criteria.map((c) => {
      const scale = this.rows.scales.get(c.metric) ?? 0;
      const total = this.total(c.metric, low, t);
      return `${c.metric} ${formatScaled(total, scale)} ${total >= c.atLeast ? "≥" : "<"} ${formatScaled(c.atLeast, scale)}`;
    });
    return parts.join(this.#combine[level] === "all" ? " and " : criteria.length > 1 ? "; " : "");
  }
}

/** The number of sorted `values` that are ≤ `x`. */
function upperBound(values: readonly number[], x: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] as number) <= x) low = mid + 1;
    else high = mid;
  }
  return low;
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
