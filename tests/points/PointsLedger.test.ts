import { describe, expect, it } from "vitest";
import { PointsLedger } from "../../src/points/index.js";
import type { PointsCommand, PointsEvent, PointsOutcome, PointsProgramInput } from "../../src/points/index.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

// Example-based tests of PointsLedger, one describe per command. Expected figures are worked by
// hand from .scratch/POINTS-LEDGER-SPEC.md (1 point per 10 CNY, floor, order granularity; UTC so a
// day is 24 h); messages are the ledger's, pinned.

const T0 = "2026-01-01T00:00:00.000Z";
const DAY7 = "2026-01-08T00:00:00.000Z";
const SHOP = {
  id: "shop",
  timeZone: "UTC",
  currency: "CNY",
  earnRules: [
    { id: "base", type: "spend", rate: { points: 1, per: 10 } },
    { id: "signup", type: "event", event: "signup", points: 50 },
  ],
  expiry: { type: "after", days: 30 },
  lockDays: 7,
} satisfies PointsProgramInput;

function ledgerWith(program: PointsProgramInput, setup: readonly (readonly [PointsCommand, string?])[] = []): PointsLedger {
  const ledger = PointsLedger.create(program);
  for (const [command, now] of setup) {
    const outcome = ledger.execute(command, { now: now ?? T0 });
    if (!outcome.ok) throw new Error(`setup ${command.id} refused: ${outcome.message}`);
  }
  return ledger;
}

/** Executes a command expected to be refused; checks that nothing changed and returns the refusal. */
function expectRefused(ledger: PointsLedger, command: PointsCommand, now = T0): Omit<Extract<PointsOutcome, { ok: false }>, "ok"> {
  const before = JSON.stringify(ledger.snapshot());
  const outcome = ledger.execute(command, { now });
  expect(outcome.ok).toBe(false);
  expect(JSON.stringify(ledger.snapshot())).toBe(before);
  const { ok: _ok, ...rest } = outcome as Extract<PointsOutcome, { ok: false }>;
  return rest;
}

function accepted(ledger: PointsLedger, command: PointsCommand, now = T0): Extract<PointsOutcome, { ok: true }> {
  const outcome = ledger.execute(command, { now });
  if (!outcome.ok) throw new Error(`${command.id} refused: ${outcome.message}`);
  return outcome;
}

const lotsOf = (ledger: PointsLedger, memberId = "m1"): [string, number, string][] => ledger.lots(memberId).map((l) => [l.lotId, l.remaining, l.state]);

