import { civilFromDays, daysFromCivil } from "../_lib/civilDays.js";
import type { ZoneCalendar } from "../_lib/ZoneCalendar.js";
import { addCalendarDuration } from "./addCalendarDuration.js";
import { dayStartAfter } from "./dayStartAfter.js";
import type { ExpiryPolicy } from "./PointsProgram.js";

/**
 * The instant at which a lot of points earned at `earnedAt` expires under the programme's (or its
 * rule's) expiry policy, in the programme's zone, or `null` when the lot itself never expires.
 * Points are usable strictly before it; the ledger's expire command at `now ≥ expiresAt`
 * expires them. Every boundary is a local midnight found by {@link ZoneCalendar.dayStart} (when
 * the clocks skip midnight, the first instant of the day after the gap; when they fall back across
 * midnight and the instant is in the second pass, the second midnight: {@link dayStartAfter}), so
 * the result is always after `earnedAt`.
 *
 * - `"never"`: `null`. `"inactivity"`: `null` too — the balance expires as a whole at
 *   {@link inactivityDeadline}, not lot by lot.
 * - `"after"` `{ years, months, days, roundTo }`: {@link addCalendarDuration} (wall-clock
 *   arithmetic, the day clamped to the month: Jan 31 + 1 month → Feb 28/29), then `roundTo`:
 *   `"none"` keeps it; `"endOfDay"` takes the start of the next local day after the day containing
 *   it (so the last usable day is that day, whole); `"endOfMonth"` the start of the next local
 *   month; `"endOfYear"` the start of the next local year. A result already at local midnight is
 *   still pushed to the next day, month or year. (The common "valid for N days/months, until the
 *   end of the day" wording of retail programmes.)
 * - `"monthsAfterEarnMonth"` `{ months }`: the start of the first day of local month
 *   `earn month + 1 + months`. Source: Starbucks Rewards Terms of Use — Stars "expire six (6)
 *   months after the calendar month in which such Stars were earned. For example, if you earn
 *   Stars on December 15, 2020, they will expire on July 1, 2021" (`months: 6`; `months: 0`: at
 *   the end of the month of earning).
 * - `"endOfYear"` `{ years }`: the start of local year `earn year + years`; `years: 1` expires the
 *   lot at the end of the calendar year in which it was earned, `years: 2` a year later (the
 *   "points expire on December 31 of the year after they were earned" of many airline and card
 *   programmes).
 *
 * The rounded policies are non-decreasing in `earnedAt`, except across a fall-back over midnight
 * (America/St_Johns before 2011: an instant at 00:00:30 in the first pass rounds to the next
 * midnight but one, an instant at 23:30 in the second pass to the next). `"after"` with
 * `roundTo: "none"` follows the wall clock, so it can decrease by up to a day plus an offset change
 * (see {@link addCalendarDuration}).
 *
 * @param calendar - the programme's zone.
 * @param policy - the programme's `expiry` or a rule's.
 * @param earnedAt - when the lot was earned, epoch milliseconds.
 * @returns the expiry instant, epoch milliseconds, or `null` for a lot that never expires.
 * @internal
 */
export function lotExpiresAt(calendar: ZoneCalendar, policy: ExpiryPolicy, earnedAt: number): number | null {
  switch (policy.type) {
    case "never":
    case "inactivity":
      return null;
    case "after": {
      const at = addCalendarDuration(calendar, earnedAt, policy);
      if (policy.roundTo === "none") return at;
      const day = calendar.localDay(at);
      // A zero duration in the second pass of a repeated hour gives the first pass: round after earnedAt.
      const after = at > earnedAt ? at : earnedAt;
      if (policy.roundTo === "endOfDay") return dayStartAfter(calendar, day + 1, after);
      const { year, month } = civilFromDays(day);
      return dayStartAfter(calendar, policy.roundTo === "endOfMonth" ? daysFromCivil(year, month + 1, 1) : daysFromCivil(year + 1, 1, 1), after);
    }
    case "monthsAfterEarnMonth": {
      const { year, month } = civilFromDays(calendar.localDay(earnedAt));
      return dayStartAfter(calendar, daysFromCivil(year, month + 1 + policy.months, 1), earnedAt);
    }
    case "endOfYear": {
      const { year } = civilFromDays(calendar.localDay(earnedAt));
      return dayStartAfter(calendar, daysFromCivil(year + policy.years, 1, 1), earnedAt);
    }
  }
}
