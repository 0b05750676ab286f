import { invalidArgument } from "../_lib/invalidArgument.js";
import { LedgerState, type Lot } from "./LedgerState.js";
import type { PointsCommand } from "./PointsCommand.js";
import type { PointsEvent } from "./PointsEvent.js";
import type { PointsAccount } from "./PointsPosting.js";
import type { PointsSnapshot, SnapshotCommand, SnapshotLot } from "./PointsSnapshot.js";
import { summarizeCommand } from "./summarizeCommand.js";

const FORMAT = "patronage.points.snapshot/1";
const iso = (ms: number): string | null => (Number.isFinite(ms) ? new Date(ms).toISOString() : null);

/**
 * The state as a {@link PointsSnapshot}.
 *
 * @internal
 */
export function snapshotState(state: LedgerState, programId: string): PointsSnapshot {
  return {
    format: FORMAT,
    programId,
    seq: state.seq,
    at: iso(state.lastAt),
    accounts: Object.fromEntries(state.accounts) as Partial<Record<PointsAccount, number>>,
    members: [...state.members.values()].map((m) => ({
      memberId: m.memberId,
      available: m.available,
      pending: m.pending,
      held: m.held,
      debt: m.debt,
      lastActivity: iso(m.lastActivity),
      orders: m.orders,
      lots: m.lots.map(
        (lot): SnapshotLot => [
          lot.lotId,
          lot.amount,
          lot.remaining,
          lot.state,
          lot.earnedAt,
          lot.availableAt,
          lot.expiresAt === Number.POSITIVE_INFINITY ? null : lot.expiresAt,
          lot.category,
          lot.source,
          lot.ordinal,
        ],
      ),
    })),
    holds: [...state.holds.values()].map((h) => ({
      holdId: h.holdId,
      memberId: h.memberId,
      points: h.points,
      expiresAt: new Date(h.expiresAt).toISOString(),
      open: h.open,
      allocations: [...h.allocations],
    })),
    orders: [...state.orders.values()].map((o) => ({
      orderId: o.orderId,
      memberId: o.memberId,
      lotIds: [...o.lotIds],
      points: o.points,
      reversed: o.reversed,
      lines: [...o.lines].map(([lineId, l]) => ({ lineId, amount: l.amount, points: l.points, refunded: l.refunded, reversed: l.reversed })),
    })),
    redemptions: [...state.redemptions.values()].map((r) => ({
      redemptionId: r.redemptionId,
      memberId: r.memberId,
      allocations: [...r.allocations],
      debt: r.debt,
    })),
    usage: [...state.usage],
    commands: [...state.commands].map(([id, known]): SnapshotCommand => {
      if (typeof known !== "number") return [id, known.fingerprint, known.result];
      const events = state.commandEvents(known);
      const first = events[0] as PointsEvent;
      return [id, first.fingerprint, summarizeCommand(commandType(first.type), events)];
    }),
    ordinal: state.ordinal,
  };
}

/** The command type that produced an event type. */
function commandType(type: string | undefined): PointsCommand["type"] {
  switch (type) {
    case "earned":
      return "earn";
    case "awarded":
      return "award";
    case "redeemed":
      return "redeem";
    case "held":
      return "hold";
    case "captured":
      return "capture";
    case "released":
      return "release";
    case "earnReversed":
      return "reverseEarn";
    case "redemptionReversed":
      return "reverseRedemption";
    case "adjusted":
      return "adjust";
    case "transferredOut":
      return "transfer";
    case "expired":
      return "expire";
    default:
      return "activate";
  }
}

/**
 * A state rebuilt from a {@link PointsSnapshot}.
 *
 * @internal
 */
export function restoreState(snapshot: PointsSnapshot, programId: string): LedgerState {
  if (typeof snapshot !== "object" || snapshot === null || snapshot.format !== FORMAT) {
    throw invalidArgument("snapshot.format", (snapshot as { format?: unknown } | null)?.format, `"${FORMAT}"`);
  }
  if (snapshot.programId !== programId) throw invalidArgument("snapshot.programId", snapshot.programId, `the programme's id ${JSON.stringify(programId)}`);
  const state = new LedgerState();
  try {
    for (const [account, points] of Object.entries(snapshot.accounts)) state.accounts.set(account as PointsAccount, points as number);
    for (const m of snapshot.members) {
      const member = state.member(m.memberId);
      member.available = m.available;
      member.pending = m.pending;
      member.held = m.held;
      member.debt = m.debt;
      member.lastActivity = m.lastActivity === null ? Number.NEGATIVE_INFINITY : Date.parse(m.lastActivity);
      member.orders = m.orders;
      for (const [lotId, amount, remaining, lotState, earnedAt, availableAt, expiresAt, category, source, ordinal] of m.lots) {
        const lot: Lot = {
          lotId,
          memberId: m.memberId,
          amount,
          remaining,
          state: lotState,
          earnedAt,
          availableAt,
          expiresAt: expiresAt ?? Number.POSITIVE_INFINITY,
          category,
          source,
          ordinal,
        };
        member.lots.push(lot);
        state.lots.set(lot.lotId, lot);
      }
    }
    for (const h of snapshot.holds) {
      state.holds.set(h.holdId, { holdId: h.holdId, memberId: h.memberId, points: h.points, expiresAt: Date.parse(h.expiresAt), allocations: new Map(h.allocations), open: h.open });
    }
    for (const o of snapshot.orders) {
      const lines = new Map(o.lines.map((l) => [l.lineId, { amount: l.amount, points: l.points, refunded: l.refunded, reversed: l.reversed }]));
      state.orders.set(o.orderId, { orderId: o.orderId, memberId: o.memberId, lotIds: [...o.lotIds], lines, points: o.points, reversed: o.reversed });
    }
    for (const r of snapshot.redemptions) {
      state.redemptions.set(r.redemptionId, { redemptionId: r.redemptionId, memberId: r.memberId, allocations: new Map(r.allocations), debt: r.debt });
    }
    for (const [key, points] of snapshot.usage) state.usage.set(key, points);
    for (const [id, fingerprint, result] of snapshot.commands) state.commands.set(id, { fingerprint, result });
  } catch (error) {
    throw invalidArgument("snapshot", "a malformed snapshot", `a snapshot from PointsLedger.snapshot() (${(error as Error).message})`);
  }
  state.seq = snapshot.seq;
  state.baseSeq = snapshot.seq;
  state.lastAt = snapshot.at === null ? Number.NEGATIVE_INFINITY : Date.parse(snapshot.at);
  state.baseAt = state.lastAt;
  state.ordinal = snapshot.ordinal;
  return state;
}
