import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZoneCalendar } from "../../src/_lib/ZoneCalendar.js";
import { lockEndsAt } from "../../src/points/lockEndsAt.js";

// Expected instants: civil-calendar arithmetic by hand, offsets from the IANA tz database as
// Node's ICU reports them. Exact (milliseconds).
const ny = new ZoneCalendar("America/New_York", "tz");
const iso = (ms: number): string => new Date(ms).toISOString();
const at = Date.parse;
const EARNED = at("2026-03-07T17:00:00Z"); // 12:00 EST, the day before the spring-forward

describe("lockEndsAt (internal)", () => {
  it("locks for calendar days on the wall clock (America/New_York)", () => {
    expect(iso(lockEndsAt(ny, { days: 7, roundTo: "none" }, EARNED, undefined))).toBe("2026-03-14T16:00:00.000Z"); // 12:00 EDT
    expect(iso(lockEndsAt(ny, { days: 7, roundTo: "endOfDay" }, EARNED, undefined))).toBe("2026-03-15T04:00:00.000Z");
    expect(iso(lockEndsAt(ny, { days: 0, roundTo: "endOfDay" }, EARNED, undefined))).toBe("2026-03-08T05:00:00.000Z");
  });

  it("is earnedAt itself for no lock, even in the second pass of a repeated hour", () => {
    expect(lockEndsAt(ny, { days: 0, roundTo: "none" }, EARNED, undefined)).toBe(EARNED);
    const secondPass = at("2026-11-01T06:30:00Z"); // 01:30 EST (01:30 EDT was 05:30Z)
    expect(lockEndsAt(ny, { days: 0, roundTo: "none" }, secondPass, undefined)).toBe(secondPass);
  });

  it("ends an endOfDay lock after earnedAt across a fall-back over midnight (America/St_Johns, 1987)", () => {
    const stJohns = new ZoneCalendar("America/St_Johns", "tz");
    const secondPass = at("1987-10-25T02:35:00Z"); // 23:05 NST on the 24th, after 00:00 NDT on the 25th
    expect(iso(lockEndsAt(stJohns, { days: 0, roundTo: "endOfDay" }, secondPass, undefined))).toBe("1987-10-25T03:30:00.000Z");
  });

  it("waits for a return window that ends later, and ignores one that ends earlier", () => {
    const lock = { days: 7, roundTo: "none" } as const;
    expect(iso(lockEndsAt(ny, lock, EARNED, at("2026-04-01T00:00:00Z")))).toBe("2026-04-01T00:00:00.000Z");
    expect(iso(lockEndsAt(ny, lock, EARNED, at("2026-03-10T00:00:00Z")))).toBe("2026-03-14T16:00:00.000Z");
    expect(iso(lockEndsAt(ny, { days: 0, roundTo: "none" }, EARNED, at("2026-03-10T00:00:00Z")))).toBe("2026-03-10T00:00:00.000Z");
    expect(lockEndsAt(ny, { days: 0, roundTo: "none" }, EARNED, EARNED - 1)).toBe(EARNED);
  });

  it("never ends before earnedAt nor before the return window (property, seeded, several zones)", () => {
    const zones = ["UTC", "America/New_York", "America/Santiago", "Europe/Paris", "Australia/Lord_Howe", "Pacific/Apia", "Asia/Shanghai"].map(
      (zone) => new ZoneCalendar(zone, "tz"),
    );
    const instant = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) });
    const lock = fc.record({
      days: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3_660 })),
      roundTo: fc.constantFrom("none" as const, "endOfDay" as const),
    });
    const window = fc.option(fc.integer({ min: -30 * 86_400_000, max: 60 * 86_400_000 }), { nil: undefined });
    fc.assert(
      fc.property(fc.constantFrom(...zones), lock, instant, window, (calendar, l, t, w) => {
        const ends = lockEndsAt(calendar, l, t, w === undefined ? undefined : t + w);
        const pure = lockEndsAt(calendar, l, t, undefined);
        return ends >= t && (w === undefined || ends >= t + w) && ends === Math.max(pure, w === undefined ? -Infinity : t + w) && (l.days === 0 || pure > t);
      }),
      { seed: 77, numRuns: 20_000 },
    );
  });
});
