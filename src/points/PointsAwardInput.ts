/** An event award for {@link calculateAward}: a sign-up, a birthday, a referral or a custom event (no other field is accepted). */
export interface PointsAwardInput {
  /** The event name: `event` rules with this name fire (`"signup"`, `"birthday"`, `"referral"` or a custom name). */
  readonly event: string;
  /** Referrals: who is being awarded; a rule with a `role` fires only for that role. */
  readonly role?: "referrer" | "referee";
  /** Birthday rules: the member's birthday as `"MM-DD"` (`"02-29"` counts on 28 February in a common year). */
  readonly birthday?: string;
}
