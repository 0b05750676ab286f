import { civilFromDays, daysFromCivil, isLeapYear, isoWeekday } from "../_lib/civilDays.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { PatronageError } from "../PatronageError.js";
import type { ZoneCalendar } from "../_lib/ZoneCalendar.js";
import { allocateLargestRemainder } from "./allocateLargestRemainder.js";
import type { CompiledCap, CompiledFilter, CompiledRule, CompiledRules } from "./compileEarnRules.js";
import type { EarnAward, EarnResult, EarnTraceEntry } from "./EarnResult.js";
import { addInt, divFloor, mulInt, pow10, subInt, type ExactInt } from "./exactInt.js";
import { formatRatio } from "./formatRatio.js";
import { periodKey, type PointsPeriod } from "./periodKey.js";
import type { ReadEarnContext } from "./readEarnContext.js";
import type { ReadOrder } from "./readOrder.js";
import { roundQuotient } from "./roundQuotient.js";
import { formatTrimmed, unitsAt, type ScaledDecimal } from "./ScaledDecimal.js";

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** A validated event award: the event, its role, and the birthday as month and day (0 when absent). @internal */
export interface ReadAward {
  readonly event: string;
  readonly role: "referrer" | "referee" | null;
  readonly birthdayMonth: number;
  readonly birthdayDay: number;
}

/** One trace step before formatting (the trace is formatted only when read). */
interface TraceRecord {
  readonly ruleId: string;
  readonly lineId: string | null;
  status: EarnTraceEntry["status"];
  reason: string;
  readonly basisUnits: ExactInt;
  readonly basisScale: number;
  /** exact = exN / exD. */
  readonly exN: ExactInt;
  readonly exD: ExactInt;
  /** The rounded points before caps. */
  readonly rounded: number;
  points: number;
}

/** The records of a pending award when no trace is asked (never written). */
const NO_RECORDS: TraceRecord[] = [];

/** A rule's tentative award. */
interface Pending {
  readonly rule: CompiledRule;
  readonly wanted: number;
  points: number;
  readonly lineIdx: number[];
  linePoints: number[];
  readonly records: TraceRecord[];
  kept: boolean;
  /** Multipliers in a group: the (base, line) pairs whose factor it multiplied, flattened (to undo it); else null. */
  readonly touched: number[] | null;
  /** Event rules with a once-per limit: the period key the award counts in. */
  oncePerKey?: string;
}

/** What a multiplier needs of an applicable spend rule: its lines and their cumulative factors. */
interface BaseState {
  readonly lines: number[];
  /**
   * Cumulative factor of each of `lines`: g[k] / 10^s[k]; null (every factor 1) until a multiplier
   * touches the rule (see {@link Evaluation.factorsOf}).
   */
  g: ExactInt[] | null;
  s: number[] | null;
  /** Line granularity: the points of each line at its current factor. */
  readonly cur: ExactInt[];
  /** Order granularity: the points of the rule at the current factors. */
  curTotal: ExactInt;
  /** Order granularity: the exact points at the current factors, exN / exD. */
  exN: ExactInt;
  exD: ExactInt;
}

/** `x` as a number of points, or the error naming the rule whose points pass 2^53 − 1. */
function toPoints(x: ExactInt, rule: CompiledRule): number {
  if (typeof x === "bigint" || !Number.isSafeInteger(x)) throw overflow(rule, x);
  return x;
}

function overflow(rule: CompiledRule, x: ExactInt): PatronageError {
  const field = `program.earnRules[${rule.index}]`;
  return new PatronageError(
    "INVALID_ARGUMENT",
    `${field} (rule ${JSON.stringify(rule.id)}) would award ${String(x)} points, beyond the safe integers (2^53 − 1 units); its rate, factor or points are too large for this input`,
    { field, value: typeof x === "bigint" ? x.toString() : x },
  );
}

function lineMatches(filter: CompiledFilter | null, sku: string | null, category: string | null): boolean {
  if (filter === null) return true;
  if (filter.categories !== null || filter.skus !== null) {
    const listed =
      (category !== null && filter.categories !== null && filter.categories.has(category)) ||
      (sku !== null && filter.skus !== null && filter.skus.has(sku));
    if (!listed) return false;
  }
  if (category !== null && filter.excludeCategories !== null && filter.excludeCategories.has(category)) return false;
  if (sku !== null && filter.excludeSkus !== null && filter.excludeSkus.has(sku)) return false;
  return true;
}

