import { describe, expect, it } from "vitest";
import { daysFromCivil } from "../../src/_lib/civilDays.js";
import { ZoneCalendar } from "../../src/_lib/ZoneCalendar.js";
import { expiryMonth } from "../../src/points/expiryMonth.js";
import { lotExpiresAt } from "../../src/points/lotExpiresAt.js";

describe("expiryMonth (internal)", () => {
  it("puts an expiry at local midnight on the 1st in the month it starts (America/Los_Angeles)", () => {
    const la = new ZoneCalendar("America/Los_Angeles", "tz");
    const expiresAt = lotExpiresAt(la, { type: "monthsAfterEarnMonth", months: 6 }, Date.parse("2020-12-15T18:00:00Z")) as number;
    expect(expiryMonth(la, expiresAt)).toBe("2021-07"); // gone from 2021-07-01T00:00 PDT
    expect(expiryMonth(la, expiresAt - 1)).toBe("2021-06"); // last usable instant
  });

  it("reads the month in the zone, not in UTC (Asia/Shanghai)", () => {
    const shanghai = new ZoneCalendar("Asia/Shanghai", "tz");
    expect(expiryMonth(shanghai, Date.parse("2026-12-31T17:00:00Z"))).toBe("2027-01");
    expect(expiryMonth(new ZoneCalendar("UTC", "tz"), Date.parse("2026-12-31T17:00:00Z"))).toBe("2026-12");
  });

  it("pads years and uses the expanded form outside 0000–9999", () => {
    const utc = new ZoneCalendar("UTC", "tz");
    const DAY = 86_400_000;
    expect(expiryMonth(utc, daysFromCivil(5, 3, 1) * DAY)).toBe("0005-03");
    expect(expiryMonth(utc, daysFromCivil(10_000, 1, 1) * DAY)).toBe("+010000-01");
    expect(expiryMonth(utc, daysFromCivil(-1, 12, 31) * DAY)).toBe("-000001-12");
  });
});
