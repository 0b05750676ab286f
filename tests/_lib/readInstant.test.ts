import { describe, expect, it } from "vitest";
import { ZoneCalendar } from "../../src/_lib/ZoneCalendar.js";
import { readInstant } from "../../src/_lib/readInstant.js";

const shanghai = new ZoneCalendar("Asia/Shanghai", "tz");
const newYork = new ZoneCalendar("America/New_York", "tz");
const utc = new ZoneCalendar("UTC", "tz");

describe("readInstant", () => {
  it("reads a Date as its milliseconds", () => {
    expect(readInstant(new Date("2026-03-14T02:00:00Z"), shanghai, "x")).toBe(Date.UTC(2026, 2, 14, 2));
  });

  it("reads an ISO date-time with Z or an offset", () => {
    expect(readInstant("2026-03-14T10:00:00+08:00", utc, "x")).toBe(Date.UTC(2026, 2, 14, 2));
    expect(readInstant("2026-03-14T02:00Z", shanghai, "x")).toBe(Date.UTC(2026, 2, 14, 2));
    expect(readInstant("2026-03-14T02:00:00.250-05:30", utc, "x")).toBe(Date.UTC(2026, 2, 14, 7, 30, 0, 250));
  });

  it("reads a calendar date as the start of that local day in the zone", () => {
    expect(readInstant("2026-03-14", shanghai, "x")).toBe(Date.UTC(2026, 2, 13, 16));
    expect(readInstant("2026-03-14", utc, "x")).toBe(Date.UTC(2026, 2, 14));
    // Daylight saving time starts on 2026-03-08 in New York: midnight is still EST (−5).
    expect(readInstant("2026-03-08", newYork, "x")).toBe(Date.UTC(2026, 2, 8, 5));
    expect(readInstant("2026-03-09", newYork, "x")).toBe(Date.UTC(2026, 2, 9, 4));
  });

  it.each([
    ["an invalid Date", new Date(Number.NaN)],
    ["a date-time without offset", "2026-03-14T10:00:00"],
    ["an impossible date", "2026-02-30"],
    ["a number", 1_700_000_000_000],
    ["undefined", undefined],
    ["garbage", "yesterday"],
  ])("throws INVALID_ARGUMENT naming the field for %s", (_name, value) => {
    expect(() => readInstant(value, utc, "order.at")).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "order.at" }));
  });
});
