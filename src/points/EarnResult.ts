import type { DecimalString } from "../_lib/toDecimal.js";
import type { LotExpiryPolicy } from "./ExpiryPolicy.js";

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
  readonly expiry: LotExpiryPolicy | null;
  /**
   * Event rules with a once-per limit: the period key this award counts in (`"2026"`,
   * `"lifetime"`; a birthday counts in the period of the day its window starts). A ledger records
   * the occurrence under it, so the next {@link EarnContext.occurrences} query finds it. Absent
   * for every other award.
   */
  readonly oncePerKey?: string;
  /** The award split over the order's lines that receive points (> 0 each, summing to `points`), in line order; empty for an event award. */
  readonly lines: readonly {
    /** The order line. */
    readonly lineId: string;
    /** The points of the award on that line. */
    readonly points: number;
  }[];
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
  /** The exact points before rounding: exact when the decimal terminates, else 34 significant digits (trailing zeros kept). For a multiplier, the exact increment (F_k − F_{k−1}) · raw. */
  readonly exact: DecimalString;
  /** Points after rounding and caps (0 when not applicable, stopped or superseded). */
  readonly points: number;
  /** `exact − points` before caps: what rounding kept back (negative when it rounded up). */
  readonly remainder: DecimalString;
}

/** The outcome of {@link calculateEarn} or {@link calculateAward}. */
export interface EarnResult {
  /** Total points awarded. */
  readonly points: number;
  /** Total points the kept rules wanted before caps (superseded and stopped rules excluded). */
  readonly wanted: number;
  /** One entry per rule that awarded points (> 0, after caps and groups), in rule order. */
  readonly awards: readonly EarnAward[];
  /** Every rule's evaluation, in rule order (computed when first read). */
  readonly trace: readonly EarnTraceEntry[];
  /** The order total (the sum of its lines, a canonical decimal such as `"129.9"`), or `"0"` for an award. */
  readonly basis: DecimalString;
}
