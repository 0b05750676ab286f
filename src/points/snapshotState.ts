import { packStrings, unpackStrings } from "../_lib/packedStrings.js";
import { decodeColumn, encodeColumn, type ColumnType } from "../_lib/typedColumns.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { ACCOUNTS, COMMAND_TYPES, EXPIRED, LedgerState, type Hold, type Redemption } from "./LedgerState.js";
import type { PointsAccount } from "./PointsPosting.js";
import type { PointsSnapshot, PointsSnapshotColumns } from "./PointsSnapshot.js";
import { StringIndex } from "./StringIndex.js";

const FORMAT = "patronage.points.snapshot/2";
const NONE = -1;

type Table = "members" | "lots" | "commands" | "orders" | "lines";
type StateColumn = { [K in keyof LedgerState]: LedgerState[K] extends number[] ? (K extends keyof PointsSnapshotColumns ? K : never) : never }[keyof LedgerState];

/** The state's columns a snapshot carries as they are: name, stored encoding, and the table that gives their length. */
const STATE_COLUMNS: readonly (readonly [StateColumn, ColumnType, Table])[] = [
  ["memberAvailable", "f64", "members"],
  ["memberPending", "f64", "members"],
  ["memberHeld", "f64", "members"],
  ["memberDebt", "f64", "members"],
  ["memberLastActivity", "f64", "members"],
  ["memberOrders", "i32", "members"],
  ["lotMember", "i32", "lots"],
  ["lotAmount", "f64", "lots"],
  ["lotRemaining", "f64", "lots"],
  ["lotState", "u8", "lots"],
  ["lotEarnedAt", "f64", "lots"],
  ["lotAvailableAt", "f64", "lots"],
  ["lotExpiresAt", "f64", "lots"],
  ["lotKind", "i32", "lots"],
  ["commandType", "u8", "commands"],
  ["commandPoints", "f64", "commands"],
  ["commandDebt", "f64", "commands"],
  ["commandShortfall", "f64", "commands"],
  ["commandMember", "i32", "commands"],
  ["orderMember", "i32", "orders"],
  ["orderPoints", "f64", "orders"],
  ["orderReversed", "f64", "orders"],
  ["orderFirstLot", "i32", "orders"],
  ["orderLotCount", "i32", "orders"],
  ["orderLineCount", "i32", "orders"],
  ["linePoints", "f64", "lines"],
  ["lineReversed", "f64", "lines"],
];

/**
 * The state as a {@link PointsSnapshot}: ids as arrays of strings, numbers as typed columns, lots in
 * creation order. A function of the state alone, so equal states give equal snapshots.
 *
 * @internal
 */
