import { Decimal } from "../_lib/Decimal.js";
import { formatIsoInstant } from "../_lib/formatIsoInstant.js";
import { instantReader } from "./instantReader.js";
import { parseEventInstant } from "./parseEventInstant.js";
import type { PointsCommand } from "./PointsCommand.js";
import type { LotMove, NewLot, PointsEvent } from "./PointsEvent.js";
import type { PointsLot, PointsLotSource } from "./PointsLot.js";
import type { PointsCommandResult } from "./PointsOutcome.js";
import type { PointsAccount } from "./PointsPosting.js";
import { StringIndex } from "./StringIndex.js";
import { StringList } from "./StringList.js";

/** Lot states, as stored in {@link LedgerState.lotState}. @internal */
export const PENDING = 0;
/** @internal */
export const AVAILABLE = 1;
/** @internal */
export const EXPIRED = 2;
const STATE_NAMES: readonly PointsLot["state"][] = ["pending", "available", "expired"];

/** The programme accounts, in the order of {@link LedgerState.accounts}. @internal */
export const ACCOUNTS: readonly PointsAccount[] = ["issued", "redeemed", "expired", "reversed", "adjusted", "transit"];

/** Command types by code (the command's first event tells which). @internal */
export const COMMAND_TYPES: readonly PointsCommand["type"][] = ["earn", "award", "redeem", "hold", "capture", "release", "reverseEarn", "reverseRedemption", "adjust", "transfer", "expire", "activate"];
const COMMAND_OF_EVENT: Readonly<Record<PointsEvent["type"], number>> = {
  earned: 0,
  awarded: 1,
  redeemed: 2,
  held: 3,
  captured: 4,
  released: 5,
  earnReversed: 6,
  redemptionReversed: 7,
  adjusted: 8,
  transferredOut: 9,
  transferredIn: 9,
  expired: 10,
  activated: 11,
};

/**
 * A hold, open or closed. `allocations` are pairs `[lot, points, lot, points, …]` in allocation
 * order: the points still held per lot (0 once given back). @internal
 */
export interface Hold {
  readonly holdId: string;
  readonly member: number;
  readonly points: number;
  readonly expiresAt: number;
  readonly allocations: number[];
  open: number;
  /** The member's next hold (−1 for none). */
  next: number;
}

/** A redemption (a redeem or a capture): the points per lot not yet given back, as pairs like a {@link Hold}'s. @internal */
export interface Redemption {
  readonly redemptionId: string;
  readonly member: number;
  readonly allocations: number[];
  /** Debt the redemption created, not yet cancelled or given back. */
  debt: number;
}

/** A lot's origin beyond its command: transfers and reissues. @internal */
export interface LotFrom {
  readonly fromLotId: string | undefined;
  readonly fromMemberId: string | undefined;
}

/** A lot's category and awarding rule (interned: lots share few). @internal */
export interface LotKind {
  readonly category: string;
  readonly ruleId: string | undefined;
}

const NONE = -1;

/**
 * The ledger's state, in columns — arrays of numbers indexed by member, lot, order and command
 * number, with {@link StringIndex}es from ids to numbers — and its one transition:
 * {@link LedgerState.apply} folds an event in. Execution and replay both go through it, so replay
 * rebuilds the state executed commands left behind. Lots are numbered in creation order (their
 * ordinal); a lot's id is its command's id, `#`, and its rank among the command's lots, so it is
 * never stored twice. The columns are plain arrays on the JS heap: few objects for the collector
 * to trace, and no large external buffers (growing those forces full collections of the host's
 * heap).
 *
 * @internal
 */
export class LedgerState {
  // ── members ──
  members = new StringIndex();
  memberAvailable: number[] = [];
  memberPending: number[] = [];
  memberHeld: number[] = [];
  /** Points owed (≥ 0): minus the balance of the member's `debt` account. */
  memberDebt: number[] = [];
  /** The last activity (ms): any event but an expiry, an activation or a release; −∞ before the first. */
  memberLastActivity: number[] = [];
  /** Orders earned on (fires `firstPurchase` rules while 0). */
  memberOrders: number[] = [];
  memberFirstLot: number[] = [];
  memberLastLot: number[] = [];
  memberFirstEvent: number[] = [];
  memberLastEvent: number[] = [];
  memberFirstHold: number[] = [];
  memberLastHold: number[] = [];

