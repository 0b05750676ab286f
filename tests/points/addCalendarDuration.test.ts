import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZoneCalendar } from "../../src/_lib/ZoneCalendar.js";
import { addCalendarDuration } from "../../src/points/addCalendarDuration.js";

// Expected instants: civil-calendar arithmetic by hand, offsets from the IANA tz database as
// Node's ICU reports them. Exact (milliseconds).
const utc = new ZoneCalendar("UTC", "tz");
const newYork = new ZoneCalendar("America/New_York", "tz");
const iso = (ms: number): string => new Date(ms).toISOString();
const add = (calendar: ZoneCalendar, at: string, years: number, months: number, days: number): string =>
  iso(addCalendarDuration(calendar, Date.parse(at), { years, months, days }));

describe("addCalendarDuration (internal)", () => {
  it("adds calendar days on the wall clock across a spring-forward (America/New_York)", () => {
    // 2026-03-07T12:00 EST + 1 day = 2026-03-08T12:00 EDT: 23 hours later, 16:00Z not 17:00Z.
    expect(add(newYork, "2026-03-07T17:00:00Z", 0, 0, 1)).toBe("2026-03-08T16:00:00.000Z");
    // … and across a fall-back: 25 hours.
    expect(add(newYork, "2026-10-31T16:00:00Z", 0, 0, 1)).toBe("2026-11-01T17:00:00.000Z");
  });

  it("clamps the day to the length of the month", () => {
    expect(add(utc, "2024-01-31T10:00:00Z", 0, 1, 0)).toBe("2024-02-29T10:00:00.000Z"); // leap year
    expect(add(utc, "2025-01-31T10:00:00Z", 0, 1, 0)).toBe("2025-02-28T10:00:00.000Z");
    expect(add(utc, "2025-08-31T10:00:00Z", 0, 6, 0)).toBe("2026-02-28T10:00:00.000Z");
    expect(add(utc, "2023-08-31T10:00:00Z", 0, 6, 0)).toBe("2024-02-29T10:00:00.000Z");
    expect(add(utc, "2025-03-31T10:00:00Z", 0, 1, 0)).toBe("2025-04-30T10:00:00.000Z");
    expect(add(utc, "2025-11-30T10:00:00Z", 0, 3, 0)).toBe("2026-02-28T10:00:00.000Z"); // across a year
  });

  it("adds years to a leap day", () => {
    expect(add(utc, "2024-02-29T08:00:00Z", 1, 0, 0)).toBe("2025-02-28T08:00:00.000Z");
    expect(add(utc, "2024-02-29T08:00:00Z", 4, 0, 0)).toBe("2028-02-29T08:00:00.000Z");
    expect(add(utc, "2096-02-29T08:00:00Z", 4, 0, 0)).toBe("2100-02-28T08:00:00.000Z"); // 2100 is not leap
  });

  it("adds years and months together, clamps once, then adds days (as Temporal and date-fns)", () => {
    expect(add(utc, "2024-02-29T00:00:00Z", 1, 1, 0)).toBe("2025-03-29T00:00:00.000Z");
    expect(add(utc, "2025-01-31T00:00:00Z", 0, 1, 1)).toBe("2025-03-01T00:00:00.000Z");
    expect(add(utc, "2025-01-31T00:00:00Z", 0, 0, 29)).toBe("2025-03-01T00:00:00.000Z");
    expect(add(utc, "2025-06-15T23:59:59.999Z", 0, 18, 0)).toBe("2026-12-15T23:59:59.999Z");
  });

  it("keeps the local time of day in the zone, not in UTC (Asia/Shanghai)", () => {
    const shanghai = new ZoneCalendar("Asia/Shanghai", "tz");
    // 2025-01-31T20:00Z is 2025-02-01 04:00 local: + 1 month is 2025-03-01 04:00 local.
    expect(add(shanghai, "2025-01-31T20:00:00Z", 0, 1, 0)).toBe("2025-02-28T20:00:00.000Z");
  });

  it("resolves a result inside a gap forward and inside a repeated hour to the earlier instant", () => {
    // 2026-03-07T02:30 EST + 1 day = 02:30 on 2026-03-08, skipped: 03:30 EDT.
    expect(add(newYork, "2026-03-07T07:30:00Z", 0, 0, 1)).toBe("2026-03-08T07:30:00.000Z");
    // 2026-10-31T01:30 EDT + 1 day = 01:30 on 2026-11-01, twice: the EDT one.
    expect(add(newYork, "2026-10-31T05:30:00Z", 0, 0, 1)).toBe("2026-11-01T05:30:00.000Z");
    // An instant in the second pass (01:30 EST) + 0 days is the first pass: wall-clock semantics.
    expect(add(newYork, "2026-11-01T06:30:00Z", 0, 0, 0)).toBe("2026-11-01T05:30:00.000Z");
  });

  it("is not monotonic in the instant (wall-clock semantics): the documented counterexamples", () => {
    // Clamping: a later instant can land earlier on the same clamped day.
    expect(add(utc, "2025-01-30T10:00:00Z", 0, 1, 0)).toBe("2025-02-28T10:00:00.000Z");
    expect(add(utc, "2025-01-31T09:00:00Z", 0, 1, 0)).toBe("2025-02-28T09:00:00.000Z");
    // A target in a gap is pushed past it, beyond the target of a later instant.
    expect(add(newYork, "2026-03-07T07:30:00Z", 0, 0, 1)).toBe("2026-03-08T07:30:00.000Z"); // 02:30 EST →
    expect(add(newYork, "2026-03-07T08:10:00Z", 0, 0, 1)).toBe("2026-03-08T07:10:00.000Z"); // 03:10 EST →
    // An instant in the second pass of a repeated hour reads earlier than one in the first pass.
    expect(add(newYork, "2026-11-01T05:45:00Z", 0, 0, 1)).toBe("2026-11-02T06:45:00.000Z"); // 01:45 EDT →
    expect(add(newYork, "2026-11-01T06:10:00Z", 0, 0, 1)).toBe("2026-11-02T06:10:00.000Z"); // 01:10 EST →
  });

  it("keeps the local date non-decreasing and the instant within two days of monotonic (property)", () => {
    const zones = ["UTC", "America/New_York", "America/Santiago", "Europe/Paris", "Australia/Lord_Howe", "Pacific/Apia", "Asia/Shanghai"].map(
      (zone) => new ZoneCalendar(zone, "tz"),
    );
    const instant = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) });
    const duration = fc.record({
      years: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100 })),
      months: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_200 })),
      days: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 36_600 })),
    });
    const gap = fc.oneof(fc.integer({ min: 0, max: 3 * 3_600_000 }), fc.integer({ min: 0, max: 40 * 86_400_000 }));
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, gap, duration, (calendar, t1, dt, d) => {
        const t2 = t1 + dt;
        const r1 = addCalendarDuration(calendar, t1, d);
        const r2 = addCalendarDuration(calendar, t2, d);
        const positive = d.years + d.months + d.days > 0;
        return (
          calendar.localDay(r2) >= calendar.localDay(r1) &&
          r2 > r1 - 2 * 86_400_000 &&
          (!positive || r1 > t1) &&
          // UTC, days only: exactly n × 24 h.
          (calendar.utc && d.years === 0 && d.months === 0 ? r1 === t1 + d.days * 86_400_000 : true)
        );
      }),
      { seed: 5_2026, numRuns: 20_000 },
    );
  });
});
