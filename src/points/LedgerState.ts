import { Decimal } from "../_lib/Decimal.js";
import { parseEventInstant } from "./parseEventInstant.js";
import type { LotMove, NewLot, PointsEvent } from "./PointsEvent.js";
import type { PointsLot, PointsLotSource } from "./PointsLot.js";
import type { PointsCommandResult } from "./PointsOutcome.js";
import type { PointsAccount } from "./PointsPosting.js";

/** A lot in memory: instants as epoch ms, `expiresAt` +∞ for never. @internal */
export interface Lot {
  readonly lotId: string;
  readonly memberId: string;
  readonly amount: number;
  remaining: number;
  state: "pending" | "available" | "expired";
  readonly earnedAt: number;
  readonly availableAt: number;
  readonly expiresAt: number;
  readonly category: string;
  /** Creation order across the ledger: the last tie-break of consumption. */
  readonly ordinal: number;
  /**
   * The lot's source, flat (no object per lot; {@link lotView} builds the public one): the command
   * is the `lotId` up to its last `#`.
   */
  readonly ruleId: string | undefined;
  readonly orderId: string | undefined;
  readonly fromLotId: string | undefined;
  readonly fromMemberId: string | undefined;
}

/** A member's lots, balances and history. @internal */
export interface Member {
  readonly memberId: string;
  readonly lots: Lot[];
  available: number;
  pending: number;
  held: number;
  /** Points owed (≥ 0): minus the balance of the member's `debt` account. */
  debt: number;
  /** The member's last activity (ms): any event but an expiry, an activation or a release; −∞ before the first. */
  lastActivity: number;
  /** Orders earned on (fires `firstPurchase` rules while 0). */
  orders: number;
  /** Indexes into the ledger's events of this member's events. */
  readonly history: number[];
}

/** An open or closed hold. @internal */
export interface Hold {
  readonly holdId: string;
  readonly memberId: string;
  readonly points: number;
  readonly expiresAt: number;
  /** Points still held, per lot, in allocation order. */
  readonly allocations: Map<string, number>;
  open: number;
}

/** An order earned on, and how much of it has been refunded. @internal */
export interface OrderRecord {
  readonly orderId: string;
  readonly memberId: string;
  readonly lotIds: readonly string[];
  /** Per line: the amount paid and refunded so far (decimal strings), the points attributed and asked back. */
  readonly lines: Map<string, OrderLine>;
  readonly points: number;
  /** Points asked back so far (explicit-points orders count here). */
  reversed: number;
  /** The creation index of the order's first lot (its lots were created together: `lotIds[k]` is `firstLot + k`). */
  readonly firstLot: number;
}

/** A line of an {@link OrderRecord}. @internal */
export interface OrderLine {
  readonly amount: string;
  readonly points: number;
  refunded: string;
  reversed: number;
}

/** A redemption (a redeem or a capture) and what of it can still be given back. @internal */
export interface Redemption {
  readonly redemptionId: string;
  readonly memberId: string;
  /** Points per lot not yet given back, in allocation order. */
  readonly allocations: Map<string, number>;
  /** Debt the redemption created, not yet cancelled or given back. */
  debt: number;
}

/** A command known from a snapshot (its events came before it): fingerprint and outcome. @internal */
export interface RestoredCommand {
  readonly fingerprint: string;
  readonly result: PointsCommandResult;
}

const ACCOUNTS: readonly PointsAccount[] = ["issued", "redeemed", "expired", "reversed", "adjusted", "transit"];

/**
 * The ledger's state and its one transition: {@link LedgerState.apply} folds an event in. Execution
 * and replay both go through it, so replay rebuilds the state executed commands left behind.
 *
 * @internal
 */
