import { describe, expect, it } from "vitest";
import { parseIsoInstant } from "../../src/value/parseIsoInstant.js";
import { ZoneCalendar } from "../../src/value/ZoneCalendar.js";
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
