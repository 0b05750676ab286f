/** One change in a member's tier history (see {@link tierTimeline}). */
export interface TierChange {
  /** When (ISO-8601). */
  readonly at: string;
  /** The tier before. */
  readonly from: string;
  /** The tier after (the same tier for a renewal). */
  readonly to: string;
  /**
   * `"upgrade"`, `"downgrade"`, `"renewal"` (the tier earned again, its validity pushed further),
   * `"override"` (a tier granted or locked by hand) or `"override-ended"`.
   */
  readonly kind: "upgrade" | "downgrade" | "renewal" | "override" | "override-ended";
  /** Why, in words (the metrics against the thresholds, the validity that ended, the override's reason). */
  readonly reason: string;
}
