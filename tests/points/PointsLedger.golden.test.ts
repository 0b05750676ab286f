import { describe, expect, it } from "vitest";
import { PointsLedger } from "../../src/points/PointsLedger.js";
import type { PointsProgramInput } from "../../src/points/PointsProgram.js";

// Golden cases from public programmes, through the whole ledger. Exact (integers, ISO instants).
// - Starbucks Rewards Terms of Use: "if you earn Stars on December 15, 2020, they will expire on
//   July 1, 2021" (six months after the calendar month in which they were earned).
// - The source document's two banks: bank A gives 1 point per 15 CNY, bank B 1 per 10 CNY.

const starbucks: PointsProgramInput = {
  id: "stars",
  timeZone: "America/Los_Angeles",
  currency: "USD",
  earnRules: [{ id: "green", type: "spend", rate: { points: 1, per: 1 } }],
  expiry: { type: "monthsAfterEarnMonth", months: 6 },
};

describe("golden: Starbucks star expiry", () => {
  it("stars earned 2020-12-15 expire at the start of 2021-07-01 in the programme zone, by an expire event", () => {
    const ledger = PointsLedger.create(starbucks);
    const order = { orderId: "o1", lines: [{ lineId: "l1", amount: "12.45" }] };
    const earned = ledger.execute({ id: "e1", type: "earn", memberId: "m", order }, { now: "2020-12-15T18:00:00Z" });
    expect(earned.ok).toBe(true);
    expect(ledger.lots("m")[0]).toMatchObject({ amount: 12, expiresAt: "2021-07-01T07:00:00.000Z", state: "available" });
    expect(ledger.expirySchedule("m")).toEqual({ months: [{ month: "2021-07", points: 12 }], never: 0 });
    // One millisecond before midnight in Los Angeles nothing is due.
    const early = ledger.execute({ id: "x1", type: "expire" }, { now: "2021-07-01T06:59:59.999Z" });
    expect(early).toMatchObject({ ok: true, events: [] });
    expect(ledger.balance("m").available).toBe(12);
    const due = ledger.execute({ id: "x2", type: "expire" }, { now: "2021-07-01T07:00:00Z" });
    expect(due.ok && due.events.map((e) => e.type)).toEqual(["expired"]);
    expect(ledger.balance("m")).toEqual({ available: 0, pending: 0, held: 0, debt: 0 });
    // Expiring twice equals expiring once.
    const again = ledger.execute({ id: "x3", type: "expire" }, { now: "2021-07-02T00:00:00Z" });
    expect(again).toMatchObject({ ok: true, events: [] });
  });

  it("stars earned on the last evening of December in Los Angeles (already January in UTC) expire with December's", () => {
    const ledger = PointsLedger.create(starbucks);
    ledger.execute({ id: "e1", type: "earn", memberId: "m", points: 5 }, { now: "2021-01-01T07:59:00Z" });
    expect(ledger.lots("m")[0]?.expiresAt).toBe("2021-07-01T07:00:00.000Z");
  });
});

describe("golden: bank A and bank B earning rates", () => {
  const bank = (id: string, per: string): PointsProgramInput => ({
    id,
    timeZone: "Asia/Shanghai",
    currency: "CNY",
    earnRules: [{ id: "base", type: "spend", rate: { points: 1, per } }],
  });

  it("an order of 129.90 CNY earns 8 points at bank A (1 per 15) and 12 at bank B (1 per 10)", () => {
    const order = { orderId: "o1", lines: [{ lineId: "l1", amount: "129.90" }] };
    const a = PointsLedger.create(bank("bank-a", "15"));
    const b = PointsLedger.create(bank("bank-b", "10"));
    a.execute({ id: "c1", type: "earn", memberId: "m", order }, { now: "2026-03-14T10:00:00+08:00" });
    b.execute({ id: "c1", type: "earn", memberId: "m", order }, { now: "2026-03-14T10:00:00+08:00" });
    expect(a.balance("m").available).toBe(8);
    expect(b.balance("m").available).toBe(12);
  });
});

describe("golden: calendar boundaries in the programme zone", () => {
  const program = (expiry: PointsProgramInput["expiry"], timeZone = "America/New_York"): PointsProgramInput => ({
    id: "p",
    timeZone,
    currency: "USD",
    expiry,
  });

  it("a lot earned the day before the spring-forward change keeps its local time of day (DST)", () => {
    const ledger = PointsLedger.create(program({ type: "after", days: 1 }));
    ledger.execute({ id: "e1", type: "earn", memberId: "m", points: 10 }, { now: "2026-03-07T17:00:00Z" }); // 12:00 EST
    expect(ledger.lots("m")[0]?.expiresAt).toBe("2026-03-08T16:00:00.000Z"); // 12:00 EDT
  });

  it("one month after January 31 is the end of February, in a leap year and a common one", () => {
    const ledger = PointsLedger.create(program({ type: "after", months: 1 }, "UTC"));
    ledger.execute({ id: "e1", type: "earn", memberId: "m", points: 1 }, { now: "2024-01-31T12:00:00Z" });
    ledger.execute({ id: "e2", type: "earn", memberId: "m", points: 1 }, { now: "2025-01-31T12:00:00Z" });
    expect(ledger.lots("m").map((lot) => lot.expiresAt)).toEqual(["2024-02-29T12:00:00.000Z", "2025-02-28T12:00:00.000Z"]);
  });

  it("a year after a leap day is February 28; four years after, February 29", () => {
    const oneYear = PointsLedger.create(program({ type: "after", years: 1 }, "UTC"));
    oneYear.execute({ id: "e1", type: "earn", memberId: "m", points: 1 }, { now: "2024-02-29T08:00:00Z" });
    expect(oneYear.lots("m")[0]?.expiresAt).toBe("2025-02-28T08:00:00.000Z");
    const fourYears = PointsLedger.create(program({ type: "after", years: 4 }, "UTC"));
    fourYears.execute({ id: "e1", type: "earn", memberId: "m", points: 1 }, { now: "2024-02-29T08:00:00Z" });
    expect(fourYears.lots("m")[0]?.expiresAt).toBe("2028-02-29T08:00:00.000Z");
  });

  it("end of year is read in the programme zone: 2026-12-31T17:00Z is already 2027 in Shanghai", () => {
    const ledger = PointsLedger.create(program({ type: "endOfYear", years: 1 }, "Asia/Shanghai"));
    ledger.execute({ id: "e1", type: "earn", memberId: "m", points: 1 }, { now: "2026-12-31T15:59:59Z" });
    ledger.execute({ id: "e2", type: "earn", memberId: "m", points: 1 }, { now: "2026-12-31T17:00:00Z" });
    expect(ledger.lots("m").map((lot) => lot.expiresAt)).toEqual(["2026-12-31T16:00:00.000Z", "2027-12-31T16:00:00.000Z"]);
  });
});