/** Whether units a at scale sa are below units b at scale sb. */
function below(a: ExactInt, sa: number, b: ScaledDecimal): boolean {
  const scale = Math.max(sa, b.scale);
  const left = sa === scale ? a : mulInt(a, pow10(scale - sa));
  return left < unitsAt(b, scale);
}

/** Whether every entry is ≥ 0. */
function nonNegative(xs: readonly number[]): boolean {
  for (const x of xs) if (x < 0) return false;
  return true;
}

/** Adds `points[j]` to `totals[lines[j]]` (−1: untouched, counted as 0), creating `totals` (n entries) when null. */
function addLineTotals(totals: number[] | null, n: number, lines: readonly number[], points: readonly number[]): number[] {
  let out = totals;
  if (out === null) {
    out = new Array<number>(n);
    for (let i = 0; i < n; i++) out[i] = -1;
  }
  for (let j = 0; j < lines.length; j++) {
    const i = lines[j] as number;
    out[i] = Math.max(0, out[i] as number) + (points[j] as number);
  }
  return out;
}

/** A multiplier's factor as written in the programme. */
function factorOf(rule: CompiledRule): string {
  return rule.rule.type === "multiplier" ? rule.rule.factor : "";
}

function describeInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * The outcome of an evaluation before formatting: the ledger reads only the awards; the trace and
 * the basis (formatting exact ratios is most of the cost) are built by {@link EarnEvaluation.toResult}.
 *
 * @internal
 */
export class EarnEvaluation {
  readonly #records: readonly TraceRecord[] | null;
  readonly #total: ExactInt;
  readonly #scale: number;
  constructor(
    readonly points: number,
    readonly wanted: number,
    readonly awards: readonly EarnAward[],
    total: ExactInt,
    scale: number,
    records: readonly TraceRecord[] | null,
  ) {
    this.#records = records;
    this.#total = total;
    this.#scale = scale;
  }

