import { civilFromDays, MS_PER_DAY } from "./civilDays.js";


function two(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/**
 * An instant (epoch ms) as `Date.prototype.toISOString` writes it (`2026-03-14T02:00:00.000Z`),
 * three to four times as fast: civil-date arithmetic instead of a `Date` (the ledger writes one or
 * more per command). Years outside 0000–9999 go through `toISOString` (`+010000-…`).
 *
 * @throws RangeError for a value that is not a valid instant, as `toISOString` does.
 * @internal
 */
export function formatIsoInstant(ms: number): string {
  const days = Math.floor(ms / MS_PER_DAY);
  const { year, month, day } = civilFromDays(days);
  if (!(year >= 0 && year <= 9999) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  let rest = ms - days * MS_PER_DAY;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  const y = year < 1000 ? `${year + 10000}`.slice(1) : `${year}`;
  return `${y}-${two(month)}-${two(day)}T${two(hours)}:${two(minutes)}:${two(seconds)}.${millis < 10 ? "00" : millis < 100 ? "0" : ""}${millis}Z`;
}
