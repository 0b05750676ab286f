import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIsoInstant } from "../../src/_lib/parseIsoInstant.js";
import { ZoneCalendar } from "../../src/_lib/ZoneCalendar.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

const HOUR = 3_600_000;
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString();

// Expected offsets and day starts: the IANA tz database (2024 rules), as Node's ICU reports them.
describe("ZoneCalendar (internal)", () => {
  it("takes the fast path for UTC", () => {
    const utc = new ZoneCalendar("UTC", "tz");
    expect(utc.utc).toBe(true);
    expect(utc.offset(123)).toBe(0);
    expect(utc.localDay(-1)).toBe(-1);
    expect(utc.dayStart(day("2024-03-31"))).toBe(Date.parse("2024-03-31T00:00:00Z"));
  });

  it("reads offsets around a daylight-saving change (Europe/Paris, 2024-03-31 01:00Z)", () => {
    const paris = new ZoneCalendar("Europe/Paris", "tz");
    expect(paris.utc).toBe(false);
    expect(paris.offset(Date.parse("2024-03-31T00:59:59.999Z"))).toBe(HOUR);
    expect(paris.offset(Date.parse("2024-03-31T01:00:00Z"))).toBe(2 * HOUR);
    expect(iso(paris.dayStart(day("2024-03-31")))).toBe("2024-03-30T23:00:00.000Z");
    expect(iso(paris.dayStart(day("2024-10-27")))).toBe("2024-10-26T22:00:00.000Z");
    expect(paris.localDay(Date.parse("2024-03-30T23:00:00Z"))).toBe(day("2024-03-31"));
    expect(paris.localDay(Date.parse("2024-03-30T22:59:59.999Z"))).toBe(day("2024-03-30"));
  });

  it("resolves an hour containing a change instant by instant (Australia/Lord_Howe, 2024-10-05 15:30Z)", () => {
    const lordHowe = new ZoneCalendar("Australia/Lord_Howe", "tz");
    expect(lordHowe.offset(Date.parse("2024-10-05T15:29:59Z"))).toBe(10.5 * HOUR);
    expect(lordHowe.offset(Date.parse("2024-10-05T15:30:00Z"))).toBe(11 * HOUR);
    expect(lordHowe.offset(Date.parse("2024-10-05T15:10:00Z"))).toBe(10.5 * HOUR);
  });

  it("finds day starts when midnight is skipped or repeated (America/Santiago, 2022)", () => {
    const santiago = new ZoneCalendar("America/Santiago", "tz");
    expect(iso(santiago.dayStart(day("2022-09-11")))).toBe("2022-09-11T04:00:00.000Z");
    expect(iso(santiago.dayStart(day("2022-04-03")))).toBe("2022-04-03T04:00:00.000Z");
    expect(iso(santiago.dayStart(day("2022-04-02")))).toBe("2022-04-02T03:00:00.000Z");
    // Cached: the same answer again.
    expect(iso(santiago.dayStart(day("2022-09-11")))).toBe("2022-09-11T04:00:00.000Z");
  });

  it("handles years before the common era", () => {
    const paris = new ZoneCalendar("Europe/Paris", "tz");
    const instant = Date.UTC(-100, 0, 1, 12);
    expect(paris.localDay(instant)).toBe(Math.floor((instant + paris.offset(instant)) / 86_400_000));
    expect(Math.abs(paris.offset(instant))).toBeLessThan(HOUR);
  });

  it("rejects an unknown or empty zone naming the field", () => {
    catchPatronageError(() => new ZoneCalendar("Nowhere/Land", "options.timeZone"), { code: "INVALID_ARGUMENT", field: "options.timeZone" });
    catchPatronageError(() => new ZoneCalendar(42, "options.timeZone"), { code: "INVALID_ARGUMENT", field: "options.timeZone" });
  });
});

