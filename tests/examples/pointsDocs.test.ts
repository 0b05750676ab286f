import { describe, expect, it } from "vitest";
// docs/points-ledger.md imports from "patronage/points"; vitest does not map the package's
// subpaths, so the mirror imports the same names from the module's index.
import { PatronageError } from "../../src/PatronageError.js";
import {
  allocateTransactionPrice,
  calculateAward,
  calculateEarn,
  PointsLedger,
  pointsProgramSchema,
  recognizePointsRevenue,
  type PointsCommand,
  type PointsEvent,
  type PointsProgramInput,
} from "../../src/points/index.js";

// Every code block of docs/points-ledger.md, in order, with the results it shows.
describe("docs/points-ledger.md", () => {
  it("opening: a programme, an earn, a refusal, a redemption, a replay", () => {
    const ledger = PointsLedger.create({
      id: "coffee",
      timeZone: "Asia/Shanghai",
      currency: "CNY",
      earnRules: [{ id: "base", type: "spend", rate: { points: 1, per: 10 } }],
    });
    const now = "2026-03-14T10:00:00+08:00";
    const order = { orderId: "o1", lines: [{ lineId: "l1", amount: "129.90" }] };
    expect(ledger.execute({ id: "c1", type: "earn", memberId: "m1", order }, { now }).ok).toBe(true);
    expect(ledger.balance("m1")).toEqual({ available: 12, pending: 0, held: 0, debt: 0 });
    const refused = ledger.execute({ id: "c2", type: "redeem", memberId: "m1", points: 20 }, { now });
    expect(refused).toEqual({
      ok: false,
      reason: "INSUFFICIENT_POINTS",
      message: 'member "m1" has 12 points available; 20 asked, 8 short',
      shortfall: 8,
      available: 12,
    });
    expect(ledger.execute({ id: "c3", type: "redeem", memberId: "m1", points: 10 }, { now }).ok).toBe(true);
    expect(ledger.balance("m1").available).toBe(2);
    expect(PointsLedger.replay(ledger.program, ledger.events()).balance("m1").available).toBe(2);
  });

  it("numbers: scale, exact ratios, multiply then round", () => {
    const euroCafe: PointsProgramInput = {
      id: "euro-cafe",
      timeZone: "Europe/Paris",
      currency: "EUR",
      scale: 2, // balances count hundredths of a point
      earnRules: [{ id: "base", type: "spend", rate: { points: 125, per: 1 } }], // 1.25 points per euro
    };
    const r = calculateEarn(euroCafe, { orderId: "o1", at: "2026-01-05T10:00:00+01:00", lines: [{ lineId: "l1", amount: "3.99" }] });
    expect(r.points).toBe(498); // 4.98 points
    expect(r.trace[0]!.exact).toBe("498.75");
    expect(r.trace[0]!.remainder).toBe("0.75");

    const thirds: PointsProgramInput = {
      id: "thirds",
      timeZone: "UTC",
      currency: "EUR",
      earnRules: [{ id: "base", type: "spend", rate: { points: 1, per: 3 }, rounding: "half-up" }],
    };
    const t = calculateEarn(thirds, { orderId: "o1", at: "2026-01-05T10:00:00Z", lines: [{ lineId: "l1", amount: "10" }] });
    expect(t.points).toBe(3);
    expect(t.trace[0]!.exact).toBe("3.333333333333333333333333333333333");

    const boosted: PointsProgramInput = {
      id: "boosted",
      timeZone: "UTC",
      currency: "EUR",
      earnRules: [
        { id: "base", type: "spend", rate: { points: 1, per: 1 } },
        { id: "x1.2", type: "multiplier", factor: "1.2" },
      ],
    };
    const b = calculateEarn(boosted, { orderId: "o1", at: "2026-01-05T10:00:00Z", lines: [{ lineId: "l1", amount: "4.50" }] });
    expect(b.points).toBe(5);
    expect(b.awards.map((a) => [a.ruleId, a.points])).toEqual([
      ["base", 4],
      ["x1.2", 1],
    ]);
  });

  it("the programme: defaults", () => {
    expect(pointsProgramSchema.parse({ id: "minimal", timeZone: "UTC", currency: "EUR" })).toEqual({
      id: "minimal",
      timeZone: "UTC",
      scale: 0,
      currency: "EUR",
      earnRules: [],
      caps: [],
      expiry: { type: "never" },
      consumptionOrder: ["soonestExpiry", "promotionalFirst", "oldestFirst"],
      negativeBalance: { mode: "reject" },
      returnPolicy: "within-balance",
      redemptionReversal: "reissue",
      holdTimeoutMinutes: 30,
      lock: { days: 0, roundTo: "none" },
    });
  });

  it("the dry run: calculateEarn and its trace", () => {
    const bakery: PointsProgramInput = {
      id: "bakery",
      timeZone: "Europe/Paris",
      currency: "EUR",
      scale: 2,
      earnRules: [
        { id: "base", type: "spend", rate: { points: 100, per: 1 } },
        { id: "pastry-x1.5", type: "multiplier", factor: "1.5", appliesTo: { categories: ["pastry"] }, caps: [{ max: 500, period: "day" }] },
        { id: "weekend", type: "fixed", points: 1000, conditions: { daysOfWeek: [6, 7] }, group: "promo" },
        { id: "big-basket", type: "fixed", points: 1500, conditions: { minOrderAmount: 20 }, group: "promo" },
      ],
    };
    const order = {
      orderId: "o-7",
      at: "2026-03-14T09:30:00+01:00", // a Saturday
      lines: [
        { lineId: "coffee", amount: "4.20", category: "drinks" },
        { lineId: "croissants", amount: "12.35", category: "pastry" },
      ],
    };
    const result = calculateEarn(bakery, order);
    expect(result.points).toBe(3155);
    expect(result.awards.map((a) => [a.ruleId, a.points, a.wanted])).toEqual([
      ["base", 1655, 1655],
      ["pastry-x1.5", 500, 617],
      ["weekend", 1000, 1000],
    ]);
    expect(result.trace.map((t) => [t.ruleId, t.status, t.exact, t.points])).toEqual([
      ["base", "awarded", "1655", 1655],
      ["pastry-x1.5", "capped", "617.5", 500],
      ["weekend", "awarded", "1000", 1000],
      ["big-basket", "not-applicable", "0", 0],
    ]);
    expect(result.trace[1]!.reason).toBe(
      '×1.5 on "base"; capped by program.earnRules[1].caps[0] (max 500 per day, member; 0 used): wanted 617, awarded 500',
    );
    expect(result.trace[3]!.reason).toBe("conditions.minOrderAmount: order total 16.55 < 20");

    // What the ledger passes: the cap's use so far today.
    const later = calculateEarn(bakery, order, { usage: (q) => (q.ruleId === "pastry-x1.5" ? 300 : 0) });
    expect(later.points).toBe(2855);

    const birthdayClub: PointsProgramInput = {
      id: "birthday-club",
      timeZone: "Asia/Shanghai",
      currency: "CNY",
      earnRules: [{ id: "bday", type: "event", event: "birthday", points: 50, windowDays: 7 }],
    };
    expect(calculateAward(birthdayClub, { event: "birthday", birthday: "03-10" }, { at: "2026-03-14T10:00:00+08:00" }).points).toBe(50);
    const again = calculateAward(birthdayClub, { event: "birthday", birthday: "03-10" }, { at: "2026-03-14T10:00:00+08:00", occurrences: () => 1 });
    expect(again.points).toBe(0);
    expect(again.trace[0]!.reason).toBe("oncePer: already awarded in 2026");
  });

  describe("the ledger: a member's first months", () => {
    const beanery: PointsProgramInput = {
      id: "beanery",
      timeZone: "America/New_York",
      currency: "USD",
      earnRules: [
        { id: "base", type: "spend", rate: { points: 2, per: 1 } },
        { id: "beans-x2", type: "multiplier", factor: "2", appliesTo: { categories: ["beans"] } },
      ],
      expiry: { type: "monthsAfterEarnMonth", months: 6 }, // Starbucks: gone on the 1st of the 7th month
      lockDays: 7,
    };

    it("earn, lock, hold, capture, refund, expire; then a retry and a CONFLICT", () => {
      const ledger = PointsLedger.create(beanery);
      const earn = ledger.execute(
        {
          id: "e1",
          type: "earn",
          memberId: "ana",
          order: {
            orderId: "o1",
            lines: [
              { lineId: "latte", amount: "5.75", category: "drinks" },
              { lineId: "beans", amount: "18.00", category: "beans" },
            ],
          },
        },
        { now: "2020-12-15T09:00:00-05:00" },
      );
      expect(earn.ok && earn.result.points).toBe(83);
      expect(earn.ok && earn.events[0]!.postings).toEqual([
        { account: "issued", points: -83 },
        { account: "pending", memberId: "ana", points: 83 },
      ]);
      expect(ledger.lots("ana").map((l) => [l.lotId, l.amount, l.state, l.expiresAt])).toEqual([
        ["e1#1", 47, "pending", "2021-07-01T04:00:00.000Z"],
        ["e1#2", 36, "pending", "2021-07-01T04:00:00.000Z"],
      ]);

      const early = ledger.execute({ id: "r1", type: "redeem", memberId: "ana", points: 50 }, { now: "2020-12-16T09:00:00-05:00" });
      expect(early.ok ? null : early.reason).toBe("INSUFFICIENT_POINTS");

      ledger.execute({ id: "activate-2020-12-22", type: "activate" }, { now: "2020-12-22T09:00:00-05:00" });
      expect(ledger.balance("ana")).toEqual({ available: 83, pending: 0, held: 0, debt: 0 });

      ledger.execute({ id: "h1", type: "hold", memberId: "ana", points: 60 }, { now: "2020-12-23T09:00:00-05:00" });
      expect(ledger.balance("ana")).toEqual({ available: 23, pending: 0, held: 60, debt: 0 });
      const capture = ledger.execute({ id: "cap1", type: "capture", holdId: "h1", points: 50 }, { now: "2020-12-23T09:05:00-05:00" });
      expect(capture.ok && capture.events[0]!.postings).toEqual([
        { account: "held", memberId: "ana", points: -60 },
        { account: "redeemed", points: 50 },
        { account: "available", memberId: "ana", points: 10 },
      ]);
      expect(ledger.balance("ana")).toEqual({ available: 33, pending: 0, held: 0, debt: 0 });

      const refund = ledger.execute({ id: "rf1", type: "reverseEarn", orderId: "o1", lines: [{ lineId: "latte" }] }, { now: "2021-01-05T09:00:00-05:00" });
      expect(refund.ok && refund.result.points).toBe(11);
      expect(ledger.balance("ana").available).toBe(22);

      expect(ledger.expirySchedule("ana")).toEqual({ months: [{ month: "2021-07", points: 22 }], never: 0 });
      expect(ledger.execute({ id: "expire-2021-06-30", type: "expire" }, { now: "2021-06-30T23:59:00-04:00" }).ok).toBe(true);
      expect(ledger.balance("ana").available).toBe(22); // still usable on June 30
      const expired = ledger.execute({ id: "expire-2021-07-01", type: "expire" }, { now: "2021-07-01T00:00:00-04:00" });
      expect(expired.ok && expired.result.points).toBe(22);
      expect(ledger.balance("ana")).toEqual({ available: 0, pending: 0, held: 0, debt: 0 });

      expect(ledger.statement("ana").entries.map((e) => [e.type, e.available, e.pending, e.held])).toEqual([
        ["earned", 0, 83, 0],
        ["activated", 83, -83, 0],
        ["held", -60, 0, 60],
        ["captured", 10, 0, -60],
        ["earnReversed", -11, 0, 0],
        ["expired", -22, 0, 0],
      ]);

      // Idempotency and CONFLICT, on the same ledger.
      const now = "2021-07-02T12:00:00-04:00";
      const first = ledger.execute({ id: "gift-42", type: "award", memberId: "ana", points: 100, reason: "welcome" }, { now });
      const retry = ledger.execute({ id: "gift-42", type: "award", memberId: "ana", points: 100, reason: "welcome" }, { now });
      expect(retry.ok && retry.duplicate).toBe(true);
      expect(retry.ok && first.ok && retry.events).toEqual(first.ok && first.events);
      expect(ledger.balance("ana").available).toBe(100);
      let error: unknown;
      try {
        ledger.execute({ id: "gift-42", type: "award", memberId: "ana", points: 500, reason: "welcome" }, { now });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PatronageError);
      expect((error as PatronageError).code).toBe("CONFLICT");
      expect((error as PatronageError).message).toBe('command.id "gift-42" was used before with another payload');
    });
  });

  it("a malformed command throws, naming the field", () => {
    const ledger = PointsLedger.create({ id: "x", timeZone: "UTC", currency: "EUR", earnRules: [{ id: "b", type: "spend", rate: { points: 1, per: 1 } }] });
    const order = { orderId: "o", lines: [{ lineId: "a", amount: "1" }, { lineId: "b", amount: "x" }] };
    expect(() => ledger.execute({ id: "1", type: "earn", memberId: "m", order }, { now: "2026-01-01T00:00:00Z" })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", field: "command.order.lines[1].amount" }),
    );
  });

  it("a hold that times out, and a redemption reversed after its lot expired", () => {
    const kiosk: PointsProgramInput = {
      id: "kiosk",
      timeZone: "Europe/Paris",
      currency: "EUR",
      expiry: { type: "after", months: 1, roundTo: "endOfDay" },
      holdTimeoutMinutes: 10,
    };
    const ledger = PointsLedger.create(kiosk);
    ledger.execute({ id: "g1", type: "award", memberId: "leo", points: 200, reason: "welcome" }, { now: "2026-03-01T10:00:00+01:00" });
    expect(ledger.lots("leo")[0]!.expiresAt).toBe("2026-04-01T22:00:00.000Z");

    ledger.execute({ id: "h1", type: "hold", memberId: "leo", points: 80 }, { now: "2026-03-02T10:00:00+01:00" });
    const capture = ledger.execute({ id: "c1", type: "capture", holdId: "h1" }, { now: "2026-03-02T10:15:00+01:00" });
    expect(capture.ok ? null : capture.reason).toBe("HOLD_EXPIRED");
    expect(ledger.balance("leo")).toEqual({ available: 120, pending: 0, held: 80, debt: 0 });
    const run = ledger.execute({ id: "expire-2026-03-03", type: "expire" }, { now: "2026-03-03T00:00:00+01:00" });
    const released = run.ok ? run.events[0] : undefined;
    expect(released?.type === "expired" && released.releasedHolds).toEqual([{ holdId: "h1", credits: [{ lotId: "g1#1", points: 80 }], expired: [] }]);
    expect(ledger.balance("leo")).toEqual({ available: 200, pending: 0, held: 0, debt: 0 });

    ledger.execute({ id: "r1", type: "redeem", memberId: "leo", points: 120 }, { now: "2026-03-20T10:00:00+01:00" });
    const expired = ledger.execute({ id: "expire-2026-04-02", type: "expire" }, { now: "2026-04-02T00:00:00+02:00" });
    expect(expired.ok && expired.result.points).toBe(80);
    const reversal = ledger.execute({ id: "rv1", type: "reverseRedemption", redemptionId: "r1" }, { now: "2026-04-03T10:00:00+02:00" });
    const event = reversal.ok ? reversal.events[0] : undefined;
    expect(event?.type === "redemptionReversed" && event.lots.map((l) => [l.lotId, l.amount, l.expiresAt])).toEqual([["rv1#1", 120, "2026-05-03T22:00:00.000Z"]]);
    expect(ledger.balance("leo")).toEqual({ available: 120, pending: 0, held: 0, debt: 0 });
  });

  it("debt and transfers", () => {
    const ledger = PointsLedger.create({
      id: "debts",
      timeZone: "UTC",
      currency: "EUR",
      returnPolicy: "allow-debt",
    });
    const now = "2026-01-05T10:00:00Z";
    ledger.execute({ id: "1", type: "earn", memberId: "a", points: 100, orderId: "o1" }, { now });
    ledger.execute({ id: "2", type: "redeem", memberId: "a", points: 80 }, { now });
    const refund = ledger.execute({ id: "3", type: "reverseEarn", orderId: "o1" }, { now });
    expect(refund.ok && refund.events[0]!.postings).toEqual([
      { account: "available", memberId: "a", points: -20 },
      { account: "debt", memberId: "a", points: -80 },
      { account: "reversed", points: 100 },
    ]);
    expect(ledger.balance("a")).toEqual({ available: -80, pending: 0, held: 0, debt: 80 });
    ledger.execute({ id: "4", type: "earn", memberId: "a", points: 30 }, { now });
    expect(ledger.balance("a")).toEqual({ available: -50, pending: 0, held: 0, debt: 50 });

    ledger.execute({ id: "5", type: "award", memberId: "b", points: 40, reason: "welcome" }, { now });
    const transfer = ledger.execute({ id: "6", type: "transfer", from: "b", to: "c", points: 25 }, { now });
    expect(transfer.ok && transfer.events.map((e) => [e.type, e.memberId, e.postings])).toEqual([
      ["transferredOut", "b", [{ account: "available", memberId: "b", points: -25 }, { account: "transit", points: 25 }]],
      ["transferredIn", "c", [{ account: "transit", points: -25 }, { account: "available", memberId: "c", points: 25 }]],
    ]);
  });

  it("persistence: append with the version, replay, snapshot", () => {
    const program: PointsProgramInput = { id: "store-demo", timeZone: "UTC", currency: "EUR", earnRules: [{ id: "base", type: "spend", rate: { points: 1, per: 1 } }] };

    // The host's store: events unique on (programme, seq); an append names the version it read.
    const log: PointsEvent[] = [];
    const append = (expectedVersion: number, events: readonly PointsEvent[]): void => {
      if (log.length !== expectedVersion) throw new Error("concurrent write: reload and retry");
      log.push(...events); // one transaction in a real database
    };

    const ledger = PointsLedger.create(program);
    const run = (command: PointsCommand, now: string) => {
      const version = ledger.version;
      const outcome = ledger.execute(command, { now });
      if (outcome.ok && !outcome.duplicate && outcome.events.length > 0) append(version, outcome.events);
      return outcome;
    };
    run({ id: "e1", type: "earn", memberId: "m1", order: { orderId: "o1", lines: [{ lineId: "l1", amount: "42.50" }] } }, "2026-01-05T10:00:00Z");
    run({ id: "r1", type: "redeem", memberId: "m1", points: 100 }, "2026-01-06T10:00:00Z"); // refused: nothing stored
    run({ id: "r2", type: "redeem", memberId: "m1", points: 10 }, "2026-01-06T10:00:00Z");
    expect(log.map((e) => [e.seq, e.type])).toEqual([
      [1, "earned"],
      [2, "redeemed"],
    ]);
    expect(ledger.version).toBe(2);

    // Rebuild from the log, or from a snapshot and the events after it.
    const replayed = PointsLedger.replay(program, log);
    expect(replayed.balance("m1")).toEqual(ledger.balance("m1"));
    const snapshot = JSON.parse(JSON.stringify(replayed.snapshot())); // store it as JSON
    run({ id: "e2", type: "earn", memberId: "m1", order: { orderId: "o2", lines: [{ lineId: "l1", amount: "8" }] } }, "2026-01-07T10:00:00Z");
    const restored = PointsLedger.restore(program, snapshot, log.slice(snapshot.seq));
    expect(restored.balance("m1")).toEqual({ available: 40, pending: 0, held: 0, debt: 0 });
    expect(restored.version).toBe(3);
    // A retried command is still recognised after the restore.
    const retry = restored.execute({ id: "r2", type: "redeem", memberId: "m1", points: 10 }, { now: "2026-01-07T10:00:00Z" });
    expect(retry.ok && retry.duplicate).toBe(true);
    // Scale: a ledger that does not keep its events.
    const lean = PointsLedger.replay(program, log, { keepEvents: false });
    expect(lean.balance("m1")).toEqual({ available: 40, pending: 0, held: 0, debt: 0 });
    expect(() => lean.statement("m1")).toThrow(expect.objectContaining({ code: "INSUFFICIENT_DATA" }));
  });

  it("the liability report", () => {
    const ledger = PointsLedger.create({
      id: "report",
      timeZone: "Asia/Shanghai",
      currency: "CNY",
      earnRules: [{ id: "base", type: "spend", rate: { points: 1, per: 1 } }],
      expiry: { type: "endOfYear", years: 2 },
      lockDays: 7,
    });
    const earn = (id: string, memberId: string, amount: string, now: string) =>
      ledger.execute({ id, type: "earn", memberId, order: { orderId: id, lines: [{ lineId: "l1", amount }] } }, { now });
    earn("o1", "m1", "1200", "2025-11-03T10:00:00+08:00");
    earn("o2", "m2", "800", "2025-12-20T10:00:00+08:00");
    ledger.execute({ id: "act-2025-12-28", type: "activate" }, { now: "2025-12-28T00:00:00+08:00" });
    ledger.execute({ id: "x1", type: "redeem", memberId: "m1", points: 500 }, { now: "2026-01-10T10:00:00+08:00" });
    earn("o3", "m2", "300", "2026-01-28T10:00:00+08:00");
    const report = ledger.liability({
      asOf: "2026-01-31T23:59:59+08:00",
      from: "2025-12-31T23:59:59+08:00",
      valuePerPoint: "0.05",
      expectedRedemptionRate: "0.8",
    });
    expect(report.outstanding).toEqual({ available: 1500, pending: 300, held: 0, debt: 0, total: 1800 });
    expect(report.byExpiryMonth).toEqual([
      { month: "2027-01", points: 1500 },
      { month: "2028-01", points: 300 },
    ]);
    expect(report.byEarnMonth).toEqual([
      { month: "2025-11", points: 700 },
      { month: "2025-12", points: 800 },
      { month: "2026-01", points: 300 },
    ]);
    expect(report.rollforward).toMatchObject({ opening: 2000, issued: 300, redeemed: 500, expired: 0, reversed: 0, adjusted: 0, closing: 1800 });
    expect([report.grossValue, report.liability]).toEqual(["90.00", "72.00"]);
  });

  it("finance: IFRS 15 Illustrative Example 52", () => {
    const { allocations } = allocateTransactionPrice(
      100000,
      [
        { id: "product", standaloneSellingPrice: 100000 },
        { id: "points", standaloneSellingPrice: 9500 },
      ],
      { decimals: 0 },
    );
    expect(allocations.map((a) => a.amount)).toEqual(["91324", "8676"]);

    const schedule = recognizePointsRevenue({
      allocated: allocations[1]!.amount,
      decimals: 0,
      periods: [
        { period: "Year 1", redeemed: 4500, expectedRedemptions: 9500 },
        { period: "Year 2", redeemed: 4000, expectedRedemptions: 9700 },
      ],
    });
    expect(schedule.periods.map((p) => p.recognized)).toEqual(["4110", "3493"]);
    expect(schedule.periods.map((p) => p.deferred)).toEqual(["4566", "1073"]);

    // The KPMG handbook's variant: 10,000 points at CU1, 97 % expected, so an SSP of 9,700.
    const kpmg = allocateTransactionPrice(
      100000,
      [
        { id: "product", standaloneSellingPrice: 100000 },
        { id: "points", standaloneSellingPrice: 9700 },
      ],
      { decimals: 0 },
    );
    expect(kpmg.allocations.map((a) => a.amount)).toEqual(["91158", "8842"]);
  });
});