  // ── lots, by ordinal ──
  /** Lots created so far. */
  ordinal = 0;
  lotMember: number[] = [];
  lotAmount: number[] = [];
  lotRemaining: number[] = [];
  lotState: number[] = [];
  lotEarnedAt: number[] = [];
  lotAvailableAt: number[] = [];
  /** +∞ for never. */
  lotExpiresAt: number[] = [];
  lotKind: number[] = [];
  /** The member's next lot (−1 for none). */
  lotNext: number[] = [];
  /** Lot ids known as strings (from the events); the others are built on demand. */
  lotIds: (string | undefined)[] = [];
  lotFroms = new Map<number, LotFrom>();
  kinds: LotKind[] = [];
  #kindIndex = new Map<string, Map<string | undefined, number>>();

  // ── commands, by number ──
  commands = new StringIndex();
  /** The index of the command's first event, or −1 for a command from before a restored snapshot. */
  commandFirstEvent: number[] = [];
  /** The ordinal of the command's first lot (its lots are the ordinals up to the next command's first). */
  commandFirstLot: number[] = [];
  commandType: number[] = [];
  commandPoints: number[] = [];
  commandDebt: number[] = [];
  commandShortfall: number[] = [];
  /** The first member the command moved. */
  commandMember: number[] = [];
  /** Members after the first, for the few commands that moved several. */
  commandMoreMembers = new Map<number, number[]>();
  /** Fingerprints, by command number. */
  commandPrints = new StringList();

  // ── orders, by number ──
  orders = new StringIndex();
  orderMember: number[] = [];
  orderPoints: number[] = [];
  /** Points asked back so far. */
  orderReversed: number[] = [];
  orderFirstLot: number[] = [];
  orderLotCount: number[] = [];
  orderFirstLine: number[] = [];
  orderLineCount: number[] = [];
  lineIds = new StringList();
  lineAmounts = new StringList();
  lineRefunded: string[] = [];
  linePoints: number[] = [];
  lineReversed: number[] = [];

  // ── holds, redemptions, counters, accounts ──
  holdIndex = new StringIndex();
  holds: Hold[] = [];
  redemptionIndex = new StringIndex();
  redemptions: Redemption[] = [];
  /** Cap and once-per counters, by key. */
  usage = new Map<string, number>();
  /** Programme account balances, in the order of {@link ACCOUNTS}. */
  accounts: number[] = ACCOUNTS.map(() => 0);

  // ── the log ──
  events: PointsEvent[] = [];
  /** Whether the events are kept (in `events`, with each member's linked through `eventNext`). */
  keepEvents = true;
  /** Events folded in (kept or not). */
  eventCount = 0;
  /** The command of the last event folded in. */
  lastCommandId: string | undefined = undefined;
  /** The member's next event (−1 for none), by event index. */
  eventNext: number[] = [];
  /** The seq of the last event (0 when empty). */
  seq = 0;
  /** The instant of the last event (−∞ when empty). */
  lastAt = Number.NEGATIVE_INFINITY;
  /** The seq and instant a restored snapshot starts from (0 and −∞ for a full log). */
  baseSeq = 0;
  baseAt = Number.NEGATIVE_INFINITY;

  /** The member's number, added when new. */
  member(memberId: string): number {
    const m = this.members.add(memberId);
    if (m < 0) return -1 - m;
    this.memberAvailable.push(0);
    this.memberPending.push(0);
    this.memberHeld.push(0);
    this.memberDebt.push(0);
    this.memberLastActivity.push(Number.NEGATIVE_INFINITY);
    this.memberOrders.push(0);
    this.memberFirstLot.push(NONE);
    this.memberLastLot.push(NONE);
    this.memberFirstEvent.push(NONE);
    this.memberLastEvent.push(NONE);
    this.memberFirstHold.push(NONE);
    this.memberLastHold.push(NONE);
    return m;
  }

  /** The member's number, or −1 for a member the ledger has not seen. */
  memberOf(memberId: string): number {
    return this.members.indexOf(memberId);
  }

  /** The member's lots (ordinals), in creation order. */
  lotsOf(m: number): number[] {
    const lots: number[] = [];
    for (let o = this.memberFirstLot[m] as number; o !== NONE; o = this.lotNext[o] as number) lots.push(o);
    return lots;
  }

