import { z } from "zod";
import { checkPointsProgram } from "./checkPointsProgram.js";
import { ROUNDING_MODES, type RoundingMode } from "../_lib/RoundingMode.js";
import type { NegativeBalancePolicyInput } from "./NegativeBalancePolicy.js";
import type { PointsProgram } from "./PointsProgram.js";
import type { PointsProgramInput } from "./PointsProgramInput.js";
import {
  count,
  isTimeZone,
  dateLike,
  identifier,
  MAX_POINTS,
  nonNegativeDecimal,
  points,
  positiveDecimal,
} from "../_lib/schemaPieces.js";

const period = /* @__PURE__ */ z.enum(["order", "day", "week", "month", "quarter", "year", "lifetime"]);
const cap = /* @__PURE__ */ z
  .object({
    /** The most points the cap lets through in one period, in the programme's smallest unit. */
    max: z.int().min(0).max(MAX_POINTS),
    /** The period the cap counts over, in the programme's time zone (`week` is the ISO week). */
    period,
    /** `"member"`: per member; `"program"`: across all members. */
    scope: z.enum(["member", "program"]).default("member"),
  })
  .strict();
const lineFilter = /* @__PURE__ */ z
  .object({
    categories: z.array(identifier).min(1).optional(),
    skus: z.array(identifier).min(1).optional(),
    excludeCategories: z.array(identifier).min(1).optional(),
    excludeSkus: z.array(identifier).min(1).optional(),
  })
  .strict();
const conditions = /* @__PURE__ */ z
  .object({
    /** The rule applies from this instant (inclusive) … */
    from: dateLike.optional(),
    /** … until this instant (exclusive). A calendar date is that day's midnight in the programme zone. */
    until: dateLike.optional(),
    /** ISO weekdays (1 = Monday … 7 = Sunday) in the programme's time zone. */
    daysOfWeek: z.array(count(1, 7)).min(1).optional(),
    /** Local hours `[from, to)`; `to` may be below `from` for a window across midnight. */
    hours: z.object({ from: count(0, 23), to: count(1, 24) }).strict().optional(),
    /** Sales channels the rule applies to (`order.channel`). */
    channels: z.array(identifier).min(1).optional(),
    /** Member tiers the rule applies to (the `tier` given with the command; `points` does not evaluate tiers). */
    tiers: z.array(identifier).min(1).optional(),
    /** The smallest order total (the sum of its lines) the rule applies to. */
    minOrderAmount: nonNegativeDecimal.optional(),
  })
  .strict();

const durationShape = {
  days: z.int().min(0).max(36_600).default(0),
  months: z.int().min(0).max(1_200).default(0),
  years: z.int().min(0).max(100).default(0),
};
const lotExpiry = /* @__PURE__ */ z.discriminatedUnion("type", [
  z.object({ type: z.literal("never") }).strict(),
  z
    .object({
      type: z.literal("after"),
      ...durationShape,
      /** Push the expiry to the end of its local day, month or year. */
      roundTo: z.enum(["none", "endOfDay", "endOfMonth", "endOfYear"]).default("none"),
    })
    .strict(),
  z.object({ type: z.literal("monthsAfterEarnMonth"), months: count(0, 1_200) }).strict(),
  z.object({ type: z.literal("endOfYear"), years: count(1, 100).default(1) }).strict(),
]);
const expiry = /* @__PURE__ */ z.union([
  lotExpiry,
  z.object({ type: z.literal("inactivity"), ...durationShape }).strict(),
]);

const ruleBase = {
  /** A unique rule id: it names the rule in awards, traces and caps. */
  id: identifier,
  conditions: conditions.optional(),
  caps: z.array(cap).default([]),
  /** `"stack"`: later rules still apply; `"stop"`: when this rule awards points, later rules are skipped. */
  stacking: z.enum(["stack", "stop"]).default("stack"),
  /** Rules sharing a group are alternatives: only the largest award among them is kept. Its members are contiguous in `earnRules`. */
  group: identifier.optional(),
  /** The category of the lots this rule creates (consumption order: `"promotional"` lots go first). */
  lotCategory: identifier.optional(),
  /** Expiry of this rule's lots, instead of the programme's. */
  expiry: lotExpiry.optional(),
};
const roundingMode = /* @__PURE__ */ z.enum(ROUNDING_MODES as [RoundingMode, ...RoundingMode[]]);
const earnRule = /* @__PURE__ */ z.discriminatedUnion("type", [
  z
    .object({
      ...ruleBase,
      type: z.literal("spend"),
      /** `points` (in the smallest unit) per `per` of currency, as an exact ratio. */
      rate: z.object({ points: positiveDecimal, per: positiveDecimal }).strict(),
      rounding: roundingMode.default("floor"),
      granularity: z.enum(["line", "order"]).default("order"),
      appliesTo: lineFilter.optional(),
      /** The smallest amount of matching lines the rule applies to. */
      minSpend: nonNegativeDecimal.optional(),
    })
    .strict(),
  z
    .object({
      ...ruleBase,
      type: z.literal("multiplier"),
      /** The factor on the points of the base rules (exact; `"2"` doubles them). */
      factor: positiveDecimal,
      /** The `spend` rules it multiplies, declared before it (default: every `spend` rule declared before it). */
      rules: z.array(identifier).min(1).optional(),
      appliesTo: lineFilter.optional(),
    })
    .strict(),
  z
    .object({
      ...ruleBase,
      type: z.literal("fixed"),
      points,
      per: z.enum(["order", "line", "unit"]).default("order"),
      appliesTo: lineFilter.optional(),
      minSpend: nonNegativeDecimal.optional(),
    })
    .strict(),
  z
    .object({
      ...ruleBase,
      type: z.literal("event"),
      /** `"signup"`, `"birthday"`, `"referral"`, `"firstPurchase"` or a custom event name. */
      event: identifier,
      points,
      /** Referral rules: who earns the points. */
      role: z.enum(["referrer", "referee"]).optional(),
      /** Birthday rules: the window, in days from the birthday, in which the award is allowed. */
      windowDays: count(1, 366).optional(),
      /** How often one member may receive it (default: `lifetime` for signup and firstPurchase, `year` for birthday, `none` otherwise). */
      oncePer: z.enum(["none", "day", "week", "month", "quarter", "year", "lifetime"]).optional(),
    })
    .strict(),
]);

