import { MS_PER_DAY } from "../_lib/civilDays.js";
import type { ZoneCalendar } from "../_lib/ZoneCalendar.js";


/**
 * The start of civil day `day` as a boundary after instant `ms` (which lies in an earlier local
 * day): {@link ZoneCalendar.dayStart}, unless the clocks fell back across that midnight and `ms`
 * is in the second pass — then the first midnight is already past, and the day begins when the
 * clock reads midnight again, at the offset of `ms`. (Newfoundland and Labrador changed at 00:01
 * until 2011: at 1987-10-25T00:01 NDT, America/St_Johns went back to 23:01 NST of October 24, so
 * 23:01–00:01 occurs twice; Antarctica/Casey went from +11 to +08 at 2010-03-05 02:00.) Always
 * later than `ms`.
 *
 * @param calendar - the programme's zone.
 * @param day - the civil day (days since 1970-01-01), after the local day of `ms`.
 * @param ms - the instant the boundary must follow, epoch milliseconds.
 * @returns the boundary, epoch milliseconds.
 * @internal
 */
export function dayStartAfter(calendar: ZoneCalendar, day: number, ms: number): number {
  const start = calendar.dayStart(day);
  return start > ms ? start : day * MS_PER_DAY - calendar.offset(ms);
}
