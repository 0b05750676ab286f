import type { z } from "zod";
import type { pointsProgramSchema } from "./pointsProgramSchema.js";

/**
 * A parsed points programme: the output of {@link pointsProgramSchema}, with every default filled
 * in. Plain JSON: store it beside the events it produced.
 */
export type PointsProgram = z.output<typeof pointsProgramSchema>;

/**
 * What {@link pointsProgramSchema} accepts: a {@link PointsProgram} with its defaults optional,
 * numbers allowed for decimals and `Date`s for instants; deeply read-only, so an `as const`
 * literal fits.
 */
export type PointsProgramInput = Frozen<z.input<typeof pointsProgramSchema>>;

/** `T`, read-only all the way down. */
type Frozen<T> = T extends Date | string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? readonly Frozen<U>[]
    : { readonly [K in keyof T]: Frozen<T[K]> };

/** One earning rule of a {@link PointsProgram}, discriminated by `type`. */
export type EarnRule = PointsProgram["earnRules"][number];

/** A lot expiry policy of a {@link PointsProgram} or of one of its rules, discriminated by `type`. */
export type ExpiryPolicy = PointsProgram["expiry"];