  /** A lot's id: `<command id>#<rank>`. */
  lotId(lot: number): string {
    let id = this.lotIds[lot];
    if (id === undefined) {
      const c = this.commandOfLot(lot);
      id = `${this.commands.keys.at(c)}#${lot - (this.commandFirstLot[c] as number) + 1}`;
      this.lotIds[lot] = id;
    }
    return id;
  }

  /** The command that created lot `o` (binary search: commands number their lots in order). */
  commandOfLot(o: number): number {
    return lastAtMost(this.commandFirstLot, this.commands.size, o);
  }

  /** The order lot `o` was earned on, or −1 (binary search: orders number their lots in order). */
  orderOfLot(o: number): number {
    const q = lastAtMost(this.orderFirstLot, this.orders.size, o);
    return q >= 0 && o < (this.orderFirstLot[q] as number) + (this.orderLotCount[q] as number) ? q : NONE;
  }

  /** The ordinal of the lot with this id. @throws Error for an unknown lot. */
  lotOf(lotId: string): number {
    const hash = lotId.lastIndexOf("#");
    const c = hash > 0 ? this.commands.indexOfPrefix(lotId, hash) : -1;
    if (c >= 0) {
      const rank = parseRank(lotId, hash + 1);
      const first = this.commandFirstLot[c] as number;
      const end = c + 1 < this.commands.size ? (this.commandFirstLot[c + 1] as number) : this.ordinal;
      if (rank > 0 && first + rank <= end) return first + rank - 1;
    }
    throw new Error(`internal: unknown lot ${lotId}`);
  }

  /** The lots of the command (ordinals `[first, end)`). */
  commandLots(c: number): { first: number; end: number } {
    return { first: this.commandFirstLot[c] as number, end: c + 1 < this.commands.size ? (this.commandFirstLot[c + 1] as number) : this.ordinal };
  }

  /** The events of command `c` (empty for one from before a restored snapshot). */
  commandEvents(c: number): PointsEvent[] {
    const first = this.commandFirstEvent[c] as number;
    if (first < 0 || !this.keepEvents) return [];
    const events = this.events;
    const id = this.commands.keys.at(c);
    let end = first + 1;
    while (end < events.length && (events[end] as PointsEvent).commandId === id) end++;
    return events.slice(first, end);
  }

  /** What command `c` did. */
  commandResult(c: number): PointsCommandResult {
    const lotIds: string[] = [];
    const { first, end } = this.commandLots(c);
    for (let o = first; o < end; o++) lotIds.push(this.lotId(o));
    const memberIds = [this.members.keys.at(this.commandMember[c] as number)];
    for (const m of this.commandMoreMembers.get(c) ?? []) memberIds.push(this.members.keys.at(m));
    return {
      type: COMMAND_TYPES[this.commandType[c] as number] as PointsCommand["type"],
      points: this.commandPoints[c] as number,
      lotIds,
      memberIds,
      debt: this.commandDebt[c] as number,
      shortfall: this.commandShortfall[c] as number,
    };
  }

  /** A line of order `q` by its id, or −1. */
  lineOf(q: number, lineId: string): number {
    const first = this.orderFirstLine[q] as number;
    const end = first + (this.orderLineCount[q] as number);
    for (let i = first; i < end; i++) if (this.lineIds.matches(i, lineId)) return i;
    return -1;
  }

  /** The member of the event being folded: every lot an event moves is theirs. */
  #owner = NONE;

  /** {@link lotOf}, for a lot the event's member owns. */
  #own(lotId: string): number {
    const o = this.lotOf(lotId);
    if (this.lotMember[o] !== this.#owner) throw new Error(`internal: lot ${lotId} is not member ${this.members.keys.at(this.#owner)}'s`);
    return o;
  }

  /** Checks that a hold, order or redemption belongs to the event's member. */
  #mine(member: number, what: string): void {
    if (member !== this.#owner) throw new Error(`internal: ${what} is not member ${this.members.keys.at(this.#owner)}'s`);
  }

