import { civilFromDays } from "../_lib/civilDays.js";
import type { ZoneCalendar } from "../_lib/ZoneCalendar.js";

/**
 * The local month, `"YYYY-MM"`, of the programme's zone that contains instant `ms`: the key of
 * expiry schedules and of liability by month.
 *
 * An expiry instant belongs to the month in which the points are gone, not to the month of their
 * last usable instant: points are usable strictly before `expiresAt`, so stars expiring at
 * 2021-07-01T00:00 local (the Starbucks "six months after the calendar month in which they were
 * earned") are in month `"2021-07"`, and the schedule groups them there (they are still usable on
 * June 30 at 23:59:59.999). Years outside 0000–9999 use the ISO 8601 expanded form (`"+10000-01"`,
 * `"-000001-12"`).
 *
 * @param calendar - the programme's zone.
 * @param ms - the instant, epoch milliseconds.
 * @returns the local month, `"YYYY-MM"`.
 * @internal
 */
export function expiryMonth(calendar: ZoneCalendar, ms: number): string {
  const { year, month } = civilFromDays(calendar.localDay(ms));
  const yyyy =
    year >= 0 && year <= 9999 ? String(year).padStart(4, "0") : `${year < 0 ? "-" : "+"}${String(Math.abs(year)).padStart(6, "0")}`;
  return `${yyyy}-${month < 10 ? "0" : ""}${month}`;
}
