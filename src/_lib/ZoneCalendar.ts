import { MS_PER_DAY } from "./civilDays.js";
import { invalidArgument } from "./invalidArgument.js";

const MS_PER_HOUR = 3_600_000;
/** Slots of the daily offset cache (a power of two): 4,096 days, about 11 years. */
const DAY_SLOTS = 4096;

/** One formatter per time zone name, shared by every call (constructing one costs ~50 µs). */
const formatters = /* @__PURE__ */ new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string, field: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        era: "short",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch (error) {
      throw invalidArgument(field, timeZone, 'an IANA time zone name such as "Europe/Paris" or "UTC"');
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Civil days of instants in one IANA time zone. `"UTC"` takes a fast path (`floor(ms / day)`);
 * another zone reads its UTC offset through `Intl.DateTimeFormat`, cached per UTC day in a
 * direct-mapped table of typed arrays; a day with an offset change is resolved per hour, and the
 * hour of the change instant by instant (a day or hour is taken as constant when its first and
 * last millisecond have the same offset: zones change at most once a day). So a million instants
 * over two years cost about 1,500 `Intl` calls.
 *
 * @internal
 */
export class ZoneCalendar {
  /** Whether the zone is `"UTC"` (the fast path). */
  readonly utc: boolean;
  readonly #formatter: Intl.DateTimeFormat | undefined;
  /** Direct-mapped cache of daily offsets: slot `day & (DAY_SLOTS − 1)` holds `day` and its offset (NaN: it changes that day). */
  readonly #dayTags = new Float64Array(DAY_SLOTS).fill(Number.NaN);
  readonly #dayOffsets = new Float64Array(DAY_SLOTS);
  /** Offsets per UTC hour on the days with a change; an hour with a change itself holds NaN. */
  readonly #hourOffsets = new Map<number, number>();
  readonly #dayStarts = new Map<number, number>();

  /** @param timeZone - an IANA name; `field` names the option in errors. */
  constructor(timeZone: unknown, field: string) {
    if (typeof timeZone !== "string" || timeZone.length === 0) {
      throw invalidArgument(field, timeZone, 'an IANA time zone name such as "Europe/Paris" or "UTC"');
    }
    this.utc = timeZone === "UTC";
    this.#formatter = this.utc ? undefined : formatterFor(timeZone, field);
  }

  /** The zone's UTC offset at instant `ms`, in milliseconds (local = UTC + offset). */
  offset(ms: number): number {
    if (this.#formatter === undefined) return 0;
    const day = Math.floor(ms / MS_PER_DAY);
    const slot = day & (DAY_SLOTS - 1);
    let cached: number;
    if (this.#dayTags[slot] === day) {
      cached = this.#dayOffsets[slot] as number;
    } else {
      cached = this.#constantOffset(day * MS_PER_DAY, MS_PER_DAY);
      this.#dayTags[slot] = day;
      this.#dayOffsets[slot] = cached;
    }
    if (cached === cached) return cached;
    // A day with an offset change: per hour, then per instant within the hour of the change.
    const hour = Math.floor(ms / MS_PER_HOUR);
    let hourly = this.#hourOffsets.get(hour);
    if (hourly === undefined) {
      hourly = this.#constantOffset(hour * MS_PER_HOUR, MS_PER_HOUR);
      this.#hourOffsets.set(hour, hourly);
    }
    return hourly === hourly ? hourly : this.#exactOffset(ms);
  }

  /** The offset over [start, start + span) when it is the same at both ends, NaN otherwise. */
  #constantOffset(start: number, span: number): number {
    const a = this.#exactOffset(start);
    return a === this.#exactOffset(start + span - 1) ? a : Number.NaN;
  }

  /**
   * The wall-clock reading of instant `ms` in this zone, as milliseconds since 1970-01-01T00:00 of
   * the local calendar (`floor(wallClock / day)` is the civil day, the rest the time of day).
   */
  wallClock(ms: number): number {
    return this.#formatter === undefined ? ms : ms + this.offset(ms);
  }

  /** The civil day (days since 1970-01-01) that contains instant `ms` in this zone. */
  localDay(ms: number): number {
    return this.#formatter === undefined
      ? Math.floor(ms / MS_PER_DAY)
      : Math.floor((ms + this.offset(ms)) / MS_PER_DAY);
  }

  /**
   * The instant whose wall-clock reading in this zone is `wall` (milliseconds since
   * 1970-01-01T00:00 of the local calendar): the inverse of {@link ZoneCalendar.wallClock}, with
   * the "compatible" disambiguation of Temporal and date-fns-tz. When the reading occurs twice
   * (the clocks fall back) it is the earlier instant; when it is skipped (the clocks spring
   * forward) the reading is taken with the offset before the gap, so it lands after the gap by
   * as much as it lay inside it (02:30 in a one-hour gap → 03:30 of the new offset). The
   * candidates are the offsets a day before and a day after the reading (zones change at most
   * once in that window), read through the cached {@link ZoneCalendar.offset}.
   */
  fromWallClock(wall: number): number {
    if (this.#formatter === undefined) return wall;
    const before = wall - this.offset(wall - MS_PER_DAY);
    const after = wall - this.offset(wall + MS_PER_DAY);
    if (before === after) return before; // no change near the reading (or a gap that is no gap)
    const first = Math.min(before, after);
    if (first + this.offset(first) === wall) return first;
    const second = Math.max(before, after);
    if (second + this.offset(second) === wall) return second;
    return before; // skipped: the reading with the offset before the gap
  }

  /**
   * The first instant of civil day `day` in this zone: {@link ZoneCalendar.fromWallClock} of its
   * local midnight, so the earlier one when midnight occurs twice and, when the clocks skip
   * midnight, midnight read with the offset before the gap (the end of the gap when it starts at
   * midnight, as it does in practice). Cached per day.
   */
  dayStart(day: number): number {
    if (this.#formatter === undefined) return day * MS_PER_DAY;
    let start = this.#dayStarts.get(day);
    if (start === undefined) {
      start = this.fromWallClock(day * MS_PER_DAY);
      this.#dayStarts.set(day, start);
    }
    return start;
  }

  #exactOffset(ms: number): number {
    const parts = (this.#formatter as Intl.DateTimeFormat).formatToParts(ms);
    let era = "AD";
    let y = 0;
    let mo = 0;
    let d = 0;
    let h = 0;
    let mi = 0;
    let s = 0;
    for (const part of parts) {
      switch (part.type) {
        case "era":
          era = part.value;
          break;
        case "year":
          y = Number(part.value);
          break;
        case "month":
          mo = Number(part.value);
          break;
        case "day":
          d = Number(part.value);
          break;
        case "hour":
          h = Number(part.value);
          break;
        case "minute":
          mi = Number(part.value);
          break;
        case "second":
          s = Number(part.value);
          break;
        default:
          break;
      }
    }
    if (era === "BC" || era === "B") y = 1 - y;
    const wall = new Date(0);
    wall.setUTCFullYear(y, mo - 1, d);
    wall.setUTCHours(h, mi, s, 0);
    return wall.getTime() - Math.floor(ms / 1000) * 1000;
  }
}
