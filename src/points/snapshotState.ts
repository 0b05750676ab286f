import { invalidArgument } from "../_lib/invalidArgument.js";
import { LedgerState, type Lot, type Member, type OrderLine, type OrderRecord, type RestoredCommand } from "./LedgerState.js";
import type { PointsCommand } from "./PointsCommand.js";
import type { PointsEvent } from "./PointsEvent.js";
import type { PointsAccount } from "./PointsPosting.js";
import type { PointsCommandResult } from "./PointsOutcome.js";
import type { PointsSnapshot } from "./PointsSnapshot.js";
import { summarizeCommand } from "./summarizeCommand.js";

type LotKind = PointsSnapshot["lotKinds"][number];
type LotFrom = PointsSnapshot["lotFroms"][number];

const FORMAT = "patronage.points.snapshot/1";
const iso = (ms: number): string | null => (Number.isFinite(ms) ? new Date(ms).toISOString() : null);

/** Lot states by code in a snapshot. */
const LOT_STATES: readonly Lot["state"][] = ["pending", "available", "expired"];
/** Command types by code in a snapshot. */
const COMMAND_TYPES: readonly PointsCommand["type"][] = ["earn", "award", "redeem", "hold", "capture", "release", "reverseEarn", "reverseRedemption", "adjust", "transfer", "expire", "activate"];
const MEMBER_WIDTH = 6;
const LOT_WIDTH = 8;

/**
 * The state as a {@link PointsSnapshot}: columns of numbers and strings, lots in creation order
 * (their index is their ordinal), members and lots referred to by index.
 *
 * @internal
 */
