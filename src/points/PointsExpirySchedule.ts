/** Points due to expire, by local month of the programme's zone. */
export interface PointsExpirySchedule {
  /** `{ month: "2026-07", points }` in month order; a month holds the lots whose `expiresAt` falls in it. */
  readonly months: readonly {
    /** The month, `"YYYY-MM"` in the programme's zone. */
    readonly month: string;
    /** Points expiring in it, in the programme's smallest unit. */
    readonly points: number;
  }[];
  /** Points in lots that never expire (or, under an inactivity policy, not yet dormant members' points without a deadline). */
  readonly never: number;
}