const negativeBalance = /* @__PURE__ */ z.preprocess(
  (value: NegativeBalancePolicyInput) => (typeof value === "string" ? { mode: value } : value),
  z.discriminatedUnion("mode", [
    z.object({ mode: z.literal("reject") }).strict(),
    z.object({ mode: z.literal("clamp") }).strict(),
    z.object({ mode: z.literal("allow-debt"), limit: z.int().min(0).max(MAX_POINTS).optional() }).strict(),
  ]),
);

const programObject = /* @__PURE__ */ z
  .object({
    id: identifier,
    /** The IANA zone in which days, months, years, weekdays and hours are read. */
    timeZone: z.string().refine(isTimeZone, 'expected an IANA time zone name such as "Asia/Shanghai" or "UTC"'),
    /** Decimal places of a point: balances are integers in units of 10^−scale points. */
    scale: count(0, 6).default(0),
    /** ISO 4217 code of the currency orders are paid in. */
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as "CNY"'),
    earnRules: z.array(earnRule).default([]),
    /** Caps over the points of every earning rule together. */
    caps: z.array(cap).default([]),
    expiry: expiry.default({ type: "never" }),
    /** Shorthand for `lock: { days }`. */
    lockDays: z.int().min(0).max(3_660).optional(),
    /** Points earned on orders stay pending until the lock ends (and until `order.returnWindowEndsAt`). */
    lock: z
      .object({ days: z.int().min(0).max(3_660).default(0), roundTo: z.enum(["none", "endOfDay"]).default("none") })
      .strict()
      .optional(),
    /** Which lots a debit consumes first; ties go to the older lot, then the lower lot id. */
    consumptionOrder: z
      .array(z.enum(["soonestExpiry", "promotionalFirst", "oldestFirst", "newestFirst"]))
      .min(1)
      .default(["soonestExpiry", "promotionalFirst", "oldestFirst"]),
    negativeBalance: negativeBalance.default({ mode: "reject" }),
    /** What a refund takes back when the order's points are no longer all pending. */
    returnPolicy: z.enum(["only-pending", "within-balance", "allow-debt"]).default("within-balance"),
    /** What a reversed redemption does with points whose lot expired meanwhile. */
    redemptionReversal: z.enum(["reissue", "forfeit"]).default("reissue"),
    /** How long a hold lasts unless the command says otherwise. */
    holdTimeoutMinutes: z.int().min(1).max(527_040).default(30),
  })
  .strict();


/**
 * The zod schema of a points programme ({@link PointsProgram}); {@link PointsLedger} and
 * {@link calculateEarn} parse their programme with it and throw {@link index!PatronageError}
 * `INVALID_CONFIG` naming the path (`program.earnRules[2].rate.per`).
 *
 * It is JSON in and JSON out: amounts and rates are decimal strings (numbers are accepted and
 * converted exactly), instants ISO-8601 strings (a `Date` is accepted and converted), points
 * integers in the programme's smallest unit (10^−`scale` of a point). Objects are strict: an
 * unknown key is an error. Besides the shapes, it checks: rule ids are unique; a multiplier's factor is ≥ 1 and it
 * names only distinct `spend` rules declared before it (without `rules`, at least one is declared before it); the members
 * of a group are contiguous and a multiplier is not in the group of a rule it multiplies; a birthday window and a referral
 * role sit on the matching event; a window's `until` is after its `from` (as instants) and `hours.from` ≠ `hours.to`; a
 * `"program"` cap does not count per order; a duration is not zero; `lockDays` and `lock` are not both given
 * (`lockDays` becomes `lock: { days, roundTo: "none" }` in the output).
 *
 * Defaults: `scale` 0, no rules, no caps, points never expire, no lock, consumption
 * `["soonestExpiry", "promotionalFirst", "oldestFirst"]` (never-expiring lots last), negative
 * balances refused, refunds `"within-balance"`, an expired lot of a reversed redemption reissued,
 * holds time out after 30 minutes.
 *
 * @example
 * ```ts
 * import { pointsProgramSchema } from "patronage/points";
 *
 * const program = pointsProgramSchema.parse({
 *   id: "bank-a",
 *   timeZone: "Asia/Shanghai",
 *   currency: "CNY",
 *   earnRules: [{ id: "base", type: "spend", rate: { points: 1, per: 15 } }],
 *   lockDays: 7,
 * });
 * program.earnRules[0]; //=> { id: "base", type: "spend", rate: { points: "1", per: "15" }, rounding: "floor", granularity: "order", caps: [], stacking: "stack" }
 * program.lock; //=> { days: 7, roundTo: "none" }
 * program.expiry; //=> { type: "never" }
 * ```
 */
export const pointsProgramSchema: z.ZodType<PointsProgram, PointsProgramInput> = /* @__PURE__ */ programObject
  .superRefine((program, ctx) => checkPointsProgram(program, ctx))
  .transform(({ lockDays, lock, ...rest }) => ({
    ...rest,
    lock: lock ?? { days: lockDays ?? 0, roundTo: "none" as const },
  }));
