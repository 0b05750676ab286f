import { MS_PER_DAY } from "./civilDays.js";
import { invalidArgument } from "./invalidArgument.js";
import { parseIsoInstant } from "./parseIsoInstant.js";
import type { ZoneCalendar } from "./ZoneCalendar.js";

const EXPECTED = 'a valid Date, an ISO-8601 date-time with "Z" or an offset, or a calendar date "YYYY-MM-DD"';

/**
 * Reads an instant of a programme API (points, tiers) into epoch milliseconds: a valid `Date` → its time; an
 * ISO-8601 date-time with `Z` or an offset (`"2026-03-14T09:30:00+08:00"`) → that instant; a
 * calendar date `"YYYY-MM-DD"` → the start of that local day in the programme's zone (local
 * midnight, or the end of the gap when the clocks skip midnight).
 *
 * @param value - the input value.
 * @param calendar - the programme's zone calendar.
 * @param field - the public path named in errors (`"order.at"`).
 * @returns milliseconds since 1970-01-01T00:00Z.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `field` for anything else (an
 *   invalid `Date`, a date-time without offset, an impossible date, a number…).
 * @internal
 */
export function readInstant(value: unknown, calendar: ZoneCalendar, field: string): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (ms === ms) return ms;
  } else if (typeof value === "string") {
    const ms = parseIsoInstant(value);
    if (ms === ms) return value.length === 10 ? calendar.dayStart(ms / MS_PER_DAY) : ms;
  }
  throw invalidArgument(field, value, EXPECTED);
}
