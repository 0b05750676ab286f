import { daysFromCivil, daysInMonth, MS_PER_DAY } from "./civilDays.js";

const MS_PER_MINUTE = 60_000;

/** The value of `n` ASCII digits of `s` from `at`, or −1 when one of them is not a digit. */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Parses an ISO-8601 date or date-time string without consulting the host's time zone: either a
 * calendar date `YYYY-MM-DD` (length 10), or `YYYY-MM-DDTHH:mm[:ss[.fraction]]` followed by `Z` or
 * an offset `±HH:mm`. Fractions beyond milliseconds are truncated.
 *
 * @returns for a date-time, the instant in milliseconds since the epoch; for a date-only string,
 *   the UTC midnight that starts that date (the caller tells the two apart by `s.length === 10`);
 *   `NaN` when `s` is not in one of these forms or names an impossible date or time.
 * @internal
 */
export function parseIsoInstant(s: string): number {
  const len = s.length;
  if (len < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return NaN;
  const day = daysFromCivil(y, mo, d);
  if (len === 10) return day * MS_PER_DAY;
  // Time of day: "THH:mm" at 10..15.
  if (len < 17 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58) return NaN;
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  if (h < 0 || h > 23 || mi < 0 || mi > 59) return NaN;
  let i = 16;
  let sec = 0;
  let ms = 0;
  if (s.charCodeAt(i) === 58) {
    sec = digits(s, i + 1, 2);
    if (sec < 0 || sec > 59) return NaN;
    i += 3;
    if (s.charCodeAt(i) === 46) {
      i++;
      const start = i;
      // Milliseconds from the first three digits, as integers; later digits are checked and dropped
      // (truncation: 23:59:59.9999 stays on its day).
      let scale = 100;
      while (i < len) {
        const c = s.charCodeAt(i) - 48;
        if (c < 0 || c > 9) break;
        ms += c * scale;
        scale = scale === 1 ? 0 : scale / 10;
        i++;
      }
      if (i === start) return NaN;
    }
  }
  let offset = 0;
  const sign = s.charCodeAt(i);
  if (sign === 90) {
    if (i + 1 !== len) return NaN;
  } else if (sign === 43 || sign === 45) {
    if (i + 6 !== len || s.charCodeAt(i + 3) !== 58) return NaN;
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offset = (sign === 43 ? 1 : -1) * (oh * 60 + om);
  } else {
    return NaN;
  }
  return day * MS_PER_DAY + ((h * 60 + mi - offset) * MS_PER_MINUTE + sec * 1000 + ms);
}
