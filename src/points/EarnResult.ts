import type { DecimalString } from "../_lib/toDecimal.js";
import type { ExpiryPolicy } from "./PointsProgram.js";

/** The points one rule awards, as {@link calculateEarn} decides them. */
export interface EarnAward {
  /** The rule that awards them. */
  readonly ruleId: string;
  /** Points awarded, after caps (in the programme's smallest unit, > 0). */
  readonly points: number;
  /** Points the rule wanted before its caps and the programme's caps. */
  readonly wanted: number;
  /** The category of the lot these points go to. */
  readonly lotCategory: string;
  /** The lot expiry of the rule, or `null` for the programme's. */
  readonly expiry: Exclude<ExpiryPolicy, { type: "inactivity" }> | null;
  /** The award split over the order's lines (summing to `points`); empty for an event award. */
  readonly lines: readonly { readonly lineId: string; readonly points: number }[];
}

/** One step of {@link EarnResult.trace}: why a rule did or did not award, line by line. */
export interface EarnTraceEntry {
  /** The rule evaluated. */
  readonly ruleId: string;
  /** The line, or `null` for an order-level or event step. */
  readonly lineId: string | null;
  /** What happened. */
  readonly status: "awarded" | "not-applicable" | "capped" | "superseded" | "stopped";
  /** A sentence: which condition failed, which cap bound, which rule superseded it. */
  readonly reason: string;
  /** The amount the rule applied to (currency), or `"0"` for fixed and event rules. */
  readonly basis: DecimalString;
  /** The exact points before rounding (34 significant digits when the ratio does not terminate). */
  readonly exact: DecimalString;
  /** Points after rounding and caps. */
  readonly points: number;
  /** `exact − points` before caps: what rounding kept back (negative when it rounded up). */
  readonly remainder: DecimalString;
}

/** The outcome of {@link calculateEarn} or {@link calculateAward}. */
export interface EarnResult {
  /** Total points awarded. */
  readonly points: number;
  /** Total points the rules wanted before caps. */
  readonly wanted: number;
  /** One entry per rule that awarded points, in rule order. */
  readonly awards: readonly EarnAward[];
  /** Every rule's evaluation, in rule order. */
  readonly trace: readonly EarnTraceEntry[];
  /** The order total (the sum of its lines), or `"0"` for an award. */
  readonly basis: DecimalString;
}
