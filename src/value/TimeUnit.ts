/**
 * A unit of model time: `"day"`, `"week"` (7 days), `"month"` (365.25 / 12 = 30.4375 days, the
 * mean Gregorian month), or a number of days per unit (a finite number > 0; `30` gives the
 * 30-day month of lifetimes, `365.25` a year).
 *
 * Recency, T, model parameters fitted on them, horizons and discount periods are all counted in a
 * unit like this one; functions that mix two of them take each unit as a separate, required
 * option, so a day/week/month mix-up is never silent.
 */
export type TimeUnit = "day" | "week" | "month" | number;
