import { formatIsoInstant } from "../_lib/formatIsoInstant.js";
import { packStrings, unpackStrings } from "../_lib/packedStrings.js";
import { PLAIN_DECIMAL } from "../_lib/toDecimal.js";
import { decodeColumn, encodeColumn, type ColumnType } from "../_lib/typedColumns.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { ACCOUNTS, COMMAND_TYPES, EXPIRED, LedgerState, type Hold, type Redemption } from "./LedgerState.js";
import type { PointsAccount } from "./PointsPosting.js";
import type { PointsSnapshot, PointsSnapshotColumns } from "./PointsSnapshot.js";
import { parseEventInstant } from "./parseEventInstant.js";
import { StringIndex } from "./StringIndex.js";

const FORMAT = "patronage.points.snapshot/2";
const NONE = -1;

type Table = "members" | "lots" | "commands" | "orders" | "lines";
type StateColumn = { [K in keyof LedgerState]: LedgerState[K] extends number[] ? (K extends keyof PointsSnapshotColumns ? K : never) : never }[keyof LedgerState];

/**
 * What a column's values may be: points (safe integers; `count` also ≥ 0), instants (safe
 * integers; `never` also +∞, `since` also −∞), or a number below the size of a table.
 */
type Values = "points" | "count" | "instant" | "never" | "since" | "lotState" | "commandType" | "kind" | Table;

/** The state's columns a snapshot carries as they are: name, stored encoding, the table that gives their length, and their values. */
const STATE_COLUMNS: readonly (readonly [StateColumn, ColumnType, Table, Values])[] = [
  ["memberAvailable", "f64", "members", "points"],
  ["memberPending", "f64", "members", "points"],
  ["memberHeld", "f64", "members", "points"],
  ["memberDebt", "f64", "members", "points"],
  ["memberLastActivity", "f64", "members", "since"],
  ["memberOrders", "i32", "members", "count"],
  ["lotMember", "i32", "lots", "members"],
  ["lotAmount", "f64", "lots", "count"],
  ["lotRemaining", "f64", "lots", "count"],
  ["lotState", "u8", "lots", "lotState"],
  ["lotEarnedAt", "f64", "lots", "instant"],
  ["lotAvailableAt", "f64", "lots", "instant"],
  ["lotExpiresAt", "f64", "lots", "never"],
  ["lotKind", "i32", "lots", "kind"],
  ["commandType", "u8", "commands", "commandType"],
  ["commandPoints", "f64", "commands", "points"],
  ["commandDebt", "f64", "commands", "count"],
  ["commandShortfall", "f64", "commands", "count"],
  ["commandMember", "i32", "commands", "members"],
  ["orderMember", "i32", "orders", "members"],
  ["orderPoints", "f64", "orders", "count"],
  ["orderReversed", "f64", "orders", "count"],
  ["orderFirstLot", "i32", "orders", "count"],
  ["orderLotCount", "i32", "orders", "count"],
  ["orderLineCount", "i32", "orders", "count"],
  ["linePoints", "f64", "lines", "count"],
  ["lineReversed", "f64", "lines", "count"],
];

