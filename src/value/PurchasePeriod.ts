/**
 * How transactions merge into purchases before frequency, recency and T are counted:
 *
 * - `"day"` (the default of {@link summarizeTransactions}): all of a customer's transactions on
 *   one calendar day, in the call's `timeZone`, are one purchase, their amounts summed;
 * - `"week"`: one purchase per ISO calendar week (Monday to Sunday) in `timeZone`;
 * - `"month"`: one purchase per calendar month in `timeZone`;
 * - `"instant"`: no merging; every transaction is a purchase, even two at the same instant.
 *
 * With a calendar period, durations (recency, T) are whole numbers of periods converted to days,
 * a period being 1, 7 or 30.4375 days (the mean Gregorian month), and then to the time unit; with
 * `"instant"`, they are exact elapsed times (milliseconds / 86,400,000 days).
 */
export type PurchasePeriod = "instant" | "day" | "week" | "month";