export function snapshotState(state: LedgerState, programId: string): PointsSnapshot {
  const memberIndex = new Map<string, number>();
  const memberIds: string[] = [];
  const members: (number | null)[] = [];
  for (const m of state.members.values()) {
    memberIndex.set(m.memberId, memberIds.length);
    memberIds.push(m.memberId);
    members.push(m.available, m.pending, m.held, m.debt, Number.isFinite(m.lastActivity) ? m.lastActivity : null, m.orders);
  }
  const lotCount = state.ordinal;
  const lotIds = new Array<string>(lotCount);
  const lots = new Array<number | null>(lotCount * LOT_WIDTH);
  const kindIndex = new Map<string, Map<string | undefined, number>>();
  const lotKinds: LotKind[] = [];
  const lotFroms: LotFrom[] = [];
  let lastCategory = "";
  let lastRule: string | undefined = "";
  let lastKind = -1;
  let placed = 0;
  let memberAt = 0;
  for (const m of state.members.values()) {
    for (const lot of m.lots) {
      if (lot.category !== lastCategory || lot.ruleId !== lastRule || lastKind < 0) {
        let byRule = kindIndex.get(lot.category);
        if (byRule === undefined) kindIndex.set(lot.category, (byRule = new Map()));
        let kind = byRule.get(lot.ruleId);
        if (kind === undefined) {
          kind = lotKinds.length;
          byRule.set(lot.ruleId, kind);
          lotKinds.push([lot.category, lot.ruleId ?? null]);
        }
        lastCategory = lot.category;
        lastRule = lot.ruleId;
        lastKind = kind;
      }
      const o = lot.ordinal;
      if (!(o >= 0 && o < lotCount) || lotIds[o] !== undefined) throw new Error(`internal: lot ${lot.lotId} has creation index ${o}`);
      lotIds[o] = lot.lotId;
      const k = o * LOT_WIDTH;
      lots[k] = memberAt;
      lots[k + 1] = lot.amount;
      lots[k + 2] = lot.remaining;
      lots[k + 3] = lot.state === "pending" ? 0 : lot.state === "available" ? 1 : 2;
      lots[k + 4] = lot.earnedAt;
      lots[k + 5] = lot.availableAt - lot.earnedAt;
      lots[k + 6] = lot.expiresAt === Number.POSITIVE_INFINITY ? null : lot.expiresAt;
      lots[k + 7] = lastKind;
      if (lot.fromLotId !== undefined || lot.fromMemberId !== undefined) lotFroms.push([o, lot.fromLotId ?? null, lot.fromMemberId ?? null]);
      placed += 1;
    }
    memberAt += 1;
  }
  if (placed !== lotCount) throw new Error(`internal: ${placed} lots for ${lotCount} creation indexes`);
  const orderIds: string[] = [];
  const orders: number[] = [];
  const orderLines: string[] = [];
  const orderLinePoints: number[] = [];
  const restoredOrders = state.orders instanceof RestoredOrders ? state.orders : null;
  const encodeLine = (l: OrderLine, lineId: string): void => {
    orderLines.push(lineId, l.amount, l.refunded);
    orderLinePoints.push(l.points, l.reversed);
  };
  const encodeOrder = (o: OrderRecord): void => {
    orderIds.push(o.orderId);
    orders.push(memberIndex.get(o.memberId) as number, o.points, o.reversed, o.lotIds.length);
    for (let n = 0; n < o.lotIds.length; n++) orders.push(o.firstLot + n);
    orders.push(o.lines.size);
    o.lines.forEach(encodeLine);
  };
  restoredOrders?.encodeRestored(encodeOrder, orderIds, orders, orderLines, orderLinePoints);
  for (const o of restoredOrders === null ? state.orders.values() : restoredOrders.added()) encodeOrder(o);
  const commandIds: string[] = [];
  const commandPrints: string[] = [];
  const commands: number[] = [];
  const commandLotIds: string[][] = [];
  const restoredCommands = state.commands instanceof RestoredCommands ? state.commands : null;
  restoredCommands?.encodeRestored(commandIds, commandPrints, commands, commandLotIds);
  for (const [id, known] of restoredCommands === null ? state.commands.entries() : restoredCommands.added()) {
    commandIds.push(id);
    if (typeof known === "number") {
      commandPrints.push((state.events[known] as PointsEvent).fingerprint);
      encodeEvents(state.events, known, id, memberIndex, commands, commandLotIds);
      continue;
    }
    const result = known.result;
    commandPrints.push(known.fingerprint);
    commands.push(COMMAND_TYPES.indexOf(result.type), result.points, result.debt, result.shortfall);
    const ids = result.lotIds;
    let regular = true;
    for (let k = 0; k < ids.length && regular; k++) regular = isLotNumber(ids[k] as string, id, k + 1);
    if (regular) commands.push(ids.length);
    else {
      commands.push(-1);
      commandLotIds.push([...ids]);
    }
    commands.push(result.memberIds.length);
    for (const memberId of result.memberIds) commands.push(memberIndex.get(memberId) as number);
  }
  return {
    format: FORMAT,
    programId,
    seq: state.seq,
    at: iso(state.lastAt),
    ordinal: state.ordinal,
    accounts: Object.fromEntries(state.accounts) as Partial<Record<PointsAccount, number>>,
    memberIds,
    members,
    lotIds,
    lots,
    lotKinds,
    lotFroms,
    holds: [...state.holds.values()].map((h) => ({
      holdId: h.holdId,
      memberId: h.memberId,
      points: h.points,
      expiresAt: new Date(h.expiresAt).toISOString(),
      open: h.open,
      allocations: [...h.allocations],
    })),
    orderIds,
    orders,
    orderLines,
    orderLinePoints,
    redemptions: [...state.redemptions.values()].map((r) => ({
      redemptionId: r.redemptionId,
      memberId: r.memberId,
      allocations: [...r.allocations],
      debt: r.debt,
    })),
    usage: [...state.usage],
    commandIds,
    commandPrints,
    commands,
    commandLotIds,
  };
}

/** Whether `lotId` is `${commandId}#${n}`, without building the string. */
function isLotNumber(lotId: string, commandId: string, n: number): boolean {
  const at = commandId.length;
  if (lotId.length <= at + 1 || lotId.charCodeAt(at) !== 35 || !lotId.startsWith(commandId)) return false;
  let value = 0;
  for (let k = at + 1; k < lotId.length; k++) {
    const d = lotId.charCodeAt(k) - 48;
    if (d < 0 || d > 9 || (value === 0 && d === 0)) return false;
    value = value * 10 + d;
  }
  return value === n;
}

