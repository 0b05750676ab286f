import { civilFromDays, daysFromCivil, isoWeekday } from "../_lib/civilDays.js";
import type { ZoneCalendar } from "../_lib/ZoneCalendar.js";

/** A period a cap or a once-per limit counts over (`"order"` caps need no key). @internal */
export type PointsPeriod = "day" | "week" | "month" | "quarter" | "year" | "lifetime";

function pad(n: number, width: number): string {
  return n < 0 ? `-${String(-n).padStart(width, "0")}` : String(n).padStart(width, "0");
}

/**
 * The key of the period that contains instant `ms`, in the programme's zone: `"2026-03-14"` (day),
 * `"2026-W11"` (ISO week, numbered in its ISO week-numbering year, so 2027-01-01 is in
 * `"2026-W53"`), `"2026-03"` (month), `"2026-Q1"` (quarter), `"2026"` (year) or `"lifetime"`.
 * Caps and once-per limits are counted per key: two instants share a period exactly when their
 * keys are equal.
 *
 * @param calendar - the programme's zone calendar.
 * @param ms - the instant, in epoch milliseconds.
 * @param period - the period.
 * @returns the period key.
 * @see ISO 8601-1:2019 §5.2.3 (week dates).
 * @internal
 */
export function periodKey(calendar: ZoneCalendar, ms: number, period: PointsPeriod): string {
  if (period === "lifetime") return "lifetime";
  const day = calendar.localDay(ms);
  if (period === "week") {
    // The ISO week belongs to the year of its Thursday.
    const thursday = day - isoWeekday(day) + 4;
    const year = civilFromDays(thursday).year;
    const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
    return `${pad(year, 4)}-W${pad(week, 2)}`;
  }
  const { year, month, day: dom } = civilFromDays(day);
  switch (period) {
    case "day":
      return `${pad(year, 4)}-${pad(month, 2)}-${pad(dom, 2)}`;
    case "month":
      return `${pad(year, 4)}-${pad(month, 2)}`;
    case "quarter":
      return `${pad(year, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
    default:
      return pad(year, 4);
  }
}
