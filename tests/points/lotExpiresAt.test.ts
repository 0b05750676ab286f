import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilFromDays } from "../../src/_lib/civilDays.js";
import { ZoneCalendar } from "../../src/_lib/ZoneCalendar.js";
import { lotExpiresAt } from "../../src/points/lotExpiresAt.js";
import type { ExpiryPolicy } from "../../src/points/PointsProgram.js";

// Expected instants: civil-calendar arithmetic by hand, offsets from the IANA tz database as
// Node's ICU reports them; the Starbucks case from the Starbucks Rewards Terms of Use ("if you earn
// Stars on December 15, 2020, they will expire on July 1, 2021"). Exact (milliseconds).
const DAY = 86_400_000;
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const zone = (name: string): ZoneCalendar => new ZoneCalendar(name, "tz");
const expires = (calendar: ZoneCalendar, policy: ExpiryPolicy, at: string): string | null => iso(lotExpiresAt(calendar, policy, Date.parse(at)));
const after = (days: number, months: number, years: number, roundTo: "none" | "endOfDay" | "endOfMonth" | "endOfYear" = "none"): ExpiryPolicy => ({
  type: "after",
  days,
  months,
  years,
  roundTo,
});

describe("lotExpiresAt (internal)", () => {
  it("never expires a lot under never and inactivity", () => {
    expect(lotExpiresAt(zone("UTC"), { type: "never" }, 0)).toBeNull();
    expect(lotExpiresAt(zone("UTC"), { type: "inactivity", days: 0, months: 18, years: 0 }, 0)).toBeNull();
  });

  it("expires Starbucks stars on the 1st of the 7th month after the earn month (America/Los_Angeles)", () => {
    const starbucks: ExpiryPolicy = { type: "monthsAfterEarnMonth", months: 6 };
    // 2020-12-15T18:00Z is 10:00 PST on December 15: gone at 2021-07-01 00:00 PDT.
    expect(expires(zone("America/Los_Angeles"), starbucks, "2020-12-15T18:00:00Z")).toBe("2021-07-01T07:00:00.000Z");
    // The first and last instants of the local earn month give the same expiry.
    expect(expires(zone("America/Los_Angeles"), starbucks, "2020-12-01T08:00:00Z")).toBe("2021-07-01T07:00:00.000Z");
    expect(expires(zone("America/Los_Angeles"), starbucks, "2021-01-01T07:59:59.999Z")).toBe("2021-07-01T07:00:00.000Z");
    expect(expires(zone("America/Los_Angeles"), starbucks, "2021-01-01T08:00:00Z")).toBe("2021-08-01T07:00:00.000Z");
    // months 0: at the end of the earn month.
    expect(expires(zone("America/Los_Angeles"), { type: "monthsAfterEarnMonth", months: 0 }, "2020-12-15T18:00:00Z")).toBe("2021-01-01T08:00:00.000Z");
  });

  it("reads the earn month in the programme's zone (Asia/Shanghai)", () => {
    const starbucks: ExpiryPolicy = { type: "monthsAfterEarnMonth", months: 6 };
    expect(expires(zone("Asia/Shanghai"), starbucks, "2020-12-15T18:00:00Z")).toBe("2021-06-30T16:00:00.000Z");
    // 2020-12-31T17:00Z is already January 2021 in Shanghai: a month later than in UTC.
    expect(expires(zone("Asia/Shanghai"), starbucks, "2020-12-31T17:00:00Z")).toBe("2021-07-31T16:00:00.000Z");
    expect(expires(zone("UTC"), starbucks, "2020-12-31T17:00:00Z")).toBe("2021-07-01T00:00:00.000Z");
  });

  it("expires after calendar days across a spring-forward (America/New_York)", () => {
    // Earned 2026-03-07T12:00 EST; 1 day later is 2026-03-08T12:00 EDT = 16:00Z, not 17:00Z.
    expect(expires(zone("America/New_York"), after(1, 0, 0), "2026-03-07T17:00:00Z")).toBe("2026-03-08T16:00:00.000Z");
  });

  it("rounds to the end of the day, month or year, in the zone", () => {
    const ny = zone("America/New_York");
    expect(expires(ny, after(1, 0, 0, "none"), "2026-03-07T17:00:00Z")).toBe("2026-03-08T16:00:00.000Z");
    expect(expires(ny, after(1, 0, 0, "endOfDay"), "2026-03-07T17:00:00Z")).toBe("2026-03-09T04:00:00.000Z");
    expect(expires(ny, after(1, 0, 0, "endOfMonth"), "2026-03-07T17:00:00Z")).toBe("2026-04-01T04:00:00.000Z");
    expect(expires(ny, after(1, 0, 0, "endOfYear"), "2026-03-07T17:00:00Z")).toBe("2027-01-01T05:00:00.000Z");
    // Rounding alone (a zero duration with a roundTo, which the schema allows).
    expect(expires(ny, after(0, 0, 0, "endOfDay"), "2026-03-07T17:00:00Z")).toBe("2026-03-08T05:00:00.000Z");
    // A result at local midnight still moves to the next day, month or year.
    expect(expires(ny, after(1, 0, 0, "endOfDay"), "2026-03-07T05:00:00Z")).toBe("2026-03-09T04:00:00.000Z");
    expect(expires(ny, after(0, 1, 0, "endOfMonth"), "2026-02-01T05:00:00Z")).toBe("2026-04-01T04:00:00.000Z");
    expect(expires(ny, after(0, 0, 1, "endOfYear"), "2026-01-01T05:00:00Z")).toBe("2028-01-01T05:00:00.000Z");
    // December rolls the month into the next year.
    expect(expires(ny, after(0, 12, 0, "endOfMonth"), "2025-12-10T17:00:00Z")).toBe("2027-01-01T05:00:00.000Z");
  });

  it("ends a day whose midnight is skipped at the end of the gap (America/Santiago, 2022-09-11)", () => {
    // 2022-09-11 00:00 −04 became 01:00 −03 at 04:00Z.
    expect(expires(zone("America/Santiago"), after(0, 0, 0, "endOfDay"), "2022-09-10T15:00:00Z")).toBe("2022-09-11T04:00:00.000Z");
  });

  it("rounds an instant in the second pass of a fall-back across midnight to the second midnight (America/St_Johns, 1987)", () => {
    // 1987-10-25 00:01 NDT became 23:01 NST of October 24 at 02:31Z; 02:35Z reads 23:05 on the 24th.
    const stJohns = zone("America/St_Johns");
    expect(expires(stJohns, after(0, 0, 0, "endOfDay"), "1987-10-25T02:35:00Z")).toBe("1987-10-25T03:30:00.000Z");
    expect(expires(stJohns, after(0, 0, 0, "endOfDay"), "1987-10-25T02:00:00Z")).toBe("1987-10-25T02:30:00.000Z");
    // Not monotonic there: 00:00:30 NDT (first pass, the 25th) rounds to the end of the 25th.
    expect(expires(stJohns, after(0, 0, 0, "endOfDay"), "1987-10-25T02:30:30Z")).toBe("1987-10-26T03:30:00.000Z");
  });

  it("clamps month ends and leap days", () => {
    const utc = zone("UTC");
    expect(expires(utc, after(0, 1, 0), "2024-01-31T12:00:00Z")).toBe("2024-02-29T12:00:00.000Z");
    expect(expires(utc, after(0, 1, 0), "2025-01-31T12:00:00Z")).toBe("2025-02-28T12:00:00.000Z");
    expect(expires(utc, after(0, 6, 0), "2025-08-31T12:00:00Z")).toBe("2026-02-28T12:00:00.000Z");
    expect(expires(utc, after(0, 0, 1), "2024-02-29T12:00:00Z")).toBe("2025-02-28T12:00:00.000Z");
    expect(expires(utc, after(0, 0, 4), "2024-02-29T12:00:00Z")).toBe("2028-02-29T12:00:00.000Z");
  });

  it("expires endOfYear lots at the start of local year earn year + years (Asia/Shanghai)", () => {
    const shanghai = zone("Asia/Shanghai");
    // 2026-12-31T17:00Z is 2027-01-01 01:00 in Shanghai: the end of 2027, not of 2026.
    expect(expires(shanghai, { type: "endOfYear", years: 1 }, "2026-12-31T17:00:00Z")).toBe("2027-12-31T16:00:00.000Z");
    expect(expires(shanghai, { type: "endOfYear", years: 1 }, "2026-12-31T15:59:59.999Z")).toBe("2026-12-31T16:00:00.000Z");
    expect(expires(shanghai, { type: "endOfYear", years: 2 }, "2026-06-15T00:00:00Z")).toBe("2027-12-31T16:00:00.000Z");
    expect(expires(shanghai, after(0, 0, 0, "endOfYear"), "2026-12-31T17:00:00Z")).toBe("2027-12-31T16:00:00.000Z");
  });

  describe("properties (seeded, several zones)", () => {
    const zones = ["UTC", "America/New_York", "America/Los_Angeles", "America/Santiago", "Europe/Paris", "Australia/Lord_Howe", "Pacific/Apia", "Asia/Shanghai"].map(zone);
    const instant = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) });
    const small = (max: number) => fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max }));
    const afterPolicy = fc
      .record({ days: small(36_600), months: small(1_200), years: small(100), roundTo: fc.constantFrom("none", "endOfDay", "endOfMonth", "endOfYear") })
      .filter((p) => p.days + p.months + p.years > 0 || p.roundTo !== "none")
      .map((p): ExpiryPolicy => ({ type: "after", ...p }));
    const policy = fc.oneof(
      afterPolicy,
      small(1_200).map((months): ExpiryPolicy => ({ type: "monthsAfterEarnMonth", months })),
      fc.integer({ min: 1, max: 100 }).map((years): ExpiryPolicy => ({ type: "endOfYear", years })),
    );
    const step = fc.oneof(fc.integer({ min: 0, max: 3 * 3_600_000 }), fc.integer({ min: 0, max: 400 * DAY }));

    it("expires strictly after the earn instant", () => {
      fc.assert(
        fc.property(fc.constantFrom(...zones), policy, instant, (calendar, p, t) => (lotExpiresAt(calendar, p, t) as number) > t),
        { seed: 1_215, numRuns: 20_000 },
      );
    });

    it("is non-decreasing in earnedAt for rounded policies; within two days of it for roundTo none", () => {
      fc.assert(
        fc.property(fc.constantFrom(...zones), policy, instant, step, (calendar, p, t1, dt) => {
          const e1 = lotExpiresAt(calendar, p, t1) as number;
          const e2 = lotExpiresAt(calendar, p, t1 + dt) as number;
          return p.type === "after" && p.roundTo === "none" ? e2 > e1 - 2 * DAY : e2 >= e1;
        }),
        { seed: 2_020, numRuns: 20_000 },
      );
    });

    it("puts monthsAfterEarnMonth and endOfYear expiries at a local midnight on the 1st", () => {
      const boundary = fc.oneof(
        small(1_200).map((months): ExpiryPolicy => ({ type: "monthsAfterEarnMonth", months })),
        fc.integer({ min: 1, max: 100 }).map((years): ExpiryPolicy => ({ type: "endOfYear", years })),
      );
      fc.assert(
        fc.property(fc.constantFrom(...zones), boundary, instant, (calendar, p, t) => {
          const e = lotExpiresAt(calendar, p, t) as number;
          const day = calendar.localDay(e);
          const date = civilFromDays(day);
          const midnight = calendar.wallClock(e) % DAY === 0 || calendar.offset(e - 1) !== calendar.offset(e); // or the end of a gap over midnight
          return date.day === 1 && (p.type !== "endOfYear" || date.month === 1) && midnight && e === calendar.dayStart(day) && calendar.localDay(e - 1) < day;
        }),
        { seed: 6, numRuns: 20_000 },
      );
    });
  });
});