  /** Folds one event in. The event must be valid for this state (execute made it, or replay checked it). */
  apply(event: PointsEvent, at: number): void {
    const m = this.member(event.memberId);
    this.#owner = m;
    const e = this.eventCount;
    const c = event.commandId === this.lastCommandId ? this.commands.size - 1 : this.#addCommand(event, e, m);
    switch (event.type) {
      case "earned": {
        if (event.orderId !== null) {
          this.#addOrder(event, m);
          this.memberOrders[m] = (this.memberOrders[m] as number) + 1;
        }
        this.#addLots(event, at, m, c);
        this.#debit(event.debits);
        this.#count(event.usage);
        break;
      }
      case "awarded":
        this.#addLots(event, at, m, c);
        this.#debit(event.debits);
        this.#count(event.usage);
        break;
      case "redeemed":
        this.#debit(event.debits);
        this.#addRedemption(event.commandId, m, event.debits, event.debt);
        break;
      case "held": {
        this.#debit(event.debits);
        const h = this.holdIndex.add(event.holdId);
        if (h < 0) throw new Error(`internal: hold ${event.holdId} exists`);
        this.holds.push({ holdId: event.holdId, member: m, points: event.points, expiresAt: instant(parseEventInstant(event.expiresAt), event.expiresAt, `hold ${event.holdId}'s expiresAt`), allocations: this.#pairs(event.debits), open: event.points, next: NONE });
        if (this.memberLastHold[m] === NONE) this.memberFirstHold[m] = h;
        else (this.holds[this.memberLastHold[m] as number] as Hold).next = h;
        this.memberLastHold[m] = h;
        break;
      }
      case "captured": {
        const hold = this.#hold(event.holdId);
        this.#mine(hold.member, `hold ${event.holdId}`);
        this.#take(hold.allocations, event.captured);
        this.#take(hold.allocations, event.credits);
        this.#take(hold.allocations, event.expired);
        hold.open = 0;
        this.#credit(event.credits);
        this.#debit(event.debits);
        this.#addRedemption(event.commandId, m, event.captured, 0);
        break;
      }
      case "released": {
        const hold = this.#hold(event.holdId);
        this.#mine(hold.member, `hold ${event.holdId}`);
        if (!(event.points > 0 && event.points <= hold.open)) throw new Error(`internal: hold ${event.holdId} holds ${hold.open} points, not ${event.points}`);
        this.#take(hold.allocations, event.credits);
        this.#take(hold.allocations, event.expired);
        hold.open -= event.points;
        this.#credit(event.credits);
        this.#debit(event.debits);
        break;
      }
      case "earnReversed": {
        const q = this.orders.indexOf(event.orderId);
        if (q < 0) throw new Error(`internal: unknown order ${event.orderId}`);
        this.#mine(this.orderMember[q] as number, `order ${event.orderId}`);
        for (const line of event.lines) {
          const i = this.lineOf(q, line.lineId);
          if (i >= 0) {
            this.lineRefunded[i] = new Decimal(this.lineRefunded[i] as string).plus(line.amount).toFixed();
            this.lineReversed[i] = (this.lineReversed[i] as number) + line.points;
          }
        }
        this.orderReversed[q] = (this.orderReversed[q] as number) + event.points;
        this.#debit(event.debits);
        break;
      }
      case "redemptionReversed": {
        const r = this.redemptionIndex.indexOf(event.redemptionId);
        if (r < 0) throw new Error(`internal: unknown redemption ${event.redemptionId}`);
        const redemption = this.redemptions[r] as Redemption;
        this.#mine(redemption.member, `redemption ${event.redemptionId}`);
        this.#take(redemption.allocations, event.credits);
        this.#take(redemption.allocations, event.expired);
        let fromDebt = event.points - sumMoves(event.credits) - sumMoves(event.expired);
        for (const lot of event.lots) {
          if (lot.fromLotId !== undefined) {
            this.#takeOne(redemption.allocations, this.#own(lot.fromLotId), lot.amount);
            fromDebt -= lot.amount;
          }
        }
        redemption.debt -= fromDebt;
        this.#credit(event.credits);
        this.#addLots(event, at, m, c);
        this.#debit(event.debits);
        break;
      }
      case "adjusted":
      case "transferredIn":
        this.#addLots(event, at, m, c);
        this.#debit(event.debits);
        break;
      case "transferredOut":
        this.#debit(event.debits);
        break;
      case "expired":
        for (const released of event.releasedHolds) {
          const hold = this.#hold(released.holdId);
          this.#mine(hold.member, `hold ${released.holdId}`);
          this.#take(hold.allocations, released.credits);
          this.#take(hold.allocations, released.expired);
          hold.open = 0;
          this.#credit(released.credits);
        }
        this.#debit(event.debits);
        for (const move of event.lots) {
          const o = this.#own(move.lotId);
          this.lotRemaining[o] = (this.lotRemaining[o] as number) - move.points;
          this.lotState[o] = EXPIRED;
        }
        break;
      case "activated":
        for (const move of event.lots) this.lotState[this.#own(move.lotId)] = AVAILABLE;
        this.#debit(event.debits);
        break;
    }
    this.#summarize(event, c, m);
    if (event.type !== "expired" && event.type !== "activated" && event.type !== "released") this.memberLastActivity[m] = at;
    for (const posting of event.postings) {
      if (posting.memberId === undefined) {
        const k = ACCOUNTS.indexOf(posting.account);
        if (k < 0) throw new Error(`internal: unknown account ${posting.account}`);
        this.accounts[k] = (this.accounts[k] as number) + posting.points;
        continue;
      }
      const owner = posting.memberId === event.memberId ? m : this.member(posting.memberId);
      switch (posting.account) {
        case "available":
          this.memberAvailable[owner] = (this.memberAvailable[owner] as number) + posting.points;
          break;
        case "pending":
          this.memberPending[owner] = (this.memberPending[owner] as number) + posting.points;
          break;
        case "held":
          this.memberHeld[owner] = (this.memberHeld[owner] as number) + posting.points;
          break;
        case "debt":
          this.memberDebt[owner] = (this.memberDebt[owner] as number) - posting.points;
          break;
        default:
          throw new Error(`internal: unknown member account ${posting.account}`);
      }
    }
    if (this.keepEvents) {
      this.eventNext.push(NONE);
      if (this.memberLastEvent[m] === NONE) this.memberFirstEvent[m] = e;
      else this.eventNext[this.memberLastEvent[m] as number] = e;
      this.memberLastEvent[m] = e;
      this.events.push(event);
    }
    this.eventCount = e + 1;
    this.lastCommandId = event.commandId;
    this.seq = event.seq;
    this.lastAt = at;
  }

  /** A lot as the public API shows it. */
  lotView(o: number): PointsLot {
    const expiresAt = this.lotExpiresAt[o] as number;
    return {
      lotId: this.lotId(o),
      memberId: this.members.keys.at(this.lotMember[o] as number),
      amount: this.lotAmount[o] as number,
      remaining: this.lotRemaining[o] as number,
      state: STATE_NAMES[this.lotState[o] as number] as PointsLot["state"],
      earnedAt: formatIsoInstant(this.lotEarnedAt[o] as number),
      availableAt: formatIsoInstant(this.lotAvailableAt[o] as number),
      expiresAt: expiresAt === Number.POSITIVE_INFINITY ? null : formatIsoInstant(expiresAt),
      category: (this.kinds[this.lotKind[o] as number] as LotKind).category,
      source: this.lotSource(o),
    };
  }

  /** A lot's {@link PointsLotSource}. */
  lotSource(o: number): PointsLotSource {
    const source: { -readonly [K in keyof PointsLotSource]: PointsLotSource[K] } = { commandId: this.commands.keys.at(this.commandOfLot(o)) };
    const ruleId = (this.kinds[this.lotKind[o] as number] as LotKind).ruleId;
    if (ruleId !== undefined) source.ruleId = ruleId;
    const q = this.orderOfLot(o);
    if (q !== NONE) source.orderId = this.orders.keys.at(q);
    const from = this.lotFroms.get(o);
    if (from?.fromLotId !== undefined) source.fromLotId = from.fromLotId;
    if (from?.fromMemberId !== undefined) source.fromMemberId = from.fromMemberId;
    return source;
  }

  /** The number of a lot kind, interned. */
  kindOf(category: string, ruleId: string | undefined): number {
    let byRule = this.#kindIndex.get(category);
    if (byRule === undefined) this.#kindIndex.set(category, (byRule = new Map()));
    let kind = byRule.get(ruleId);
    if (kind === undefined) {
      kind = this.kinds.length;
      byRule.set(ruleId, kind);
      this.kinds.push({ category, ruleId });
    }
    return kind;
  }

  // ── internals ──

  #addCommand(event: PointsEvent, e: number, m: number): number {
    const c = this.commands.add(event.commandId);
    if (c < 0) throw new Error(`internal: command ${event.commandId} has events elsewhere in the log`);
    this.commandFirstEvent.push(e);
    this.commandFirstLot.push(this.ordinal);
    this.commandType.push(COMMAND_OF_EVENT[event.type]);
    this.commandPoints.push(0);
    this.commandDebt.push(0);
    this.commandShortfall.push(0);
    this.commandMember.push(m);
    this.commandPrints.push(event.fingerprint);
    return c;
  }

  /** Adds to command `c`'s result what `event` did (points, debt and shortfall, as the command type counts them). */
  #summarize(event: PointsEvent, c: number, m: number): void {
    if (m !== this.commandMember[c]) {
      const more = this.commandMoreMembers.get(c);
      if (more === undefined) this.commandMoreMembers.set(c, [m]);
      else if (!more.includes(m)) more.push(m);
    }
    switch (event.type) {
      case "earned":
      case "awarded":
        for (const lot of event.lots) this.commandPoints[c] = (this.commandPoints[c] as number) + lot.amount;
        break;
      case "transferredIn":
        break;
      case "adjusted":
      case "redeemed":
        this.commandPoints[c] = (this.commandPoints[c] as number) + event.points;
        this.commandDebt[c] = (this.commandDebt[c] as number) + event.debt;
        this.commandShortfall[c] = (this.commandShortfall[c] as number) + event.shortfall;
        break;
      case "earnReversed":
        this.commandPoints[c] = (this.commandPoints[c] as number) + event.points;
        this.commandDebt[c] = (this.commandDebt[c] as number) + event.debt;
        this.commandShortfall[c] = (this.commandShortfall[c] as number) + event.notReversed;
        break;
      default:
        this.commandPoints[c] = (this.commandPoints[c] as number) + event.points;
        break;
    }
  }

  #addOrder(event: PointsEvent & { type: "earned" }, m: number): void {
    const orderId = event.orderId as string;
    const q = this.orders.add(orderId);
    if (q < 0) throw new Error(`internal: order ${orderId} has earned already`);
    let points = 0;
    for (const lot of event.lots) points += lot.amount;
    this.orderMember.push(m);
    this.orderPoints.push(points);
    this.orderReversed.push(0);
    this.orderFirstLot.push(this.ordinal);
    this.orderLotCount.push(event.lots.length);
    this.orderFirstLine.push(this.lineIds.length);
    this.orderLineCount.push(event.lines.length);
    for (const line of event.lines) {
      this.lineIds.push(line.lineId);
      this.lineAmounts.push(line.amount);
      this.lineRefunded.push("0");
      this.linePoints.push(line.points);
      this.lineReversed.push(0);
    }
  }

