import { describe, expect, it } from "vitest";
import { ZoneCalendar } from "../../src/_lib/ZoneCalendar.js";
import { addCalendarDuration } from "../../src/points/addCalendarDuration.js";
import { inactivityDeadline } from "../../src/points/inactivityDeadline.js";

// Expected instants: civil-calendar arithmetic by hand, offsets from the IANA tz database as
// Node's ICU reports them. Exact (milliseconds).
describe("inactivityDeadline (internal)", () => {
  it("adds the inactivity period on the wall clock (America/New_York)", () => {
    const ny = new ZoneCalendar("America/New_York", "tz");
    const last = Date.parse("2026-03-07T17:00:00Z"); // 12:00 EST
    expect(new Date(inactivityDeadline(ny, { type: "inactivity", years: 0, months: 18, days: 0 }, last)).toISOString()).toBe("2027-09-07T16:00:00.000Z");
    expect(new Date(inactivityDeadline(ny, { type: "inactivity", years: 0, months: 0, days: 1 }, last)).toISOString()).toBe("2026-03-08T16:00:00.000Z");
    expect(inactivityDeadline(ny, { type: "inactivity", years: 2, months: 1, days: 3 }, last)).toBe(addCalendarDuration(ny, last, { years: 2, months: 1, days: 3 }));
  });

  it("clamps to the month's end (UTC)", () => {
    const utc = new ZoneCalendar("UTC", "tz");
    expect(new Date(inactivityDeadline(utc, { type: "inactivity", years: 0, months: 1, days: 0 }, Date.parse("2025-01-31T08:00:00Z"))).toISOString()).toBe(
      "2025-02-28T08:00:00.000Z",
    );
  });
});
