import type { RoundingMode } from "../_lib/RoundingMode.js";
import type { DecimalString } from "../_lib/toDecimal.js";
import type { EarnCap, EarnCapInput } from "./EarnCap.js";
import type { EarnConditions, EarnConditionsInput } from "./EarnConditions.js";
import type { LotExpiryPolicy, LotExpiryPolicyInput } from "./ExpiryPolicy.js";
import type { LineFilter } from "./LineFilter.js";

/**
 * The fields every {@link EarnRule} carries. Rules are evaluated in the order they are declared in
 * {@link PointsProgram.earnRules}.
 */
export interface EarnRuleBase {
  /** A unique rule id (a non-empty string of at most 200 characters): it names the rule in awards, traces, caps and multipliers. */
  readonly id: string;
  /** When the rule applies (absent: always). */
  readonly conditions?: EarnConditions | undefined;
  /** Caps on the points this rule awards, each counted on its own [none]. */
  readonly caps: readonly EarnCap[];
  /** `"stack"`: later rules still apply; `"stop"`: when this rule awards points, later rules are skipped ["stack"]. */
  readonly stacking: "stack" | "stop";
  /**
   * Rules sharing a group id are alternatives: only the largest award among them is kept (absent:
   * no group). The members of a group are contiguous in {@link PointsProgram.earnRules}, and a
   * multiplier is never in the group of a rule it multiplies.
   */
  readonly group?: string | undefined;
  /**
   * The category of the lots this rule creates; `"promotional"` lots are consumed first under
   * `"promotionalFirst"` (absent: `"earned"` for `spend` and `multiplier` rules, `"promotional"` for
   * `fixed` and `event` rules).
   */
  readonly lotCategory?: string | undefined;
  /** The expiry of this rule's lots, instead of the programme's {@link PointsProgram.expiry} (absent: the programme's). */
  readonly expiry?: LotExpiryPolicy | undefined;
}

/**
 * Points in proportion to the amount spent on the matching lines: `amount × rate.points /
 * rate.per`, computed exactly and rounded to an integer number of the programme's smallest unit
 * with `rounding`, once for the order or line by line.
 */
export interface SpendRule extends EarnRuleBase {
  /** The discriminant. */
  readonly type: "spend";
  /**
   * The rate, as an exact ratio: `points` (a decimal > 0, in the programme's smallest unit) per
   * `per` (a decimal > 0, in the programme's currency). `{ points: "1", per: "15" }` gives one
   * unit per 15 of currency.
   */
  readonly rate: {
    /** Points per `per` of currency, a decimal string > 0 in the smallest unit. */
    readonly points: DecimalString;
    /** The amount of currency that earns `points`, a decimal string > 0. */
    readonly per: DecimalString;
  };
  /** How the exact points are rounded to an integer (exactly, on rationals) ["floor"]. */
  readonly rounding: RoundingMode;
  /** `"order"`: the rate applies to the sum of the matching lines, rounded once; `"line"`: to each matching line, rounded line by line ["order"]. */
  readonly granularity: "line" | "order";
  /** The lines the rule looks at (absent: every line). */
  readonly appliesTo?: LineFilter | undefined;
  /** The smallest amount of matching lines (a decimal ≥ 0, in the programme's currency) the rule applies to (absent: no minimum). */
  readonly minSpend?: DecimalString | undefined;
}

/**
 * Multiplies the points of `spend` rules declared before it by `factor` (applied to their exact
 * points, then rounded with the base rule's rounding and granularity), on the lines of its own
 * `appliesTo`. It awards the increment: with a base of 10 points, a factor `"2"` awards 10 more.
 * Multipliers compound: a second multiplier multiplies the factor already applied.
 */
export interface MultiplierRule extends EarnRuleBase {
  /** The discriminant. */
  readonly type: "multiplier";
  /** The factor, an exact decimal string ≥ 1 (`"2"` doubles the base points, `"1.5"` adds half). */
  readonly factor: DecimalString;
  /** Ids of the `spend` rules it multiplies, distinct, each declared before it (absent: every `spend` rule declared before it, at least one). */
  readonly rules?: readonly string[] | undefined;
  /** The lines whose points it multiplies (absent: every line of the base rules). */
  readonly appliesTo?: LineFilter | undefined;
}

/**
 * A fixed number of points per order, per matching line, or per unit (`quantity`) of the matching
 * lines; the points of a per-order award are split over the matching lines in proportion to their
 * amounts (largest remainder).
 */
export interface FixedRule extends EarnRuleBase {
  /** The discriminant. */
  readonly type: "fixed";
  /** Points per `per`, an integer in [1, 2^53 − 1] in the programme's smallest unit. */
  readonly points: number;
  /** What earns `points` once: the order, each matching line, or each unit of the matching lines ["order"]. */
  readonly per: "order" | "line" | "unit";
  /** The lines the rule looks at (absent: every line). */
  readonly appliesTo?: LineFilter | undefined;
  /** The smallest amount of matching lines (a decimal ≥ 0, in the programme's currency) the rule applies to (absent: no minimum). */
  readonly minSpend?: DecimalString | undefined;
}

