import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZoneCalendar } from "../../src/_lib/ZoneCalendar.js";
import { periodKey } from "../../src/points/periodKey.js";

const utc = new ZoneCalendar("UTC", "tz");
const shanghai = new ZoneCalendar("Asia/Shanghai", "tz");

describe("periodKey", () => {
  it.each([
    ["day", "2026-03-14"],
    ["week", "2026-W11"],
    ["month", "2026-03"],
    ["quarter", "2026-Q1"],
    ["year", "2026"],
    ["lifetime", "lifetime"],
  ] as const)("gives the %s key", (period, key) => {
    expect(periodKey(utc, Date.UTC(2026, 2, 14, 12), period)).toBe(key);
  });

  it.each([
    [Date.UTC(2027, 0, 1), "2026-W53"],
    [Date.UTC(2027, 0, 3), "2026-W53"],
    [Date.UTC(2027, 0, 4), "2027-W01"],
    [Date.UTC(2024, 11, 30), "2025-W01"],
    [Date.UTC(2026, 0, 1), "2026-W01"],
    [Date.UTC(2020, 11, 31), "2020-W53"],
    [Date.UTC(2021, 0, 3), "2020-W53"],
  ])("numbers ISO weeks in the week-numbering year (%s → %s)", (ms, key) => {
    expect(periodKey(utc, ms, "week")).toBe(key);
  });

  it("reads the local day of the programme zone", () => {
    // 2026-03-31T17:00Z is 2026-04-01 01:00 in Shanghai: a new day, month, quarter.
    const ms = Date.UTC(2026, 2, 31, 17);
    expect(periodKey(shanghai, ms, "day")).toBe("2026-04-01");
    expect(periodKey(shanghai, ms, "quarter")).toBe("2026-Q2");
    expect(periodKey(utc, ms, "quarter")).toBe("2026-Q1");
    expect(periodKey(shanghai, Date.UTC(2026, 11, 31, 16), "year")).toBe("2027");
  });

  it("agrees with Date's UTC fields and a Thursday-based ISO week (law)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        const d = new Date(ms);
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth() + 1;
        const day = periodKey(utc, ms, "day");
        const thursday = new Date(Date.UTC(y, d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3));
        const ty = thursday.getUTCFullYear();
        const week = Math.floor((thursday.getTime() - Date.UTC(ty, 0, 1)) / 86_400_000 / 7) + 1;
        return (
          day === d.toISOString().slice(0, 10) &&
          periodKey(utc, ms, "month") === `${y}-${String(m).padStart(2, "0")}` &&
          periodKey(utc, ms, "week") === `${ty}-W${String(week).padStart(2, "0")}`
        );
      }),
      { seed: 20261122 },
    );
  });
});
