import type { z } from "zod";
import type { pointsProgramSchema } from "./pointsProgramSchema.js";

/**
 * A parsed points programme: the output of {@link pointsProgramSchema}, with every default filled
 * in. Plain JSON: store it beside the events it produced.
 */
export type PointsProgram = z.output<typeof pointsProgramSchema>;

/** What {@link pointsProgramSchema} accepts: a {@link PointsProgram} with its defaults optional. */
export type PointsProgramInput = z.input<typeof pointsProgramSchema>;

/** One earning rule of a {@link PointsProgram}, discriminated by `type`. */
export type EarnRule = PointsProgram["earnRules"][number];

/** A lot expiry policy of a {@link PointsProgram} or of one of its rules, discriminated by `type`. */
export type ExpiryPolicy = PointsProgram["expiry"];
