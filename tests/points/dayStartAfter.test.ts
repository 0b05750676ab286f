import { describe, expect, it } from "vitest";
import { ZoneCalendar } from "../../src/_lib/ZoneCalendar.js";
import { dayStartAfter } from "../../src/points/dayStartAfter.js";

// Expected instants: the IANA tz database as Node's ICU reports it (Intl.DateTimeFormat,
// timeZoneName "longOffset"). Exact (milliseconds).
const DAY = 86_400_000;
const day = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;
const iso = (ms: number): string => new Date(ms).toISOString();

describe("dayStartAfter (internal)", () => {
  it("is dayStart when that midnight is still ahead", () => {
    const paris = new ZoneCalendar("Europe/Paris", "tz");
    expect(iso(dayStartAfter(paris, day("2026-10-25"), Date.parse("2026-10-24T12:00:00Z")))).toBe("2026-10-24T22:00:00.000Z");
  });

  it("takes the second midnight when the clocks fell back across it (America/St_Johns, 1987-10-25)", () => {
    // 00:01 NDT (−02:30) became 23:01 NST (−03:30) of October 24 at 02:31Z: midnight at 02:30Z and at 03:30Z.
    const stJohns = new ZoneCalendar("America/St_Johns", "tz");
    expect(iso(dayStartAfter(stJohns, day("1987-10-25"), Date.parse("1987-10-25T02:00:00Z")))).toBe("1987-10-25T02:30:00.000Z");
    expect(iso(dayStartAfter(stJohns, day("1987-10-25"), Date.parse("1987-10-25T02:35:00Z")))).toBe("1987-10-25T03:30:00.000Z");
  });

  it("takes the second midnight of a three-hour fall-back (Antarctica/Casey, 2010-03-05)", () => {
    // 02:00 +11 became 23:00 +08 of March 4 at 15:00Z: midnight at 13:00Z and at 16:00Z.
    const casey = new ZoneCalendar("Antarctica/Casey", "tz");
    expect(iso(dayStartAfter(casey, day("2010-03-05"), Date.parse("2010-03-04T15:00:00Z")))).toBe("2010-03-04T16:00:00.000Z");
  });
});
