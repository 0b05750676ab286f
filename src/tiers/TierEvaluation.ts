/** A member's standing at an instant (see {@link evaluateTier}). */
export interface TierEvaluation {
  /** The tier held. */
  readonly tier: string;
  /** Since when (ISO-8601): the last upgrade, downgrade or override, or joining. */
  readonly since: string;
  /** When it stops being valid unless earned again (ISO-8601); `null` for the base tier, a tier kept for life, or an open-ended override. */
  readonly validUntil: string | null;
  /** Each metric the criteria name: its total in the window at `asOf` (a decimal string). */
  readonly qualifying: Readonly<Record<string, string>>;
  /** The next tier up and what each of its criteria still needs, or `null` at the top. */
  readonly next: TierProgress | null;
  /** What each criterion of the held tier still needs, counted since it was reached or last renewed, to keep it; `null` when nothing is needed. */
  readonly keep: Omit<TierProgress, "tier"> | null;
  /** The tier at the end of the validity (after grace) if nothing more happens; `null` without a validity. */
  readonly projectedAtExpiry: string | null;
  /** Why, in words. */
  readonly reasons: readonly string[];
}

/** How far a member is from a tier's criteria. */
export interface TierProgress {
  /** The tier. */
  readonly tier: string;
  /** Per metric a criterion names: what it still needs (a decimal string, `"0"` when met). */
  readonly remaining: Readonly<Record<string, string>>;
}