/**
 * A fixed number of points for an event: `"signup"`, `"birthday"`, `"referral"` or a custom event
 * are awarded by {@link calculateAward} (an `award` command); `"firstPurchase"` is awarded with an
 * order by {@link calculateEarn} when the context says it is the member's first purchase.
 */
export interface EventRule extends EarnRuleBase {
  /** The discriminant. */
  readonly type: "event";
  /** The event: `"signup"`, `"birthday"`, `"referral"`, `"firstPurchase"` or a custom event name (a non-empty string of at most 200 characters). */
  readonly event: string;
  /** Points for the event, an integer in [1, 2^53 − 1] in the programme's smallest unit. */
  readonly points: number;
  /** Referral rules only: who earns the points, the `"referrer"` or the `"referee"` (absent: either). */
  readonly role?: "referrer" | "referee" | undefined;
  /**
   * Birthday rules only: the number of days, from the birthday on (a 29 February birthday falls on
   * 28 February in common years), in which the award is allowed, an integer in [1, 366] (absent: 1,
   * the birthday itself).
   */
  readonly windowDays?: number | undefined;
  /**
   * How often one member may receive it, counted in periods of the programme's zone (absent:
   * `"lifetime"` for `signup` and `firstPurchase`, `"year"` for `birthday`, `"none"`, no limit,
   * otherwise).
   */
  readonly oncePer?: "none" | "day" | "week" | "month" | "quarter" | "year" | "lifetime" | undefined;
}

/** One earning rule of a {@link PointsProgram}, discriminated by `type`. */
export type EarnRule = SpendRule | MultiplierRule | FixedRule | EventRule;

/** The fields every {@link EarnRuleInput} carries: {@link EarnRuleBase} with its defaults optional. */
export interface EarnRuleBaseInput {
  /** See {@link EarnRuleBase.id}. */
  readonly id: string;
  /** See {@link EarnRuleBase.conditions}. */
  readonly conditions?: EarnConditionsInput | undefined;
  /** Default: none. */
  readonly caps?: readonly EarnCapInput[] | undefined;
  /** Default `"stack"`. */
  readonly stacking?: EarnRuleBase["stacking"] | undefined;
  /** See {@link EarnRuleBase.group}. */
  readonly group?: string | undefined;
  /** See {@link EarnRuleBase.lotCategory}. */
  readonly lotCategory?: string | undefined;
  /** See {@link EarnRuleBase.expiry}. */
  readonly expiry?: LotExpiryPolicyInput | undefined;
}

/**
 * An {@link EarnRule} as a caller writes it, discriminated by `type`: the fields with a default
 * may be left out, decimals may be numbers (converted exactly) and instants `Date`s. Deeply
 * read-only, so an `as const` literal fits.
 */
export type EarnRuleInput =
  | (EarnRuleBaseInput & {
      /** See {@link SpendRule}. */
      readonly type: "spend";
      /** See {@link SpendRule.rate}. */
      readonly rate: {
        /** See {@link SpendRule.rate}. */
        readonly points: DecimalString | number;
        /** See {@link SpendRule.rate}. */
        readonly per: DecimalString | number;
      };
      /** Default `"floor"`. */
      readonly rounding?: RoundingMode | undefined;
      /** Default `"order"`. */
      readonly granularity?: SpendRule["granularity"] | undefined;
      /** See {@link SpendRule.appliesTo}. */
      readonly appliesTo?: LineFilter | undefined;
      /** See {@link SpendRule.minSpend}. */
      readonly minSpend?: DecimalString | number | undefined;
    })
  | (EarnRuleBaseInput & {
      /** See {@link MultiplierRule}. */
      readonly type: "multiplier";
      /** See {@link MultiplierRule.factor}. */
      readonly factor: DecimalString | number;
      /** See {@link MultiplierRule.rules}. */
      readonly rules?: readonly string[] | undefined;
      /** See {@link MultiplierRule.appliesTo}. */
      readonly appliesTo?: LineFilter | undefined;
    })
  | (EarnRuleBaseInput & {
      /** See {@link FixedRule}. */
      readonly type: "fixed";
      /** See {@link FixedRule.points}. */
      readonly points: number;
      /** Default `"order"`. */
      readonly per?: FixedRule["per"] | undefined;
      /** See {@link FixedRule.appliesTo}. */
      readonly appliesTo?: LineFilter | undefined;
      /** See {@link FixedRule.minSpend}. */
      readonly minSpend?: DecimalString | number | undefined;
    })
  | (EarnRuleBaseInput & {
      /** See {@link EventRule}. */
      readonly type: "event";
      /** See {@link EventRule.event}. */
      readonly event: string;
      /** See {@link EventRule.points}. */
      readonly points: number;
      /** See {@link EventRule.role}. */
      readonly role?: EventRule["role"];
      /** See {@link EventRule.windowDays}. */
      readonly windowDays?: number | undefined;
      /** See {@link EventRule.oncePer}. */
      readonly oncePer?: EventRule["oncePer"];
    });