describe("examples", () => {
  it("mirrors the PointsLedger @example", () => {
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
});

describe("earn", () => {
  it("earns an order through the rules into one pending lot (lock 7 days), lines attributed by largest remainder", () => {
    const ledger = PointsLedger.create(SHOP);
    const order = { orderId: "o1", lines: [{ lineId: "l1", amount: "129.90" }, { lineId: "l2", amount: "20.05" }] };
    const { events, result } = accepted(ledger, { id: "e1", type: "earn", memberId: "m1", order });
    expect(result).toEqual({ type: "earn", points: 14, lotIds: ["e1#1"], memberIds: ["m1"], debt: 0, shortfall: 0 }); // ⌊149.95 / 10⌋
    const event = events[0];
    expect(event?.type === "earned" && event.lines).toEqual([
      { lineId: "l1", amount: "129.90", points: 12 },
      { lineId: "l2", amount: "20.05", points: 2 },
    ]);
    expect(event?.type === "earned" && event.lots[0]).toMatchObject({ availableAt: DAY7, expiresAt: "2026-01-31T00:00:00.000Z", category: "earned" });
    expect(ledger.balance("m1")).toEqual({ available: 0, pending: 14, held: 0, debt: 0 });
  });

  it("waits for a return window that ends after the lock", () => {
    const ledger = PointsLedger.create(SHOP);
    const order = { orderId: "o1", lines: [{ lineId: "l1", amount: "30" }], returnWindowEndsAt: "2026-01-20T00:00:00Z" };
    const { events } = accepted(ledger, { id: "e1", type: "earn", memberId: "m1", order });
    expect(events[0]?.type === "earned" && events[0].lots[0]?.availableAt).toBe("2026-01-20T00:00:00.000Z");
    expect(accepted(ledger, { id: "a1", type: "activate" }, DAY7).events).toEqual([]);
    expect(accepted(ledger, { id: "a2", type: "activate" }, "2026-01-20T00:00:00Z").result.points).toBe(3);
  });

  it("credits explicit points: available at once without an orderId, locked with one, in the category given", () => {
    const ledger = PointsLedger.create(SHOP);
    accepted(ledger, { id: "e1", type: "earn", memberId: "m1", points: 40 });
    accepted(ledger, { id: "e2", type: "earn", memberId: "m1", points: 5, orderId: "o2", category: "promotional" });
    expect(ledger.balance("m1")).toEqual({ available: 40, pending: 5, held: 0, debt: 0 });
    expect(ledger.lots("m1").map((l) => [l.lotId, l.category, l.state])).toEqual([
      ["e1#1", "earned", "available"],
      ["e2#1", "promotional", "pending"],
    ]);
  });

  it("records a 0-point order (an event without postings) so it cannot earn again", () => {
    const ledger = PointsLedger.create(SHOP);
    const { events, result } = accepted(ledger, { id: "e1", type: "earn", memberId: "m1", order: { orderId: "o1", lines: [{ lineId: "l1", amount: "9.99" }] } });
    expect(result.points).toBe(0);
    expect(events).toHaveLength(1);
    expect(events[0]?.postings).toEqual([]);
    expect(expectRefused(ledger, { id: "e2", type: "earn", memberId: "m1", order: { orderId: "o1", lines: [{ lineId: "l1", amount: "100" }] } })).toEqual({
      reason: "ORDER_ALREADY_EARNED",
      message: 'order "o1" has already earned points',
      id: "o1",
    });
  });

  it("refuses an order id already earned with explicit points, and repays debt from a new lot first", () => {
    const ledger = ledgerWith({ ...SHOP, negativeBalance: "allow-debt" }, [[{ id: "r", type: "redeem", memberId: "m1", points: 4 }]]);
    expect(ledger.balance("m1")).toEqual({ available: -4, pending: 0, held: 0, debt: 4 });
    accepted(ledger, { id: "e1", type: "earn", memberId: "m1", points: 10, orderId: "o1" });
    expect(expectRefused(ledger, { id: "e2", type: "earn", memberId: "m1", points: 3, orderId: "o1" }).reason).toBe("ORDER_ALREADY_EARNED");
    expect(ledger.balance("m1")).toEqual({ available: -4, pending: 10, held: 0, debt: 4 }); // pending lots do not repay
    const { events } = accepted(ledger, { id: "a", type: "activate" }, DAY7);
    expect(events[0]?.type === "activated" && events[0].debits).toEqual([{ lotId: "e1#1", points: 4 }]);
    expect(ledger.balance("m1")).toEqual({ available: 6, pending: 0, held: 0, debt: 0 });
  });

  it("throws INVALID_ARGUMENT for an order together with explicit points", () => {
    const ledger = PointsLedger.create(SHOP);
    catchPatronageError(() => ledger.execute({ id: "e", type: "earn", memberId: "m1", points: 4, order: { orderId: "o", lines: [{ lineId: "l", amount: "1" }] } }, { now: T0 }), {
      code: "INVALID_ARGUMENT",
      field: "command.order",
    });
  });
});

describe("award", () => {
  it("awards an event rule once (promotional lot) and refuses it after with NOT_ELIGIBLE", () => {
    const ledger = PointsLedger.create(SHOP);
    const { result, events } = accepted(ledger, { id: "a1", type: "award", memberId: "m1", event: "signup" });
    expect(result.points).toBe(50);
    expect(events[0]?.type === "awarded" && events[0].lots[0]?.category).toBe("promotional");
    expect(expectRefused(ledger, { id: "a2", type: "award", memberId: "m1", event: "signup" })).toEqual({
      reason: "NOT_ELIGIBLE",
      message: 'no rule awards event "signup" to member "m1" (signup: oncePer: already awarded)',
    });
    expect(expectRefused(ledger, { id: "a3", type: "award", memberId: "m1", event: "birthday", birthday: "01-01" })).toEqual({
      reason: "NOT_ELIGIBLE",
      message: 'no rule awards event "birthday" to member "m1"',
    });
  });

  it("awards goodwill points (category goodwill, with its reason) and needs a reason", () => {
    const ledger = PointsLedger.create(SHOP);
    const { events } = accepted(ledger, { id: "a1", type: "award", memberId: "m1", points: 7, reason: "late delivery" });
    expect(events[0]).toMatchObject({ type: "awarded", event: null, reason: "late delivery" });
    expect(ledger.lots("m1")[0]).toMatchObject({ lotId: "a1#1", amount: 7, category: "goodwill", state: "available" });
    catchPatronageError(() => ledger.execute({ id: "a2", type: "award", memberId: "m1", points: 7 }, { now: T0 }), { code: "INVALID_ARGUMENT", field: "command.reason" });
  });
});

describe("redeem", () => {
  const funded = (program: PointsProgramInput): PointsLedger => ledgerWith(program, [[{ id: "g", type: "award", memberId: "m1", points: 30, reason: "x" }]]);

  it("reject: takes from lots, or refuses INSUFFICIENT_POINTS with the shortfall", () => {
    const ledger = funded(SHOP);
    expect(expectRefused(ledger, { id: "r1", type: "redeem", memberId: "m1", points: 50 })).toEqual({
      reason: "INSUFFICIENT_POINTS",
      message: 'member "m1" has 30 points available; 50 asked, 20 short',
      shortfall: 20,
      available: 30,
    });
    const { events } = accepted(ledger, { id: "r2", type: "redeem", memberId: "m1", points: 20, reference: "reward-1" });
    expect(events[0]).toMatchObject({ type: "redeemed", points: 20, debits: [{ lotId: "g#1", points: 20 }], debt: 0, shortfall: 0, reference: "reward-1" });
    expect(ledger.balance("m1").available).toBe(10);
  });

  it("clamp: takes what there is and records the shortfall; refuses when nothing is available", () => {
    const ledger = funded({ ...SHOP, negativeBalance: "clamp" });
    const { result } = accepted(ledger, { id: "r1", type: "redeem", memberId: "m1", points: 50 });
    expect(result).toMatchObject({ points: 30, shortfall: 20, debt: 0 });
    expect(expectRefused(ledger, { id: "r2", type: "redeem", memberId: "m1", points: 5 })).toEqual({
      reason: "INSUFFICIENT_POINTS",
      message: 'member "m1" has 0 points available; 5 asked',
      shortfall: 5,
      available: 0,
    });
  });

  it("allow-debt: the rest becomes debt, within the limit (DEBT_LIMIT beyond), and new points repay it", () => {
    const ledger = funded({ ...SHOP, negativeBalance: { mode: "allow-debt", limit: 25 } });
    expect(expectRefused(ledger, { id: "r1", type: "redeem", memberId: "m1", points: 60 })).toEqual({
      reason: "DEBT_LIMIT",
      message: 'member "m1" would owe 30 points, over the limit of 25',
      shortfall: 5,
      available: 30,
    });
    const { events } = accepted(ledger, { id: "r2", type: "redeem", memberId: "m1", points: 50 });
    expect(events[0]?.postings).toEqual([
      { account: "available", memberId: "m1", points: -30 },
      { account: "debt", memberId: "m1", points: -20 },
      { account: "redeemed", points: 50 },
    ]);
    accepted(ledger, { id: "g2", type: "award", memberId: "m1", points: 10, reason: "x" });
    expect(ledger.balance("m1")).toEqual({ available: -10, pending: 0, held: 0, debt: 10 });
    expect(lotsOf(ledger)).toEqual([
      ["g#1", 0, "available"],
      ["g2#1", 0, "available"],
    ]);
  });

  // Was a bug until 2026-11-22 14:57 (the new debt was points + debt): pinned.
  it("allow-debt: redeeming while in debt adds exactly the points redeemed to the debt", () => {
    const ledger = ledgerWith({ ...SHOP, negativeBalance: "allow-debt" }, [[{ id: "r1", type: "redeem", memberId: "m1", points: 1 }]]);
    expect(ledger.balance("m1")).toEqual({ available: -1, pending: 0, held: 0, debt: 1 });
    const { events } = accepted(ledger, { id: "r2", type: "redeem", memberId: "m1", points: 1 });
    expect(events[0]).toMatchObject({ points: 1, debt: 1 });
    expect(ledger.balance("m1")).toEqual({ available: -2, pending: 0, held: 0, debt: 2 });
  });

  it("consumes soonest expiry first, then promotional, then oldest", () => {
    const ledger = ledgerWith(SHOP, [
      [{ id: "a", type: "award", memberId: "m1", points: 5, reason: "x" }, T0],
      [{ id: "b", type: "earn", memberId: "m1", points: 5, category: "promotional" }, "2026-01-02T00:00:00Z"],
      [{ id: "c", type: "earn", memberId: "m1", points: 5 }, "2026-01-02T00:00:00Z"],
    ]);
    accepted(ledger, { id: "r", type: "redeem", memberId: "m1", points: 8 }, "2026-01-02T00:00:00Z");
    expect(lotsOf(ledger)).toEqual([
      ["a#1", 0, "available"],
      ["b#1", 2, "available"],
      ["c#1", 5, "available"],
    ]);
  });
});

describe("hold", () => {
  it("reserves points (default timeout from the programme) and refuses HOLD_EXISTS and INSUFFICIENT_POINTS", () => {
    const ledger = ledgerWith(SHOP, [[{ id: "g", type: "award", memberId: "m1", points: 30, reason: "x" }]]);
    expect(expectRefused(ledger, { id: "h1", type: "hold", memberId: "m1", points: 50 })).toEqual({
      reason: "INSUFFICIENT_POINTS",
      message: 'member "m1" has 30 points available; 50 asked to hold',
      shortfall: 20,
      available: 30,
    });
    const { events } = accepted(ledger, { id: "h2", type: "hold", memberId: "m1", points: 20, holdId: "basket-1" });
    expect(events[0]).toMatchObject({ type: "held", holdId: "basket-1", points: 20, expiresAt: "2026-01-01T00:30:00.000Z" });
    expect(ledger.balance("m1")).toEqual({ available: 10, pending: 0, held: 20, debt: 0 });
    expect(expectRefused(ledger, { id: "h3", type: "hold", memberId: "m1", points: 5, holdId: "basket-1" })).toEqual({
      reason: "HOLD_EXISTS",
      message: 'hold "basket-1" already exists',
      id: "basket-1",
    });
  });

  it("throws INVALID_ARGUMENT for an expiresAt not after now", () => {
    const ledger = ledgerWith(SHOP, [[{ id: "g", type: "award", memberId: "m1", points: 30, reason: "x" }]]);
    catchPatronageError(() => ledger.execute({ id: "h", type: "hold", memberId: "m1", points: 5, expiresAt: T0 }, { now: T0 }), {
      code: "INVALID_ARGUMENT",
      field: "command.expiresAt",
    });
  });
});

describe("capture", () => {
  const held = (): PointsLedger =>
    ledgerWith(SHOP, [
      [{ id: "g", type: "award", memberId: "m1", points: 30, reason: "x" }],
      [{ id: "h", type: "hold", memberId: "m1", points: 20, holdId: "basket-1" }],
    ]);

  it("captures part of a hold, gives the rest back, and closes it", () => {
    const ledger = held();
    expect(expectRefused(ledger, { id: "c0", type: "capture", holdId: "nope" })).toEqual({ reason: "HOLD_NOT_FOUND", message: 'no hold "nope"', id: "nope" });
    expect(expectRefused(ledger, { id: "c1", type: "capture", holdId: "basket-1", points: 25 })).toEqual({
      reason: "INSUFFICIENT_POINTS",
      message: 'hold "basket-1" holds 20 points; 25 asked to capture',
      shortfall: 5,
      available: 20,
      id: "basket-1",
    });
    const { events } = accepted(ledger, { id: "c2", type: "capture", holdId: "basket-1", points: 12 });
    expect(events[0]).toMatchObject({ type: "captured", points: 12, captured: [{ lotId: "g#1", points: 12 }], credits: [{ lotId: "g#1", points: 8 }], expired: [] });
    expect(ledger.balance("m1")).toEqual({ available: 18, pending: 0, held: 0, debt: 0 });
    expect(expectRefused(ledger, { id: "c3", type: "capture", holdId: "basket-1" })).toEqual({
      reason: "HOLD_CLOSED",
      message: 'hold "basket-1" is closed: nothing left to capture',
      id: "basket-1",
    });
  });

  it("refuses HOLD_EXPIRED at the hold's expiresAt; a capture is a redemption that can be reversed", () => {
    const ledger = held();
    expect(expectRefused(ledger, { id: "c1", type: "capture", holdId: "basket-1" }, "2026-01-01T00:30:00Z")).toEqual({
      reason: "HOLD_EXPIRED",
      message: 'hold "basket-1" timed out at 2026-01-01T00:30:00.000Z',
      id: "basket-1",
    });
    accepted(ledger, { id: "c2", type: "capture", holdId: "basket-1" }, "2026-01-01T00:29:59Z");
    expect(ledger.balance("m1")).toEqual({ available: 10, pending: 0, held: 0, debt: 0 });
    accepted(ledger, { id: "v", type: "reverseRedemption", redemptionId: "c2" }, "2026-01-01T00:29:59Z");
    expect(ledger.balance("m1").available).toBe(30);
  });
});

describe("release", () => {
  it("gives held points back, last allocations first, and closes the hold when empty", () => {
    const ledger = ledgerWith(SHOP, [
      [{ id: "a", type: "award", memberId: "m1", points: 5, reason: "x" }],
      [{ id: "b", type: "award", memberId: "m1", points: 10, reason: "x" }, "2026-01-02T00:00:00Z"],
      [{ id: "h", type: "hold", memberId: "m1", points: 12 }, "2026-01-02T00:00:00Z"],
    ]);
    expect(lotsOf(ledger)).toEqual([
      ["a#1", 0, "available"],
      ["b#1", 3, "available"],
    ]);
    const later = "2026-01-02T00:10:00Z";
    expect(expectRefused(ledger, { id: "x0", type: "release", holdId: "nope" }, later)).toEqual({ reason: "HOLD_NOT_FOUND", message: 'no hold "nope"', id: "nope" });
    expect(expectRefused(ledger, { id: "x1", type: "release", holdId: "h", points: 13 }, later)).toEqual({
      reason: "INSUFFICIENT_POINTS",
      message: 'hold "h" holds 12 points; 13 asked to release',
      shortfall: 1,
      available: 12,
      id: "h",
    });
    const { events } = accepted(ledger, { id: "x2", type: "release", holdId: "h", points: 8 }, later);
    expect(events[0]).toMatchObject({ credits: [{ lotId: "b#1", points: 7 }, { lotId: "a#1", points: 1 }] });
    expect(lotsOf(ledger)).toEqual([
      ["a#1", 1, "available"],
      ["b#1", 10, "available"],
    ]);
    expect(ledger.balance("m1")).toEqual({ available: 11, pending: 0, held: 4, debt: 0 });
    accepted(ledger, { id: "x3", type: "release", holdId: "h" }, later);
    expect(expectRefused(ledger, { id: "x4", type: "release", holdId: "h" }, later)).toEqual({
      reason: "HOLD_CLOSED",
      message: 'hold "h" is closed: nothing left to release',
      id: "h",
    });
  });
});

describe("reverseEarn", () => {
  const earned = (program: PointsProgramInput = SHOP): PointsLedger =>
    ledgerWith(program, [
      [{ id: "e1", type: "earn", memberId: "m1", order: { orderId: "o1", lines: [{ lineId: "l1", amount: "100" }, { lineId: "l2", amount: "50" }] } }],
      [{ id: "e2", type: "earn", memberId: "m1", points: 8, orderId: "o2" }],
      [{ id: "g", type: "award", memberId: "m1", points: 30, reason: "x" }],
    ]);

  it("refuses ORDER_NOT_FOUND, LINE_NOT_FOUND, REFUND_EXCEEDS_ORDER and NOTHING_TO_DO", () => {
    const ledger = earned();
    expect(expectRefused(ledger, { id: "v0", type: "reverseEarn", orderId: "nope" })).toEqual({ reason: "ORDER_NOT_FOUND", message: 'no order "nope" has earned points', id: "nope" });
    expect(expectRefused(ledger, { id: "v1", type: "reverseEarn", orderId: "o1", lines: [{ lineId: "l9" }] })).toEqual({
      reason: "LINE_NOT_FOUND",
      message: 'order "o1" has no line "l9"',
      id: "l9",
    });
    expect(expectRefused(ledger, { id: "v2", type: "reverseEarn", orderId: "o1", lines: [{ lineId: "l1", amount: "101" }] })).toEqual({
      reason: "REFUND_EXCEEDS_ORDER",
      message: 'line "l1" of order "o1" has 100 left to refund; 101 asked',
      id: "l1",
    });
    expect(expectRefused(ledger, { id: "v3", type: "reverseEarn", orderId: "o2", points: 9 })).toEqual({
      reason: "REFUND_EXCEEDS_ORDER",
      message: 'order "o2" has 8 points left to take back; 9 asked',
      available: 8,
      id: "o2",
    });
    accepted(ledger, { id: "v4", type: "reverseEarn", orderId: "o1" });
    expect(expectRefused(ledger, { id: "v5", type: "reverseEarn", orderId: "o1" })).toEqual({ reason: "NOTHING_TO_DO", message: 'the refund of order "o1" refunds nothing (its lines are refunded already, or the amounts are 0)', id: "o1" });
  });

  it("takes back pro rata to the amount refunded (floor of the cumulative share), pending lots first", () => {
    const ledger = earned();
    const first = accepted(ledger, { id: "v1", type: "reverseEarn", orderId: "o1", lines: [{ lineId: "l1", amount: "25" }] });
    expect(first.events[0]).toMatchObject({ lines: [{ lineId: "l1", amount: "25", points: 2 }], points: 2, debits: [{ lotId: "e1#1", points: 2 }] }); // ⌊10 × 25/100⌋
    const second = accepted(ledger, { id: "v2", type: "reverseEarn", orderId: "o1", lines: [{ lineId: "l1", amount: "25" }] });
    expect(second.result.points).toBe(3); // ⌊10 × 50/100⌋ − 2
    accepted(ledger, { id: "a", type: "activate" }, DAY7);
    const rest = accepted(ledger, { id: "v3", type: "reverseEarn", orderId: "o1" }, DAY7);
    expect(rest.events[0]).toMatchObject({ lines: [{ lineId: "l1", amount: "50", points: 5 }, { lineId: "l2", amount: "50", points: 5 }], points: 10, notReversed: 0 });
    expect(lotsOf(ledger)).toEqual([
      ["e1#1", 0, "available"],
      ["e2#1", 8, "available"],
      ["g#1", 30, "available"],
    ]);
  });

  it("within-balance: takes the member's other lots when the order's are spent; only-pending keeps them", () => {
    const setup: [PointsCommand, string][] = [
      [{ id: "e1", type: "earn", memberId: "m1", points: 10, orderId: "o1" }, T0],
      [{ id: "g", type: "award", memberId: "m1", points: 3, reason: "x" }, T0],
      [{ id: "a", type: "activate" }, DAY7],
      [{ id: "r", type: "redeem", memberId: "m1", points: 9 }, DAY7],
    ];
    const within = ledgerWith(SHOP, setup);
    expect(lotsOf(within)).toEqual([
      ["e1#1", 1, "available"],
      ["g#1", 3, "available"],
    ]); // same expiry, same category, same earnedAt: the lot created first goes first
    const w = accepted(within, { id: "v", type: "reverseEarn", orderId: "o1" }, DAY7);
    expect(w.events[0]).toMatchObject({ points: 10, debits: [{ lotId: "e1#1", points: 1 }, { lotId: "g#1", points: 3 }], debt: 0, notReversed: 6 });
    expect(w.result.shortfall).toBe(6);
    const pendingOnly = ledgerWith({ ...SHOP, returnPolicy: "only-pending" }, setup);
    const p = accepted(pendingOnly, { id: "v", type: "reverseEarn", orderId: "o1" }, DAY7);
    expect(p.events[0]).toMatchObject({ points: 10, debits: [], debt: 0, notReversed: 10 });
    expect(p.result.shortfall).toBe(10);
  });

  it("allow-debt: the rest of a refund becomes debt", () => {
    const ledger = ledgerWith({ ...SHOP, returnPolicy: "allow-debt" }, [
      [{ id: "e1", type: "earn", memberId: "m1", points: 10, orderId: "o1" }],
      [{ id: "a", type: "activate" }, DAY7],
      [{ id: "r", type: "redeem", memberId: "m1", points: 6 }, DAY7],
    ]);
    const { events } = accepted(ledger, { id: "v", type: "reverseEarn", orderId: "o1" }, DAY7);
    expect(events[0]).toMatchObject({ points: 10, debits: [{ lotId: "e1#1", points: 4 }], debt: 6, notReversed: 0 });
    expect(ledger.balance("m1")).toEqual({ available: -6, pending: 0, held: 0, debt: 6 });
  });

  // BUG-2 (reported): a whole-order refund of an explicit-points order with nothing left is accepted
  // as an earnReversed event without postings, instead of NOTHING_TO_DO.
  it("refuses NOTHING_TO_DO for a whole-order refund of an explicit-points order already reversed", () => {
    const ledger = ledgerWith(SHOP, [
      [{ id: "e1", type: "earn", memberId: "m1", points: 5, orderId: "o1" }],
      [{ id: "v1", type: "reverseEarn", orderId: "o1" }],
    ]);
    expect(expectRefused(ledger, { id: "v2", type: "reverseEarn", orderId: "o1" }).reason).toBe("NOTHING_TO_DO");
  });

  it("refuses LINE_NOT_FOUND for lines of an order credited with explicit points (it has none)", () => {
    const ledger = ledgerWith(SHOP, [[{ id: "e1", type: "earn", memberId: "m1", points: 5, orderId: "o1" }]]);
    expect(expectRefused(ledger, { id: "v1", type: "reverseEarn", orderId: "o1", lines: [{ lineId: "l1" }] })).toEqual({
      reason: "LINE_NOT_FOUND",
      message: 'order "o1" has no line "l1"',
      id: "l1",
    });
  });
});

describe("reverseRedemption", () => {
  const redeemed = (program: PointsProgramInput = SHOP): PointsLedger =>
    ledgerWith(program, [
      [{ id: "g", type: "award", memberId: "m1", points: 30, reason: "x" }],
      [{ id: "g2", type: "award", memberId: "m1", points: 30, reason: "y" }, "2026-01-10T00:00:00Z"],
      [{ id: "r", type: "redeem", memberId: "m1", points: 40 }, "2026-01-10T00:00:00Z"],
    ]);
  const JAN10 = "2026-01-10T00:00:00Z";
  const FEB1 = "2026-02-01T00:00:00Z";

  it("refuses REDEMPTION_NOT_FOUND, REVERSAL_EXCEEDS_REDEMPTION, LOT_EXPIRED and NOTHING_TO_DO", () => {
    const ledger = redeemed();
    expect(expectRefused(ledger, { id: "z0", type: "reverseRedemption", redemptionId: "nope" }, JAN10)).toEqual({
      reason: "REDEMPTION_NOT_FOUND",
      message: 'no redemption "nope"',
      id: "nope",
    });
    expect(expectRefused(ledger, { id: "z1", type: "reverseRedemption", redemptionId: "r", points: 41 }, JAN10)).toEqual({
      reason: "REVERSAL_EXCEEDS_REDEMPTION",
      message: 'redemption "r" has 40 points left to give back; 41 asked',
      available: 40,
      id: "r",
    });
    expect(expectRefused(ledger, { id: "z2", type: "reverseRedemption", redemptionId: "r", expiredLots: "reject" }, FEB1)).toEqual({
      reason: "LOT_EXPIRED",
      message: 'lot "g#1" of redemption "r" has expired',
      id: "g#1",
    });
    accepted(ledger, { id: "z3", type: "reverseRedemption", redemptionId: "r" }, FEB1);
    expect(expectRefused(ledger, { id: "z4", type: "reverseRedemption", redemptionId: "r" }, FEB1)).toEqual({
      reason: "NOTHING_TO_DO",
      message: 'redemption "r" is already reversed',
      id: "r",
    });
  });

  it("gives back last allocations first; a lot past its expiry is reissued (default) or forfeited", () => {
    const ledger = redeemed();
    const part = accepted(ledger, { id: "z1", type: "reverseRedemption", redemptionId: "r", points: 5 }, JAN10);
    expect(part.events[0]).toMatchObject({ credits: [{ lotId: "g2#1", points: 5 }], lots: [], expired: [] });
    const reissued = accepted(ledger, { id: "z2", type: "reverseRedemption", redemptionId: "r", points: 20 }, FEB1);
    expect(reissued.events[0]).toMatchObject({ credits: [{ lotId: "g2#1", points: 5 }], expired: [] });
    expect(reissued.result.lotIds).toEqual(["z2#1"]);
    expect(ledger.lots("m1").find((l) => l.lotId === "z2#1")).toMatchObject({
      amount: 15,
      remaining: 15,
      state: "available",
      earnedAt: "2026-02-01T00:00:00.000Z",
      availableAt: "2026-02-01T00:00:00.000Z",
      expiresAt: "2026-03-03T00:00:00.000Z", // 30 days from the reversal
      category: "goodwill", // the expired lot's
    });
    const forfeited = accepted(ledger, { id: "z3", type: "reverseRedemption", redemptionId: "r", expiredLots: "forfeit" }, FEB1);
    expect(forfeited.events[0]?.postings).toEqual([
      { account: "redeemed", points: -15 },
      { account: "expired", points: 15 },
    ]);
    expect(ledger.balance("m1")).toEqual({ available: 45, pending: 0, held: 0, debt: 0 });
  });

  it("cancels the debt a redemption created before giving lots back", () => {
    const ledger = ledgerWith({ ...SHOP, negativeBalance: "allow-debt" }, [
      [{ id: "g", type: "award", memberId: "m1", points: 10, reason: "x" }],
      [{ id: "r", type: "redeem", memberId: "m1", points: 15 }],
    ]);
    expect(ledger.balance("m1")).toEqual({ available: -5, pending: 0, held: 0, debt: 5 });
    const { events } = accepted(ledger, { id: "z", type: "reverseRedemption", redemptionId: "r", points: 7 });
    expect(events[0]).toMatchObject({ debtCancelled: 5, credits: [{ lotId: "g#1", points: 2 }] });
    expect(ledger.balance("m1")).toEqual({ available: 2, pending: 0, held: 0, debt: 0 });
  });
});

describe("adjust", () => {
  it("adds an adjustment lot or removes points like a redemption (negativeBalance applies)", () => {
    const ledger = PointsLedger.create(SHOP);
    const plus = accepted(ledger, { id: "j1", type: "adjust", memberId: "m1", points: 12, reason: "fix" });
    expect(plus.events[0]?.postings).toEqual([
      { account: "adjusted", points: -12 },
      { account: "available", memberId: "m1", points: 12 },
    ]);
    expect(ledger.lots("m1")[0]?.category).toBe("adjustment");
    expect(expectRefused(ledger, { id: "j2", type: "adjust", memberId: "m1", points: -20, reason: "fix" })).toEqual({
      reason: "INSUFFICIENT_POINTS",
      message: 'member "m1" has 12 points available; 20 asked, 8 short',
      shortfall: 8,
      available: 12,
    });
    expect(accepted(ledger, { id: "j3", type: "adjust", memberId: "m1", points: -2, reason: "fix" }).result.points).toBe(-2);
    expect(ledger.balance("m1").available).toBe(10);
    catchPatronageError(() => ledger.execute({ id: "j4", type: "adjust", memberId: "m1", points: 0, reason: "fix" }, { now: T0 }), {
      code: "INVALID_ARGUMENT",
      field: "command.points",
    });
  });
});

describe("transfer", () => {
  it("moves points in consumption order into one lot per source lot, keeping expiry and category", () => {
    const JAN5 = "2026-01-05T00:00:00Z";
    const ledger = ledgerWith(SHOP, [
      [{ id: "g", type: "award", memberId: "m1", points: 30, reason: "x" }],
      [{ id: "p", type: "earn", memberId: "m1", points: 5, category: "promotional" }, JAN5],
    ]);
    expect(expectRefused(ledger, { id: "t1", type: "transfer", from: "m1", to: "m2", points: 40 }, JAN5)).toEqual({
      reason: "INSUFFICIENT_POINTS",
      message: 'member "m1" has 35 points available; 40 asked to transfer',
      shortfall: 5,
      available: 35,
    });
    const { events, result } = accepted(ledger, { id: "t2", type: "transfer", from: "m1", to: "m2", points: 32 }, JAN5);
    expect(events.map((e) => e.type)).toEqual(["transferredOut", "transferredIn"]);
    expect(result).toMatchObject({ points: 32, lotIds: ["t2#1", "t2#2"], memberIds: ["m1", "m2"] });
    expect(ledger.lots("m2").map((l) => [l.lotId, l.amount, l.category, l.expiresAt])).toEqual([
      ["t2#1", 30, "goodwill", "2026-01-31T00:00:00.000Z"],
      ["t2#2", 2, "promotional", "2026-02-04T00:00:00.000Z"],
    ]);
    expect(ledger.liability({ valuePerPoint: 1, expectedRedemptionRate: 1 }).outstanding.total).toBe(35);
    catchPatronageError(() => ledger.execute({ id: "t3", type: "transfer", from: "m1", to: "m1", points: 1 }, { now: JAN5 }), {
      code: "INVALID_ARGUMENT",
      field: "command.to",
    });
  });
});

describe("expire", () => {
  it("releases timed-out holds, then expires lots due; a second expire finds nothing", () => {
    const ledger = ledgerWith({ ...SHOP, holdTimeoutMinutes: 60 }, [
      [{ id: "g", type: "award", memberId: "m1", points: 30, reason: "x" }],
      [{ id: "h", type: "hold", memberId: "m1", points: 10 }],
    ]);
    const idle = { events: [], result: { type: "expire", points: 0, lotIds: [], memberIds: [], debt: 0, shortfall: 0 }, duplicate: false };
    expect(accepted(ledger, { id: "x0", type: "expire" }, "2026-01-01T00:59:59Z")).toEqual({ ok: true, ...idle });
    expect(accepted(ledger, { id: "x0b", type: "activate" }, "2026-01-01T00:59:59Z")).toEqual({ ok: true, ...idle, result: { ...idle.result, type: "activate" } });
    expect(PointsLedger.create(SHOP).execute({ id: "x0c", type: "expire" }, { now: T0 })).toEqual({ ok: true, ...idle });
    const released = accepted(ledger, { id: "x1", type: "expire" }, "2026-01-01T01:00:00Z");
    expect(released.events[0]).toMatchObject({ cause: "expiry", releasedHolds: [{ holdId: "h", credits: [{ lotId: "g#1", points: 10 }], expired: [] }], points: 0 });
    // due at 2026-01-31T00:00Z but still spendable until an expire runs
    expect(ledger.balance("m1").available).toBe(30);
    const expired = accepted(ledger, { id: "x2", type: "expire" }, "2026-01-31T00:00:00Z");
    expect(expired.events[0]).toMatchObject({ lots: [{ lotId: "g#1", points: 30 }], points: 30 });
    expect(lotsOf(ledger)).toEqual([["g#1", 0, "expired"]]);
    expect(accepted(ledger, { id: "x3", type: "expire", memberId: "m1" }, "2026-01-31T00:00:00Z").events).toEqual([]);
  });

  it("gives a timed-out hold on an expired lot straight to the expired account", () => {
    const ledger = ledgerWith({ ...SHOP, holdTimeoutMinutes: 60 }, [
      [{ id: "g", type: "award", memberId: "m1", points: 30, reason: "x" }],
      [{ id: "h", type: "hold", memberId: "m1", points: 10, expiresAt: "2026-02-10T00:00:00Z" }],
      [{ id: "x1", type: "expire" }, "2026-01-31T00:00:00Z"],
    ]);
    expect(lotsOf(ledger)).toEqual([["g#1", 0, "expired"]]);
    const { events } = accepted(ledger, { id: "x2", type: "release", holdId: "h" }, "2026-02-01T00:00:00Z");
    expect(events[0]).toMatchObject({ credits: [], expired: [{ lotId: "g#1", points: 10 }] });
    expect(ledger.balance("m1")).toEqual({ available: 0, pending: 0, held: 0, debt: 0 });
  });

  it("inactivity: expires the whole balance (pending lots too) once the last activity is a period old", () => {
    const ledger = ledgerWith({ ...SHOP, expiry: { type: "inactivity", days: 60 } }, [
      [{ id: "g", type: "award", memberId: "m1", points: 30, reason: "x" }],
      [{ id: "e", type: "earn", memberId: "m1", points: 5, orderId: "o1" }, "2026-01-20T00:00:00Z"],
    ]);
    expect(ledger.lots("m1").map((l) => l.expiresAt)).toEqual([null, null]);
    expect(accepted(ledger, { id: "x0", type: "expire" }, "2026-03-20T23:59:59Z").events).toEqual([]);
    accepted(ledger, { id: "a", type: "activate" }, "2026-03-20T23:59:59Z"); // not an activity
    const { events } = accepted(ledger, { id: "x1", type: "expire" }, "2026-03-21T00:00:00Z");
    expect(events[0]).toMatchObject({ cause: "inactivity", lots: [{ lotId: "g#1", points: 30 }, { lotId: "e#1", points: 5 }], points: 35 });
    expect(ledger.balance("m1")).toEqual({ available: 0, pending: 0, held: 0, debt: 0 });
  });
});

describe("activate", () => {
  it("makes pending lots available once their lock ended, per member or for all", () => {
    const ledger = ledgerWith(SHOP, [
      [{ id: "e1", type: "earn", memberId: "m1", points: 5, orderId: "o1" }],
      [{ id: "e2", type: "earn", memberId: "m2", points: 7, orderId: "o2" }, "2026-01-02T00:00:00Z"],
    ]);
    expect(accepted(ledger, { id: "a0", type: "activate" }, "2026-01-07T23:59:59Z").events).toEqual([]);
    const one = accepted(ledger, { id: "a1", type: "activate", memberId: "m2" }, DAY7);
    expect(one.events).toEqual([]);
    const all = accepted(ledger, { id: "a2", type: "activate" }, "2026-01-09T00:00:00Z");
    expect(all.result).toMatchObject({ points: 12, memberIds: ["m1", "m2"] });
    expect(ledger.balance("m1")).toEqual({ available: 5, pending: 0, held: 0, debt: 0 });
  });
});

describe("idempotency, time and rebuilding", () => {
  it("returns the first outcome for a repeated id with the same payload and throws CONFLICT for another", () => {
    const ledger = PointsLedger.create(SHOP);
    const first = accepted(ledger, { id: "e1", type: "earn", memberId: "m1", points: 5 });
    const again = accepted(ledger, { id: "e1", type: "earn", memberId: "m1", points: 5 }, DAY7);
    expect(again).toEqual({ ...first, duplicate: true });
    expect(ledger.version).toBe(1);
    catchPatronageError(() => ledger.execute({ id: "e1", type: "earn", memberId: "m1", points: 6 }, { now: DAY7 }), {
      code: "CONFLICT",
      field: "command.id",
      message: 'command.id "e1" was used before with another payload',
    });
  });

  it("does not remember refusals: the id can be used again", () => {
    const ledger = PointsLedger.create(SHOP);
    expectRefused(ledger, { id: "r", type: "redeem", memberId: "m1", points: 5 });
    accepted(ledger, { id: "r", type: "earn", memberId: "m1", points: 5 });
  });

  it("throws INVALID_ARGUMENT for a now before the last event", () => {
    const ledger = ledgerWith(SHOP, [[{ id: "e1", type: "earn", memberId: "m1", points: 5 }, DAY7]]);
    catchPatronageError(() => ledger.execute({ id: "e2", type: "earn", memberId: "m1", points: 5 }, { now: T0 }), { code: "INVALID_ARGUMENT", field: "options.now" });
  });

  it("rebuilds the same state by replay and by restore, and answers balances as of earlier instants", () => {
    const ledger = ledgerWith(SHOP, [
      [{ id: "e1", type: "earn", memberId: "m1", points: 20, orderId: "o1" }],
      [{ id: "a", type: "activate" }, DAY7],
      [{ id: "r", type: "redeem", memberId: "m1", points: 5 }, DAY7],
    ]);
    const snapshot = ledger.snapshot();
    accepted(ledger, { id: "x", type: "expire" }, "2026-01-31T00:00:00Z");
    const json = JSON.stringify(ledger.snapshot());
    expect(JSON.stringify(PointsLedger.replay(SHOP, JSON.parse(JSON.stringify(ledger.events()))).snapshot())).toBe(json);
    const restored = PointsLedger.restore(SHOP, snapshot, ledger.events().slice(snapshot.seq));
    expect(JSON.stringify(restored.snapshot())).toBe(json);
    expect(ledger.balance("m1", { asOf: "2026-01-07T00:00:00Z" })).toEqual({ available: 0, pending: 20, held: 0, debt: 0 });
    expect(ledger.balance("m1", { asOf: DAY7 })).toEqual({ available: 15, pending: 0, held: 0, debt: 0 });
    expect(ledger.balance("m1")).toEqual({ available: 0, pending: 0, held: 0, debt: 0 });
    catchPatronageError(() => restored.balance("m1", { asOf: T0 }), { code: "INSUFFICIENT_DATA", field: "options.asOf" });
  });
});

describe("edge cases found in review", () => {
  it("tells a payload whose strings imitate other fields from the real one (CONFLICT, not a duplicate)", () => {
    const ledger = ledgerWith(SHOP);
    const forged = { id: "g1", type: "award", memberId: "m1", points: 5, reason: 'sorry","tier":"gold' } as const;
    accepted(ledger, forged);
    catchPatronageError(() => ledger.execute({ id: "g1", type: "award", memberId: "m1", points: 5, reason: "sorry", tier: "gold" }, { now: T0 }), {
      code: "CONFLICT",
      field: "command.id",
    });
    const order = (sku: string) => ({ orderId: "o1", lines: [{ lineId: "l1", amount: "10", sku }] });
    accepted(ledger, { id: "e1", type: "earn", memberId: "m1", order: order('x",{"amount":"5"') });
    catchPatronageError(() => ledger.execute({ id: "e1", type: "earn", memberId: "m1", order: order("x") }, { now: T0 }), { code: "CONFLICT", field: "command.id" });
  });

  it("refuses a negative refund amount as malformed", () => {
    const ledger = ledgerWith(SHOP, [[{ id: "e1", type: "earn", memberId: "m1", order: { orderId: "o1", lines: [{ lineId: "l1", amount: "100" }] } }]]);
    catchPatronageError(() => ledger.execute({ id: "v1", type: "reverseEarn", orderId: "o1", lines: [{ lineId: "l1", amount: "-50" }] }, { now: T0 }), {
      code: "INVALID_ARGUMENT",
      field: "command.lines[0].amount",
    });
  });

  it("names the field of an invalid Date inside the order, and of an order that is not an object", () => {
    const ledger = ledgerWith(SHOP);
    const order = { orderId: "o1", at: new Date("x"), lines: [{ lineId: "l1", amount: "10" }] };
    catchPatronageError(() => ledger.execute({ id: "e1", type: "earn", memberId: "m1", order }, { now: T0 }), { code: "INVALID_ARGUMENT", field: "command.order.at" });
    const bad = { id: "e2", type: "earn", memberId: "m1", order: "abc" } as unknown as PointsCommand;
    catchPatronageError(() => ledger.execute(bad, { now: T0 }), { code: "INVALID_ARGUMENT", field: "command.order" });
  });

  it("throws rather than let a balance leave the safe integers, and changes nothing", () => {
    const ledger = ledgerWith({ id: "big", timeZone: "UTC", currency: "CNY" }, [[{ id: "e1", type: "earn", memberId: "m1", points: Number.MAX_SAFE_INTEGER }]]);
    const before = JSON.stringify(ledger.snapshot());
    catchPatronageError(() => ledger.execute({ id: "e2", type: "earn", memberId: "m1", points: 1 }, { now: T0 }), { code: "INVALID_ARGUMENT", field: "command" });
    expect(JSON.stringify(ledger.snapshot())).toBe(before);
  });

  it("refuses a refund by points of an order that earned on its lines", () => {
    const ledger = ledgerWith(SHOP, [[{ id: "e1", type: "earn", memberId: "m1", order: { orderId: "o1", lines: [{ lineId: "l1", amount: "100" }] } }]]);
    expect(expectRefused(ledger, { id: "v1", type: "reverseEarn", orderId: "o1", points: 5 })).toEqual({
      reason: "REFUND_BY_LINES",
      message: 'order "o1" earned on its lines: refund lines, or the whole order',
      id: "o1",
    });
  });

  it("keeps an amount written plainly as written, and rewrites others canonically, in the earned event", () => {
    const ledger = ledgerWith(SHOP);
    const earned = accepted(ledger, { id: "e1", type: "earn", memberId: "m1", order: { orderId: "o1", lines: [{ lineId: "a", amount: "129.90" }, { lineId: "b", amount: "+7" }, { lineId: "c", amount: 12.5 }] } });
    const event = earned.events[0];
    expect(event?.type === "earned" && event.lines.map((l) => l.amount)).toEqual(["129.90", "7", "12.5"]);
  });
});

describe("replay refuses a log that does not fit (INVALID_ARGUMENT naming events[i])", () => {
  const base = (): PointsEvent[] => {
    const ledger = ledgerWith(SHOP, [
      [{ id: "g1", type: "award", memberId: "m1", points: 30, reason: "x" }],
      [{ id: "g2", type: "award", memberId: "m2", points: 12, reason: "x" }],
      [{ id: "h1", type: "hold", memberId: "m1", points: 5 }],
      [{ id: "r1", type: "redeem", memberId: "m1", points: 3 }],
    ]);
    return JSON.parse(JSON.stringify(ledger.events())) as PointsEvent[];
  };
  type Mutable = Record<string, unknown> & { lots: Record<string, unknown>[]; debits: Record<string, unknown>[] };
  const refuses = (events: unknown, field: string, message: RegExp): void => {
    catchPatronageError(() => PointsLedger.replay(SHOP, events as PointsEvent[]), { code: "INVALID_ARGUMENT", field, message });
  };

  it("accepts the log as it is", () => {
    expect(PointsLedger.replay(SHOP, base()).balance("m1")).toEqual({ available: 22, pending: 0, held: 5, debt: 0 });
  });

  it("refuses envelopes out of order or malformed", () => {
    refuses("not events", "events", /an array of events/);
    const gap = base();
    gap.splice(1, 1);
    refuses(gap, "events[1].seq", /3 \(events must be contiguous and in order\)|2 \(events must be contiguous and in order\)/);
    const undated = base();
    (undated[0] as unknown as Mutable)["at"] = "";
    refuses(undated, "events[0].at", /an ISO-8601 instant/);
    const late = base();
    (late[1] as unknown as Mutable)["at"] = "2025-12-31T00:00:00Z";
    refuses(late, "events[1].at", /no earlier than the event before/);
    const unbalanced = base();
    (unbalanced[0] as unknown as { postings: { points: number }[] }).postings[0]!.points = 1;
    refuses(unbalanced, "events[0].postings", /sum to zero/);
  });

  it("refuses moves of another member's lots, holds over-released, and lot ids or instants that do not fit", () => {
    const stolen = base();
    (stolen[3] as unknown as Mutable).debits = [{ lotId: "g2#1", points: 3 }];
    refuses(stolen, "events[3]", /lot g2#1 is not member m1's/);
    const renamed = base();
    (renamed[0] as unknown as Mutable).lots[0]!["lotId"] = "lot-1";
    refuses(renamed, "events[0]", /lot lot-1 should be g1#1/);
    const noExpiry = base();
    (noExpiry[0] as unknown as Mutable).lots[0]!["expiresAt"] = "";
    refuses(noExpiry, "events[0]", /a lot's expiresAt "" is not an ISO-8601 instant/);
    const badHold = base();
    (badHold[2] as unknown as Mutable)["expiresAt"] = "soon";
    refuses(badHold, "events[2]", /hold h1's expiresAt "soon" is not an ISO-8601 instant/);
    const released = ledgerWith(SHOP, [
      [{ id: "g1", type: "award", memberId: "m1", points: 30, reason: "x" }],
      [{ id: "h1", type: "hold", memberId: "m1", points: 5 }],
      [{ id: "x1", type: "release", holdId: "h1" }],
    ]);
    const over = JSON.parse(JSON.stringify(released.events())) as PointsEvent[];
    (over[2] as unknown as Mutable)["points"] = 50;
    refuses(over, "events[2]", /hold h1 holds 5 points, not 50/);
    const reused = base();
    (reused[3] as unknown as Mutable)["commandId"] = "g1";
    refuses(reused, "events[3]", /command g1 has events elsewhere in the log/);
  });
});

describe("a ledger that does not keep its events (keepEvents: false)", () => {
  const steps: readonly (readonly [PointsCommand, string?])[] = [
    [{ id: "g1", type: "award", memberId: "m1", points: 30, reason: "x" }],
    [{ id: "e1", type: "earn", memberId: "m1", order: { orderId: "o1", lines: [{ lineId: "l1", amount: "129.90" }] } }],
    [{ id: "h1", type: "hold", memberId: "m1", points: 5 }],
    [{ id: "r1", type: "redeem", memberId: "m1", points: 3 }],
    [{ id: "t1", type: "transfer", from: "m1", to: "m2", points: 4 }],
    [{ id: "a1", type: "activate" }, DAY7],
    [{ id: "x1", type: "expire" }, "2026-02-01T00:00:00Z"],
  ];
  const build = (options?: { keepEvents: boolean }): PointsLedger => {
    const ledger = PointsLedger.create(SHOP, options);
    for (const [command, now] of steps) expect(ledger.execute(command, { now: now ?? T0 }).ok).toBe(true);
    return ledger;
  };

  it("holds the same state and answers about the present alike", () => {
    const kept = build();
    const lean = build({ keepEvents: false });
    expect(JSON.stringify(lean.snapshot())).toBe(JSON.stringify(kept.snapshot()));
    for (const member of ["m1", "m2"]) {
      expect(lean.balance(member)).toEqual(kept.balance(member));
      expect(lean.balance(member, { asOf: "2026-02-01T00:00:00Z" })).toEqual(kept.balance(member));
      expect(lean.lots(member)).toEqual(kept.lots(member));
    }
    expect(lean.liability({ valuePerPoint: "0.1", expectedRedemptionRate: 1 })).toEqual(kept.liability({ valuePerPoint: "0.1", expectedRedemptionRate: 1 }));
    const replayed = PointsLedger.replay(SHOP, kept.events(), { keepEvents: false });
    expect(JSON.stringify(replayed.snapshot())).toBe(JSON.stringify(kept.snapshot()));
    const restored = PointsLedger.restore(SHOP, kept.snapshot(), [], { keepEvents: false });
    expect(restored.balance("m1")).toEqual(kept.balance("m1"));
  });

  it("answers a retry with its result and no events, and refuses questions about the past (INSUFFICIENT_DATA)", () => {
    const lean = build({ keepEvents: false });
    const kept = build();
    const retry = lean.execute({ id: "r1", type: "redeem", memberId: "m1", points: 3 }, { now: "2026-02-01T00:00:00Z" });
    expect(retry).toEqual({ ...kept.execute({ id: "r1", type: "redeem", memberId: "m1", points: 3 }, { now: "2026-02-01T00:00:00Z" }), events: [] });
    const past = /needs the events, and this ledger does not keep them \(keepEvents: false\)/;
    catchPatronageError(() => lean.events(), { code: "INSUFFICIENT_DATA", field: "keepEvents", message: /^events\(\) needs the events/ });
    catchPatronageError(() => lean.statement("m1"), { code: "INSUFFICIENT_DATA", field: "keepEvents", message: past });
    catchPatronageError(() => lean.balance("m1", { asOf: DAY7 }), { code: "INSUFFICIENT_DATA", field: "keepEvents", message: /^options.asOf needs/ });
    catchPatronageError(() => lean.liability({ asOf: DAY7, valuePerPoint: 1, expectedRedemptionRate: 1 }), { code: "INSUFFICIENT_DATA", field: "keepEvents", message: past });
    catchPatronageError(() => lean.liability({ from: DAY7, valuePerPoint: 1, expectedRedemptionRate: 1 }), { code: "INSUFFICIENT_DATA", field: "keepEvents", message: /^options.from needs/ });
    catchPatronageError(() => PointsLedger.create(SHOP, { keepEvents: "no" } as never), { code: "INVALID_ARGUMENT", field: "options.keepEvents" });
    catchPatronageError(() => PointsLedger.create(SHOP, null as never), { code: "INVALID_ARGUMENT", field: "options" });
  });
});