export function snapshotState(state: LedgerState, programId: string): PointsSnapshot {
  const members = state.members.size;
  const lots = state.ordinal;
  const commands = state.commands.size;
  const orders = state.orders.size;
  const lines = state.lineIds.length;
  const commandLots: number[] = [];
  for (let c = 0; c < commands; c++) commandLots.push((c + 1 < commands ? (state.commandFirstLot[c + 1] as number) : lots) - (state.commandFirstLot[c] as number));
  const holds = state.holds;
  const redemptions = state.redemptions;
  let allocations = 0;
  for (const h of holds) allocations += h.allocations.length / 2;
  for (const r of redemptions) allocations += r.allocations.length / 2;
  const allocationLot = new Int32Array(allocations);
  const allocationPoints = new Float64Array(allocations);
  let a = 0;
  const holdLots = new Int32Array(holds.length);
  const holdMember = new Int32Array(holds.length);
  const holdPoints = new Float64Array(holds.length);
  const holdOpen = new Float64Array(holds.length);
  const holdExpiresAt = new Float64Array(holds.length);
  holds.forEach((h, k) => {
    holdMember[k] = h.member;
    holdPoints[k] = h.points;
    holdOpen[k] = h.open;
    holdExpiresAt[k] = h.expiresAt;
    holdLots[k] = h.allocations.length / 2;
    for (let i = 0; i < h.allocations.length; i += 2, a++) {
      allocationLot[a] = h.allocations[i] as number;
      allocationPoints[a] = h.allocations[i + 1] as number;
    }
  });
  const redemptionCommand = new Int32Array(redemptions.length);
  const redemptionMember = new Int32Array(redemptions.length);
  const redemptionDebt = new Float64Array(redemptions.length);
  const redemptionLots = new Int32Array(redemptions.length);
  redemptions.forEach((r, k) => {
    redemptionCommand[k] = state.commands.indexOf(r.redemptionId);
    redemptionMember[k] = r.member;
    redemptionDebt[k] = r.debt;
    redemptionLots[k] = r.allocations.length / 2;
    for (let i = 0; i < r.allocations.length; i += 2, a++) {
      allocationLot[a] = r.allocations[i] as number;
      allocationPoints[a] = r.allocations[i + 1] as number;
    }
  });
  const lineRefunded: [number, string][] = [];
  for (let i = 0; i < lines; i++) if (state.lineRefunded[i] !== "0") lineRefunded.push([i, state.lineRefunded[i] as string]);
  const accounts: Partial<Record<PointsAccount, number>> = {};
  ACCOUNTS.forEach((account, k) => {
    accounts[account] = state.accounts[k] as number;
  });
  const counts: Record<Table, number> = { members, lots, commands, orders, lines };
  const kept: Partial<Record<StateColumn, string>> = {};
  for (const [name, type, table] of STATE_COLUMNS) kept[name] = encodeColumn(state[name], type, counts[table]);
  const columns: PointsSnapshotColumns = {
    ...(kept as Record<StateColumn, string>),
    commandLots: encodeColumn(commandLots, "i32", commands),
    holdMember: encodeColumn(holdMember, "i32", holds.length),
    holdPoints: encodeColumn(holdPoints, "f64", holds.length),
    holdOpen: encodeColumn(holdOpen, "f64", holds.length),
    holdExpiresAt: encodeColumn(holdExpiresAt, "f64", holds.length),
    holdLots: encodeColumn(holdLots, "i32", holds.length),
    redemptionCommand: encodeColumn(redemptionCommand, "i32", redemptions.length),
    redemptionMember: encodeColumn(redemptionMember, "i32", redemptions.length),
    redemptionDebt: encodeColumn(redemptionDebt, "f64", redemptions.length),
    redemptionLots: encodeColumn(redemptionLots, "i32", redemptions.length),
    allocationLot: encodeColumn(allocationLot, "i32", allocations),
    allocationPoints: encodeColumn(allocationPoints, "f64", allocations),
  };
  return {
    format: FORMAT,
    programId,
    seq: state.seq,
    at: Number.isFinite(state.lastAt) ? new Date(state.lastAt).toISOString() : null,
    accounts,
    memberIds: packStrings(state.members.keys),
    commandIds: packStrings(state.commands.keys),
    commandPrints: packStrings(state.commandPrints),
    commandMembers: [...state.commandMoreMembers].map(([c, more]) => [c, ...more]),
    orderIds: packStrings(state.orders.keys),
    lineIds: packStrings(state.lineIds),
    lineAmounts: packStrings(state.lineAmounts),
    lineRefunded,
    lotKinds: state.kinds.map((k) => [k.category, k.ruleId ?? null] as const),
    lotFroms: [...state.lotFroms].map(([o, from]) => [o, from.fromLotId ?? null, from.fromMemberId ?? null] as const),
    holdIds: packStrings(state.holdIndex.keys),
    usage: [...state.usage],
    columns,
  };
}

/**
 * Rebuilds a state from a {@link PointsSnapshot}, checking its shape and every reference in it.
 *
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `snapshot` (or
 *   `snapshot.programId`) when it is malformed or from another programme.
 * @internal
 */
export function restoreState(snapshot: PointsSnapshot, programId: string): LedgerState {
  if (typeof snapshot !== "object" || snapshot === null || snapshot.format !== FORMAT) {
    throw invalidArgument("snapshot", snapshot, `a points snapshot (format ${FORMAT})`);
  }
  if (snapshot.programId !== programId) throw invalidArgument("snapshot.programId", snapshot.programId, `the programme's id ${JSON.stringify(programId)}`);
  try {
    return decode(snapshot);
  } catch (error) {
    throw invalidArgument("snapshot", "(a snapshot)", `a snapshot whose parts fit together (${(error as Error).message.replace(/^internal: /, "")})`);
  }
}

