/**
 * A limit on the points earning rules award in one period: on one rule ({@link EarnRuleBase.caps})
 * or on every earning rule together ({@link PointsProgram.caps}). An award that would pass the cap
 * is cut to what is left of it (the trace says `"capped"`).
 */
export interface EarnCap {
  /** The most points the cap lets through in one period: an integer in [0, 2^53 − 1], in the programme's smallest unit (10^−`scale` of a point). */
  readonly max: number;
  /**
   * The period the cap counts over, in the programme's time zone: one order, a local day, an ISO
   * week (Monday to Sunday), a calendar month, quarter or year, or the member's (or programme's)
   * whole life. A `"program"` cap cannot count per `"order"`.
   */
  readonly period: "order" | "day" | "week" | "month" | "quarter" | "year" | "lifetime";
  /** Whose points the cap counts: `"member"`, each member's on their own; `"program"`, every member's together ["member"]. */
  readonly scope: "member" | "program";
}

/** An {@link EarnCap} as a caller writes it: `scope` may be left out. */
export interface EarnCapInput {
  /** See {@link EarnCap.max}. */
  readonly max: number;
  /** See {@link EarnCap.period}. */
  readonly period: EarnCap["period"];
  /** Default `"member"`. */
  readonly scope?: EarnCap["scope"] | undefined;
}
