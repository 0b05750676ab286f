import { describe, expect, it } from "vitest";
import { PatronageError } from "../../src/PatronageError.js";
import { PointsLedger } from "../../src/points/PointsLedger.js";
import type { PointsSnapshot } from "../../src/points/PointsSnapshot.js";
import { restoreState, snapshotState } from "../../src/points/snapshotState.js";
import { decodeColumn, encodeColumn } from "../../src/_lib/typedColumns.js";
import { StringList } from "../../src/points/StringList.js";

const PROGRAM = {
  id: "coffee",
  timeZone: "Asia/Shanghai",
  currency: "CNY",
  earnRules: [{ id: "base", type: "spend", rate: { points: 1, per: 10 } }],
  negativeBalance: { mode: "allow-debt" },
} as const;
const NOW = "2026-03-14T10:00:00+08:00";

function sample(): PointsLedger {
  const ledger = PointsLedger.create(PROGRAM);
  const run = (command: Parameters<PointsLedger["execute"]>[0]): void => {
    const outcome = ledger.execute(command, { now: NOW });
    if (!outcome.ok) throw new Error(outcome.message);
  };
  run({ id: "c1", type: "earn", memberId: "m1", order: { orderId: "o1", lines: [{ lineId: "l1", amount: "129.90" }, { lineId: "l2", amount: "20" }] } });
  run({ id: "c2", type: "earn", memberId: "m2", order: { orderId: "o2", lines: [{ lineId: "l1", amount: "50" }] } });
  run({ id: "c3", type: "transfer", from: "m1", to: "m2", points: 5 });
  run({ id: "c4", type: "redeem", memberId: "m2", points: 3 });
  run({ id: "c5", type: "hold", memberId: "m1", points: 2, holdId: "h1" });
  run({ id: "c6", type: "reverseEarn", orderId: "o1", lines: [{ lineId: "l1", amount: "29.90" }] });
  run({ id: "c7", type: "redeem", memberId: "m2", points: 20 });
  return ledger;
}

const roundTrip = (snapshot: PointsSnapshot): PointsSnapshot => JSON.parse(JSON.stringify(snapshot)) as PointsSnapshot;

