import type { ZoneCalendar } from "../_lib/ZoneCalendar.js";
import { addCalendarDuration } from "./addCalendarDuration.js";
import { dayStartAfter } from "./dayStartAfter.js";

/**
 * The instant at which points earned on an order at `earnedAt` stop being pending: the later of
 * the programme's lock and the order's return window.
 *
 * The lock is {@link addCalendarDuration} of `days` calendar days to `earnedAt` (wall clock: 7
 * days after 12:00 is 12:00 local, whatever the daylight-saving changes), then with
 * `roundTo: "endOfDay"` the start of the next local day after the day containing it (the points
 * become available at local midnight). `days: 0` with `roundTo: "none"` is no lock: `earnedAt`
 * itself (not the wall-clock round trip, which in the second pass of a repeated hour would give
 * the earlier instant). The result is never before `earnedAt`.
 *
 * @param calendar - the programme's zone.
 * @param lock - the programme's `lock`.
 * @param earnedAt - when the points were earned, epoch milliseconds.
 * @param returnWindowEndsAt - the end of the order's return window, epoch milliseconds, if any.
 * @returns the end of the lock, epoch milliseconds.
 * @internal
 */
export function lockEndsAt(
  calendar: ZoneCalendar,
  lock: { readonly days: number; readonly roundTo: "none" | "endOfDay" },
  earnedAt: number,
  returnWindowEndsAt: number | undefined,
): number {
  let ends = earnedAt;
  if (lock.days !== 0 || lock.roundTo !== "none") {
    const at = addCalendarDuration(calendar, earnedAt, { years: 0, months: 0, days: lock.days });
    const after = at > earnedAt ? at : earnedAt;
    ends = lock.roundTo === "endOfDay" ? dayStartAfter(calendar, calendar.localDay(at) + 1, after) : after;
  }
  return returnWindowEndsAt !== undefined && returnWindowEndsAt > ends ? returnWindowEndsAt : ends;
}
