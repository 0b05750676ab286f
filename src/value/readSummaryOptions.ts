import { invalidArgument } from "../_lib/invalidArgument.js";
import { parseIsoInstant } from "../_lib/parseIsoInstant.js";
import type { PurchasePeriod } from "./PurchasePeriod.js";
import type { SummarizeTransactionsOptions } from "./summarizeTransactions.js";
import { timeUnitDays } from "./timeUnitDays.js";
import { civilFromDays, MS_PER_DAY } from "../_lib/civilDays.js";
import { ZoneCalendar } from "../_lib/ZoneCalendar.js";

const DAYS_PER_MONTH = 365.25 / 12;
const END_EXPECTED = 'a valid Date or an ISO-8601 string such as "1997-09-30" or "1997-09-30T23:59:59Z"';

/** The end of a window (calibration or observation), resolved. @internal */
export interface WindowEnd {
  /** The last millisecond included: transactions with `at ≤ lastMs` are inside. */
  readonly lastMs: number;
  /** The instant durations run to in `"instant"` mode (the closing midnight for a date-only string). */
  readonly instant: number;
  /** The purchase period that contains `lastMs` (unused in `"instant"` mode). */
  readonly period: number;
}

/** Options of {@link summarizeTransactions} and {@link calibrationHoldout}, validated. @internal */
export interface SummaryOptions {
  readonly purchasePeriod: PurchasePeriod;
  readonly calendar: ZoneCalendar;
  /** Days per purchase period (unused for `"instant"`, whose periods are milliseconds). */
  readonly periodDays: number;
  /** Days per time unit. */
  readonly unitDays: number;
  readonly decimals: number | null;
  readonly monetaryValue: "repeatMean" | "mean" | "total";
  readonly observationEnd: WindowEnd;
}

/** The purchase period (an integer index) of civil day `day`. @internal */
export function periodOfDay(day: number, period: PurchasePeriod): number {
  if (period === "day") return day;
  if (period === "week") return Math.floor((day + 3) / 7); // ISO weeks: 1969-12-29 (Monday) starts week 0
  const { year, month } = civilFromDays(day);
  return year * 12 + month - 1;
}

/** Reads a window end given as a `Date` or an ISO-8601 string. @internal */
export function readWindowEnd(value: unknown, field: string, o: Omit<SummaryOptions, "observationEnd">): WindowEnd {
  let lastMs: number;
  let instant: number;
  if (value instanceof Date) {
    lastMs = instant = value.getTime();
  } else if (typeof value === "string") {
    const ms = parseIsoInstant(value);
    if (value.length === 10 && ms === ms) {
      // A calendar date: the whole day, in the time zone, is observed.
      instant = o.calendar.dayStart(ms / MS_PER_DAY + 1);
      lastMs = instant - 1;
    } else {
      lastMs = instant = ms;
    }
  } else {
    throw invalidArgument(field, value, END_EXPECTED);
  }
  if (!(lastMs === lastMs)) throw invalidArgument(field, value, END_EXPECTED);
  const period = o.purchasePeriod === "instant" ? lastMs : periodOfDay(o.calendar.localDay(lastMs), o.purchasePeriod);
  return { lastMs, instant, period };
}

/** Validates the options shared by the summary functions (everything but `calibrationEnd`). @internal */
export function readSummaryOptions(options: unknown): SummaryOptions {
  if (typeof options !== "object" || options === null) {
    throw invalidArgument("options", options, "an object with observationEnd");
  }
  const raw = options as SummarizeTransactionsOptions;
  const unitDays = timeUnitDays(raw.timeUnit ?? "day", "options.timeUnit");
  const purchasePeriod = raw.purchasePeriod ?? "day";
  if (purchasePeriod !== "day" && purchasePeriod !== "week" && purchasePeriod !== "month" && purchasePeriod !== "instant") {
    throw invalidArgument("options.purchasePeriod", purchasePeriod, '"instant", "day", "week" or "month"');
  }
  const calendar = new ZoneCalendar(raw.timeZone ?? "UTC", "options.timeZone");
  const decimals = raw.decimals ?? null;
  if (decimals !== null && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 15)) {
    throw invalidArgument("options.decimals", decimals, "an integer from 0 to 15");
  }
  const monetaryValue = raw.monetaryValue ?? "repeatMean";
  if (monetaryValue !== "repeatMean" && monetaryValue !== "mean" && monetaryValue !== "total") {
    throw invalidArgument("options.monetaryValue", monetaryValue, '"repeatMean", "mean" or "total"');
  }
  const periodDays =
    purchasePeriod === "day" ? 1 : purchasePeriod === "week" ? 7 : purchasePeriod === "month" ? DAYS_PER_MONTH : 0;
  const base = { purchasePeriod, calendar, periodDays, unitDays, decimals, monetaryValue };
  return { ...base, observationEnd: readWindowEnd(raw.observationEnd, "options.observationEnd", base) };
}

/** `x` rounded to `decimals` places (of its exact binary value), or `x` when `decimals` is null. @internal */
export function roundTo(x: number, decimals: number | null): number {
  return decimals === null ? x : Number(x.toFixed(decimals));
}

/**
 * The duration from period `from` to period `to` (milliseconds in `"instant"` mode), in time
 * units, rounded as asked. @internal
 */
export function duration(from: number, to: number, o: SummaryOptions): number {
  const days = o.purchasePeriod === "instant" ? (to - from) / MS_PER_DAY : (to - from) * o.periodDays;
  return roundTo(days / o.unitDays, o.decimals);
}