describe("snapshotState and restoreState", () => {
  it("round-trip through JSON to the same state", () => {
    const ledger = sample();
    const snapshot = roundTrip(ledger.snapshot());
    expect(snapshot.columns.lotAmount.startsWith("v:")).toBe(true);
    expect(snapshot.columns.lotExpiresAt.startsWith("v:")).toBe(true);
    const state = restoreState(snapshot, "coffee");
    expect(JSON.stringify(snapshotState(state, "coffee"))).toBe(JSON.stringify(snapshot));
    const restored = PointsLedger.restore(PROGRAM, snapshot);
    for (const member of ["m1", "m2"]) {
      expect(restored.balance(member)).toEqual(ledger.balance(member));
      expect(restored.lots(member)).toEqual(ledger.lots(member));
    }
    expect(restored.lots("m2")[1]?.source).toEqual({ commandId: "c3", fromLotId: "c1#1", fromMemberId: "m1" });
    expect(restored.lots("m1")[0]?.source).toEqual({ commandId: "c1", ruleId: "base", orderId: "o1" });
    expect(restored.liability({ valuePerPoint: "0.1", expectedRedemptionRate: 1 })).toEqual(ledger.liability({ valuePerPoint: "0.1", expectedRedemptionRate: 1 }));
  });

  it("keep what a retry of a command from before the snapshot returns", () => {
    const ledger = sample();
    const restored = PointsLedger.restore(PROGRAM, roundTrip(ledger.snapshot()));
    for (const command of [
      { id: "c3", type: "transfer", from: "m1", to: "m2", points: 5 },
      { id: "c7", type: "redeem", memberId: "m2", points: 20 },
    ] as const) {
      const first = ledger.execute(command, { now: NOW });
      const again = restored.execute(command, { now: NOW });
      expect(again).toEqual({ ...first, events: [] });
    }
    expect(() => restored.execute({ id: "c3", type: "transfer", from: "m1", to: "m2", points: 6 }, { now: NOW })).toThrow(PatronageError);
  });

  it("carry on like the original: refunds, holds, reversals and debt after a restore", () => {
    const ledger = sample();
    const restored = PointsLedger.restore(PROGRAM, roundTrip(ledger.snapshot()));
    const later = [
      { id: "d1", type: "reverseEarn", orderId: "o1" },
      { id: "d2", type: "capture", holdId: "h1" },
      { id: "d3", type: "reverseRedemption", redemptionId: "c7" },
      { id: "d4", type: "reverseRedemption", redemptionId: "d2" },
      { id: "d5", type: "earn", memberId: "m3", order: { orderId: "o3", lines: [{ lineId: "l1", amount: "99" }] } },
    ] as const;
    for (const command of later) {
      const a = ledger.execute(command, { now: NOW });
      const b = restored.execute(command, { now: NOW });
      expect(b, command.id).toEqual(a);
    }
    expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(ledger.snapshot()));
  });

  it("snapshots detached from the ledger: later commands do not change an earlier snapshot", () => {
    const ledger = sample();
    const snapshot = ledger.snapshot();
    const text = JSON.stringify(snapshot);
    ledger.execute({ id: "e1", type: "award", memberId: "m9", points: 1, reason: "x" }, { now: NOW });
    expect(JSON.stringify(snapshot)).toBe(text);
  });

  it("rejects a malformed snapshot (INVALID_ARGUMENT naming snapshot)", () => {
    const snapshot = roundTrip(sample().snapshot()) as unknown as Record<string, unknown>;
    const columns = snapshot["columns"] as Record<string, string>;
    const broken: [string, Record<string, unknown>][] = [
      ["format", { ...snapshot, format: "patronage.points.snapshot/1" }],
      ["memberIds", { ...snapshot, memberIds: null }],
      ["memberIds as an array", { ...snapshot, memberIds: ["m1", "m2"] }],
      ["memberIds repeats", { ...snapshot, memberIds: { text: "m1m1", lengths: "u8:AgI=" } }],
      ["no columns", { ...snapshot, columns: null }],
      ["a short column", { ...snapshot, columns: { ...columns, lotAmount: "i32:AQAAAA==" } }],
      ["an unknown column type", { ...snapshot, columns: { ...columns, lotAmount: "i64:AQAAAA==" } }],
      ["a lot of no member", { ...snapshot, memberIds: { text: "m1", lengths: "u8:Ag==" } }],
      ["fingerprints missing", { ...snapshot, commandPrints: { text: "", lengths: "u8:" } }],
      ["lines missing", { ...snapshot, lineIds: { text: "", lengths: "u8:" } }],
      ["an allocation count", { ...snapshot, columns: { ...columns, holdLots: "i32://///w==" } }],
      ["accounts", { ...snapshot, accounts: { issued: 0.5 } }],
      ["seq", { ...snapshot, seq: -1 }],
      ["at", { ...snapshot, at: "yesterday" }],
      ["usage", { ...snapshot, usage: [[1, 2]] }],
      ["commandMembers", { ...snapshot, commandMembers: [[99, 0]] }],
    ];
    for (const [name, value] of broken) {
      let caught: unknown;
      try {
        PointsLedger.restore(PROGRAM, value as unknown as PointsSnapshot);
      } catch (error) {
        caught = error;
      }
      expect(caught, name).toBeInstanceOf(PatronageError);
      expect((caught as PatronageError).code, name).toBe("INVALID_ARGUMENT");
      expect((caught as PatronageError).field, name).toBe("snapshot");
    }
    expect(() => PointsLedger.restore({ ...PROGRAM, id: "tea" }, snapshot as unknown as PointsSnapshot)).toThrow(/snapshot.programId/);
  });

  it("rejects a snapshot whose values or references do not fit, naming what", () => {
    const snapshot = roundTrip(sample().snapshot());
    const edit = (name: keyof PointsSnapshot["columns"], change: (values: number[]) => void): PointsSnapshot => {
      const values = decodeColumn(snapshot.columns[name], -1);
      change(values);
      return { ...snapshot, columns: { ...snapshot.columns, [name]: encodeColumn(values, "f64") } };
    };
    const cases: [PointsSnapshot, RegExp][] = [
      [edit("lotRemaining", (v) => (v[0] = 0.5)), /column lotRemaining holds 0.5/],
      [edit("memberAvailable", (v) => (v[0] = Number.NaN)), /column memberAvailable holds NaN/],
      [edit("lotAvailableAt", (v) => (v[0] = Number.POSITIVE_INFINITY)), /column lotAvailableAt holds Infinity/],
      [edit("orderFirstLot", (v) => (v[0] = 1)), /order (0's lot 1 is another member's|1 has lots)/],
      [edit("orderFirstLot", (v) => (v[1] = 0)), /order 1 has lots 0 to/],
      [edit("orderLineCount", (v) => (v[0] = -1)), /column orderLineCount holds -1/],
      [edit("redemptionCommand", (v) => (v[0] = 0)), /redemption 0 comes from a earn command/],
      [edit("holdOpen", (v) => (v[0] = 99)), /hold 0 holds more than it took/],
      [edit("allocationLot", (v) => (v[0] = 1)), /an allocation's lot 1 is not its member's/],
      [{ ...snapshot, lineAmounts: StringList.of(["xyz", "20", "50"]).pack() }, /a line amount "xyz"/],
      [{ ...snapshot, lineRefunded: [[0, "abc"]] }, /a refunded amount "abc"/],
      [{ ...snapshot, at: "2026" }, /at 2026/],
      [{ ...snapshot, seq: 2 }, /seq 2 for 7 commands/],
      [{ ...snapshot, commandMembers: [[2, 0]] }, /commandMembers entry \[2,0\]/],
      [{ ...snapshot, lotFroms: [[1, 5, null]] } as unknown as PointsSnapshot, /lotFroms entry/],
      [{ ...snapshot, usage: [["k", Number.NaN]] } as unknown as PointsSnapshot, /usage counter/],
      // the books must balance: lots against their amounts, members against their lots and holds, members against the programme
      [edit("lotRemaining", (v) => (v[0] = 10_000)), /lot 0 holds 10000 of its \d+ points/],
      [edit("memberAvailable", (v) => (v[0] = (v[0] as number) + 5)), /member 0's balances \(\d+ available, \d+ pending, \d+ held\) are not what their lots and holds hold/],
      [edit("memberHeld", (v) => (v[0] = (v[0] as number) + 1)), /member 0's balances/],
      [{ ...snapshot, accounts: { ...snapshot.accounts, issued: (snapshot.accounts.issued ?? 0) - 1 } }, /members hold -?\d+ points, and the programme accounts say -?\d+/],
      // what holds and redemptions took must fit their commands and the lots
      [edit("memberDebt", (v) => (v[1] = -5)), /column memberDebt holds -5/],
      [edit("allocationPoints", (v) => (v[0] = (v[0] as number) + 40)), /hold 0 holds 2 points, and its lots 42/],
      [edit("redemptionDebt", (v) => (v[v.length - 1] = 50)), /redemption 1 gives back more than command 6 took/],
      [edit("allocationPoints", (v) => (v[1] = (v[1] as number) + 1)), /redemption 0 gives back more than command 3 took|lot \d+ holds \d+ and gave \d+ of its \d+ points/],
      // lots belong to commands that create lots, and an order's lots to its earn command
      [edit("commandLots", (v) => ([v[2], v[3]] = [0, 1])), /a redeem command created 1 lots/],
      [edit("commandLots", (v) => ([v[0], v[1]] = [(v[0] as number) + 1, (v[1] as number) - 1])), /order 0's lots 0 to 0 are not those of an earn command/],
    ];
    for (const [broken, message] of cases) {
      expect(() => PointsLedger.restore(PROGRAM, broken), String(message)).toThrow(message);
    }
  });
});
