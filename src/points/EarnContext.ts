/** Which cap a {@link EarnContext.usage} query asks about. */
export interface CapUsageQuery {
  /** The rule whose cap it is, or `null` for a programme-wide cap (`program.caps`). */
  readonly ruleId: string | null;
  /** The cap's index in the rule's (or the programme's) `caps`. */
  readonly capIndex: number;
  /** `"member"` or `"program"`. */
  readonly scope: "member" | "program";
  /** The period key the cap counts in: `"2026-03-14"`, `"2026-W11"`, `"2026-03"`, `"2026-Q1"`, `"2026"` or `"lifetime"`. */
  readonly periodKey: string;
}

/** Which once-per limit an {@link EarnContext.occurrences} query asks about. */
export interface OccurrenceQuery {
  /** The event rule. */
  readonly ruleId: string;
  /** The period key of the rule's `oncePer` (as in {@link CapUsageQuery.periodKey}). */
  readonly periodKey: string;
}

/** What {@link calculateEarn} and {@link calculateAward} know about the member beyond the order (no other field is accepted). */
export interface EarnContext {
  /** When the rules are evaluated (default: `order.at`; required for an award). */
  readonly at?: Date | string;
  /** The member's current tier id, for rules with `conditions.tiers`. */
  readonly tier?: string;
  /** The sales channel of an award (orders carry their own). */
  readonly channel?: string;
  /** Whether this order (or award) is the member's first purchase (`firstPurchase` event rules fire only when true). */
  readonly firstPurchase?: boolean;
  /** Points already counted against a cap in its current period, a safe integer ≥ 0 (default: none). */
  readonly usage?: (query: CapUsageQuery) => number;
  /** How often an event rule has already awarded the member in its `oncePer` period, a safe integer ≥ 0 (default: never). */
  readonly occurrences?: (query: OccurrenceQuery) => number;
}