  #addLots(event: PointsEvent & { readonly lots: readonly NewLot[] }, at: number, m: number, c: number): void {
    const lots = event.lots;
    const commandId = event.commandId;
    const first = this.commandFirstLot[c] as number;
    for (let k = 0; k < lots.length; k++) {
      const lot = lots[k] as NewLot;
      const o = this.ordinal;
      if (!isLotNumber(lot.lotId, commandId, o - first + 1)) throw new Error(`internal: lot ${lot.lotId} should be ${commandId}#${o - first + 1}`);
      const availableAt = lot.availableAt === undefined ? at : instant(this.#readAvailable(lot.availableAt), lot.availableAt, "a lot's availableAt");
      this.lotIds.push(lot.lotId);
      this.lotMember.push(m);
      this.lotAmount.push(lot.amount);
      this.lotRemaining.push(lot.amount);
      this.lotState.push(availableAt > at ? PENDING : AVAILABLE);
      this.lotEarnedAt.push(at);
      this.lotAvailableAt.push(availableAt);
      this.lotExpiresAt.push(lot.expiresAt === null ? Number.POSITIVE_INFINITY : instant(this.#readExpiry(lot.expiresAt), lot.expiresAt, "a lot's expiresAt"));
      this.lotKind.push(this.#kind(lot.category, lot.ruleId));
      this.lotNext.push(NONE);
      if (lot.fromLotId !== undefined || lot.fromMemberId !== undefined) this.lotFroms.set(o, { fromLotId: lot.fromLotId, fromMemberId: lot.fromMemberId });
      if (this.memberLastLot[m] === NONE) this.memberFirstLot[m] = o;
      else this.lotNext[this.memberLastLot[m] as number] = o;
      this.memberLastLot[m] = o;
      this.ordinal = o + 1;
    }
  }

  #lastCategory = "";
  #lastRule: string | undefined = "";
  #lastKind = -1;

  /** {@link kindOf}, remembering the last: lots come in runs of one kind. */
  #kind(category: string, ruleId: string | undefined): number {
    if (category !== this.#lastCategory || ruleId !== this.#lastRule || this.#lastKind < 0) {
      this.#lastKind = this.kindOf(category, ruleId);
      this.#lastCategory = category;
      this.#lastRule = ruleId;
    }
    return this.#lastKind;
  }

  /** Lots created together share their lock's end and mostly their expiry: each is read once. */
  readonly #readAvailable = instantReader();
  readonly #readExpiry = instantReader();

  #addRedemption(redemptionId: string, m: number, moves: readonly LotMove[], debt: number): void {
    const r = this.redemptionIndex.add(redemptionId);
    if (r < 0) throw new Error(`internal: redemption ${redemptionId} exists`);
    this.redemptions.push({ redemptionId, member: m, allocations: this.#pairs(moves), debt });
  }

  #hold(holdId: string): Hold {
    const h = this.holdIndex.indexOf(holdId);
    if (h < 0) throw new Error(`internal: unknown hold ${holdId}`);
    return this.holds[h] as Hold;
  }

  /** Moves as `[lot, points, …]` pairs, one per lot (points of a lot met twice are summed). */
  #pairs(moves: readonly LotMove[]): number[] {
    const pairs: number[] = [];
    for (const move of moves) {
      const o = this.#own(move.lotId);
      let k = 0;
      while (k < pairs.length && pairs[k] !== o) k += 2;
      if (k < pairs.length) pairs[k + 1] = (pairs[k + 1] as number) + move.points;
      else pairs.push(o, move.points);
    }
    return pairs;
  }

  #take(pairs: number[], moves: readonly LotMove[]): void {
    for (const move of moves) this.#takeOne(pairs, this.#own(move.lotId), move.points);
  }

