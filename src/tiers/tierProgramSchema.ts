import { z } from "zod";
import { count, identifier, isTimeZone, nonNegativeDecimal, positiveDecimal } from "../_lib/schemaPieces.js";
import { checkTierProgram } from "./checkTierProgram.js";
import type { TierProgram } from "./TierProgram.js";
import type { TierProgramInput } from "./TierProgramInput.js";

/** At most 12 decimals: metrics are summed exactly, in units of their most decimals. */
const threshold = /* @__PURE__ */ nonNegativeDecimal.refine((value) => !value.includes(".") || value.length - value.indexOf(".") - 1 <= 12, "expected at most 12 decimals");
const criterion = /* @__PURE__ */ z.object({ metric: identifier, atLeast: threshold }).strict();
const tier = /* @__PURE__ */ z
  .object({
    id: identifier,
    name: z.string().max(200).optional(),
    rank: z.int().min(-1_000_000).max(1_000_000),
    qualify: z
      .object({ combine: z.enum(["any", "all"]).default("any"), criteria: z.array(criterion).min(1).max(16) })
      .strict()
      .nullable()
      .optional(),
    benefits: z
      .object({
        earnMultiplier: positiveDecimal.default("1"),
        pointsNeverExpire: z.boolean().default(false),
        perks: z.array(z.json()).default([]),
      })
      .strict()
      .default({ earnMultiplier: "1", pointsNeverExpire: false, perks: [] }),
  })
  .strict()
  .transform(({ qualify, ...rest }) => ({ ...rest, qualify: qualify ?? null }));
const window = /* @__PURE__ */ z.discriminatedUnion("type", [
  z.object({ type: z.enum(["lifetime", "calendarYear", "calendarQuarter", "calendarMonth", "anniversary"]) }).strict(),
  z
    .object({ type: z.literal("rolling"), days: count(0, 36_600).default(0), months: count(0, 1_200).default(0) })
    .strict()
    .refine((w) => (w.days > 0) !== (w.months > 0), { message: "expected days or months (one of them, > 0)", path: ["days"] }),
]);
const validity = /* @__PURE__ */ z.discriminatedUnion("type", [
  z.object({ type: z.enum(["endOfPeriod", "endOfNextPeriod"]) }).strict(),
  z.object({ type: z.literal("months"), months: count(1, 1_200) }).strict(),
]);

/**
 * The zod schema of a tier programme ({@link TierProgram}): JSON in, JSON out (thresholds and the
 * earn multiplier as decimal strings; numbers are accepted and converted exactly). Objects are
 * strict: an unknown key is an error, and `evaluateTier` and the other functions throw
 * {@link index!PatronageError} `INVALID_CONFIG` naming the path (`program.tiers[2].rank`).
 *
 * Besides the shapes it checks the ladder: tier ids and ranks are unique; exactly one tier has no
 * `qualify` (the base tier, which every member holds), and it has the lowest rank; every criterion
 * names a known metric (`points`, `spend`, `orders`, `visits`, or one declared in `metrics`, which
 * must not repeat or shadow those); no tier can never be held — a lower tier whose every qualifier
 * also qualifies for a higher one (with `all`, a higher tier asking less of the same metric) is an
 * error; `upgrade: "nextPeriod"` and the validities `endOfPeriod` / `endOfNextPeriod` need a window
 * with periods (calendar or anniversary).
 *
 * Defaults: a rolling window of 12 months, immediate upgrades, validity of 12 months, downgrades
 * recomputed without grace, reversals keep a tier already reached; a tier's benefits an earn
 * multiplier of `"1"`, points that expire, no perks.
 *
 * @example
 * ```ts
 * import { tierProgramSchema } from "patronage/tiers";
 *
 * const program = tierProgramSchema.parse({
 *   id: "stars",
 *   timeZone: "America/New_York",
 *   tiers: [
 *     { id: "green", rank: 0 },
 *     { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] }, benefits: { earnMultiplier: 1.2 } },
 *   ],
 * });
 * program.tiers[1]; //=> { id: "gold", rank: 1, qualify: { combine: "any", criteria: [{ metric: "points", atLeast: "500" }] }, benefits: { earnMultiplier: "1.2", pointsNeverExpire: false, perks: [] } }
 * program.window; //=> { type: "rolling", days: 0, months: 12 }
 * program.validity; //=> { type: "months", months: 12 }
 * ```
 */
export const tierProgramSchema: z.ZodType<TierProgram, TierProgramInput> = /* @__PURE__ */ z
  .object({
    id: identifier,
    timeZone: z.string().refine(isTimeZone, "expected an IANA time zone such as \"Asia/Shanghai\""),
    metrics: z.array(identifier).max(100).default([]),
    tiers: z.array(tier).min(1).max(64),
    window: window.default({ type: "rolling", days: 0, months: 12 }),
    upgrade: z.enum(["immediate", "nextPeriod"]).default("immediate"),
    validity: validity.default({ type: "months", months: 12 }),
    downgrade: z
      .object({ rule: z.enum(["recompute", "oneDown", "never"]).default("recompute"), graceDays: count(0, 36_600).default(0) })
      .strict()
      .default({ rule: "recompute", graceDays: 0 }),
    reversals: z.enum(["keepStatus", "downgradeWithinPeriod"]).default("keepStatus"),
  })
  .strict()
  .superRefine((program, ctx) => checkTierProgram(program, ctx));
