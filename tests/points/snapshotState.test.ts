import { describe, expect, it } from "vitest";
import { PatronageError } from "../../src/PatronageError.js";
import { PointsLedger } from "../../src/points/PointsLedger.js";
import type { PointsSnapshot } from "../../src/points/PointsSnapshot.js";
import { restoreState, snapshotState } from "../../src/points/snapshotState.js";

const PROGRAM = {
  id: "coffee",
  timeZone: "Asia/Shanghai",
  currency: "CNY",
  earnRules: [{ id: "base", type: "spend", rate: { points: 1, per: 10 } }],
} as const;
const NOW = "2026-03-14T10:00:00+08:00";

function sample(): PointsLedger {
  const ledger = PointsLedger.create(PROGRAM);
  ledger.execute({ id: "c1", type: "earn", memberId: "m1", order: { orderId: "o1", lines: [{ lineId: "l1", amount: "129.90" }] } }, { now: NOW });
  ledger.execute({ id: "c2", type: "earn", memberId: "m2", order: { orderId: "o2", lines: [{ lineId: "l1", amount: "50" }] } }, { now: NOW });
  ledger.execute({ id: "c3", type: "transfer", from: "m1", to: "m2", points: 5 }, { now: NOW });
  ledger.execute({ id: "c4", type: "redeem", memberId: "m2", points: 3 }, { now: NOW });
  return ledger;
}

// The snapshot's orders and commands are decoded lazily after a restore (src/points/snapshotState.ts).
describe("restored orders and commands", () => {
  it("answer like the originals through every Map method", () => {
    const ledger = sample();
    const snapshot = JSON.parse(JSON.stringify(ledger.snapshot())) as PointsSnapshot;
    const state = restoreState(snapshot, "coffee");
    expect(state.orders.size).toBe(2);
    expect(state.orders.has("o1") && !state.orders.has("o3")).toBe(true);
    expect([...state.orders.keys()]).toEqual(["o1", "o2"]);
    expect([...state.orders.values()].map((o) => o.points)).toEqual([12, 5]);
    expect([...state.orders].map(([id]) => id)).toEqual(["o1", "o2"]);
    const seen: string[] = [];
    state.orders.forEach((order, id) => seen.push(`${id}:${order.memberId}:${order.lotIds.join(",")}`));
    expect(seen).toEqual(["o1:m1:c1#1", "o2:m2:c2#1"]);
    expect(() => state.orders.delete("o1")).toThrow();
    expect(() => state.orders.clear()).toThrow();

    expect(state.commands.size).toBe(4);
    expect(state.commands.has("c3") && !state.commands.has("c9")).toBe(true);
    expect([...state.commands.keys()]).toEqual(["c1", "c2", "c3", "c4"]);
    const transfer = state.commands.get("c3");
    expect(typeof transfer === "object" ? transfer.result : null).toEqual({ type: "transfer", points: 5, lotIds: ["c3#1"], memberIds: ["m1", "m2"], debt: 0, shortfall: 0 });
    expect([...state.commands.values()]).toHaveLength(4);
    expect([...state.commands].map(([id]) => id)).toEqual(["c1", "c2", "c3", "c4"]);
    let count = 0;
    state.commands.forEach(() => count++);
    expect(count).toBe(4);
    expect(() => state.commands.delete("c1")).toThrow();
    expect(() => state.commands.clear()).toThrow();
    // a restored state snapshots to the same JSON, and so does a restored one that changed
    expect(JSON.stringify(snapshotState(state, "coffee"))).toBe(JSON.stringify(snapshot));
    const restored = PointsLedger.restore(PROGRAM, snapshot);
    restored.execute({ id: "c5", type: "reverseEarn", orderId: "o1" }, { now: NOW });
    ledger.execute({ id: "c5", type: "reverseEarn", orderId: "o1" }, { now: NOW });
    expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(ledger.snapshot()));
    expect(restored.lots("m1")[0]?.source).toEqual({ commandId: "c1", ruleId: "base", orderId: "o1" });
    expect(restored.lots("m2")[1]?.source).toEqual({ commandId: "c3", fromLotId: "c1#1", fromMemberId: "m1" });
  });

  it("rejects a malformed snapshot (INVALID_ARGUMENT naming snapshot)", () => {
    const snapshot = JSON.parse(JSON.stringify(sample().snapshot())) as Record<string, unknown>;
    for (const [key, value] of [
      ["lots", [1, 2, 3]],
      ["lotIds", []],
      ["orders", [0, 12, 0, 1, 99, 1, 0, 5, 0, 1, 1, 1]],
      ["orders", [0]],
      ["commands", [0]],
      ["commandPrints", []],
      ["members", null],
    ] as const) {
      const broken = { ...snapshot, [key]: value } as unknown as PointsSnapshot;
      let caught: unknown;
      try {
        PointsLedger.restore(PROGRAM, broken);
      } catch (error) {
        caught = error;
      }
      expect(caught, key).toBeInstanceOf(PatronageError);
      expect((caught as PatronageError).code).toBe("INVALID_ARGUMENT");
      expect((caught as PatronageError).field).toBe("snapshot");
    }
  });
});