  /**
   * The plain {@link EarnResult}, trace and basis formatted.
   *
   * @throws Error when the rules were evaluated without a trace (`trace` false): evaluate with
   *   `trace` true to read it.
   */
  toResult(): EarnResult {
    if (this.#records === null) throw new Error("internal: the earning rules were evaluated without a trace; evaluate with trace = true to read it");
    return {
      points: this.points,
      wanted: this.wanted,
      awards: this.awards,
      trace: this.#records.map(formatRecord),
      basis: formatTrimmed(this.#total, this.#scale),
    };
  }
}

/** The state of one evaluation (a class, so its helpers are created once, not per call). */
class Evaluation {
  readonly rules: readonly CompiledRule[];
  readonly programCaps: readonly CompiledCap[];
  readonly capUsed: Float64Array | null;
  readonly capUsage: Float64Array | null;
  /** The period keys of `t`, computed when first needed. */
  keys: Partial<Record<PointsPeriod, string>> | null = null;
  /** The trace records, or null when no trace is asked. */
  readonly records: TraceRecord[] | null;
  readonly pendings: Pending[] = [];
  groupKept: Map<string, Pending> | null = null;
  baseStates: (BaseState | undefined)[] | null = null;
  stoppedBy: string | null = null;
  /** Every line's index, once a rule without a line filter asked. */
  allLines: number[] | null = null;
  /** The once-per key of the last {@link Evaluation.onceFails} check. */
  lastOnceKey: string | undefined = undefined;
  readonly channel: string | null;
  readonly total: ExactInt;
  readonly scale: number;
  readonly amounts: readonly ExactInt[];

  constructor(
    readonly compiled: CompiledRules,
    readonly calendar: ZoneCalendar,
    readonly t: number,
    readonly order: ReadOrder | null,
    readonly ctx: ReadEarnContext,
    readonly award: ReadAward | null,
    trace: boolean,
  ) {
    this.records = trace ? [] : null;
    this.rules = compiled.rules;
    this.programCaps = compiled.programCaps;
    this.capUsed = compiled.capSlots === 0 ? null : new Float64Array(compiled.capSlots);
    this.capUsage = compiled.capSlots === 0 ? null : new Float64Array(compiled.capSlots).fill(Number.NaN);
    this.channel = order === null ? ctx.channel : (order.channel ?? ctx.channel);
    this.total = order === null ? 0 : order.total;
    this.scale = order === null ? 0 : order.scale;
    this.amounts = order === null ? [] : order.amounts;
  }

  keyOf(period: PointsPeriod, at: number): string {
    if (at !== this.t) return periodKey(this.calendar, at, period);
    this.keys ??= {};
    let key = this.keys[period];
    if (key === undefined) {
      key = periodKey(this.calendar, this.t, period);
      this.keys[period] = key;
    }
    return key;
  }

  note(rule: CompiledRule, status: EarnTraceEntry["status"], reason: string): void {
    if (this.records === null) return;
    this.records.push({ ruleId: rule.id, lineId: null, status, reason, basisUnits: 0, basisScale: 0, exN: 0, exD: 1, rounded: 0, points: 0 });
  }

  conditionFails(rule: CompiledRule): string | null {
    if (this.t < rule.from) return `conditions.from: evaluated at ${describeInstant(this.t)}, before ${describeInstant(rule.from)}`;
    if (this.t >= rule.until) return `conditions.until: evaluated at ${describeInstant(this.t)}, not before ${describeInstant(rule.until)}`;
    if (rule.daysOfWeek !== null || rule.hourFrom !== 0 || rule.hourTo !== 24) {
      const wall = this.calendar.wallClock(this.t);
      const day = Math.floor(wall / MS_PER_DAY);
      if (rule.daysOfWeek !== null) {
        const weekday = isoWeekday(day);
        if (rule.daysOfWeek[weekday] !== true) return `conditions.daysOfWeek: the local weekday is ${weekday}`;
      }
      const hour = Math.floor((wall - day * MS_PER_DAY) / MS_PER_HOUR);
      const inside = rule.hourFrom < rule.hourTo ? hour >= rule.hourFrom && hour < rule.hourTo : hour >= rule.hourFrom || hour < rule.hourTo;
      if (!inside) return `conditions.hours: the local hour is ${hour}, outside [${rule.hourFrom}, ${rule.hourTo})`;
    }
    if (rule.channels !== null && (this.channel === null || !rule.channels.has(this.channel))) {
      return `conditions.channels: ${this.channel === null ? "no channel" : `channel ${JSON.stringify(this.channel)}`}`;
    }
    if (rule.tiers !== null && (this.ctx.tier === null || !rule.tiers.has(this.ctx.tier))) {
      return `conditions.tiers: ${this.ctx.tier === null ? "no tier" : `tier ${JSON.stringify(this.ctx.tier)}`}`;
    }
    if (rule.minOrderAmount !== null && below(this.total, this.scale, rule.minOrderAmount)) {
      return `conditions.minOrderAmount: order total ${formatTrimmed(this.total, this.scale)} < ${formatTrimmed(rule.minOrderAmount.units, rule.minOrderAmount.scale)}`;
    }
    return null;
  }

  /** The indexes of the lines a rule applies to; every line shares one array (never written). */
  matchingLines(rule: CompiledRule): number[] {
    if (this.order === null) return [];
    const n = this.order.lineIds.length;
    if (rule.filter === null) {
      if (this.allLines === null) {
        const all = new Array<number>(n);
        for (let i = 0; i < n; i++) all[i] = i;
        this.allLines = all;
      }
      return this.allLines;
    }
    const out = new Array<number>(n);
    let m = 0;
    for (let i = 0; i < n; i++) if (lineMatches(rule.filter, this.order.skus[i] as string | null, this.order.categories[i] as string | null)) out[m++] = i;
    out.length = m;
    return out;
  }

  sumOf(lines: readonly number[]): ExactInt {
    if (lines === this.allLines) return this.total;
    let s: ExactInt = 0;
    for (const i of lines) s = addInt(s, this.amounts[i] as ExactInt);
    return s;
  }

  minSpendFails(rule: CompiledRule, basis: ExactInt): string | null {
    return rule.minSpend !== null && below(basis, this.scale, rule.minSpend)
      ? `minSpend: matching amount ${formatTrimmed(basis, this.scale)} < ${formatTrimmed(rule.minSpend.units, rule.minSpend.scale)}`
      : null;
  }

  usageOf(cap: CompiledCap): number {
    const usage = this.capUsage as Float64Array;
    let used = usage[cap.slot] as number;
    if (used !== used) {
      used = 0;
      if (this.ctx.usage !== null) {
        used = this.ctx.usage({ ruleId: cap.ruleId, capIndex: cap.capIndex, scope: cap.scope, periodKey: this.keyOf(cap.period as PointsPeriod, this.t) });
        if (!Number.isSafeInteger(used) || used < 0) {
          throw invalidArgument("context.usage", used, `a safe integer ≥ 0 of points used (asked about ${cap.path})`);
        }
      }
      usage[cap.slot] = used;
    }
    return used;
  }

  /** Line granularity: the exact points of line `k` of a base at its current factor are lineN / lineD. */
  lineN(rule: CompiledRule, base: BaseState, k: number): ExactInt {
    return mulInt(mulInt(this.amounts[base.lines[k] as number] as ExactInt, rule.rateN), (base.g as ExactInt[])[k] as ExactInt);
  }

  lineD(rule: CompiledRule, base: BaseState, k: number): ExactInt {
    return mulInt(mulInt(pow10(this.scale), rule.rateD), pow10((base.s as number[])[k] as number));
  }

  /** The factors of a base, created (all 1) when a multiplier first touches it. */
  factorsOf(base: BaseState): { readonly g: ExactInt[]; readonly s: number[] } {
    if (base.g === null || base.s === null) {
      const n = base.lines.length;
      const g = new Array<ExactInt>(n);
      const s = new Array<number>(n);
      for (let k = 0; k < n; k++) {
        g[k] = 1;
        s[k] = 0;
      }
      base.g = g;
      base.s = s;
    }
    return base as { readonly g: ExactInt[]; readonly s: number[] };
  }

  /** Order granularity: sets the exact points of a base at its current factors, `base.exN / base.exD`. */
  orderExact(rule: CompiledRule, base: BaseState): void {
    const g = base.g as ExactInt[];
    const scales = base.s as number[];
    let top = 0;
    for (const s of scales) if (s > top) top = s;
    let n: ExactInt = 0;
    for (let k = 0; k < base.lines.length; k++) {
      const weighted = mulInt(this.amounts[base.lines[k] as number] as ExactInt, g[k] as ExactInt);
      n = addInt(n, mulInt(weighted, pow10(top - (scales[k] as number))));
    }
    base.exN = mulInt(n, rule.rateN);
    base.exD = mulInt(mulInt(pow10(this.scale), rule.rateD), pow10(top));
  }

  /** Multiplies (sign 1) or divides (sign −1) the factors a multiplier touched, and re-rounds them. */
  applyFactor(mult: CompiledRule, touched: readonly number[], sign: 1 | -1): void {
    const states = this.baseStates as (BaseState | undefined)[];
    const orderBases = new Set<number>();
    for (let j = 0; j < touched.length; j += 2) {
      const b = touched[j] as number;
      const k = touched[j + 1] as number;
      const base = states[b];
      if (base === undefined) continue;
      const { g, s } = this.factorsOf(base);
      const gk = g[k] as ExactInt;
      g[k] = sign === 1 ? mulInt(gk, mult.factorUnits) : divFloor(gk, mult.factorUnits);
      s[k] = (s[k] as number) + sign * mult.factorScale;
      const baseRule = this.rules[b] as CompiledRule;
      if (baseRule.granularity === "line") {
        base.cur[k] = roundQuotient(this.lineN(baseRule, base, k), this.lineD(baseRule, base, k), baseRule.rounding);
      } else {
        orderBases.add(b);
      }
    }
    for (const b of orderBases) {
      const base = states[b] as BaseState;
      const baseRule = this.rules[b] as CompiledRule;
      this.orderExact(baseRule, base);
      base.curTotal = roundQuotient(base.exN, base.exD, baseRule.rounding);
    }
  }

  record(
    rule: CompiledRule,
    lineId: string | null,
    basisUnits: ExactInt,
    exN: ExactInt,
    exD: ExactInt,
    rounded: number,
  ): TraceRecord {
    return { ruleId: rule.id, lineId, status: "awarded", reason: "", basisUnits, basisScale: this.scale, exN, exD, rounded, points: rounded };
  }

  spend(rule: CompiledRule): Pending | string {
    const lines = this.matchingLines(rule);
    if (lines.length === 0) return "appliesTo: no line matches";
    const basis = this.sumOf(lines);
    const fails = this.minSpendFails(rule, basis);
    if (fails !== null) return fails;
    const den = mulInt(pow10(this.scale), rule.rateD);
    const recs = this.records === null ? NO_RECORDS : [];
    let linePoints: number[];
    let wanted: ExactInt = 0;
    let exN: ExactInt = 0;
    if (rule.granularity === "line") {
      linePoints = new Array<number>(lines.length);
      for (let k = 0; k < lines.length; k++) {
        const i = lines[k] as number;
        const n = mulInt(this.amounts[i] as ExactInt, rule.rateN);
        const r = toPoints(roundQuotient(n, den, rule.rounding), rule);
        linePoints[k] = r;
        wanted = addInt(wanted, r);
        if (recs !== NO_RECORDS) {
          const rec = this.record(rule, (this.order as ReadOrder).lineIds[i] as string, this.amounts[i] as ExactInt, n, den, r);
          rec.reason = rule.label;
          recs.push(rec);
        }
      }
    } else {
      exN = mulInt(basis, rule.rateN);
      const r = toPoints(roundQuotient(exN, den, rule.rounding), rule);
      wanted = r;
      linePoints = allocateLargestRemainder(r, this.amounts, lines);
      if (recs !== NO_RECORDS) {
        const rec = this.record(rule, null, basis, exN, den, r);
        rec.reason = rule.label;
        recs.push(rec);
      }
    }
    if (this.compiled.hasMultiplier) {
      this.baseStates ??= new Array(this.rules.length);
      this.baseStates[rule.index] = {
        lines,
        g: null,
        s: null,
        cur: rule.granularity === "line" ? linePoints.slice() : [],
        curTotal: wanted,
        exN,
        exD: den,
      };
    }
    return { rule, wanted: toPoints(wanted, rule), points: 0, lineIdx: lines, linePoints, records: recs, kept: true, touched: null };
  }

  multiplier(rule: CompiledRule): Pending | string {
    if (this.order === null || this.baseStates === null) return "no applicable base rule";
    const order = this.order;
    // The (base, line) pairs multiplied are kept only for a rule in a group (to undo it if superseded).
    const touched: number[] | null = rule.group === null ? null : [];
    let touchedCount = 0;
    const recs = this.records === null ? NO_RECORDS : [];
    // The lines multiplied and their points: those of the first base when it is the only one,
    // else summed per order line in `lineTotals` (−1: untouched).
    let firstLines: number[] | null = null;
    let firstPoints: number[] | null = null;
    let lineTotals: number[] | null = null;
    let wanted = 0;
    const scaleUp = pow10(rule.factorScale);
    for (const b of rule.bases) {
      const base = this.baseStates[b];
      if (base === undefined) continue;
      const baseRule = this.rules[b] as CompiledRule;
      const ks = new Array<number>(base.lines.length);
      const lines = new Array<number>(base.lines.length);
      let m = 0;
      for (let k = 0; k < base.lines.length; k++) {
        const i = base.lines[k] as number;
        if (lineMatches(rule.filter, order.skus[i] as string | null, order.categories[i] as string | null)) {
          ks[m] = k;
          lines[m++] = i;
        }
      }
      if (m === 0) continue;
      ks.length = m;
      lines.length = m;
      const { g, s } = this.factorsOf(base);
      let points: number[];
      if (baseRule.granularity === "line") {
        points = new Array<number>(m);
        for (let j = 0; j < m; j++) {
          const k = ks[j] as number;
          const i = base.lines[k] as number;
          const n0 = this.lineN(baseRule, base, k);
          const d0 = this.lineD(baseRule, base, k);
          const before = base.cur[k] as ExactInt;
          g[k] = mulInt(g[k] as ExactInt, rule.factorUnits);
          s[k] = (s[k] as number) + rule.factorScale;
          const n1 = mulInt(n0, rule.factorUnits);
          const d1 = mulInt(d0, scaleUp);
          const after = roundQuotient(n1, d1, baseRule.rounding);
          base.cur[k] = after;
          const delta = toPoints(subInt(after, before), rule);
          touched?.push(b, k);
          touchedCount++;
          wanted += delta;
          points[j] = delta;
          if (recs !== NO_RECORDS) {
            // exact increment: n1/d1 − n0/d0 with d1 = d0 · 10^factorScale.
            const rec = this.record(rule, order.lineIds[i] as string, this.amounts[i] as ExactInt, subInt(n1, mulInt(n0, scaleUp)), d1, delta);
            rec.reason = `×${factorOf(rule)} on "${baseRule.id}"`;
            recs.push(rec);
          }
        }
      } else {
        const n0 = base.exN;
        const d0 = base.exD;
        const before = base.curTotal;
        for (const k of ks) {
          g[k] = mulInt(g[k] as ExactInt, rule.factorUnits);
          s[k] = (s[k] as number) + rule.factorScale;
          touched?.push(b, k);
          touchedCount++;
        }
        // Every line multiplied: the exact points are simply multiplied by the factor.
        const all = ks.length === base.lines.length;
        if (all) {
          base.exN = mulInt(n0, rule.factorUnits);
          base.exD = mulInt(d0, scaleUp);
        } else {
          this.orderExact(baseRule, base);
        }
        const n1 = base.exN;
        const d1 = base.exD;
        const after = roundQuotient(n1, d1, baseRule.rounding);
        base.curTotal = after;
        const delta = toPoints(subInt(after, before), rule);
        wanted += delta;
        points = allocateLargestRemainder(delta, this.amounts, lines);
        if (recs !== NO_RECORDS) {
          // exact increment n1/d1 − n0/d0 over the common denominator d0·d1.
          const rec = all
            ? this.record(rule, null, this.sumOf(lines), subInt(n1, mulInt(n0, scaleUp)), d1, delta)
            : this.record(rule, null, this.sumOf(lines), subInt(mulInt(n1, d0), mulInt(n0, d1)), mulInt(d0, d1), delta);
          rec.reason = `×${factorOf(rule)} on "${baseRule.id}"`;
          recs.push(rec);
        }
      }
      if (firstLines === null && lineTotals === null && nonNegative(points)) {
        firstLines = lines;
        firstPoints = points;
      } else {
        lineTotals ??= addLineTotals(null, order.lineIds.length, firstLines ?? [], firstPoints ?? []);
        addLineTotals(lineTotals, order.lineIds.length, lines, points);
      }
    }
    if (touchedCount === 0) return "no line of an applicable base rule matches";
    let lineIdx: number[] = firstLines ?? [];
    let linePoints: number[] = firstPoints ?? [];
    if (lineTotals !== null) {
      lineIdx = [];
      linePoints = [];
      for (let i = 0; i < lineTotals.length; i++) {
        const v = lineTotals[i] as number;
        if (v >= 0) {
          lineIdx.push(i);
          linePoints.push(v);
        }
      }
    }
    return {
      rule,
      wanted: toPoints(wanted, rule),
      points: 0,
      lineIdx,
      linePoints,
      records: recs,
      kept: true,
      touched,
    };
  }

  fixedLike(rule: CompiledRule, lines: number[], wanted: number, linePoints: number[]): Pending {
    let recs = NO_RECORDS;
    if (this.records !== null) {
      const rec = this.record(rule, null, 0, wanted, 1, wanted);
      rec.reason = rule.label;
      recs = [rec];
    }
    return { rule, wanted, points: 0, lineIdx: lines, linePoints, records: recs, kept: true, touched: null };
  }

  fixed(rule: CompiledRule): Pending | string {
    const lines = this.matchingLines(rule);
    if (lines.length === 0) return "appliesTo: no line matches";
    const fails = this.minSpendFails(rule, this.sumOf(lines));
    if (fails !== null) return fails;
    if (rule.per === "order") {
      return this.fixedLike(rule, lines, rule.points, allocateLargestRemainder(rule.points, this.amounts, lines));
    }
    const linePoints = lines.map((i) => toPoints(mulInt(rule.points, rule.per === "unit" ? ((this.order as ReadOrder).quantities[i] as number) : 1), rule));
    let wanted: ExactInt = 0;
    for (const p of linePoints) wanted = addInt(wanted, p);
    return this.fixedLike(rule, lines, toPoints(wanted, rule), linePoints);
  }

  onceFails(rule: CompiledRule, at: number): string | null {
    this.lastOnceKey = undefined;
    if (rule.oncePer === "none") return null;
    const key = this.keyOf(rule.oncePer, at);
    this.lastOnceKey = key;
    if (this.ctx.occurrences === null) return null;
    const times = this.ctx.occurrences({ ruleId: rule.id, periodKey: key });
    if (!Number.isSafeInteger(times) || times < 0) {
      throw invalidArgument("context.occurrences", times, `a safe integer ≥ 0, a count (asked about rule ${JSON.stringify(rule.id)})`);
    }
    return times >= 1 ? (key === "lifetime" ? "oncePer: already awarded" : `oncePer: already awarded in ${key}`) : null;
  }

  event(rule: CompiledRule): Pending | string {
    const def = rule.rule;
    if (def.type !== "event") return "not an event rule";
    if (this.award === null) {
      if (def.event !== "firstPurchase") return `event "${def.event}" is awarded by calculateAward`;
      if (!this.ctx.firstPurchase) return "context.firstPurchase is not true";
      const fails = this.onceFails(rule, this.t);
      if (fails !== null) return fails;
      const lines = (this.order as ReadOrder).lineIds.map((_, i) => i);
      return this.withOnceKey(this.fixedLike(rule, lines, rule.points, allocateLargestRemainder(rule.points, this.amounts)));
    }
    if (def.event === "firstPurchase" && !this.ctx.firstPurchase) return "context.firstPurchase is not true";
    if (def.role !== undefined && def.role !== this.award.role) {
      return `role: the rule is for the ${def.role}, the award ${this.award.role === null ? "names no role" : `is for the ${this.award.role}`}`;
    }
    let at = this.t;
    if (def.event === "birthday") {
      if (this.award.birthdayMonth === 0) throw invalidArgument("award.birthday", undefined, 'the birthday "MM-DD" (the programme has a birthday rule)');
      const today = this.calendar.localDay(this.t);
      const window = def.windowDays ?? 1;
      const { year } = civilFromDays(today);
      let start = Number.NaN;
      for (const y of [year, year - 1]) {
        const d = this.award.birthdayMonth === 2 && this.award.birthdayDay === 29 && !isLeapYear(y) ? 28 : this.award.birthdayDay;
        const s = daysFromCivil(y, this.award.birthdayMonth, d);
        if (s <= today && today < s + window) {
          start = s;
          break;
        }
      }
      if (start !== start) {
        return `birthday: ${periodKey(this.calendar, this.t, "day")} is outside the ${window}-day window from ${String(this.award.birthdayMonth).padStart(2, "0")}-${String(this.award.birthdayDay).padStart(2, "0")}`;
      }
      at = this.calendar.dayStart(start);
    }
    const fails = this.onceFails(rule, at);
    if (fails !== null) return fails;
    return this.withOnceKey(this.fixedLike(rule, [], rule.points, []));
  }

  withOnceKey(p: Pending): Pending {
    if (this.lastOnceKey !== undefined) p.oncePerKey = this.lastOnceKey;
    return p;
  }

  /** Cuts a pending award to the room of its caps and counts it against them. */
  applyCaps(p: Pending): void {
    let room = Infinity;
    let binding: CompiledCap | null = null;
    let bindingUsed = 0;
    if (this.capUsed !== null) {
      for (let list = p.rule.caps; ; list = this.programCaps) {
        for (const cap of list) {
          const used = (this.capUsed[cap.slot] as number) + (cap.period === "order" ? 0 : this.usageOf(cap));
          const r = Math.max(0, cap.max - used);
          if (r < room) {
            room = r;
            binding = cap;
            bindingUsed = used;
          }
        }
        if (list === this.programCaps) break;
      }
    }
    if (p.wanted <= room) {
      p.points = p.wanted;
    } else {
      const cap = binding as CompiledCap;
      p.points = room;
      p.linePoints = allocateLargestRemainder(room, p.linePoints);
      const recPoints = allocateLargestRemainder(
        room,
        p.records.map((r) => r.rounded),
      );
      const reason = `capped by ${cap.path} (max ${cap.max} per ${cap.period}, ${cap.scope}; ${bindingUsed} used): wanted ${p.wanted}, awarded ${room}`;
      p.records.forEach((r, j) => {
        r.status = "capped";
        r.reason = r.reason === "" ? reason : `${r.reason}; ${reason}`;
        r.points = recPoints[j] as number;
      });
    }
    this.countCaps(p, 1);
  }

  countCaps(p: Pending, sign: 1 | -1): void {
    if (this.capUsed === null || p.points === 0) return;
    for (const cap of p.rule.caps) this.capUsed[cap.slot] = (this.capUsed[cap.slot] as number) + sign * p.points;
    for (const cap of this.programCaps) this.capUsed[cap.slot] = (this.capUsed[cap.slot] as number) + sign * p.points;
  }

  supersede(loser: Pending, winner: Pending): void {
    loser.kept = false;
    const reason = `superseded by "${winner.rule.id}" in group "${loser.rule.group as string}" (${winner.points} vs ${loser.points})`;
    for (const r of loser.records) {
      r.status = "superseded";
      r.reason = r.reason === "" ? reason : `${r.reason}; ${reason}`;
      r.points = 0;
    }
    if (loser.rule.type === "spend" && this.baseStates !== null) this.baseStates[loser.rule.index] = undefined;
  }


  run(): EarnEvaluation {
    for (const rule of this.rules) {
      if (this.award !== null && (rule.rule.type !== "event" || rule.rule.event !== this.award.event)) continue;
      if (this.stoppedBy !== null) {
        this.note(rule, "stopped", `stopped by "${this.stoppedBy}" (stacking "stop")`);
        continue;
      }
      const fails = this.conditionFails(rule);
      if (fails !== null) {
        this.note(rule, "not-applicable", fails);
        continue;
      }
      const prev = rule.group === null || this.groupKept === null ? undefined : this.groupKept.get(rule.group);
      if (prev !== undefined) {
        this.countCaps(prev, -1);
        if (prev.touched !== null) this.applyFactor(prev.rule, prev.touched, -1);
      }
      const p =
        rule.type === "spend" ? this.spend(rule) : rule.type === "multiplier" ? this.multiplier(rule) : rule.type === "fixed" ? this.fixed(rule) : this.event(rule);
      if (typeof p === "string") {
        this.note(rule, "not-applicable", p);
        if (prev !== undefined) {
          this.countCaps(prev, 1);
          if (prev.touched !== null) this.applyFactor(prev.rule, prev.touched, 1);
        }
        continue;
      }
      this.applyCaps(p);
      if (this.records !== null) for (const r of p.records) this.records.push(r);
      this.pendings.push(p);
      if (prev !== undefined) {
        if (p.points > prev.points) {
          this.supersede(prev, p);
          (this.groupKept as Map<string, Pending>).set(rule.group as string, p);
        } else {
          this.countCaps(p, -1);
          if (p.touched !== null) this.applyFactor(rule, p.touched, -1);
          this.supersede(p, prev);
          this.countCaps(prev, 1);
          if (prev.touched !== null) this.applyFactor(prev.rule, prev.touched, 1);
        }
      } else if (rule.group !== null) {
        this.groupKept ??= new Map();
        this.groupKept.set(rule.group, p);
      }
      if (p.kept && rule.stop && p.points > 0) this.stoppedBy = rule.id;
    }

    let points = 0;
    let wanted = 0;
    let kept = 0;
    for (const p of this.pendings) if (p.kept && p.points !== 0) kept++;
    const awards = new Array<EarnAward>(kept);
    let a = 0;
    for (const p of this.pendings) {
      if (!p.kept) continue;
      wanted += p.wanted;
      if (p.points === 0) continue;
      points += p.points;
      let count = 0;
      for (let k = 0; k < p.lineIdx.length; k++) if ((p.linePoints[k] as number) > 0) count++;
      const lines = new Array<{ lineId: string; points: number }>(count);
      let j = 0;
      for (let k = 0; k < p.lineIdx.length; k++) {
        const lp = p.linePoints[k] as number;
        if (lp > 0) lines[j++] = { lineId: (this.order as ReadOrder).lineIds[p.lineIdx[k] as number] as string, points: lp };
      }
      const award: EarnAward = { ruleId: p.rule.id, points: p.points, wanted: p.wanted, lotCategory: p.rule.lotCategory, expiry: p.rule.expiry, lines };
      awards[a++] = p.oncePerKey === undefined ? award : { ...award, oncePerKey: p.oncePerKey };
    }
    if (!Number.isSafeInteger(points) || !Number.isSafeInteger(wanted)) {
      const kept = this.pendings.filter((p) => p.kept && p.wanted > 0).map((p) => `earnRules[${p.rule.index}] (${JSON.stringify(p.rule.id)})`);
      throw new PatronageError(
        "INVALID_ARGUMENT",
        `program.earnRules: the awards of ${kept.join(", ")} sum to ${Number.isSafeInteger(points) ? wanted : points} points, beyond the safe integers (2^53 − 1 units)`,
        { field: "program.earnRules", value: Number.isSafeInteger(points) ? wanted : points },
      );
    }
    return new EarnEvaluation(points, wanted, awards, this.total, this.scale, this.records);
  }
}

/**
 * Evaluates a programme's compiled rules at instant `t` on an order (`calculateEarn`) or an event
 * award (`calculateAward`, `order` null): conditions, line filters, exact rounding, multipliers,
 * caps, stacking and groups, as documented on {@link calculateEarn}. With `trace` the trace is
 * recorded (and formatted when first read, by {@link EarnEvaluation.toResult}); without it only the
 * points and awards are kept, and nothing is allocated for the trace.
 *
 * @internal
 */
export function evaluateEarnRules(
  compiled: CompiledRules,
  calendar: ZoneCalendar,
  t: number,
  order: ReadOrder | null,
  ctx: ReadEarnContext,
  award: ReadAward | null,
  trace: boolean,
): EarnEvaluation {
  return new Evaluation(compiled, calendar, t, order, ctx, award, trace).run();
}

function formatRecord(r: TraceRecord): EarnTraceEntry {
  const defaultReason = r.status === "awarded" ? "" : r.status;
  return {
    ruleId: r.ruleId,
    lineId: r.lineId,
    status: r.status,
    reason: r.reason === "" ? defaultReason : r.reason,
    basis: formatTrimmed(r.basisUnits, r.basisScale),
    exact: formatRatio(r.exN, r.exD),
    points: r.points,
    remainder: formatRatio(subInt(r.exN, mulInt(r.rounded, r.exD)), r.exD),
  };
}
