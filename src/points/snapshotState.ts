import { formatIsoInstant } from "../_lib/formatIsoInstant.js";
import { PLAIN_DECIMAL } from "../_lib/toDecimal.js";
import { decodeColumn, encodeColumn, type ColumnRange, type ColumnType } from "../_lib/typedColumns.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { ACCOUNTS, AVAILABLE, COMMAND_TYPES, EXPIRED, LedgerState, PENDING, type Hold, type Redemption } from "./LedgerState.js";
import type { PointsAccount } from "./PointsPosting.js";
import type { PointsSnapshot, PointsSnapshotColumns } from "./PointsSnapshot.js";
import { parseEventInstant } from "./parseEventInstant.js";
import { StringIndex } from "./StringIndex.js";
import { StringList } from "./StringList.js";

const FORMAT = "patronage.points.snapshot/2";
/** The commands that create lots (the others move points between existing ones). */
const LOT_MAKERS = new Set(["earn", "award", "reverseRedemption", "adjust", "transfer"]);
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
  ["memberDebt", "f64", "members", "count"],
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

/** The range of a column of `values`, given the sizes of the tables. */
function rangeOf(name: string, values: Values, bounds: Readonly<Record<Table | "kind", number>>): ColumnRange {
  switch (values) {
    case "points":
    case "instant":
      return { name, min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };
    case "never":
      return { name, min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, plusInfinity: true };
    case "since":
      return { name, min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, minusInfinity: true };
    case "count":
      return { name, min: 0, max: Number.MAX_SAFE_INTEGER };
    case "lotState":
      return { name, min: 0, max: EXPIRED };
    case "commandType":
      return { name, min: 0, max: COMMAND_TYPES.length - 1 };
    default:
      return { name, min: 0, max: bounds[values] - 1 };
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
    memberIds: state.members.keys.pack(),
    commandIds: state.commands.keys.pack(),
    commandPrints: state.commandPrints.pack(),
    commandMembers: [...state.commandMoreMembers].map(([c, more]) => [c, ...more]),
    orderIds: state.orders.keys.pack(),
    lineIds: state.lineIds.pack(),
    lineAmounts: state.lineAmounts.pack(),
    lineRefunded,
    lotKinds: state.kinds.map((k) => [k.category, k.ruleId ?? null] as const),
    lotFroms: [...state.lotFroms].map(([o, from]) => [o, from.fromLotId ?? null, from.fromMemberId ?? null] as const),
    holdIds: state.holdIndex.keys.pack(),
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
  const memberIds = StringList.unpack(s.memberIds);
  const commandIds = StringList.unpack(s.commandIds);
  const orderIds = StringList.unpack(s.orderIds);
  const lineIds = StringList.unpack(s.lineIds);
  const holdIds = StringList.unpack(s.holdIds);
  const members = memberIds.length;
  const commands = commandIds.length;
  const orders = orderIds.length;
  const lines = lineIds.length;

  const commandLots = decodeColumn(col.commandLots, commands, { name: "commandLots", min: 0, max: Number.MAX_SAFE_INTEGER });
  let lots = 0;
  for (let c = 0; c < commands; c++) lots += commandLots[c] as number;
  // Every lot takes at least a byte of each lot column: a cheap bound before allocating by `lots`.
  if (!(lots <= String(col.lotMember).length)) throw new Error(`internal: the commands created ${lots} lots, more than the lot columns hold`);
  const counts: Record<Table, number> = { members, lots, commands, orders, lines };
  const kinds = array(s.lotKinds, "lotKinds");
  const bounds = { ...counts, kind: kinds.length };
  for (const [name, , table, values] of STATE_COLUMNS) state[name] = decodeColumn(col[name], counts[table], rangeOf(name, values, bounds));
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
  state.commandFirstLot = new Array<number>(commands);
  for (let c = 0, first = 0; c < commands; c++) {
    state.commandFirstLot[c] = first;
    const n = commandLots[c] as number;
    if (n > 0 && !LOT_MAKERS.has(COMMAND_TYPES[state.commandType[c] as number] as string)) throw new Error(`internal: a ${COMMAND_TYPES[state.commandType[c] as number]} command created ${n} lots`);
    first += n;
  }
  const prints = StringList.unpack(s.commandPrints);
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
  state.lotIds = new Array<string | undefined>(lots);
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
  state.orderFirstLine = new Array<number>(orders);
  let line = 0;
  for (let q = 0, free = 0; q < orders; q++) {
    const first = state.orderFirstLot[q] as number;
    const end = first + (state.orderLotCount[q] as number);
    // Orders number their lots in order, apart (LedgerState.orderOfLot searches on it).
    if (first < free || end > lots) throw new Error(`internal: order ${q} has lots ${first} to ${end - 1}`);
    for (let o = first; o < end; o++) if (state.lotMember[o] !== state.orderMember[q]) throw new Error(`internal: order ${q}'s lot ${o} is another member's`);
    if (end > first) {
      // an order's lots are all the lots of the earn command that earned on it
      const c = state.commandOfLot(first);
      const { first: from, end: to } = state.commandLots(c);
      if (COMMAND_TYPES[state.commandType[c] as number] !== "earn" || from !== first || to !== end) throw new Error(`internal: order ${q}'s lots ${first} to ${end - 1} are not those of an earn command`);
    }
    free = end;
    state.orderFirstLine[q] = line;
    line += state.orderLineCount[q] as number;
  }
  if (line !== lines) throw new Error(`internal: orders have ${line} lines, not ${lines}`);
  state.lineIds = lineIds;
  state.lineAmounts = StringList.unpack(s.lineAmounts);
  if (state.lineAmounts.length !== lines) throw new Error(`internal: ${state.lineAmounts.length} line amounts for ${lines} lines`);
  const bad = state.lineAmounts.findInvalid(isPlainDecimal);
  if (bad >= 0) throw new Error(`internal: a line amount ${JSON.stringify(state.lineAmounts.at(bad))}`);
  state.lineRefunded = new Array<string>(lines).fill("0");
  for (const [i, refunded] of array(s.lineRefunded, "lineRefunded") as [number, string][]) {
    inRange(i, lines, "a line");
    if (typeof refunded !== "string" || !PLAIN_DECIMAL.test(refunded)) throw new Error(`internal: a refunded amount ${JSON.stringify(refunded)}`);
    state.lineRefunded[i] = refunded;
  }

  // holds and redemptions
  const holds = holdIds.length;
  const holdMember = decodeColumn(col.holdMember, holds, rangeOf("holdMember", "members", bounds));
  const holdPoints = decodeColumn(col.holdPoints, holds, rangeOf("holdPoints", "count", bounds));
  const holdOpen = decodeColumn(col.holdOpen, holds, rangeOf("holdOpen", "count", bounds));
  const holdExpiresAt = decodeColumn(col.holdExpiresAt, holds, rangeOf("holdExpiresAt", "instant", bounds));
  const holdLots = decodeColumn(col.holdLots, holds, rangeOf("holdLots", "count", bounds));
  const redemptionCommand = decodeColumn(col.redemptionCommand, -1, rangeOf("redemptionCommand", "commands", bounds));
  const redemptions = redemptionCommand.length;
  const redemptionMember = decodeColumn(col.redemptionMember, redemptions, rangeOf("redemptionMember", "members", bounds));
  const redemptionDebt = decodeColumn(col.redemptionDebt, redemptions, rangeOf("redemptionDebt", "count", bounds));
  const redemptionLots = decodeColumn(col.redemptionLots, redemptions, rangeOf("redemptionLots", "count", bounds));
  let allocations = 0;
  for (let h = 0; h < holds; h++) allocations += holdLots[h] as number;
  for (let r = 0; r < redemptions; r++) allocations += redemptionLots[r] as number;
  const allocationLot = decodeColumn(col.allocationLot, allocations, rangeOf("allocationLot", "lots", bounds));
  const allocationPoints = decodeColumn(col.allocationPoints, allocations, rangeOf("allocationPoints", "count", bounds));
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
  for (let h = 0; h < holds; h++) {
    const m = holdMember[h] as number;
    if ((holdOpen[h] as number) > (holdPoints[h] as number)) throw new Error(`internal: hold ${h} holds more than it took`);
    const hold: Hold = { holdId: holdIds.at(h), member: m, points: holdPoints[h] as number, expiresAt: holdExpiresAt[h] as number, allocations: pairs(holdLots[h] as number, m), open: holdOpen[h] as number, next: NONE };
    if (sumPairs(hold.allocations) !== hold.open) throw new Error(`internal: hold ${h} holds ${hold.open} points, and its lots ${sumPairs(hold.allocations)}`);
    state.holds.push(hold);
    if (state.memberLastHold[m] === NONE) state.memberFirstHold[m] = h;
    else (state.holds[state.memberLastHold[m] as number] as Hold).next = h;
    state.memberLastHold[m] = h;
  }
  for (let r = 0; r < redemptions; r++) {
    const c = redemptionCommand[r] as number;
    const type = COMMAND_TYPES[state.commandType[c] as number];
    if (type !== "redeem" && type !== "capture") throw new Error(`internal: redemption ${r} comes from a ${type} command`);
    const m = redemptionMember[r] as number;
    const redemption: Redemption = { redemptionId: commandIds.at(c), member: m, allocations: pairs(redemptionLots[r] as number, m), debt: redemptionDebt[r] as number };
    if (redemption.debt > (state.commandDebt[c] as number) || sumPairs(redemption.allocations) + redemption.debt > Math.abs(state.commandPoints[c] as number)) {
      throw new Error(`internal: redemption ${r} gives back more than command ${c} took`);
    }
    if (state.redemptionIndex.add(redemption.redemptionId) < 0) throw new Error(`internal: redemption ${redemption.redemptionId} repeats`);
    state.redemptions.push(redemption);
  }

  checkBalances(state);

  for (const [key, count] of array(s.usage, "usage") as [string, number][]) {
    if (typeof key !== "string" || !Number.isSafeInteger(count)) throw new Error("internal: a usage counter is not [key, count]");
    state.usage.set(key, count);
  }
  const accounts = s.accounts as Record<string, unknown> | null;
  if (typeof accounts !== "object" || accounts === null) throw new Error("internal: accounts is not an object");
  let programme = 0;
  ACCOUNTS.forEach((account, k) => {
    const value = accounts[account] ?? 0;
    if (typeof value !== "number" || !Number.isSafeInteger(value)) throw new Error(`internal: account ${account} is ${String(value)}`);
    state.accounts[k] = value;
    programme += value;
  });
  let outstanding = 0;
  for (let m = 0; m < members; m++) outstanding += (state.memberAvailable[m] as number) + (state.memberPending[m] as number) + (state.memberHeld[m] as number) - (state.memberDebt[m] as number);
  if (outstanding !== -programme) throw new Error(`internal: members hold ${outstanding} points, and the programme accounts say ${-programme}`);
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

/**
 * Checks the books of a restored state: no lot holds more than its amount, and each member's
 * available and pending points are what their lots hold, and their held points what their holds do.
 */
function checkBalances(state: LedgerState): void {
  const members = state.members.size;
  const available = new Array<number>(members).fill(0);
  const pending = new Array<number>(members).fill(0);
  const held = new Array<number>(members).fill(0);
  for (let o = 0; o < state.ordinal; o++) {
    const remaining = state.lotRemaining[o] as number;
    if (remaining > (state.lotAmount[o] as number)) throw new Error(`internal: lot ${o} holds ${remaining} of its ${state.lotAmount[o]} points`);
    const m = state.lotMember[o] as number;
    const lotState = state.lotState[o] as number;
    if (lotState === AVAILABLE) available[m] = (available[m] as number) + remaining;
    else if (lotState === PENDING) pending[m] = (pending[m] as number) + remaining;
  }
  for (const hold of state.holds) held[hold.member] = (held[hold.member] as number) + hold.open;
  // what a lot still holds, plus what holds and redemptions took from it, is at most its amount
  const taken = new Array<number>(state.ordinal).fill(0);
  for (const { allocations } of [...state.holds, ...state.redemptions]) {
    for (let k = 0; k < allocations.length; k += 2) taken[allocations[k] as number] = (taken[allocations[k] as number] as number) + (allocations[k + 1] as number);
  }
  for (let o = 0; o < state.ordinal; o++) {
    if ((state.lotRemaining[o] as number) + (taken[o] as number) > (state.lotAmount[o] as number)) throw new Error(`internal: lot ${o} holds ${state.lotRemaining[o]} and gave ${taken[o]} of its ${state.lotAmount[o]} points`);
  }
  for (let m = 0; m < members; m++) {
    if (available[m] !== state.memberAvailable[m] || pending[m] !== state.memberPending[m] || held[m] !== state.memberHeld[m]) {
      throw new Error(`internal: member ${m}'s balances (${state.memberAvailable[m]} available, ${state.memberPending[m]} pending, ${state.memberHeld[m]} held) are not what their lots and holds hold (${available[m]}, ${pending[m]}, ${held[m]})`);
    }
  }
}

/** The points of `[lot, points, …]` pairs. */
function sumPairs(pairs: readonly number[]): number {
  let sum = 0;
  for (let k = 1; k < pairs.length; k += 2) sum += pairs[k] as number;
  return sum;
}

/** Whether `text` from `start` to `end` is a plain decimal (see `PLAIN_DECIMAL`): an optional sign, digits, an optional point, at least one digit. */
function isPlainDecimal(text: string, start: number, end: number): boolean {
  let i = start;
  const first = text.charCodeAt(i);
  if (first === 43 || first === 45) i++;
  let digits = 0;
  let point = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !point) point = true;
    else return false;
  }
  return digits > 0;
}

/** `count` times −1. */
function nones(count: number): number[] {
  return new Array<number>(count).fill(NONE);
}

function array(value: unknown, name: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`internal: ${name} is not an array`);
  return value;
}


function inRange(index: number, bound: number, what: string): void {
  if (!(index >= 0 && index < bound && Number.isInteger(index))) throw new Error(`internal: ${what} is ${index}, not below ${bound}`);
}
