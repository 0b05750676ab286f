import { civilFromDays, daysFromCivil, daysInMonth, MS_PER_DAY } from "../_lib/civilDays.js";
import type { ZoneCalendar } from "../_lib/ZoneCalendar.js";
import type { TierProgram } from "./TierProgram.js";

const MEMO = 4096;

/**
 * The calendar of a tier programme for one member: where the window starts at an instant, the
 * periods of a periodic window (calendar years, quarters, months in the programme's zone, or
 * membership years from joining), and when a tier reached at an instant stops being valid. Local
 * arithmetic: "12 months after 2026-01-31 10:00" is 2027-01-31 10:00 wall-clock time in the zone
 * (a day past a month's end clamps to it), across DST changes.
 *
 * @internal
 */
export class TierClock {
  readonly #program: TierProgram;
  readonly #calendar: ZoneCalendar;
  #joinedAt: number;

  /** A direct-mapped memo of {@link windowLow}, for a clock many members share: instants and their window starts, side by side. */
  readonly #memo: Float64Array | undefined;

  /**
   * @param memo - whether to remember window starts (a clock a batch of members shares); not for
   *   membership years, whose windows depend on joining.
   */
  constructor(program: TierProgram, calendar: ZoneCalendar, joinedAt: number, memo = false) {
    this.#program = program;
    this.#calendar = calendar;
    this.#joinedAt = joinedAt;
    this.#memo = memo && program.window.type !== "anniversary" ? new Float64Array(2 * MEMO).fill(Number.NaN) : undefined;
  }

  /** The clock of a member who joined at `joinedAt` (the members of a batch share one clock). */
  join(joinedAt: number): this {
    this.#joinedAt = joinedAt;
    return this;
  }

  /** The window at `t` holds the rows with `windowLow(t) < at ≤ t`. */
  windowLow(t: number): number {
    const memo = this.#memo;
    if (memo === undefined) return this.#windowLow(t);
    const slot = (Math.imul(Math.floor(t / 1000) | 0, 0x9e3779b1) >>> 20) << 1; // 12 bits of a Fibonacci hash of the second
    if (memo[slot] === t) return memo[slot + 1] as number;
    const low = this.#windowLow(t);
    memo[slot] = t;
    memo[slot + 1] = low;
    return low;
  }

  #windowLow(t: number): number {
    const window = this.#program.window;
    switch (window.type) {
      case "lifetime":
        return Number.NEGATIVE_INFINITY;
      case "rolling":
        return window.days > 0 ? this.addDays(t, -window.days) : this.addMonths(t, -window.months);
      default:
        return this.periodStart(t) - 1;
    }
  }

  /**
   * The first instant whose window no longer holds a row at `at` (+∞ for a lifetime window): the
   * start of the next period, or, for a rolling window, when the window's start reaches `at` (the
   * same local time `days` or `months` later; a day past a month's end, or a clock change, is
   * found by bisection).
   */
  leaveAt(at: number): number {
    const window = this.#program.window;
    if (window.type === "lifetime") return Number.POSITIVE_INFINITY;
    if (window.type !== "rolling") return this.periodEnd(at);
    const guess = window.days > 0 ? this.addDays(at, window.days) : this.addMonths(at, window.months);
    if (this.windowLow(guess) >= at && this.windowLow(guess - 1) < at) return guess;
    let low = guess - 3 * MS_PER_DAY; // windowLow(low) < at ≤ windowLow(high)
    let high = guess + 3 * MS_PER_DAY;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (this.windowLow(mid) >= at) high = mid;
      else low = mid;
    }
    return high;
  }

  /** The start of the period of a periodic window that contains `t`. */
  periodStart(t: number): number {
    const type = this.#program.window.type;
    if (type === "anniversary") return this.addMonths(this.#joinedAt, 12 * this.#membershipYear(t));
    const { year, month } = civilFromDays(this.#calendar.localDay(t));
    const first = type === "calendarYear" ? 1 : type === "calendarQuarter" ? month - ((month - 1) % 3) : month;
    return this.#calendar.dayStart(daysFromCivil(year, first, 1));
  }

  /** The start of the next period after the one that contains `t`. */
  periodEnd(t: number): number {
    const type = this.#program.window.type;
    if (type === "anniversary") return this.addMonths(this.#joinedAt, 12 * (this.#membershipYear(t) + 1));
    const { year, month } = civilFromDays(this.#calendar.localDay(this.periodStart(t)));
    const months = type === "calendarYear" ? 12 : type === "calendarQuarter" ? 3 : 1;
    return this.#calendar.dayStart(daysFromCivil(year, month + months, 1));
  }

  /** The membership year (0 from joining) that contains `t`: each starts on an anniversary of joining, at the same local time. */
  #membershipYear(t: number): number {
    const joined = civilFromDays(Math.floor(this.#calendar.wallClock(this.#joinedAt) / MS_PER_DAY));
    const now = civilFromDays(Math.floor(this.#calendar.wallClock(t) / MS_PER_DAY));
    let years = Math.max(0, now.year - joined.year);
    while (years > 0 && this.addMonths(this.#joinedAt, 12 * years) > t) years--;
    while (this.addMonths(this.#joinedAt, 12 * (years + 1)) <= t) years++;
    return years;
  }

  /** When a tier reached (or renewed) at `t` stops being valid. */
  validUntil(t: number): number {
    const validity = this.#program.validity;
    if (validity.type === "months") return this.addMonths(t, validity.months);
    const end = this.periodEnd(t);
    return validity.type === "endOfPeriod" ? end : this.periodEnd(end);
  }

  /** `t` moved by `days` local days (the same wall-clock time). */
  addDays(t: number, days: number): number {
    return this.#calendar.fromWallClock(this.#calendar.wallClock(t) + days * MS_PER_DAY);
  }

  /** `t` moved by `months` local months (the same wall-clock time; a day past the month's end clamps to it). */
  addMonths(t: number, months: number): number {
    const wall = this.#calendar.wallClock(t);
    const day = Math.floor(wall / MS_PER_DAY);
    const { year, month, day: dayOfMonth } = civilFromDays(day);
    const index = year * 12 + (month - 1) + months;
    const y = Math.floor(index / 12);
    const m = index - y * 12 + 1;
    const target = daysFromCivil(y, m, Math.min(dayOfMonth, daysInMonth(y, m)));
    return this.#calendar.fromWallClock(target * MS_PER_DAY + (wall - day * MS_PER_DAY));
  }
}
