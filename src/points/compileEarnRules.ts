import { invalidArgument } from "../_lib/invalidArgument.js";
import type { RoundingMode } from "../_lib/RoundingMode.js";
import type { ZoneCalendar } from "../_lib/ZoneCalendar.js";
import { divFloor, gcdInt, mulInt, pow10, type ExactInt } from "./exactInt.js";
import type { EarnRule, ExpiryPolicy, PointsProgram } from "./PointsProgram.js";
import { readInstant } from "../_lib/readInstant.js";
import { readScaledDecimal, type ScaledDecimal } from "./ScaledDecimal.js";

/** One cap, compiled. @internal */
export interface CompiledCap {
  /** `null` for a programme cap. */
  readonly ruleId: string | null;
  readonly capIndex: number;
  readonly max: number;
  readonly period: "order" | "day" | "week" | "month" | "quarter" | "year" | "lifetime";
  readonly scope: "member" | "program";
  /** Index of the cap in the evaluation's per-cap counters. */
  readonly slot: number;
  /** `program.earnRules[2].caps[0]` or `program.caps[1]`. */
  readonly path: string;
}

/** The line filter of a rule. @internal */
export interface CompiledFilter {
  readonly categories: ReadonlySet<string> | null;
  readonly skus: ReadonlySet<string> | null;
  readonly excludeCategories: ReadonlySet<string> | null;
  readonly excludeSkus: ReadonlySet<string> | null;
}

/** A rule of a programme, compiled once for evaluation. @internal */
export interface CompiledRule {
  readonly index: number;
  readonly id: string;
  readonly rule: EarnRule;
  readonly type: EarnRule["type"];
  readonly from: number;
  readonly until: number;
  /** ISO weekday → allowed (index 1–7), or null. */
  readonly daysOfWeek: readonly boolean[] | null;
  readonly hourFrom: number;
  readonly hourTo: number;
  readonly channels: ReadonlySet<string> | null;
  readonly tiers: ReadonlySet<string> | null;
  readonly minOrderAmount: ScaledDecimal | null;
  readonly filter: CompiledFilter | null;
  readonly minSpend: ScaledDecimal | null;
  /** spend: exact points of amount a are a · rateN / rateD (rate.points / rate.per, reduced). */
  readonly rateN: ExactInt;
  readonly rateD: ExactInt;
  readonly rounding: RoundingMode;
  readonly granularity: "line" | "order";
  /** multiplier: factor = factorUnits / 10^factorScale. */
  readonly factorUnits: ExactInt;
  readonly factorScale: number;
  /** multiplier: the indexes of the spend rules it multiplies. */
  readonly bases: readonly number[];
  readonly points: number;
  readonly per: "order" | "line" | "unit";
  readonly caps: readonly CompiledCap[];
  readonly stop: boolean;
  readonly group: string | null;
  readonly lotCategory: string;
  readonly expiry: Exclude<ExpiryPolicy, { type: "inactivity" }> | null;
  /** How the rule awards, for the trace: `"1 per 15, floor, per order"`, `"×1.5"`, `"10 per unit"`, `'event "signup"'`. */
  readonly label: string;
  /** event rules: the once-per period (`"none"`: no limit). */
  readonly oncePer: "none" | "day" | "week" | "month" | "quarter" | "year" | "lifetime";
}

/** A programme's compiled rules and caps. @internal */
export interface CompiledRules {
  readonly rules: readonly CompiledRule[];
  readonly programCaps: readonly CompiledCap[];
  /** How many caps (rule and programme) there are: the size of the per-evaluation counters. */
  readonly capSlots: number;
  /** Whether a rule is a multiplier (spend rules then keep their state for it). */
  readonly hasMultiplier: boolean;
}

const cache = /* @__PURE__ */ new WeakMap<PointsProgram, CompiledRules>();

function setOf(list: readonly string[] | undefined): ReadonlySet<string> | null {
  return list === undefined ? null : new Set(list);
}

function decimal(value: string | undefined, path: string): ScaledDecimal | null {
  if (value === undefined) return null;
  const d = readScaledDecimal(value);
  if (d === null) throw invalidArgument(path, value, "a decimal ≥ 0");
  return d;
}

/**
 * Compiles the earning rules of a parsed programme (the object {@link readPointsProgram} returns)
 * once: instants resolved in the zone, lists turned into sets, rates into reduced integer
 * ratios, defaults (lot category, once-per) filled in. Cached per programme object.
 *
 * @internal
 */