export class LedgerState {
  readonly members = new Map<string, Member>();
  readonly lots = new Map<string, Lot>();
  readonly holds = new Map<string, Hold>();
  /** Orders earned on (a restored ledger's decodes those of its snapshot when first asked for). */
  readonly orders: Map<string, OrderRecord>;
  readonly redemptions = new Map<string, Redemption>();
  /** Cap and once-per counters, by key. */
  readonly usage = new Map<string, number>();
  /** The commands seen: the index of their first event (a command's events are contiguous), or what a snapshot kept. */
  readonly commands: Map<string, number | RestoredCommand>;
  readonly events: PointsEvent[] = [];
  /** Programme account balances. */
  readonly accounts = new Map<PointsAccount, number>(ACCOUNTS.map((a) => [a, 0]));
  /** The seq of the last event (0 when empty). */
  seq = 0;
  /** The instant of the last event (−∞ when empty). */
  lastAt = Number.NEGATIVE_INFINITY;
  /** The seq and instant a restored snapshot starts from (0 and −∞ for a full log). */
  baseSeq = 0;
  baseAt = Number.NEGATIVE_INFINITY;
  ordinal = 0;

  /** An empty state, or (from a snapshot) one with the given indexes of orders and commands. */
  constructor(orders: Map<string, OrderRecord> = new Map(), commands: Map<string, number | RestoredCommand> = new Map()) {
    this.orders = orders;
    this.commands = commands;
  }

  /** The events of the command whose first event is at `first`. */
  commandEvents(first: number): PointsEvent[] {
    const events = this.events;
    const id = (events[first] as PointsEvent).commandId;
    let end = first + 1;
    while (end < events.length && (events[end] as PointsEvent).commandId === id) end++;
    return events.slice(first, end);
  }

  member(memberId: string): Member {
    let member = this.members.get(memberId);
    if (member === undefined) {
      member = { memberId, lots: [], available: 0, pending: 0, held: 0, debt: 0, lastActivity: Number.NEGATIVE_INFINITY, orders: 0, history: [] };
      this.members.set(memberId, member);
    }
    return member;
  }

  lot(lotId: string): Lot {
    const lot = this.lots.get(lotId);
    if (lot === undefined) throw new Error(`internal: unknown lot ${lotId}`);
    return lot;
  }

