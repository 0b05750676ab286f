import type { PointsCommand } from "../src/points/PointsCommand.js";
import type { PointsProgramInput } from "../src/points/PointsProgram.js";

/**
 * A deterministic workload for the ledger benchmarks (a 32-bit LCG, no Math.random): a coffee-shop
 * programme, and `n` mixed commands of `members` members over a year, one minute apart —
 * 55 % orders (two lines, through a spend rule and a category multiplier), 15 % redemptions,
 * 8 % holds followed by a capture or a release, 6 % goodwill awards, 5 % refunds of an earlier
 * order, 4 % transfers, 3 % adjustments, 4 % expire/activate runs for one member. Returns each
 * command with its `now`.
 */
export const benchProgram: PointsProgramInput = {
  id: "bench-coffee",
  timeZone: "Asia/Shanghai",
  currency: "CNY",
  earnRules: [
    { id: "base", type: "spend", rate: { points: 1, per: 10 } },
    { id: "pastry", type: "multiplier", factor: 2, appliesTo: { categories: ["pastry"] } },
  ],
  expiry: { type: "monthsAfterEarnMonth", months: 6 },
  lockDays: 3,
};

export function benchCommands(n: number, members: number, seed0 = 20261122): { command: PointsCommand; now: number }[] {
  let seed = seed0;
  const next = (): number => {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    return seed / 4_294_967_296;
  };
  const member = (): string => `m${Math.floor(next() * members)}`;
  const start = Date.UTC(2026, 0, 1);
  const out: { command: PointsCommand; now: number }[] = [];
  const orders: string[] = [];
  const holds: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `c${i}`;
    const now = start + i * 60_000;
    const r = next();
    let command: PointsCommand;
    if (holds.length > 0 && r < 0.04) {
      const holdId = holds.pop() as string;
      command = next() < 0.7 ? { id, type: "capture", holdId } : { id, type: "release", holdId };
    } else if (r < 0.59) {
      const orderId = `o${i}`;
      orders.push(orderId);
      const amount = (Math.round(1_000 + next() * 20_000) / 100).toFixed(2);
      command = {
        id,
        type: "earn",
        memberId: member(),
        order: { orderId, lines: [{ lineId: "1", amount, category: "coffee" }, { lineId: "2", amount: "18.50", category: "pastry" }] },
      };
    } else if (r < 0.74) {
      command = { id, type: "redeem", memberId: member(), points: 5 + Math.floor(next() * 30) };
    } else if (r < 0.78) {
      command = { id, type: "hold", memberId: member(), points: 10 };
      holds.push(id);
    } else if (r < 0.84) {
      command = { id, type: "award", memberId: member(), points: 20, reason: "goodwill" };
    } else if (r < 0.89 && orders.length > 0) {
      const orderId = orders.splice(Math.floor(next() * orders.length), 1)[0] as string;
      command = next() < 0.5 ? { id, type: "reverseEarn", orderId } : { id, type: "reverseEarn", orderId, lines: [{ lineId: "2" }] };
    } else if (r < 0.93) {
      command = { id, type: "transfer", from: member(), to: member(), points: 5 };
      if (command.from === command.to) command = { id, type: "award", memberId: command.from, points: 5, reason: "goodwill" };
    } else if (r < 0.96) {
      command = { id, type: "adjust", memberId: member(), points: next() < 0.5 ? 10 : -3, reason: "correction" };
    } else {
      command = next() < 0.5 ? { id, type: "expire", memberId: member() } : { id, type: "activate", memberId: member() };
    }
    out.push({ command, now });
  }
  return out;
}
