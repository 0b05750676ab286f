import { civilFromDays, daysFromCivil, daysInMonth, MS_PER_DAY } from "../_lib/civilDays.js";
import type { ZoneCalendar } from "../_lib/ZoneCalendar.js";


/**
 * Adds a calendar duration to instant `ms` on the wall clock of the programme's zone: read the
 * local date and time of day; add `years` and `months` together to the year and month, clamping
 * the day to the length of the resulting month (Jan 31 + 1 month → Feb 28 or 29; Feb 29 + 1 year
 * → Feb 28; one clamp, so Feb 29 + 1 year 1 month is Mar 29, as in Temporal's `PlainDate.add`
 * and date-fns' `add`); then add `days`; keep the time of day and convert back with
 * {@link ZoneCalendar.fromWallClock} (a reading repeated by a fall-back is its earlier instant, a
 * skipped one is shifted forward by the gap: 1 day after 02:30 on the eve of a spring-forward is
 * 03:30 of the new offset).
 *
 * Calendar days are not 24 hours: 1 day after 2026-03-07T12:00 in New York is 2026-03-08T12:00
 * EDT, 23 hours later. And wall-clock arithmetic is not monotonic in the instant: an instant in the
 * second pass of a repeated hour, a clamped day, or a target reading inside a gap can give a
 * result earlier than that of an earlier instant (by at most a day plus the zone's offset change).
 *
 * Preconditions (checked by the programme schema, not here): `ms` a finite instant; `years`,
 * `months`, `days` non-negative safe integers.
 *
 * @param calendar - the programme's zone.
 * @param ms - the instant, epoch milliseconds.
 * @param duration - years, months and days to add.
 * @returns the instant, epoch milliseconds.
 * @internal
 */
export function addCalendarDuration(
  calendar: ZoneCalendar,
  ms: number,
  duration: { readonly years: number; readonly months: number; readonly days: number },
): number {
  const wall = calendar.wallClock(ms);
  const day = Math.floor(wall / MS_PER_DAY);
  const timeOfDay = wall - day * MS_PER_DAY;
  let target = day;
  if (duration.years !== 0 || duration.months !== 0) {
    const date = civilFromDays(day);
    const monthIndex = date.year * 12 + (date.month - 1) + duration.years * 12 + duration.months;
    const year = Math.floor(monthIndex / 12);
    const month = monthIndex - year * 12 + 1;
    target = daysFromCivil(year, month, Math.min(date.day, daysInMonth(year, month)));
  }
  target += duration.days;
  return calendar.fromWallClock(target * MS_PER_DAY + timeOfDay);
}