  /** Folds one event in. The event must be valid for this state (execute made it, or replay checked it). */
  apply(event: PointsEvent, at: number): void {
    const member = this.member(event.memberId);
    switch (event.type) {
      case "earned": {
        const firstLot = this.ordinal;
        this.#addLots(event, at);
        if (event.orderId !== null) {
          const lines = new Map<string, OrderLine>();
          for (const line of event.lines) lines.set(line.lineId, { amount: line.amount, points: line.points, refunded: "0", reversed: 0 });
          const points = event.lots.reduce((sum, lot) => sum + lot.amount, 0);
          this.orders.set(event.orderId, { orderId: event.orderId, memberId: event.memberId, lotIds: event.lots.map((l) => l.lotId), lines, points, reversed: 0, firstLot });
          member.orders += 1;
        }
        this.#debit(event.debits);
        this.#count(event.usage);
        break;
      }
      case "awarded":
        this.#addLots(event, at);
        this.#debit(event.debits);
        this.#count(event.usage);
        break;
      case "redeemed":
        this.#debit(event.debits);
        this.redemptions.set(event.commandId, { redemptionId: event.commandId, memberId: event.memberId, allocations: toMap(event.debits), debt: event.debt });
        break;
      case "held":
        this.#debit(event.debits);
        this.holds.set(event.holdId, {
          holdId: event.holdId,
          memberId: event.memberId,
          points: event.points,
          expiresAt: parseEventInstant(event.expiresAt),
          allocations: toMap(event.debits),
          open: event.points,
        });
        break;
      case "captured": {
        const hold = this.#hold(event.holdId);
        takeFrom(hold.allocations, event.captured);
        takeFrom(hold.allocations, event.credits);
        takeFrom(hold.allocations, event.expired);
        hold.open = 0;
        this.#credit(event.credits);
        this.#debit(event.debits);
        this.redemptions.set(event.commandId, { redemptionId: event.commandId, memberId: event.memberId, allocations: toMap(event.captured), debt: 0 });
        break;
      }
      case "released": {
        const hold = this.#hold(event.holdId);
        takeFrom(hold.allocations, event.credits);
        takeFrom(hold.allocations, event.expired);
        hold.open -= event.points;
        this.#credit(event.credits);
        this.#debit(event.debits);
        break;
      }
      case "earnReversed": {
        const order = this.orders.get(event.orderId);
        if (order === undefined) throw new Error(`internal: unknown order ${event.orderId}`);
        for (const line of event.lines) {
          const record = order.lines.get(line.lineId);
          if (record !== undefined) {
            record.refunded = new Decimal(record.refunded).plus(line.amount).toFixed();
            record.reversed += line.points;
          }
        }
        order.reversed += event.points;
        this.#debit(event.debits);
        break;
      }
      case "redemptionReversed": {
        const redemption = this.redemptions.get(event.redemptionId);
        if (redemption === undefined) throw new Error(`internal: unknown redemption ${event.redemptionId}`);
        takeFrom(redemption.allocations, event.credits);
        takeFrom(redemption.allocations, event.expired);
        let fromDebt = event.points - sumMoves(event.credits) - sumMoves(event.expired);
        for (const lot of event.lots) {
          if (lot.fromLotId !== undefined) {
            takeFrom(redemption.allocations, [{ lotId: lot.fromLotId, points: lot.amount }]);
            fromDebt -= lot.amount;
          }
        }
        redemption.debt -= fromDebt;
        this.#credit(event.credits);
        this.#addLots(event, at);
        this.#debit(event.debits);
        break;
      }
      case "adjusted":
        this.#addLots(event, at);
        this.#debit(event.debits);
        break;
      case "transferredOut":
        this.#debit(event.debits);
        break;
      case "transferredIn":
        this.#addLots(event, at);
        this.#debit(event.debits);
        break;
      case "expired":
        for (const released of event.releasedHolds) {
          const hold = this.#hold(released.holdId);
          takeFrom(hold.allocations, released.credits);
          takeFrom(hold.allocations, released.expired);
          hold.open = 0;
          this.#credit(released.credits);
        }
        this.#debit(event.debits);
        for (const move of event.lots) {
          const lot = this.lot(move.lotId);
          lot.remaining -= move.points;
          lot.state = "expired";
        }
        break;
      case "activated":
        for (const move of event.lots) this.lot(move.lotId).state = "available";
        this.#debit(event.debits);
        break;
    }
    if (event.type !== "expired" && event.type !== "activated" && event.type !== "released") member.lastActivity = at;
    for (const posting of event.postings) {
      if (posting.memberId === undefined) {
        this.accounts.set(posting.account, (this.accounts.get(posting.account) ?? 0) + posting.points);
      } else {
        const owner = posting.memberId === member.memberId ? member : this.member(posting.memberId);
        switch (posting.account) {
          case "available":
            owner.available += posting.points;
            break;
          case "pending":
            owner.pending += posting.points;
            break;
          case "held":
            owner.held += posting.points;
            break;
          default:
            owner.debt -= posting.points;
            break;
        }
      }
    }
    const index = this.events.length;
    this.events.push(event);
    member.history.push(index);
    if (index === 0 || (this.events[index - 1] as PointsEvent).commandId !== event.commandId) this.commands.set(event.commandId, index);
    this.seq = event.seq;
    this.lastAt = at;
  }