/** Throws unless every value of `column` is what `values` allows. */
function checkValues(column: readonly number[], values: Values, bounds: Record<Table | "kind", number>, name: string): void {
  const limit = values === "lotState" ? EXPIRED + 1 : values === "commandType" ? COMMAND_TYPES.length : values in bounds ? bounds[values as Table | "kind"] : Number.POSITIVE_INFINITY;
  const low = values === "points" || values === "instant" || values === "never" || values === "since" ? Number.NEGATIVE_INFINITY : 0;
  for (const v of column) {
    const fits = Number.isSafeInteger(v) ? v >= low && v < limit : (values === "never" && v === Number.POSITIVE_INFINITY) || (values === "since" && v === Number.NEGATIVE_INFINITY);
    if (!fits) throw new Error(`internal: column ${name} holds ${v}`);
  }
}
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
  /** Appends `[lot, points, …]` pairs to the allocation columns; returns how many. */
  const flatten = (pairs: readonly number[]): number => {
    for (let i = 0; i < pairs.length; i += 2, a++) {
      allocationLot[a] = pairs[i] as number;
      allocationPoints[a] = pairs[i + 1] as number;
    }
    return pairs.length / 2;
  };
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
    holdLots[k] = flatten(h.allocations);
  });
  const redemptionCommand = new Int32Array(redemptions.length);
  const redemptionMember = new Int32Array(redemptions.length);
  const redemptionDebt = new Float64Array(redemptions.length);
  const redemptionLots = new Int32Array(redemptions.length);
  redemptions.forEach((r, k) => {
    redemptionCommand[k] = state.commands.indexOf(r.redemptionId);
    redemptionMember[k] = r.member;
    redemptionDebt[k] = r.debt;
    redemptionLots[k] = flatten(r.allocations);
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
    at: Number.isFinite(state.lastAt) ? formatIsoInstant(state.lastAt) : null,
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

  const commandLots = decodeColumn(col.commandLots, commands);
  let lots = 0;
  for (const n of commandLots) {
    if (!(n >= 0) || !Number.isInteger(n)) throw new Error(`internal: a command created ${n} lots`);
    lots += n;
  }
  const counts: Record<Table, number> = { members, lots, commands, orders, lines };
  const kinds = array(s.lotKinds, "lotKinds");
  const bounds = { ...counts, kind: kinds.length };
  for (const [name, , table, values] of STATE_COLUMNS) {
    state[name] = decodeColumn(col[name], counts[table]);
    checkValues(state[name], values, bounds, name);
  }
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
  }
  const prints = unpackStrings(s.commandPrints);
  if (prints.length !== commands) throw new Error(`internal: ${prints.length} fingerprints for ${commands} commands`);
  state.commandPrints = prints;
  for (const entry of array(s.commandMembers, "commandMembers") as (readonly number[])[]) {
    const [c, ...more] = entry;
    inRange(c as number, commands, "a command");
    for (const m of more) inRange(m, members, "a command's member");
    if (state.commandMoreMembers.has(c as number) || new Set([state.commandMember[c as number], ...more]).size !== more.length + 1) throw new Error(`internal: commandMembers entry ${JSON.stringify(entry)}`);
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
    if (state.memberLastLot[m] === NONE) state.memberFirstLot[m] = o;
    else state.lotNext[state.memberLastLot[m] as number] = o;
    state.memberLastLot[m] = o;
  }
  for (const entry of array(s.lotFroms, "lotFroms") as [number, string | null, string | null][]) {
    inRange(entry[0], lots, "a lot");
    if (!entry.slice(1).every((id) => id === null || typeof id === "string") || state.lotFroms.has(entry[0])) throw new Error(`internal: lotFroms entry ${JSON.stringify(entry)}`);
    state.lotFroms.set(entry[0], { fromLotId: entry[1] ?? undefined, fromMemberId: entry[2] ?? undefined });
  }

  // orders and their lines
  state.orders = new StringIndex(orderIds);
  state.orderFirstLine = [];
  let line = 0;
  for (let q = 0; q < orders; q++) {
    const first = state.orderFirstLot[q] as number;
    const count = state.orderLotCount[q] as number;
    if (first + count > lots) throw new Error(`internal: order ${q} has lots ${first} to ${first + count - 1}`);
    for (let o = first; o < first + count; o++) {
      if (state.lotOrder[o] !== NONE || state.lotMember[o] !== state.orderMember[q]) throw new Error(`internal: order ${q}'s lot ${o} is another member's or order's`);
      state.lotOrder[o] = q;
    }
    state.orderFirstLine.push(line);
    line += state.orderLineCount[q] as number;
  }
  if (line !== lines) throw new Error(`internal: orders have ${line} lines, not ${lines}`);
  state.lineIds = lineIds;
  state.lineAmounts = unpackStrings(s.lineAmounts);
  if (state.lineAmounts.length !== lines) throw new Error(`internal: ${state.lineAmounts.length} line amounts for ${lines} lines`);
  for (const amount of state.lineAmounts) if (!PLAIN_DECIMAL.test(amount)) throw new Error(`internal: a line amount ${JSON.stringify(amount)}`);
  state.lineRefunded = new Array<string>(lines).fill("0");
  for (const [i, refunded] of array(s.lineRefunded, "lineRefunded") as [number, string][]) {
    inRange(i, lines, "a line");
    if (typeof refunded !== "string" || !PLAIN_DECIMAL.test(refunded)) throw new Error(`internal: a refunded amount ${JSON.stringify(refunded)}`);
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
  const small = { ...bounds, holds: holdIds.length };
  checkValues(holdMember, "members", small, "holdMember");
  checkValues(holdPoints, "count", small, "holdPoints");
  checkValues(holdOpen, "count", small, "holdOpen");
  checkValues(holdExpiresAt, "instant", small, "holdExpiresAt");
  checkValues(holdLots, "count", small, "holdLots");
  checkValues(redemptionCount, "commands", small, "redemptionCommand");
  checkValues(redemptionMember, "members", small, "redemptionMember");
  checkValues(redemptionDebt, "count", small, "redemptionDebt");
  checkValues(redemptionLots, "count", small, "redemptionLots");
  let allocations = 0;
  for (let h = 0; h < holdIds.length; h++) allocations += holdLots[h] as number;
  for (let r = 0; r < redemptions; r++) allocations += redemptionLots[r] as number;
  const allocationLot = decodeColumn(col.allocationLot, allocations);
  const allocationPoints = decodeColumn(col.allocationPoints, allocations);
  checkValues(allocationLot, "lots", small, "allocationLot");
  checkValues(allocationPoints, "count", small, "allocationPoints");
  let a = 0;
  /** The next `count` allocations, of lots of member `m`. */
  const pairs = (count: number, m: number): number[] => {
    const out: number[] = [];
    for (let k = 0; k < count; k++, a++) {
      const o = allocationLot[a] as number;
      if (state.lotMember[o] !== m) throw new Error(`internal: an allocation's lot ${o} is not its member's`);
      out.push(o, allocationPoints[a] as number);
    }
    return out;
  };
  state.holdIndex = new StringIndex(holdIds);
  for (let h = 0; h < holdIds.length; h++) {
    const m = holdMember[h] as number;
    if ((holdOpen[h] as number) > (holdPoints[h] as number)) throw new Error(`internal: hold ${h} holds more than it took`);
    const hold: Hold = { holdId: holdIds[h] as string, member: m, points: holdPoints[h] as number, expiresAt: holdExpiresAt[h] as number, allocations: pairs(holdLots[h] as number, m), open: holdOpen[h] as number, next: NONE };
    state.holds.push(hold);
    if (state.memberLastHold[m] === NONE) state.memberFirstHold[m] = h;
    else (state.holds[state.memberLastHold[m] as number] as Hold).next = h;
    state.memberLastHold[m] = h;
  }
  for (let r = 0; r < redemptions; r++) {
    const c = redemptionCount[r] as number;
    const type = COMMAND_TYPES[state.commandType[c] as number];
    if (type !== "redeem" && type !== "capture") throw new Error(`internal: redemption ${r} comes from a ${type} command`);
    const m = redemptionMember[r] as number;
    const redemption: Redemption = { redemptionId: commandIds[c] as string, member: m, allocations: pairs(redemptionLots[r] as number, m), debt: redemptionDebt[r] as number };
    if (state.redemptionIndex.add(redemption.redemptionId) < 0) throw new Error(`internal: redemption ${redemption.redemptionId} repeats`);
    state.redemptions.push(redemption);
  }

  for (const [key, count] of array(s.usage, "usage") as [string, number][]) {
    if (typeof key !== "string" || !Number.isSafeInteger(count)) throw new Error("internal: a usage counter is not [key, count]");
    state.usage.set(key, count);
  }
  const accounts = s.accounts as Record<string, unknown> | null;
  if (typeof accounts !== "object" || accounts === null) throw new Error("internal: accounts is not an object");
  ACCOUNTS.forEach((account, k) => {
    const value = accounts[account] ?? 0;
    if (typeof value !== "number" || !Number.isSafeInteger(value)) throw new Error(`internal: account ${account} is ${String(value)}`);
    state.accounts[k] = value;
  });
  if (!Number.isSafeInteger(s.seq) || s.seq < commands) throw new Error(`internal: seq ${String(s.seq)} for ${commands} commands`);
  state.seq = s.seq;
  state.baseSeq = s.seq;
  // `at` is written by formatIsoInstant: anything else was not.
  const at = s.at === null ? Number.NEGATIVE_INFINITY : typeof s.at === "string" ? parseEventInstant(s.at) : Number.NaN;
  if (Number.isNaN(at) || (s.at !== null && formatIsoInstant(at) !== s.at)) throw new Error(`internal: at ${String(s.at)}`);
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