export function compileEarnRules(program: PointsProgram, calendar: ZoneCalendar): CompiledRules {
  const cached = cache.get(program);
  if (cached !== undefined) return cached;
  let slot = 0;
  const spendBefore: number[] = [];
  const ids = new Map<string, number>();
  const rules = program.earnRules.map((rule, index): CompiledRule => {
    const path = `program.earnRules[${index}]`;
    const when = rule.conditions;
    let daysOfWeek: boolean[] | null = null;
    if (when?.daysOfWeek !== undefined) {
      daysOfWeek = new Array<boolean>(8).fill(false);
      for (const d of when.daysOfWeek) daysOfWeek[d] = true;
    }
    const caps = rule.caps.map(
      (c, capIndex): CompiledCap => ({
        ruleId: rule.id,
        capIndex,
        max: c.max,
        period: c.period,
        scope: c.scope,
        slot: slot++,
        path: `${path}.caps[${capIndex}]`,
      }),
    );
    const filter =
      "appliesTo" in rule && rule.appliesTo !== undefined
        ? {
            categories: setOf(rule.appliesTo.categories),
            skus: setOf(rule.appliesTo.skus),
            excludeCategories: setOf(rule.appliesTo.excludeCategories),
            excludeSkus: setOf(rule.appliesTo.excludeSkus),
          }
        : null;
    let rateN: ExactInt = 0;
    let rateD: ExactInt = 1;
    let factorUnits: ExactInt = 1;
    let factorScale = 0;
    let bases: number[] = [];
    if (rule.type === "spend") {
      const p = decimal(rule.rate.points, `${path}.rate.points`) as ScaledDecimal;
      const q = decimal(rule.rate.per, `${path}.rate.per`) as ScaledDecimal;
      // (P / 10^ep) / (Q / 10^eq) = P · 10^eq / (Q · 10^ep), reduced.
      const n = mulInt(p.units, pow10(q.scale));
      const d = mulInt(q.units, pow10(p.scale));
      const g = gcdInt(n, d);
      rateN = divFloor(n, g);
      rateD = divFloor(d, g);
    } else if (rule.type === "multiplier") {
      const f = decimal(rule.factor, `${path}.factor`) as ScaledDecimal;
      factorUnits = f.units;
      factorScale = f.scale;
      bases = rule.rules === undefined ? spendBefore.slice() : rule.rules.map((id) => ids.get(id) as number);
    }
    if (rule.type === "spend") spendBefore.push(index);
    ids.set(rule.id, index);
    const oncePer =
      rule.type !== "event"
        ? "none"
        : (rule.oncePer ??
          (rule.event === "signup" || rule.event === "firstPurchase" ? "lifetime" : rule.event === "birthday" ? "year" : "none"));
    return {
      index,
      id: rule.id,
      rule,
      type: rule.type,
      from: when?.from === undefined ? -Infinity : readInstant(when.from, calendar, `${path}.conditions.from`),
      until: when?.until === undefined ? Infinity : readInstant(when.until, calendar, `${path}.conditions.until`),
      daysOfWeek,
      hourFrom: when?.hours?.from ?? 0,
      hourTo: when?.hours === undefined ? 24 : when.hours.to,
      channels: setOf(when?.channels),
      tiers: setOf(when?.tiers),
      minOrderAmount: decimal(when?.minOrderAmount, `${path}.conditions.minOrderAmount`),
      filter,
      minSpend: "minSpend" in rule ? decimal(rule.minSpend, `${path}.minSpend`) : null,
      rateN,
      rateD,
      rounding: rule.type === "spend" ? rule.rounding : "floor",
      granularity: rule.type === "spend" ? rule.granularity : "order",
      factorUnits,
      factorScale,
      bases,
      points: rule.type === "fixed" || rule.type === "event" ? rule.points : 0,
      per: rule.type === "fixed" ? rule.per : "order",
      caps,
      stop: rule.stacking === "stop",
      group: rule.group ?? null,
      lotCategory: rule.lotCategory ?? (rule.type === "spend" || rule.type === "multiplier" ? "earned" : "promotional"),
      expiry: rule.expiry ?? null,
      oncePer,
      label:
        rule.type === "spend"
          ? `${rule.rate.points} per ${rule.rate.per}, ${rule.rounding}, per ${rule.granularity}`
          : rule.type === "multiplier"
            ? `×${rule.factor}`
            : rule.type === "fixed"
              ? `${rule.points} per ${rule.per}`
              : `event ${JSON.stringify(rule.event)}`,
    };
  });
  const programCaps = program.caps.map(
    (c, capIndex): CompiledCap => ({
      ruleId: null,
      capIndex,
      max: c.max,
      period: c.period,
      scope: c.scope,
      slot: slot++,
      path: `program.caps[${capIndex}]`,
    }),
  );
  const compiled: CompiledRules = { rules, programCaps, capSlots: slot, hasMultiplier: rules.some((r) => r.type === "multiplier") };
  cache.set(program, compiled);
  return compiled;
}
