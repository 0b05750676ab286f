import { invalidArgument } from "../_lib/invalidArgument.js";
import type { TimeUnit } from "./TimeUnit.js";

/** Days in the mean Gregorian month: 365.25 / 12. */
const DAYS_PER_MONTH = 365.25 / 12;

/**
 * The length of a {@link TimeUnit} in days: 1 for `"day"`, 7 for `"week"`, 30.4375 for `"month"`,
 * and the number itself for a number of days.
 *
 * @param unit - the time unit.
 * @param field - the option's name, for the error message (default `"timeUnit"`).
 * @returns the unit's length in days, a finite number > 0.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `field` when `unit` is neither
 *   `"day"`, `"week"`, `"month"` nor a finite number > 0.
 *
 * @example
 * ```ts
 * import { timeUnitDays } from "patronage/value";
 *
 * timeUnitDays("week"); //=> 7
 * timeUnitDays("month"); //=> 30.4375
 * timeUnitDays(30); //=> 30
 * ```
 */
export function timeUnitDays(unit: TimeUnit, field = "timeUnit"): number {
  if (unit === "day") return 1;
  if (unit === "week") return 7;
  if (unit === "month") return DAYS_PER_MONTH;
  if (typeof unit === "number" && unit > 0 && unit < Infinity) return unit;
  throw invalidArgument(field, unit, '"day", "week", "month" or a number of days > 0');
}