describe("ZoneCalendar.fromWallClock (internal)", () => {
  // Expected instants: the IANA tz database as Node's ICU reports it (checked with
  // Intl.DateTimeFormat timeZoneName "longOffset"). `wall("…")` is a local reading.
  const wall = (local: string): number => Date.parse(`${local}Z`);
  const at = (zone: string, local: string): string => iso(new ZoneCalendar(zone, "tz").fromWallClock(wall(local)));

  it("is the identity in UTC (the fast path)", () => {
    const utc = new ZoneCalendar("UTC", "tz");
    expect(utc.fromWallClock(wall("2026-03-08T02:30:00"))).toBe(Date.parse("2026-03-08T02:30:00Z"));
    expect(utc.fromWallClock(-1)).toBe(-1);
  });

  it("shifts a reading skipped by spring-forward past the gap (America/New_York, 2026-03-08)", () => {
    expect(at("America/New_York", "2026-03-08T01:59:59.999")).toBe("2026-03-08T06:59:59.999Z");
    expect(at("America/New_York", "2026-03-08T02:00:00")).toBe("2026-03-08T07:00:00.000Z");
    expect(at("America/New_York", "2026-03-08T02:30:00")).toBe("2026-03-08T07:30:00.000Z"); // 03:30 EDT
    expect(at("America/New_York", "2026-03-08T03:00:00")).toBe("2026-03-08T07:00:00.000Z");
    expect(at("America/New_York", "2026-03-08T12:00:00")).toBe("2026-03-08T16:00:00.000Z");
  });

  it("takes the earlier instant of a reading repeated by fall-back (America/New_York, 2026-11-01)", () => {
    expect(at("America/New_York", "2026-11-01T00:59:00")).toBe("2026-11-01T04:59:00.000Z");
    expect(at("America/New_York", "2026-11-01T01:00:00")).toBe("2026-11-01T05:00:00.000Z"); // not 06:00Z
    expect(at("America/New_York", "2026-11-01T01:30:00")).toBe("2026-11-01T05:30:00.000Z"); // not 06:30Z
    expect(at("America/New_York", "2026-11-01T02:00:00")).toBe("2026-11-01T07:00:00.000Z");
  });

  it("handles both changes in Europe/Paris (2026-03-29 and 2026-10-25)", () => {
    expect(at("Europe/Paris", "2026-03-29T02:30:00")).toBe("2026-03-29T01:30:00.000Z"); // 03:30 CEST
    expect(at("Europe/Paris", "2026-03-29T03:00:00")).toBe("2026-03-29T01:00:00.000Z");
    expect(at("Europe/Paris", "2026-10-25T02:30:00")).toBe("2026-10-25T00:30:00.000Z"); // CEST, not 01:30Z
    expect(at("Europe/Paris", "2026-10-25T03:00:00")).toBe("2026-10-25T02:00:00.000Z");
    expect(at("Europe/Paris", "2026-07-14T00:00:00")).toBe("2026-07-13T22:00:00.000Z");
  });

  it("handles a 30-minute daylight-saving shift (Australia/Lord_Howe)", () => {
    // 2024-10-06 02:00 +10:30 → 02:30 +11:00 at 2024-10-05T15:30Z.
    expect(at("Australia/Lord_Howe", "2024-10-06T02:15:00")).toBe("2024-10-05T15:45:00.000Z"); // 02:45 +11
    expect(at("Australia/Lord_Howe", "2024-10-06T02:30:00")).toBe("2024-10-05T15:30:00.000Z");
    // 2025-04-06 02:00 +11:00 → 01:30 +10:30 at 2025-04-05T15:00Z: 01:30–02:00 occurs twice.
    expect(at("Australia/Lord_Howe", "2025-04-06T01:45:00")).toBe("2025-04-05T14:45:00.000Z"); // not 15:15Z
    expect(at("Australia/Lord_Howe", "2025-04-06T02:00:00")).toBe("2025-04-05T15:30:00.000Z");
  });

  it("shifts a whole skipped day by 24 hours (Pacific/Apia, 2011-12-30)", () => {
    // 2011-12-29T24:00 −10:00 became 2011-12-31T00:00 +14:00 at 2011-12-30T10:00Z.
    expect(at("Pacific/Apia", "2011-12-29T23:59:00")).toBe("2011-12-30T09:59:00.000Z");
    expect(at("Pacific/Apia", "2011-12-30T12:00:00")).toBe("2011-12-30T22:00:00.000Z"); // reads 12-31 12:00
    expect(at("Pacific/Apia", "2011-12-31T00:00:00")).toBe("2011-12-30T10:00:00.000Z");
    const apia = new ZoneCalendar("Pacific/Apia", "tz");
    expect(iso(apia.dayStart(day("2011-12-30")))).toBe("2011-12-30T10:00:00.000Z");
    expect(iso(apia.dayStart(day("2011-12-31")))).toBe("2011-12-30T10:00:00.000Z");
    expect(apia.localDay(apia.dayStart(day("2011-12-30")))).toBe(day("2011-12-31"));
  });

  it("round-trips every instant, or lands on the earlier one of a repeated reading (property)", () => {
    const zones = [
      "UTC",
      "America/New_York",
      "America/Los_Angeles",
      "America/Santiago",
      "America/St_Johns",
      "Europe/Paris",
      "Europe/London",
      "Australia/Lord_Howe",
      "Pacific/Apia",
      "Pacific/Chatham",
      "Asia/Shanghai",
      "Asia/Kolkata",
      "Africa/Casablanca",
      "Antarctica/Troll",
    ].map((zone) => new ZoneCalendar(zone, "tz"));
    const instant = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (calendar, t) => {
        const reading = calendar.wallClock(t);
        const back = calendar.fromWallClock(reading);
        return back === t || (back < t && calendar.wallClock(back) === reading);
      }),
      { seed: 20261122, numRuns: 20_000 },
    );
    // Around transitions, where the property bites: instants near the changes of 2026.
    const newYork = new ZoneCalendar("America/New_York", "tz");
    const near = fc.integer({ min: -3 * HOUR, max: 3 * HOUR }).chain((d) =>
      fc.constantFrom(Date.parse("2026-03-08T07:00:00Z") + d, Date.parse("2026-11-01T06:00:00Z") + d),
    );
    fc.assert(
      fc.property(near, (t) => {
        const back = newYork.fromWallClock(newYork.wallClock(t));
        return back === t || (back === t - HOUR && t >= Date.parse("2026-11-01T06:00:00Z"));
      }),
      { seed: 7, numRuns: 2_000 },
    );
  });
});