  #takeOne(pairs: number[], o: number, points: number): void {
    for (let k = 0; k < pairs.length; k += 2) {
      if (pairs[k] === o) {
        pairs[k + 1] = Math.max(0, (pairs[k + 1] as number) - points);
        return;
      }
    }
  }

  #debit(moves: readonly LotMove[]): void {
    this.#shift(moves, -1);
  }

  #credit(moves: readonly LotMove[]): void {
    this.#shift(moves, 1);
  }

  /** Adds `sign` × each move's points to its lot's remaining points. */
  #shift(moves: readonly LotMove[], sign: 1 | -1): void {
    const remaining = this.lotRemaining;
    for (const move of moves) {
      const o = this.#own(move.lotId);
      remaining[o] = (remaining[o] as number) + sign * move.points;
    }
  }

  #count(usage: readonly { key: string; points: number }[]): void {
    for (const { key, points } of usage) this.usage.set(key, (this.usage.get(key) ?? 0) + points);
  }
}

/** `ms`, the instant read from `text`. @throws Error when `text` was not an instant. */
function instant(ms: number, text: unknown, what: string): number {
  if (Number.isNaN(ms)) throw new Error(`internal: ${what} ${JSON.stringify(text)} is not an ISO-8601 instant`);
  return ms;
}

/** The last index `i < n` with `sorted[i] ≤ value` (`sorted` non-decreasing), or −1. */
function lastAtMost(sorted: readonly number[], n: number, value: number): number {
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** The positive decimal number written from `from` to the end of `s` without leading zeros, or 0. */
function parseRank(s: string, from: number): number {
  if (from >= s.length || s.length - from > 15) return 0;
  let value = 0;
  for (let k = from; k < s.length; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9 || (value === 0 && d === 0)) return 0;
    value = value * 10 + d;
  }
  return value;
}

/** Whether `lotId` is `${commandId}#${n}`, without building the string. */
function isLotNumber(lotId: string, commandId: string, n: number): boolean {
  const at = commandId.length;
  return lotId.length > at + 1 && lotId.charCodeAt(at) === 35 && lotId.startsWith(commandId) && parseRank(lotId, at + 1) === n;
}

/** The sum of the points of some moves. @internal */
export function sumMoves(moves: readonly LotMove[]): number {
  let sum = 0;
  for (const move of moves) sum += move.points;
  return sum;
}
