/** Points due to expire, by local month of the programme's zone. */
export interface PointsExpirySchedule {
  /** `{ month: "2026-07", points }` in month order; a month holds the lots whose `expiresAt` falls in it. */
  readonly months: readonly { readonly month: string; readonly points: number }[];
  /** Points in lots that never expire (or, under an inactivity policy, not yet dormant members' points without a deadline). */
  readonly never: number;
}
