import { z } from "zod";
import type { PointsCommand } from "./PointsCommand.js";
import type { PointsOrder } from "./PointsOrder.js";
import { identifier, MAX_POINTS, nonNegativeDecimal, points } from "../_lib/schemaPieces.js";

const instant = /* @__PURE__ */ z.union([z.date(), z.string()]);
const base = { id: identifier };

/**
 * The zod schema of a {@link PointsCommand}: strict objects discriminated by `type`, points safe
 * integers ≥ 1 (`adjust`: ≠ 0), ids non-empty strings of at most 200 characters. The order of an
 * `earn` is checked by the earning rules (see {@link calculateEarn}); instants are checked against
 * the programme's zone when the command runs. {@link PointsLedger.execute} parses every command
 * with it and throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the field
 * (`command.points`).
 *
 * @example
 * ```ts
 * import { pointsCommandSchema } from "patronage/points";
 *
 * pointsCommandSchema.safeParse({ id: "c1", type: "redeem", memberId: "m1", points: 50 }).success; //=> true
 * pointsCommandSchema.safeParse({ id: "c2", type: "redeem", memberId: "m1", points: 0.5 }).success; //=> false
 * ```
 */
export const pointsCommandSchema: z.ZodType<PointsCommand, PointsCommand> = /* @__PURE__ */ z.discriminatedUnion("type", [
  z
    .object({
      ...base,
      type: z.literal("earn"),
      memberId: identifier,
      // Any value passes here (the earning rules check the order when the command runs); typed as
      // the order it must be.
      order: (z.unknown() as z.ZodType<PointsOrder, PointsOrder>).optional(),
      points: points.optional(),
      orderId: identifier.optional(),
      tier: identifier.optional(),
      category: identifier.optional(),
    })
    .strict()
    .superRefine((c, ctx) => {
      if ((c.order === undefined) === (c.points === undefined)) {
        ctx.addIssue({ code: "custom", path: ["order"], message: "give an order or explicit points, not both and not neither" });
      }
      if (c.order !== undefined && (c.orderId !== undefined || c.category !== undefined)) {
        ctx.addIssue({ code: "custom", path: [c.orderId !== undefined ? "orderId" : "category"], message: "only with explicit points" });
      }
    }),
  z
    .object({
      ...base,
      type: z.literal("award"),
      memberId: identifier,
      event: identifier.optional(),
      role: z.enum(["referrer", "referee"]).optional(),
      birthday: z.string().regex(/^\d{2}-\d{2}$/, 'expected "MM-DD"').optional(),
      tier: identifier.optional(),
      channel: identifier.optional(),
      points: points.optional(),
      reason: z.string().min(1).max(500).optional(),
      category: identifier.optional(),
    })
    .strict()
    .superRefine((c, ctx) => {
      if ((c.event === undefined) === (c.points === undefined)) {
        ctx.addIssue({ code: "custom", path: ["event"], message: "give an event or goodwill points, not both and not neither" });
      }
      if (c.points !== undefined && c.reason === undefined) {
        ctx.addIssue({ code: "custom", path: ["reason"], message: "goodwill points need a reason" });
      }
      if (c.event !== undefined && (c.reason !== undefined || c.category !== undefined)) {
        ctx.addIssue({ code: "custom", path: [c.reason !== undefined ? "reason" : "category"], message: "only with goodwill points" });
      }
    }),
  z.object({ ...base, type: z.literal("redeem"), memberId: identifier, points, reference: identifier.optional() }).strict(),
  z
    .object({ ...base, type: z.literal("hold"), memberId: identifier, points, holdId: identifier.optional(), expiresAt: instant.optional() })
    .strict(),
  z.object({ ...base, type: z.literal("capture"), holdId: identifier, points: points.optional() }).strict(),
  z.object({ ...base, type: z.literal("release"), holdId: identifier, points: points.optional() }).strict(),
  z
    .object({
      ...base,
      type: z.literal("reverseEarn"),
      orderId: identifier,
      lines: z
        .array(z.object({ lineId: identifier, amount: nonNegativeDecimal.optional() }).strict())
        .min(1)
        .optional(),
      points: points.optional(),
    })
    .strict()
    .refine((c) => c.lines === undefined || c.points === undefined, { path: ["points"], message: "give lines or points, not both" }),
  z
    .object({
      ...base,
      type: z.literal("reverseRedemption"),
      redemptionId: identifier,
      points: points.optional(),
      expiredLots: z.enum(["reissue", "forfeit", "reject"]).optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal("adjust"),
      memberId: identifier,
      points: z.int().min(-MAX_POINTS).max(MAX_POINTS).refine((p) => p !== 0, "expected a non-zero integer"),
      reason: z.string().min(1).max(500),
    })
    .strict(),
  z
    .object({ ...base, type: z.literal("transfer"), from: identifier, to: identifier, points })
    .strict()
    .refine((c) => c.from !== c.to, { path: ["to"], message: "must differ from `from`" }),
  z.object({ ...base, type: z.literal("expire"), memberId: identifier.optional() }).strict(),
  z.object({ ...base, type: z.literal("activate"), memberId: identifier.optional() }).strict(),
]);
