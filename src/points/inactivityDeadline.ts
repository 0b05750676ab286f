import type { ZoneCalendar } from "../_lib/ZoneCalendar.js";
import { addCalendarDuration } from "./addCalendarDuration.js";
import type { ExpiryPolicy } from "./PointsProgram.js";

/**
 * The instant at which a member's points expire for inactivity under an `"inactivity"` expiry
 * policy: {@link addCalendarDuration} of the policy's years, months and days to the member's last
 * qualifying activity, on the wall clock of the programme's zone (no rounding). The balance is
 * usable strictly before it; the ledger's expire command at `now ≥ deadline` expires it. Any new
 * activity moves the deadline.
 *
 * @param calendar - the programme's zone.
 * @param policy - the programme's `"inactivity"` expiry.
 * @param lastActivity - the last activity, epoch milliseconds.
 * @returns the deadline, epoch milliseconds.
 * @internal
 */
export function inactivityDeadline(
  calendar: ZoneCalendar,
  policy: Extract<ExpiryPolicy, { type: "inactivity" }>,
  lastActivity: number,
): number {
  return addCalendarDuration(calendar, lastActivity, policy);
}
