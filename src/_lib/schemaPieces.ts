import { z } from "zod";
import { Decimal } from "./Decimal.js";
import { parseIsoInstant } from "./parseIsoInstant.js";
import { PLAIN_DECIMAL } from "./toDecimal.js";

export const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_POINTS = Number.MAX_SAFE_INTEGER;

/** Whether the host's Intl knows `name` as a time zone. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An exact decimal: a plain-notation string or a finite number, kept as its canonical string. */
export const decimal = /* @__PURE__ */ z
  .union([
    z.string().regex(PLAIN_DECIMAL, 'expected a decimal string in plain notation such as "15" or "0.5"'),
    z.number().refine(Number.isFinite, "expected a finite number"),
  ])
  .transform((value) => new Decimal(value).toFixed());
export const positiveDecimal = /* @__PURE__ */ decimal.refine((value) => new Decimal(value).gt(0), "expected a decimal > 0");
export const nonNegativeDecimal = /* @__PURE__ */ decimal.refine((value) => new Decimal(value).gte(0), "expected a decimal ≥ 0");
export const identifier = /* @__PURE__ */ z.string().min(1).max(200);
export const points = /* @__PURE__ */ z.int().min(1).max(MAX_POINTS);
export const count = (min: number, max: number) => z.int().min(min).max(max);
/** An instant (a `Date` or an ISO-8601 date-time with an offset) or a calendar date `YYYY-MM-DD` in the programme's zone. */
export const dateLike = /* @__PURE__ */ z
  .union([z.date(), z.string()])
  .refine(
    (value) =>
      value instanceof Date ? !Number.isNaN(value.getTime()) : !Number.isNaN(parseIsoInstant(value)) && (CALENDAR_DATE.test(value) || value.length > 10),
    'expected a Date, an ISO-8601 date-time with an offset, or a calendar date "YYYY-MM-DD"',
  )
  .transform((value) => (value instanceof Date ? value.toISOString() : value));

