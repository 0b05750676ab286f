import { describe, expect, it } from "vitest";
import { catchPatronageError } from "../_support/catchPatronageError.js";
import { PointsLedger } from "../../src/points/PointsLedger.js";

// A programme of 1 point per 10 spent, a point worth 1, 97 % expected redemption (the facts of
// the IFRS 15 loyalty example as KPMG's handbook states them). Exact figures.
const program = {
  id: "ifrs",
  timeZone: "UTC",
  currency: "EUR",
  earnRules: [{ id: "base", type: "spend" as const, rate: { points: 1, per: 10 } }],
  expiry: { type: "endOfYear" as const, years: 2 },
};

function year1(): PointsLedger {
  const ledger = PointsLedger.create(program);
  for (let i = 0; i < 100; i++) {
    const order = { orderId: `o${i}`, lines: [{ lineId: "l", amount: "1000" }] };
    ledger.execute({ id: `e${i}`, type: "earn", memberId: `m${i % 10}`, order }, { now: new Date(Date.UTC(2026, 0, 1 + i)) });
  }
  return ledger;
}

describe("PointsLedger.liability", () => {
  it("values 10,000 outstanding points at 1 each with 97 % expected redemption at 9,700.00", () => {
    const ledger = year1();
    const report = ledger.liability({ valuePerPoint: 1, expectedRedemptionRate: "0.97" });
    expect(report.outstanding).toEqual({ available: 10_000, pending: 0, held: 0, debt: 0, total: 10_000 });
    expect(report.grossValue).toBe("10000.00");
    expect(report.liability).toBe("9700.00");
    expect(report.byExpiryMonth).toEqual([{ month: "2028-01", points: 10_000 }]);
    expect(report.neverExpires).toBe(0);
    expect(report.byEarnMonth.reduce((sum, m) => sum + m.points, 0)).toBe(10_000);
  });

  it("rolls forward: opening + issued − redeemed − expired − reversed + adjusted = closing", () => {
    const ledger = year1();
    ledger.execute({ id: "r1", type: "redeem", memberId: "m1", points: 450 }, { now: "2027-03-01T00:00:00Z" });
    ledger.execute({ id: "a1", type: "adjust", memberId: "m2", points: -5, reason: "typo" }, { now: "2027-03-02T00:00:00Z" });
    ledger.execute({ id: "v1", type: "reverseEarn", orderId: "o3" }, { now: "2027-03-03T00:00:00Z" });
    ledger.execute({ id: "x1", type: "expire" }, { now: "2028-01-01T00:00:00Z" });
    const report = ledger.liability({ from: "2026-12-31T23:59:59Z", valuePerPoint: 1, expectedRedemptionRate: 1 });
    expect(report.rollforward).toEqual({
      from: "2026-12-31T23:59:59.000Z",
      to: "2028-01-01T00:00:00.000Z",
      opening: 10_000,
      issued: 0,
      redeemed: 450,
      expired: 10_000 - 450 - 5 - 100,
      reversed: 100,
      adjusted: -5,
      closing: 0,
    });
    expect(report.outstanding.total).toBe(0);
  });

  it("reports an earlier date from the events up to it", () => {
    const ledger = year1();
    ledger.execute({ id: "r1", type: "redeem", memberId: "m1", points: 450 }, { now: "2027-03-01T00:00:00Z" });
    expect(ledger.liability({ asOf: "2027-02-28", valuePerPoint: "0.5", expectedRedemptionRate: "0.9", decimals: 0 })).toMatchObject({
      outstanding: { total: 10_000 },
      grossValue: "5000",
      liability: "4500",
    });
  });

  it("refuses a rate outside [0, 1] and a negative value per point, naming the option", () => {
    const ledger = year1();
    catchPatronageError(() => ledger.liability({ valuePerPoint: 1, expectedRedemptionRate: "1.2" }), {
      code: "INVALID_ARGUMENT",
      field: "options.expectedRedemptionRate",
    });
    catchPatronageError(() => ledger.liability({ valuePerPoint: -1, expectedRedemptionRate: 1 }), { code: "INVALID_ARGUMENT", field: "options.valuePerPoint" });
  });
});