function decode(s: PointsSnapshot): LedgerState {
  const state = new LedgerState();
  const col = s.columns;
  if (typeof col !== "object" || col === null) throw new Error("internal: no columns");
  const memberIds = unpackStrings(s.memberIds);
  const commandIds = unpackStrings(s.commandIds);
  const orderIds = unpackStrings(s.orderIds);
  const lineIds = unpackStrings(s.lineIds);
  const holdIds = unpackStrings(s.holdIds);
  const members = memberIds.length;
  const commands = commandIds.length;
  const orders = orderIds.length;
  const lines = lineIds.length;
  const kinds = array(s.lotKinds, "lotKinds");

  const commandLots = decodeColumn(col.commandLots, commands);
  let lots = 0;
  for (const n of commandLots) {
    if (!(n >= 0) || !Number.isInteger(n)) throw new Error(`internal: a command created ${n} lots`);
    lots += n;
  }
  const counts: Record<Table, number> = { members, lots, commands, orders, lines };
  for (const [name, , table] of STATE_COLUMNS) state[name] = decodeColumn(col[name], counts[table]);
  state.members = new StringIndex(memberIds);
  state.memberFirstLot = nones(members);
  state.memberLastLot = nones(members);
  state.memberFirstEvent = nones(members);
  state.memberLastEvent = nones(members);
  state.memberFirstHold = nones(members);
  state.memberLastHold = nones(members);

  // commands, and the lots they created
  state.commands = new StringIndex(commandIds);
  state.commandFirstEvent = nones(commands);
  state.commandFirstLot = [];
  const lotCommand: number[] = [];
  for (let c = 0, first = 0; c < commands; c++) {
    state.commandFirstLot.push(first);
    const n = commandLots[c] as number;
    for (let k = 0; k < n; k++) lotCommand.push(c);
    first += n;
    if ((state.commandType[c] as number) >= COMMAND_TYPES.length) throw new Error(`internal: command ${c} has type ${state.commandType[c]}`);
    inRange(state.commandMember[c] as number, members, "a command's member");
  }
  const prints = unpackStrings(s.commandPrints);
  if (prints.length !== commands) throw new Error(`internal: ${prints.length} fingerprints for ${commands} commands`);
  state.commandPrints = prints;
  for (const entry of array(s.commandMembers, "commandMembers") as (readonly number[])[]) {
    const [c, ...more] = entry;
    inRange(c as number, commands, "a command");
    for (const m of more) inRange(m, members, "a command's member");
    state.commandMoreMembers.set(c as number, more);
  }

  // lots
  state.ordinal = lots;
  state.lotCommand = lotCommand;
  state.lotIds = new Array<string | undefined>(lots);
  state.lotOrder = nones(lots);
  state.lotNext = nones(lots);
  for (const [category, ruleId] of kinds as [string, string | null][]) {
    if (typeof category !== "string" || (ruleId !== null && typeof ruleId !== "string")) throw new Error("internal: a lot kind is not [category, ruleId]");
    state.kindOf(category, ruleId ?? undefined);
  }
  if (state.kinds.length !== kinds.length) throw new Error("internal: lot kinds repeat");
  for (let o = 0; o < lots; o++) {
    const m = state.lotMember[o] as number;
    inRange(m, members, "a lot's member");
    inRange(state.lotKind[o] as number, kinds.length, "a lot's kind");
    if ((state.lotState[o] as number) > EXPIRED) throw new Error(`internal: lot ${o} has state ${state.lotState[o]}`);
    if (state.memberLastLot[m] === NONE) state.memberFirstLot[m] = o;
    else state.lotNext[state.memberLastLot[m] as number] = o;
    state.memberLastLot[m] = o;
  }
  for (const entry of array(s.lotFroms, "lotFroms") as [number, string | null, string | null][]) {
    inRange(entry[0], lots, "a lot");
    state.lotFroms.set(entry[0], { fromLotId: entry[1] ?? undefined, fromMemberId: entry[2] ?? undefined });
  }

  // orders and their lines
  state.orders = new StringIndex(orderIds);
  state.orderFirstLine = [];
  let line = 0;
  for (let q = 0; q < orders; q++) {
    inRange(state.orderMember[q] as number, members, "an order's member");
    const first = state.orderFirstLot[q] as number;
    const count = state.orderLotCount[q] as number;
    if (count < 0 || first < 0 || first + count > lots) throw new Error(`internal: order ${q} has lots ${first} to ${first + count - 1}`);
    for (let o = first; o < first + count; o++) state.lotOrder[o] = q;
    state.orderFirstLine.push(line);
    line += state.orderLineCount[q] as number;
  }
  if (line !== lines) throw new Error(`internal: orders have ${line} lines, not ${lines}`);
  state.lineIds = lineIds;
  state.lineAmounts = unpackStrings(s.lineAmounts);
  if (state.lineAmounts.length !== lines) throw new Error(`internal: ${state.lineAmounts.length} line amounts for ${lines} lines`);
  state.lineRefunded = new Array<string>(lines).fill("0");
  for (const [i, refunded] of array(s.lineRefunded, "lineRefunded") as [number, string][]) {
    inRange(i, lines, "a line");
    if (typeof refunded !== "string") throw new Error("internal: a refunded amount is not a string");
    state.lineRefunded[i] = refunded;
  }

  // holds and redemptions
  const holdMember = decodeColumn(col.holdMember, holdIds.length);
  const holdPoints = decodeColumn(col.holdPoints, holdIds.length);
  const holdOpen = decodeColumn(col.holdOpen, holdIds.length);
  const holdExpiresAt = decodeColumn(col.holdExpiresAt, holdIds.length);
  const holdLots = decodeColumn(col.holdLots, holdIds.length);
  const redemptionCount = decodeColumn(col.redemptionCommand, -1);
  const redemptions = redemptionCount.length;
  const redemptionMember = decodeColumn(col.redemptionMember, redemptions);
  const redemptionDebt = decodeColumn(col.redemptionDebt, redemptions);
  const redemptionLots = decodeColumn(col.redemptionLots, redemptions);
  let allocations = 0;
  for (let h = 0; h < holdIds.length; h++) allocations += holdLots[h] as number;
  for (let r = 0; r < redemptions; r++) allocations += redemptionLots[r] as number;
  const allocationLot = decodeColumn(col.allocationLot, allocations);
  const allocationPoints = decodeColumn(col.allocationPoints, allocations);
  let a = 0;
  const pairs = (count: number): number[] => {
    if (count < 0) throw new Error("internal: a negative allocation count");
    const out: number[] = [];
    for (let k = 0; k < count; k++, a++) {
      inRange(allocationLot[a] as number, lots, "an allocation's lot");
      out.push(allocationLot[a] as number, allocationPoints[a] as number);
    }
    return out;
  };
  state.holdIndex = new StringIndex(holdIds);
  for (let h = 0; h < holdIds.length; h++) {
    const m = holdMember[h] as number;
    inRange(m, members, "a hold's member");
    const hold: Hold = { holdId: holdIds[h] as string, member: m, points: holdPoints[h] as number, expiresAt: holdExpiresAt[h] as number, allocations: pairs(holdLots[h] as number), open: holdOpen[h] as number, next: NONE };
    state.holds.push(hold);
    if (state.memberLastHold[m] === NONE) state.memberFirstHold[m] = h;
    else (state.holds[state.memberLastHold[m] as number] as Hold).next = h;
    state.memberLastHold[m] = h;
  }
  for (let r = 0; r < redemptions; r++) {
    const c = redemptionCount[r] as number;
    inRange(c, commands, "a redemption's command");
    inRange(redemptionMember[r] as number, members, "a redemption's member");
    const redemption: Redemption = { redemptionId: commandIds[c] as string, member: redemptionMember[r] as number, allocations: pairs(redemptionLots[r] as number), debt: redemptionDebt[r] as number };
    if (state.redemptionIndex.add(redemption.redemptionId) < 0) throw new Error(`internal: redemption ${redemption.redemptionId} repeats`);
    state.redemptions.push(redemption);
  }

  for (const [key, count] of array(s.usage, "usage") as [string, number][]) {
    if (typeof key !== "string" || typeof count !== "number") throw new Error("internal: a usage counter is not [key, count]");
    state.usage.set(key, count);
  }
  const accounts = s.accounts as Record<string, unknown> | null;
  if (typeof accounts !== "object" || accounts === null) throw new Error("internal: accounts is not an object");
  ACCOUNTS.forEach((account, k) => {
    const value = accounts[account] ?? 0;
    if (typeof value !== "number" || !Number.isSafeInteger(value)) throw new Error(`internal: account ${account} is ${String(value)}`);
    state.accounts[k] = value;
  });
  if (!Number.isSafeInteger(s.seq) || s.seq < 0) throw new Error(`internal: seq ${String(s.seq)}`);
  state.seq = s.seq;
  state.baseSeq = s.seq;
  const at = s.at === null ? Number.NEGATIVE_INFINITY : Date.parse(s.at);
  if (Number.isNaN(at)) throw new Error(`internal: at ${String(s.at)}`);
  state.lastAt = at;
  state.baseAt = at;
  return state;
}

/** `count` times −1. */
function nones(count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(NONE);
  return out;
}

function array(value: unknown, name: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`internal: ${name} is not an array`);
  return value;
}


function inRange(index: number, bound: number, what: string): void {
  if (!(index >= 0 && index < bound && Number.isInteger(index))) throw new Error(`internal: ${what} is ${index}, not below ${bound}`);
}