describe("parseIsoInstant (internal)", () => {
  it.each([
    ["2024-02-29", Date.parse("2024-02-29T00:00:00Z")],
    ["1900-02-28", Date.parse("1900-02-28T00:00:00Z")],
    ["2000-02-29", Date.parse("2000-02-29T00:00:00Z")],
    ["0001-01-01", Date.parse("0001-01-01T00:00:00Z")],
    ["2024-01-01T10:00Z", Date.parse("2024-01-01T10:00:00Z")],
    ["2024-01-01T10:00:30.250-02:30", Date.parse("2024-01-01T12:30:30.250Z")],
    ["2024-12-31T23:59:59.9999Z", Date.parse("2024-12-31T23:59:59.999Z")],
    // Truncated, never rounded up into the next day.
    ["2024-01-01T23:59:59.9999999999999Z", Date.parse("2024-01-01T23:59:59.999Z")],
    ["2024-01-01T00:00:00.1Z", Date.parse("2024-01-01T00:00:00.100Z")],
    ["2024-01-01T00:00:00.001999Z", Date.parse("2024-01-01T00:00:00.001Z")],
  ])("reads %s like Date.parse of its UTC form", (text, expected) => {
    expect(parseIsoInstant(text)).toBe(expected);
  });

  it.each(["", "2024", "1900-02-29", "2024-00-10", "2024-04-31", "2024-01-01T", "2024-01-01T10Z", "2024-01-01T10:5Z", "2024-01-01T10:00", "2024-01-01T10:00+01", "2024-01-01T10:00+01:60", "2024-01-01T10:00:00.1x", "+02024-01-01", "2024-01-01T10:00:0Z"])(
    "refuses %j",
    (text) => {
      expect(parseIsoInstant(text)).toBeNaN();
    },
  );
});