/**
 * Appends the outcome of the command whose events start at `first` ({@link summarizeCommand} of
 * its events) to the snapshot's columns: lot ids as a count when they run `<id>#1 … <id>#n`.
 */
function encodeEvents(events: readonly PointsEvent[], first: number, id: string, memberIndex: Map<string, number>, out: number[], irregular: string[][]): void {
  let end = first + 1;
  while (end < events.length && (events[end] as PointsEvent).commandId === id) end++;
  const result = summarizeCommand(commandType((events[first] as PointsEvent).type), events.slice(first, end));
  const regular = result.lotIds.every((lotId, n) => isLotNumber(lotId, id, n + 1));
  out.push(COMMAND_TYPES.indexOf(result.type), result.points, result.debt, result.shortfall, regular ? result.lotIds.length : -1, result.memberIds.length);
  for (const memberId of result.memberIds) out.push(memberIndex.get(memberId) as number);
  if (!regular) irregular.push([...result.lotIds]);
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
 * The orders of a restored state: those of the snapshot are decoded from its columns when first
 * asked for (a restore builds no object per order); orders added since are plain entries.
 * Iteration yields the snapshot's first, in its order.
 *
 * @internal
 */
class RestoredOrders extends Map<string, OrderRecord> {
  readonly #snapshot: PointsSnapshot;
  /** Per order of the snapshot: its index. */
  readonly #index: Map<string, number>;
  /** Per order of the snapshot: where it starts in `orders`, and its first line. */
  readonly #at: Int32Array;
  readonly #line: Int32Array;
  readonly #decoded: (OrderRecord | undefined)[];

  constructor(snapshot: PointsSnapshot, index: Map<string, number>, at: Int32Array, line: Int32Array) {
    super();
    this.#snapshot = snapshot;
    this.#index = index;
    this.#at = at;
    this.#line = line;
    this.#decoded = new Array<OrderRecord | undefined>(at.length);
  }

  #decode(i: number): OrderRecord {
    let order = this.#decoded[i];
    if (order === undefined) {
      const s = this.#snapshot;
      const od = s.orders;
      let k = this.#at[i] as number;
      const orderId = s.orderIds[i] as string;
      const memberId = s.memberIds[od[k] as number] as string;
      const points = od[k + 1] as number;
      const reversed = od[k + 2] as number;
      const lotCount = od[k + 3] as number;
      k += 4;
      const lotIds: string[] = [];
      for (let n = 0; n < lotCount; n++) lotIds.push(s.lotIds[od[k + n] as number] as string);
      k += lotCount;
      const lines = new Map<string, OrderLine>();
      let line = this.#line[i] as number;
      for (let n = od[k] as number; n > 0; n--, line++) {
        lines.set(s.orderLines[3 * line] as string, {
          amount: s.orderLines[3 * line + 1] as string,
          points: s.orderLinePoints[2 * line] as number,
          refunded: s.orderLines[3 * line + 2] as string,
          reversed: s.orderLinePoints[2 * line + 1] as number,
        });
      }
      order = { orderId, memberId, lotIds, lines, points, reversed, firstLot: lotCount === 0 ? 0 : (od[this.#at[i] as number + 4] as number) };
      this.#decoded[i] = order;
    }
    return order;
  }

  override get(orderId: string): OrderRecord | undefined {
    const i = this.#index.get(orderId);
    return i === undefined ? super.get(orderId) : this.#decode(i);
  }

  override has(orderId: string): boolean {
    return this.#index.has(orderId) || super.has(orderId);
  }

  override get size(): number {
    return this.#at.length + super.size;
  }

  /** The orders added since the snapshot. */
  added(): IterableIterator<OrderRecord> {
    return super.values();
  }

  override *entries(): MapIterator<[string, OrderRecord]> {
    for (let i = 0; i < this.#at.length; i++) yield [this.#snapshot.orderIds[i] as string, this.#decode(i)];
    yield* super.entries();
  }

  override *values(): MapIterator<OrderRecord> {
    for (const [, order] of this.entries()) yield order;
  }

  override *keys(): MapIterator<string> {
    for (const [orderId] of this.entries()) yield orderId;
  }

  override [Symbol.iterator](): MapIterator<[string, OrderRecord]> {
    return this.entries();
  }

  override forEach(callback: (value: OrderRecord, key: string, map: Map<string, OrderRecord>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  override delete(): boolean {
    throw new Error("internal: orders are never deleted");
  }

  override clear(): void {
    throw new Error("internal: orders are never deleted");
  }

  /**
   * Appends the snapshot's orders to new columns: copied as they are, or encoded by `encode` once
   * decoded (they may have changed). Member and lot indexes are stable across a restore.
   */
  encodeRestored(encode: (order: OrderRecord) => void, orderIds: string[], orders: number[], orderLines: string[], orderLinePoints: number[]): void {
    const s = this.#snapshot;
    const od = s.orders;
    for (let i = 0; i < this.#at.length; i++) {
      const decoded = this.#decoded[i];
      if (decoded !== undefined) {
        encode(decoded);
        continue;
      }
      orderIds.push(s.orderIds[i] as string);
      let k = this.#at[i] as number;
      const lotCount = od[k + 3] as number;
      const end = k + 4 + lotCount;
      for (; k <= end; k++) orders.push(od[k] as number);
      const lineCount = od[end] as number;
      const line = this.#line[i] as number;
      for (let n = 3 * line; n < 3 * (line + lineCount); n++) orderLines.push(s.orderLines[n] as string);
      for (let n = 2 * line; n < 2 * (line + lineCount); n++) orderLinePoints.push(s.orderLinePoints[n] as number);
    }
  }
}

/**
 * The commands of a restored state: those of the snapshot (fingerprint and outcome) are decoded
 * from its columns when asked for; commands added since are plain entries (their first event's
 * index). Iteration yields the snapshot's first, in its order.
 *
 * @internal
 */
class RestoredCommands extends Map<string, number | RestoredCommand> {
  readonly #snapshot: PointsSnapshot;
  readonly #index: Map<string, number>;
  /** Per command of the snapshot: where it starts in `commands`, and its entry of `commandLotIds` (−1: none). */
  readonly #at: Int32Array;
  readonly #lots: Int32Array;

  constructor(snapshot: PointsSnapshot, index: Map<string, number>, at: Int32Array, lots: Int32Array) {
    super();
    this.#snapshot = snapshot;
    this.#index = index;
    this.#at = at;
    this.#lots = lots;
  }

  #decode(i: number): RestoredCommand {
    const s = this.#snapshot;
    const c = s.commands;
    const id = s.commandIds[i] as string;
    const k = this.#at[i] as number;
    const lots = c[k + 4] as number;
    const lotIds: string[] = [];
    if (lots < 0) lotIds.push(...(s.commandLotIds[this.#lots[i] as number] as readonly string[]));
    else for (let n = 1; n <= lots; n++) lotIds.push(`${id}#${n}`);
    const memberIds: string[] = [];
    const count = c[k + 5] as number;
    for (let n = 0; n < count; n++) memberIds.push(s.memberIds[c[k + 6 + n] as number] as string);
    const result: PointsCommandResult = {
      type: COMMAND_TYPES[c[k] as number] as PointsCommand["type"],
      points: c[k + 1] as number,
      lotIds,
      memberIds,
      debt: c[k + 2] as number,
      shortfall: c[k + 3] as number,
    };
    return { fingerprint: s.commandPrints[i] as string, result };
  }

  override get(id: string): number | RestoredCommand | undefined {
    const i = this.#index.get(id);
    return i === undefined ? super.get(id) : this.#decode(i);
  }

  override has(id: string): boolean {
    return this.#index.has(id) || super.has(id);
  }

  override get size(): number {
    return this.#at.length + super.size;
  }

  /** The commands added since the snapshot. */
  added(): IterableIterator<[string, number | RestoredCommand]> {
    return super.entries();
  }

  override *entries(): MapIterator<[string, number | RestoredCommand]> {
    for (let i = 0; i < this.#at.length; i++) yield [this.#snapshot.commandIds[i] as string, this.#decode(i)];
    yield* super.entries();
  }

  override *values(): MapIterator<number | RestoredCommand> {
    for (const [, known] of this.entries()) yield known;
  }

  override *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  override [Symbol.iterator](): MapIterator<[string, number | RestoredCommand]> {
    return this.entries();
  }

  override forEach(callback: (value: number | RestoredCommand, key: string, map: Map<string, number | RestoredCommand>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  override delete(): boolean {
    throw new Error("internal: commands are never forgotten");
  }

  override clear(): void {
    throw new Error("internal: commands are never forgotten");
  }

  /** Appends the snapshot's commands to new columns, as they are (they never change). */
  encodeRestored(commandIds: string[], commandPrints: string[], commands: number[], commandLotIds: string[][]): void {
    const s = this.#snapshot;
    const c = s.commands;
    for (let i = 0; i < this.#at.length; i++) {
      commandIds.push(s.commandIds[i] as string);
      commandPrints.push(s.commandPrints[i] as string);
      const k = this.#at[i] as number;
      const end = k + 6 + (c[k + 5] as number);
      for (let n = k; n < end; n++) commands.push(c[n] as number);
      if ((c[k + 4] as number) < 0) commandLotIds.push([...(s.commandLotIds[this.#lots[i] as number] as readonly string[])]);
    }
  }
}

/** Throws unless `value` is an array (of `width`-tuples when given, `count` of them when given). */
function checkArray(value: unknown, field: string, width = 1, count?: number): void {
  if (!Array.isArray(value) || value.length % width !== 0 || (count !== undefined && value.length !== count * width)) {
    throw new Error(`snapshot.${field} is not an array of the expected length`);
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
  let state: LedgerState;
  try {
    const s = snapshot;
    checkArray(s.memberIds, "memberIds");
    checkArray(s.members, "members", MEMBER_WIDTH, s.memberIds.length);
    checkArray(s.lotIds, "lotIds", 1, s.ordinal);
    checkArray(s.lots, "lots", LOT_WIDTH, s.lotIds.length);
    checkArray(s.lotKinds, "lotKinds");
    checkArray(s.lotFroms, "lotFroms");
    checkArray(s.orderIds, "orderIds");
    checkArray(s.orders, "orders");
    checkArray(s.orderLines, "orderLines", 3);
    checkArray(s.orderLinePoints, "orderLinePoints", 2, s.orderLines.length / 3);
    checkArray(s.commandIds, "commandIds");
    checkArray(s.commandPrints, "commandPrints", 1, s.commandIds.length);
    checkArray(s.commands, "commands");
    checkArray(s.commandLotIds, "commandLotIds");
    state = new LedgerState(restoreOrders(s), restoreCommands(s));
    for (const [account, points] of Object.entries(s.accounts)) state.accounts.set(account as PointsAccount, points as number);
    const members: Member[] = [];
    const md = s.members;
    for (let i = 0; i < s.memberIds.length; i++) {
      const member = state.member(s.memberIds[i] as string);
      const k = i * MEMBER_WIDTH;
      member.available = md[k] as number;
      member.pending = md[k + 1] as number;
      member.held = md[k + 2] as number;
      member.debt = md[k + 3] as number;
      member.lastActivity = md[k + 4] ?? Number.NEGATIVE_INFINITY;
      member.orders = md[k + 5] as number;
      members.push(member);
    }
    const froms = new Map<number, LotFrom>();
    for (const from of s.lotFroms) froms.set(from[0], from);
    const kinds = s.lotKinds;
    const ld = s.lots;
    const created: Lot[] = [];
    for (let i = 0; i < s.lotIds.length; i++) {
      const k = i * LOT_WIDTH;
      const owner = members[ld[k] as number] as Member;
      const kind = kinds[ld[k + 7] as number] as LotKind;
      const from = froms.size === 0 ? undefined : froms.get(i);
      const earnedAt = ld[k + 4] as number;
      const lot: Lot = {
        lotId: s.lotIds[i] as string,
        memberId: owner.memberId,
        amount: ld[k + 1] as number,
        remaining: ld[k + 2] as number,
        state: LOT_STATES[ld[k + 3] as number] as Lot["state"],
        earnedAt,
        availableAt: earnedAt + (ld[k + 5] as number),
        expiresAt: ld[k + 6] ?? Number.POSITIVE_INFINITY,
        category: kind[0],
        ordinal: i,
        ruleId: kind[1] ?? undefined,
        orderId: undefined,
        fromLotId: from?.[1] ?? undefined,
        fromMemberId: from?.[2] ?? undefined,
      };
      owner.lots.push(lot);
      state.lots.set(lot.lotId, lot);
      created.push(lot);
    }
    linkOrderLots(s, created);
    for (const h of s.holds) {
      state.holds.set(h.holdId, { holdId: h.holdId, memberId: h.memberId, points: h.points, expiresAt: Date.parse(h.expiresAt), allocations: new Map(h.allocations), open: h.open });
    }
    for (const r of s.redemptions) {
      state.redemptions.set(r.redemptionId, { redemptionId: r.redemptionId, memberId: r.memberId, allocations: new Map(r.allocations), debt: r.debt });
    }
    for (const [key, points] of s.usage) state.usage.set(key, points);
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

/** The orders of a snapshot, indexed (not decoded). */
function restoreOrders(s: PointsSnapshot): RestoredOrders {
  const od = s.orders;
  const count = s.orderIds.length;
  const index = new Map<string, number>();
  const at = new Int32Array(count);
  const lineAt = new Int32Array(count);
  let k = 0;
  let line = 0;
  for (let i = 0; i < count; i++) {
    const orderId = s.orderIds[i] as string;
    index.set(orderId, i);
    at[i] = k;
    lineAt[i] = line;
    k += 4 + (od[k + 3] as number);
    line += od[k] as number;
    k += 1;
  }
  if (k !== od.length || 3 * line !== s.orderLines.length) throw new Error("snapshot.orders does not match snapshot.orderIds");
  return new RestoredOrders(s, index, at, lineAt);
}

/** Sets the `orderId` of the lots of the snapshot's orders. */
function linkOrderLots(s: PointsSnapshot, lots: readonly Lot[]): void {
  const od = s.orders;
  let k = 0;
  for (const orderId of s.orderIds) {
    const lotCount = od[k + 3] as number;
    for (let n = k + 4; n < k + 4 + lotCount; n++) {
      const lot = lots[od[n] as number];
      if (lot === undefined) throw new Error(`order ${orderId} refers to an unknown lot`);
      (lot as { orderId: string | undefined }).orderId = orderId;
    }
    k += 5 + lotCount;
  }
}

/** The commands of a snapshot, indexed (not decoded). */
function restoreCommands(s: PointsSnapshot): RestoredCommands {
  const cd = s.commands;
  const count = s.commandIds.length;
  const index = new Map<string, number>();
  const at = new Int32Array(count);
  const lotsAt = new Int32Array(count);
  let k = 0;
  let irregular = 0;
  for (let i = 0; i < count; i++) {
    index.set(s.commandIds[i] as string, i);
    at[i] = k;
    lotsAt[i] = (cd[k + 4] as number) < 0 ? irregular++ : -1;
    k += 6 + (cd[k + 5] as number);
  }
  if (k !== cd.length || irregular !== s.commandLotIds.length) throw new Error("snapshot.commands does not match snapshot.commandIds");
  return new RestoredCommands(s, index, at, lotsAt);
}