  #hold(holdId: string): Hold {
    const hold = this.holds.get(holdId);
    if (hold === undefined) throw new Error(`internal: unknown hold ${holdId}`);
    return hold;
  }

  #addLots(event: PointsEvent & { readonly lots: readonly NewLot[] }, at: number): void {
    const orderId = event.type === "earned" && event.orderId !== null ? event.orderId : undefined;
    const memberId = event.memberId;
    const owner = this.member(memberId);
    const lots = this.lots;
    for (const lot of event.lots) {
      const availableAt = lot.availableAt === undefined ? at : this.#parseAvailable(lot.availableAt);
      const created: Lot = {
        lotId: lot.lotId,
        memberId,
        amount: lot.amount,
        remaining: lot.amount,
        state: availableAt > at ? "pending" : "available",
        earnedAt: at,
        availableAt,
        expiresAt: lot.expiresAt === null ? Number.POSITIVE_INFINITY : this.#parseExpiry(lot.expiresAt),
        category: lot.category,
        ordinal: this.ordinal++,
        ruleId: lot.ruleId,
        orderId,
        fromLotId: lot.fromLotId,
        fromMemberId: lot.fromMemberId,
      };
      lots.set(created.lotId, created);
      owner.lots.push(created);
    }
  }

  #lastAvailable = "";
  #lastAvailableMs = 0;

  /** Parses a lock's end; lots created together share one, so the last is kept. */
  #parseAvailable(text: string): number {
    if (text !== this.#lastAvailable) {
      this.#lastAvailableMs = parseEventInstant(text);
      this.#lastAvailable = text;
    }
    return this.#lastAvailableMs;
  }

  #lastExpiry = "";
  #lastExpiryMs = 0;

  /** Parses an expiry instant; lots created together mostly share one, so the last is kept. */
  #parseExpiry(text: string): number {
    if (text !== this.#lastExpiry) {
      this.#lastExpiryMs = parseEventInstant(text);
      this.#lastExpiry = text;
    }
    return this.#lastExpiryMs;
  }

  #debit(moves: readonly LotMove[]): void {
    for (const move of moves) this.lot(move.lotId).remaining -= move.points;
  }

  #credit(moves: readonly LotMove[]): void {
    for (const move of moves) this.lot(move.lotId).remaining += move.points;
  }

  #count(usage: readonly { key: string; points: number }[]): void {
    for (const { key, points } of usage) this.usage.set(key, (this.usage.get(key) ?? 0) + points);
  }
}

function toMap(moves: readonly LotMove[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const move of moves) map.set(move.lotId, (map.get(move.lotId) ?? 0) + move.points);
  return map;
}

function takeFrom(allocations: Map<string, number>, moves: readonly LotMove[]): void {
  for (const move of moves) {
    const left = (allocations.get(move.lotId) ?? 0) - move.points;
    if (left > 0) allocations.set(move.lotId, left);
    else allocations.delete(move.lotId);
  }
}

/** The sum of the points of some moves. @internal */
export function sumMoves(moves: readonly LotMove[]): number {
  let sum = 0;
  for (const move of moves) sum += move.points;
  return sum;
}

/** A lot as the public API shows it. @internal */
export function lotView(lot: Lot): PointsLot {
  return {
    lotId: lot.lotId,
    memberId: lot.memberId,
    amount: lot.amount,
    remaining: lot.remaining,
    state: lot.state,
    earnedAt: new Date(lot.earnedAt).toISOString(),
    availableAt: new Date(lot.availableAt).toISOString(),
    expiresAt: lot.expiresAt === Number.POSITIVE_INFINITY ? null : new Date(lot.expiresAt).toISOString(),
    category: lot.category,
    source: lotSource(lot),
  };
}

/** A lot's {@link PointsLotSource}, built from its flat fields. @internal */
export function lotSource(lot: Lot): PointsLotSource {
  const source: { -readonly [K in keyof PointsLotSource]: PointsLotSource[K] } = { commandId: lot.lotId.slice(0, lot.lotId.lastIndexOf("#")) };
  if (lot.ruleId !== undefined) source.ruleId = lot.ruleId;
  if (lot.orderId !== undefined) source.orderId = lot.orderId;
  if (lot.fromLotId !== undefined) source.fromLotId = lot.fromLotId;
  if (lot.fromMemberId !== undefined) source.fromMemberId = lot.fromMemberId;
  return source;
}
