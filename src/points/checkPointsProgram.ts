import { daysFromCivil } from "../_lib/civilDays.js";
import { Decimal } from "../_lib/Decimal.js";
import { parseIsoInstant } from "../_lib/parseIsoInstant.js";
import { ZoneCalendar } from "../_lib/ZoneCalendar.js";
import type { EarnCap } from "./EarnCap.js";
import type { EarnRule } from "./EarnRule.js";
import type { ExpiryPolicy } from "./ExpiryPolicy.js";
import { CALENDAR_DATE, isTimeZone } from "../_lib/schemaPieces.js";

/**
 * The fields of a programme (as parsed by the object schema, before `lockDays` is folded into
 * `lock`) that {@link checkPointsProgram} reads.
 *
 * @internal
 */
export interface CheckedProgram {
  readonly timeZone: string;
  readonly earnRules: readonly EarnRule[];
  readonly caps: readonly EarnCap[];
  readonly expiry: ExpiryPolicy;
  readonly lockDays?: number | undefined;
  readonly lock?: unknown;
}

/** What {@link checkPointsProgram} needs of zod's refinement context. @internal */
export interface IssueSink {
  addIssue(issue: { code: "custom"; path: (string | number)[]; message: string }): void;
}

type Path = (string | number)[];

/**
 * The cross-field checks of `pointsProgramSchema`, run once the shapes are parsed; each
 * failure is an issue at the path of the offending field:
 *
 * - rule ids are unique;
 * - a cap (on a rule or on the programme) with scope `"program"` does not count per `"order"`;
 * - a window's `until` is after its `from`, compared as instants (a date-time through
 *   `parseIsoInstant`, a calendar date as its local midnight in the programme's zone);
 *   `hours.from` differs from `hours.to`;
 * - a multiplier's factor is ≥ 1; its `rules` name distinct `spend` rules declared before it;
 *   without `rules`, a `spend` rule is declared before it;
 * - the members of a group are contiguous in `earnRules`, and a multiplier is not in the group
 *   of a rule it multiplies (so no award depends on a member that is later superseded);
 * - a birthday window and a referral role sit on the matching event rule;
 * - a duration is not zero; `lockDays` and `lock` are not both given.
 *
 * @internal
 */
export function checkPointsProgram(program: CheckedProgram, ctx: IssueSink): void {
  checkRules(program, ctx);
  program.caps.forEach((c, j) => checkCap(c, ["caps", j, "period"], ctx));
  if (program.lockDays !== undefined && program.lock !== undefined) {
    ctx.addIssue({ code: "custom", path: ["lockDays"], message: "give lockDays or lock, not both" });
  }
  if (program.expiry.type === "after" || program.expiry.type === "inactivity") checkDuration(program.expiry, ["expiry"], ctx);
}

function checkCap(c: EarnCap, path: Path, ctx: IssueSink): void {
  if (c.period === "order" && c.scope === "program") {
    ctx.addIssue({ code: "custom", path, message: 'a "program" cap cannot count per order' });
  }
}

function checkRules(program: CheckedProgram, ctx: IssueSink): void {
  const rules = program.earnRules;
  const seen = new Map<string, number>();
  /** Group id → index of its last member so far. */
  const lastOfGroup = new Map<string, number>();
  let calendar: ZoneCalendar | null | undefined;
  const instantOf = (value: string): number => {
    if (!CALENDAR_DATE.test(value)) return parseIsoInstant(value);
    // The zone is checked by the schema; when it is invalid (its own issue), the window is not compared.
    if (calendar === undefined) calendar = isTimeZone(program.timeZone) ? new ZoneCalendar(program.timeZone, "program.timeZone") : null;
    if (calendar === null) return Number.NaN;
    return calendar.dayStart(daysFromCivil(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))));
  };
  rules.forEach((rule, i) => {
    const first = seen.get(rule.id);
    if (first !== undefined) {
      ctx.addIssue({ code: "custom", path: ["earnRules", i, "id"], message: `duplicate rule id (also earnRules[${first}])` });
    } else {
      seen.set(rule.id, i);
    }
    rule.caps.forEach((c, j) => checkCap(c, ["earnRules", i, "caps", j, "period"], ctx));
    const when = rule.conditions;
    if (when?.from !== undefined && when.until !== undefined) {
      const from = instantOf(when.from);
      const until = instantOf(when.until);
      if (from >= until) {
        ctx.addIssue({
          code: "custom",
          path: ["earnRules", i, "conditions", "until"],
          message: `must be after conditions.from (${new Date(until).toISOString()} is not after ${new Date(from).toISOString()})`,
        });
      }
    }
    if (when?.hours !== undefined && when.hours.from === when.hours.to) {
      ctx.addIssue({ code: "custom", path: ["earnRules", i, "conditions", "hours", "to"], message: "must differ from hours.from" });
    }
    if (rule.group !== undefined) {
      const last = lastOfGroup.get(rule.group);
      if (last !== undefined && last !== i - 1) {
        ctx.addIssue({
          code: "custom",
          path: ["earnRules", i, "group"],
          message: `the members of group ${JSON.stringify(rule.group)} must be contiguous: earnRules[${last + 1}] lies between earnRules[${last}] and this rule`,
        });
      }
      lastOfGroup.set(rule.group, i);
    }
    if (rule.expiry?.type === "after") checkDuration(rule.expiry, ["earnRules", i, "expiry"], ctx);
    if (rule.type === "multiplier") checkMultiplier(rules, rule, i, ctx);
    if (rule.type === "event") {
      if (rule.windowDays !== undefined && rule.event !== "birthday") {
        ctx.addIssue({ code: "custom", path: ["earnRules", i, "windowDays"], message: 'only a "birthday" rule has a window' });
      }
      if (rule.role !== undefined && rule.event !== "referral") {
        ctx.addIssue({ code: "custom", path: ["earnRules", i, "role"], message: 'only a "referral" rule has a role' });
      }
    }
  });
}

function checkMultiplier(rules: readonly EarnRule[], rule: Extract<EarnRule, { type: "multiplier" }>, i: number, ctx: IssueSink): void {
  if (new Decimal(rule.factor).lt(1)) {
    ctx.addIssue({ code: "custom", path: ["earnRules", i, "factor"], message: "a multiplier's factor must be ≥ 1" });
  }
  const sameGroup = (base: EarnRule, path: Path): void => {
    if (rule.group !== undefined && base.group === rule.group) {
      ctx.addIssue({
        code: "custom",
        path,
        message: `a multiplier cannot share group ${JSON.stringify(rule.group)} with a rule it multiplies ("${base.id}")`,
      });
    }
  };
  if (rule.rules === undefined) {
    let bases = 0;
    for (let at = 0; at < i; at++) {
      const base = rules[at] as EarnRule;
      if (base.type !== "spend") continue;
      bases++;
      sameGroup(base, ["earnRules", i, "group"]);
    }
    if (bases === 0) {
      ctx.addIssue({ code: "custom", path: ["earnRules", i], message: 'a multiplier without "rules" needs a "spend" rule declared before it' });
    }
    return;
  }
  const named = new Map<string, number>();
  rule.rules.forEach((id, j) => {
    const again = named.get(id);
    if (again !== undefined) {
      ctx.addIssue({ code: "custom", path: ["earnRules", i, "rules", j], message: `repeats rule ${JSON.stringify(id)} (also rules[${again}])` });
      return;
    }
    named.set(id, j);
    const at = rules.findIndex((other) => other.id === id);
    const target = rules[at];
    if (target?.type !== "spend") {
      ctx.addIssue({
        code: "custom",
        path: ["earnRules", i, "rules", j],
        message: target === undefined ? "names no rule" : `names a "${target.type}" rule; a multiplier multiplies "spend" rules`,
      });
    } else if (at > i) {
      ctx.addIssue({ code: "custom", path: ["earnRules", i, "rules", j], message: `names a rule declared after the multiplier (earnRules[${at}])` });
    } else {
      sameGroup(target, ["earnRules", i, "rules", j]);
    }
  });
}

function checkDuration(d: { days: number; months: number; years: number; roundTo?: string }, path: Path, ctx: IssueSink): void {
  if (d.days + d.months + d.years === 0 && (d.roundTo === undefined || d.roundTo === "none")) {
    ctx.addIssue({ code: "custom", path, message: "needs days, months or years > 0 (or a roundTo)" });
  }
}
