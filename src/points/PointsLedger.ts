import { Decimal } from "../_lib/Decimal.js";
import { formatIsoInstant } from "../_lib/formatIsoInstant.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { toDecimalRounding, type RoundingMode, ROUNDING_MODES } from "../_lib/RoundingMode.js";
import { toDecimal, type DecimalString } from "../_lib/toDecimal.js";
import { PatronageError } from "../PatronageError.js";
import { Decider, type ParsedCommand } from "./decideCommand.js";
import { expiryMonth } from "./expiryMonth.js";
import { fingerprintCommand } from "./fingerprint.js";
import { EXPIRED, LedgerState } from "./LedgerState.js";
import type { PointsBalance } from "./PointsBalance.js";
import type { PointsCommand } from "./PointsCommand.js";
import type { PointsEvent } from "./PointsEvent.js";
import type { PointsExpirySchedule } from "./PointsExpirySchedule.js";
import type { PointsByMonth, PointsLiability, PointsRollforward } from "./PointsLiability.js";
import type { PointsLot } from "./PointsLot.js";
import type { PointsOutcome } from "./PointsOutcome.js";
import type { PointsProgram, PointsProgramInput } from "./PointsProgram.js";
import type { PointsSnapshot } from "./PointsSnapshot.js";
import type { PointsStatement, PointsStatementEntry } from "./PointsStatement.js";
import { instantReader } from "./instantReader.js";
import { readInstant } from "../_lib/readInstant.js";
import { readPointsCommand } from "./readPointsCommand.js";
import { readPointsProgram, type ProgramContext } from "./readPointsProgram.js";
import { restoreState, snapshotState } from "./snapshotState.js";

/** Options of {@link PointsLedger.execute}. */
export interface ExecuteOptions {
  /** The instant the command takes effect (a `Date` or an ISO-8601 date-time); never before the last event. */
  readonly now: Date | string;
}

/** Options of {@link PointsLedger.create}, {@link PointsLedger.replay} and {@link PointsLedger.restore}. */
export interface PointsLedgerOptions {
  /**
   * Keep every event in memory (default `true`): {@link PointsLedger.events}, a retried command's
   * events, and the queries about the past (`balance` with `asOf`, `statement`, `liability` with
   * `asOf` or `from`) read them. With `false` the ledger holds only its state, about 1,000 B less
   * per event and far less work for the garbage collector — for hosts that keep the log themselves
   * and ask about the past by replaying it; those queries then throw `INSUFFICIENT_DATA`, and a
   * retried command returns its result without events.
   */
  readonly keepEvents?: boolean;
}

/** Options of {@link PointsLedger.liability}. */
export interface LiabilityOptions {
  /** The report date (default: the last event). Points are counted as the events up to it left them. */
  readonly asOf?: Date | string;
  /** Start of the rollforward period (exclusive); no rollforward without it. */
  readonly from?: Date | string;
  /** The money value of one whole point (10^scale units), ≥ 0. */
  readonly valuePerPoint: DecimalString | number;
  /** The share of outstanding points expected to be redeemed, in [0, 1] (1 − breakage). */
  readonly expectedRedemptionRate: DecimalString | number;
  /** Decimal places of the money figures (default 2). */
  readonly decimals?: number;
  /** Rounding of the money figures (default `"half-even"`). */
  readonly rounding?: RoundingMode;
}

const ZERO_BALANCE: PointsBalance = { available: 0, pending: 0, held: 0, debt: 0 };

/**
 * The points ledger of one programme, as an event-sourced decider: {@link PointsLedger.execute}
 * checks a command against the state and returns the events it produces (or a refusal, changing
 * nothing); the events are folded into the state, and the host persists them. Replaying the events
 * ({@link PointsLedger.replay}), or restoring a snapshot and the events after it, rebuilds the same
 * state.
 *
 * The books are double entry: every event carries postings that sum to zero, between member
 * accounts (`available`, `pending`, `held`, `debt`) and programme accounts (`issued`, `redeemed`,
 * `expired`, `reversed`, `adjusted`, `transit`). Credits are lots; debits consume lots in the
 * programme's `consumptionOrder` and record one move per lot. Points are safe integers in the
 * programme's smallest unit; time is the `now` of each command, which never goes backwards.
 *
 * Idempotency: every command has an `id`; executing it again with the same payload returns the
 * first outcome with `duplicate: true` and adds nothing; with another payload it throws
 * `CONFLICT`. A refused command, or one that found nothing to do, leaves no trace, so its id can be
 * used again.
 *
 * Expiry is an event: lots past their `expiresAt` stay spendable until an `expire` command expires
 * them (run it on a schedule, and before a hard cut-off).
 *
 * @see DESIGN.md, "the ledger is a decider"; J. Chassaing, "Functional event sourcing decider" (2021).
 *
 * @example
 * ```ts
 * import { PointsLedger } from "patronage/points";
 *
 * const ledger = PointsLedger.create({
 *   id: "coffee",
 *   timeZone: "Asia/Shanghai",
 *   currency: "CNY",
 *   earnRules: [{ id: "base", type: "spend", rate: { points: 1, per: 10 } }],
 * });
 * const now = "2026-03-14T10:00:00+08:00";
 * const order = { orderId: "o1", lines: [{ lineId: "l1", amount: "129.90" }] };
 * ledger.execute({ id: "c1", type: "earn", memberId: "m1", order }, { now }).ok; //=> true
 * ledger.balance("m1"); //=> { available: 12, pending: 0, held: 0, debt: 0 }
 * const refused = ledger.execute({ id: "c2", type: "redeem", memberId: "m1", points: 20 }, { now });
 * refused; //=> { ok: false, reason: "INSUFFICIENT_POINTS", message: 'member "m1" has 12 points available; 20 asked, 8 short', shortfall: 8, available: 12 }
 * ledger.execute({ id: "c3", type: "redeem", memberId: "m1", points: 10 }, { now }).ok; //=> true
 * ledger.balance("m1").available; //=> 2
 * PointsLedger.replay(ledger.program, ledger.events()).balance("m1").available; //=> 2
 * ```
 */
export class PointsLedger {
  readonly #context: ProgramContext;
  readonly #state: LedgerState;
  /** The snapshot this ledger was restored from, to rebuild past states. */
  readonly #base: PointsSnapshot | null;

  private constructor(context: ProgramContext, state: LedgerState, base: PointsSnapshot | null) {
    this.#context = context;
    this.#state = state;
    this.#base = base;
  }

  /**
   * An empty ledger for a programme.
   *
   * @param program - the programme (parsed with {@link pointsProgramSchema}).
   * @throws {@link index!PatronageError} `INVALID_CONFIG` naming the path when the programme is invalid.
   */
  static create(program: PointsProgramInput | PointsProgram, options: PointsLedgerOptions = {}): PointsLedger {
    const context = readPointsProgram(program);
    const state = new LedgerState();
    state.keepEvents = keepEvents(options);
    return new PointsLedger(context, state, null);
  }

  /**
   * Rebuilds a ledger from its events (all of them, in order from seq 1).
   *
   * @param program - the programme the events were produced under.
   * @param events - the events, as {@link PointsLedger.execute} returned them (plain JSON).
   * @param options - `keepEvents` (see {@link PointsLedgerOptions}).
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `events[i]` when an event is
   *   malformed, out of sequence, unbalanced, or does not fit the state before it.
   */
  static replay(program: PointsProgramInput | PointsProgram, events: readonly PointsEvent[], options: PointsLedgerOptions = {}): PointsLedger {
    const ledger = PointsLedger.create(program, options);
    ledger.#fold(events, "events");
    return ledger;
  }

  /**
   * Rebuilds a ledger from a {@link PointsSnapshot} and, optionally, the events that came after it.
   *
   * @param program - the programme (its `id` must match the snapshot's).
   * @param snapshot - from {@link PointsLedger.snapshot}.
   * @param events - events with seq after the snapshot's, in order.
   * @param options - `keepEvents` (see {@link PointsLedgerOptions}).
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `snapshot…` or `events[i]`.
   */
  static restore(program: PointsProgramInput | PointsProgram, snapshot: PointsSnapshot, events: readonly PointsEvent[] = [], options: PointsLedgerOptions = {}): PointsLedger {
    const context = readPointsProgram(program);
    const keep = keepEvents(options);
    const state = restoreState(snapshot, context.program.id);
    state.keepEvents = keep;
    const ledger = new PointsLedger(context, state, snapshot);
    ledger.#fold(events, "events");
    return ledger;
  }

  /** The parsed programme. */
  get program(): PointsProgram {
    return this.#context.program;
  }

  /** The seq of the last event (0 for an empty ledger): the version a host compares before appending. */
  get version(): number {
    return this.#state.seq;
  }

  /**
   * Decides a command at `now`: on success, the events it produced are folded in and returned for
   * the host to persist; on refusal, nothing changes.
   *
   * @param command - the command (see {@link PointsCommand}).
   * @param options - `now`.
   * @returns `{ ok: true, events, result, duplicate }` or `{ ok: false, reason, message, … }`.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` for a malformed command (naming
   *   `command.…`) or a `now` before the last event; `CONFLICT` for a known id with another payload.
   */
  execute(command: PointsCommand, options: ExecuteOptions): PointsOutcome {
    const parsed: ParsedCommand = readPointsCommand(command);
    const print = fingerprintCommand(parsed);
    const state = this.#state;
    const known = state.commands.indexOf(parsed.id);
    if (known >= 0) {
      if (!state.commandPrints.matches(known, print)) {
        throw new PatronageError("CONFLICT", `command.id ${JSON.stringify(parsed.id)} was used before with another payload`, {
          field: "command.id",
          value: parsed.id,
        });
      }
      return { ok: true, events: state.commandEvents(known), result: state.commandResult(known), duplicate: true };
    }
    if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an object with `now`");
    const now = readInstant(options.now, this.#context.calendar, "options.now");
    if (now < this.#state.lastAt) {
      throw invalidArgument("options.now", options.now, `an instant no earlier than the last event (${new Date(this.#state.lastAt).toISOString()})`);
    }
    const decided = new Decider(this.#state, this.#context, parsed, now).decide();
    if (!Array.isArray(decided)) return decided;
    if (decided.length === 0) {
      // Nothing due (an expire or activate run): no events, no trace, the id stays free.
      return { ok: true, events: [], result: { type: parsed.type, points: 0, lotIds: [], memberIds: [], debt: 0, shortfall: 0 }, duplicate: false };
    }
    const at = formatIsoInstant(now);
    const events = decided.map((draft, i) => ({ seq: this.#state.seq + i + 1, commandId: parsed.id, fingerprint: print, at, ...draft }) as PointsEvent);
    for (const event of events) this.#state.apply(event, now);
    return { ok: true, events, result: this.#state.commandResult(this.#state.commands.size - 1), duplicate: false };
  }

  /**
   * A member's balance, now or as of an earlier instant (the events up to it, inclusive). An
   * unknown member has a zero balance.
   *
   * @throws {@link index!PatronageError} `INSUFFICIENT_DATA` when `asOf` lies before a restored snapshot.
   */
  balance(memberId: string, options: { readonly asOf?: Date | string } = {}): PointsBalance {
    const state = this.#state;
    const m = state.memberOf(memberId);
    if (m < 0) return ZERO_BALANCE;
    const asOf = options.asOf === undefined ? Number.POSITIVE_INFINITY : this.#instantAfterBase(options.asOf, "options.asOf");
    let available = state.memberAvailable[m] as number;
    let pending = state.memberPending[m] as number;
    let held = state.memberHeld[m] as number;
    let debt = state.memberDebt[m] as number;
    if (asOf < state.lastAt) {
      for (let e = state.memberFirstEvent[m] as number; e >= 0; e = state.eventNext[e] as number) {
        const event = state.events[e] as PointsEvent;
        if (Date.parse(event.at) <= asOf) continue;
        const d = deltas(event, memberId);
        available -= d.available;
        pending -= d.pending;
        held -= d.held;
        debt -= d.debt;
      }
    }
    return { available: available - debt, pending, held, debt };
  }

  /** A member's lots in creation order (spent and expired ones included), as plain JSON. */
  lots(memberId: string): PointsLot[] {
    const state = this.#state;
    const m = state.memberOf(memberId);
    return m < 0 ? [] : state.lotsOf(m).map((o) => state.lotView(o));
  }

  /**
   * A member's statement over `[from, to)`: opening balance, one entry per event, closing balance.
   *
   * @throws {@link index!PatronageError} `INSUFFICIENT_DATA` when `from` lies before a restored snapshot.
   */
  statement(memberId: string, options: { readonly from?: Date | string; readonly to?: Date | string } = {}): PointsStatement {
    const from = options.from === undefined ? Number.NEGATIVE_INFINITY : this.#instantAfterBase(options.from, "options.from");
    const to = options.to === undefined ? Number.POSITIVE_INFINITY : readInstant(options.to, this.#context.calendar, "options.to");
    if (to < from) throw invalidArgument("options.to", options.to, "an instant after options.from");
    this.#needEvents("statement()");
    const state = this.#state;
    const m = state.memberOf(memberId);
    const entries: PointsStatementEntry[] = [];
    let closing = this.balance(memberId);
    for (let e = m < 0 ? -1 : (state.memberFirstEvent[m] as number); e >= 0; e = state.eventNext[e] as number) {
      const event = state.events[e] as PointsEvent;
      const at = Date.parse(event.at);
      if (at < from) continue;
      const d = deltas(event, memberId);
      if (at >= to) {
        closing = subtract(closing, d);
        continue;
      }
      entries.push({ seq: event.seq, at: event.at, type: event.type, commandId: event.commandId, available: d.available - d.debt, pending: d.pending, held: d.held, debt: d.debt });
    }
    let opening = closing;
    for (const e of entries) opening = subtract(opening, { available: e.available + e.debt, pending: e.pending, held: e.held, debt: e.debt });
    return {
      memberId,
      from: options.from === undefined ? null : new Date(from).toISOString(),
      to: options.to === undefined ? null : new Date(to).toISOString(),
      opening,
      entries,
      closing,
    };
  }

  /** Points due to expire, by local month, for one member or the whole programme (lots only; held points are not scheduled). */
  expirySchedule(memberId?: string): PointsExpirySchedule {
    const months = new Map<string, number>();
    let never = 0;
    const { calendar } = this.#context;
    const state = this.#state;
    for (const m of memberId === undefined ? allMembers(state) : [state.memberOf(memberId)]) {
      for (let o = m < 0 ? -1 : (state.memberFirstLot[m] as number); o >= 0; o = state.lotNext[o] as number) {
        const remaining = state.lotRemaining[o] as number;
        if (state.lotState[o] === EXPIRED || remaining === 0) continue;
        const expiresAt = state.lotExpiresAt[o] as number;
        if (expiresAt === Number.POSITIVE_INFINITY) never += remaining;
        else add(months, expiryMonth(calendar, expiresAt), remaining);
      }
    }
    return { months: sortedMonths(months), never };
  }

  /**
   * The events this ledger holds, in order: all of them, or those after the snapshot it was
   * restored from.
   *
   * @throws {@link index!PatronageError} `INSUFFICIENT_DATA` for a ledger that does not keep its
   *   events (`keepEvents: false`).
   */
  events(): readonly PointsEvent[] {
    this.#needEvents("events()");
    return this.#state.events;
  }

  /** The whole state as plain JSON (see {@link PointsSnapshot}). */
  snapshot(): PointsSnapshot {
    return snapshotState(this.#state, this.#context.program.id);
  }

  /**
   * The liability report: outstanding points by state, by expiry month and by earn month, the
   * rollforward since `from`, and their money value, gross and adjusted for breakage (exact,
   * rounded once).
   *
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the option;
   *   `INSUFFICIENT_DATA` when `asOf` or `from` lies before a restored snapshot.
   */
  liability(options: LiabilityOptions): PointsLiability {
    if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an object");
    const value = toDecimal(options.valuePerPoint, "options.valuePerPoint");
    if (value.isNegative()) throw invalidArgument("options.valuePerPoint", options.valuePerPoint, "a value ≥ 0");
    const rate = toDecimal(options.expectedRedemptionRate, "options.expectedRedemptionRate");
    if (rate.isNegative() || rate.gt(1)) throw invalidArgument("options.expectedRedemptionRate", options.expectedRedemptionRate, "a rate in [0, 1]");
    const decimals = options.decimals ?? 2;
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 12) throw invalidArgument("options.decimals", options.decimals, "an integer from 0 to 12");
    const rounding = options.rounding ?? "half-even";
    if (!ROUNDING_MODES.includes(rounding)) throw invalidArgument("options.rounding", options.rounding, `one of ${ROUNDING_MODES.join(", ")}`);
    const asOf = options.asOf === undefined ? this.#state.lastAt : this.#instantAfterBase(options.asOf, "options.asOf");
    if (options.from !== undefined) this.#needEvents("options.from");
    const from = options.from === undefined ? undefined : this.#instantAfterBase(options.from, "options.from");
    if (from !== undefined && from > asOf) throw invalidArgument("options.from", options.from, "an instant no later than asOf");
    const state = asOf >= this.#state.lastAt ? this.#state : this.#stateAt(asOf);
    const { calendar, program } = this.#context;
    let available = 0;
    let pending = 0;
    let held = 0;
    let debt = 0;
    const byExpiry = new Map<string, number>();
    const byEarn = new Map<string, number>();
    let neverExpires = 0;
    const count = (o: number, points: number): void => {
      add(byEarn, expiryMonth(calendar, state.lotEarnedAt[o] as number), points);
      const expiresAt = state.lotExpiresAt[o] as number;
      if (expiresAt === Number.POSITIVE_INFINITY) neverExpires += points;
      else add(byExpiry, expiryMonth(calendar, expiresAt), points);
    };
    for (let m = 0; m < state.members.size; m++) {
      available += state.memberAvailable[m] as number;
      pending += state.memberPending[m] as number;
      held += state.memberHeld[m] as number;
      debt += state.memberDebt[m] as number;
    }
    for (let o = 0; o < state.ordinal; o++) {
      const remaining = state.lotRemaining[o] as number;
      if (remaining > 0 && state.lotState[o] !== EXPIRED) count(o, remaining);
    }
    for (const hold of state.holds) {
      for (let k = 0; k < hold.allocations.length; k += 2) if ((hold.allocations[k + 1] as number) > 0) count(hold.allocations[k] as number, hold.allocations[k + 1] as number);
    }
    const total = available + pending + held - debt;
    const gross = new Decimal(total).div(new Decimal(10).pow(program.scale)).times(value);
    const round = (d: Decimal): string => d.toDecimalPlaces(decimals, toDecimalRounding(rounding)).toFixed(decimals);
    return {
      asOf: new Date(asOf === Number.NEGATIVE_INFINITY ? 0 : asOf).toISOString(),
      outstanding: { available, pending, held, debt, total },
      byExpiryMonth: sortedMonths(byExpiry),
      neverExpires,
      byEarnMonth: sortedMonths(byEarn),
      rollforward: from === undefined ? null : this.#rollforward(from, asOf),
      grossValue: round(gross),
      liability: round(gross.times(rate)),
    };
  }

  // ── internals ─────────────────────────────────────────────────────────────────────────────────

  #fold(events: readonly PointsEvent[], field: string): void {
    if (!Array.isArray(events)) throw invalidArgument(field, events, "an array of events");
    const state = this.#state;
    const readAt = instantReader();
    for (let i = 0; i < events.length; i++) {
      const event = events[i] as PointsEvent;
      const at = checkEvent(event, field, i, state.seq + 1, state.lastAt, readAt);
      try {
        state.apply(event, at);
      } catch (error) {
        throw invalidArgument(`${field}[${i}]`, event, `an event that fits the ledger (${(error as Error).message.replace(/^internal: /, "")})`);
      }
    }
  }

  /** Throws `INSUFFICIENT_DATA` for a ledger that does not keep its events. */
  #needEvents(what: string): void {
    if (!this.#state.keepEvents) {
      throw new PatronageError("INSUFFICIENT_DATA", `${what} needs the events, and this ledger does not keep them (keepEvents: false): replay the log to ask about the past`, {
        field: "keepEvents",
        value: false,
      });
    }
  }

  #instantAfterBase(value: Date | string, field: string): number {
    const ms = readInstant(value, this.#context.calendar, field);
    if (ms < this.#state.lastAt) this.#needEvents(field);
    if (ms < this.#state.baseAt) {
      throw new PatronageError("INSUFFICIENT_DATA", `${field} lies before the snapshot this ledger was restored from (${new Date(this.#state.baseAt).toISOString()})`, {
        field,
        value,
      });
    }
    return ms;
  }

  /** The state as the events up to `asOf` (inclusive) left it. */
  #stateAt(asOf: number): LedgerState {
    const state = this.#base === null ? new LedgerState() : restoreState(this.#base, this.#context.program.id);
    for (const event of this.#state.events) {
      const at = Date.parse(event.at);
      if (at > asOf) break;
      state.apply(event, at);
    }
    return state;
  }

  #rollforward(from: number, to: number): PointsRollforward {
    const flows = { issued: 0, redeemed: 0, expired: 0, reversed: 0, adjusted: 0, transit: 0 };
    const opening = { ...flows };
    const base = this.#base?.accounts ?? {};
    for (const key of Object.keys(opening) as (keyof typeof opening)[]) opening[key] = base[key] ?? 0;
    for (const event of this.#state.events) {
      const at = Date.parse(event.at);
      if (at > to) break;
      const target = at <= from ? opening : flows;
      for (const posting of event.postings) {
        if (posting.memberId === undefined) target[posting.account as keyof typeof flows] += posting.points;
      }
    }
    const outstanding = (a: typeof flows): number => 0 - (a.issued + a.redeemed + a.expired + a.reversed + a.adjusted + a.transit);
    const openingPoints = outstanding(opening);
    return {
      from: new Date(from).toISOString(),
      to: new Date(to === Number.NEGATIVE_INFINITY ? 0 : to).toISOString(),
      opening: openingPoints,
      issued: 0 - flows.issued,
      redeemed: flows.redeemed,
      expired: flows.expired,
      reversed: flows.reversed,
      adjusted: 0 - flows.adjusted,
      closing: openingPoints + outstanding(flows),
    };
  }
}

const EVENT_TYPES = new Set([
  "earned",
  "awarded",
  "redeemed",
  "held",
  "captured",
  "released",
  "earnReversed",
  "redemptionReversed",
  "adjusted",
  "transferredOut",
  "transferredIn",
  "expired",
  "activated",
]);

/** Checks the envelope of `events[i]` (named `${field}[${i}]`) of a replay; returns its instant. */
function checkEvent(event: PointsEvent, field: string, i: number, seq: number, lastAt: number, readAt: (text: string) => number): number {
  if (typeof event !== "object" || event === null) throw invalidArgument(`${field}[${i}]`, event, "an event object");
  if (!EVENT_TYPES.has(event.type)) throw invalidArgument(`${field}[${i}].type`, event.type, "a points event type");
  if (event.seq !== seq) throw invalidArgument(`${field}[${i}].seq`, event.seq, `${seq} (events must be contiguous and in order)`);
  if (typeof event.commandId !== "string" || event.commandId === "") throw invalidArgument(`${field}[${i}].commandId`, event.commandId, "a command id");
  if (typeof event.memberId !== "string" || event.memberId === "") throw invalidArgument(`${field}[${i}].memberId`, event.memberId, "a member id");
  const at = readAt(event.at);
  if (!(at >= lastAt)) throw invalidArgument(`${field}[${i}].at`, event.at, "an ISO-8601 instant no earlier than the event before");
  const postings = event.postings;
  if (!Array.isArray(postings)) throw invalidArgument(`${field}[${i}].postings`, postings, "an array of postings");
  let sum = 0;
  for (let k = 0; k < postings.length; k++) {
    const points = (postings[k] as PointsEvent["postings"][number] | null)?.points;
    if (!Number.isSafeInteger(points)) throw invalidArgument(`${field}[${i}].postings`, postings, "postings of safe-integer points");
    sum += points as number;
  }
  if (sum !== 0) throw invalidArgument(`${field}[${i}].postings`, postings, `postings that sum to zero (they sum to ${sum})`);
  return at;
}

/** How one event moved a member's accounts (`debt` as owed, positive when it grew). */
function deltas(event: PointsEvent, memberId: string): { available: number; pending: number; held: number; debt: number } {
  const d = { available: 0, pending: 0, held: 0, debt: 0 };
  for (const posting of event.postings) {
    if (posting.memberId !== memberId) continue;
    if (posting.account === "debt") d.debt -= posting.points;
    else if (posting.account === "available" || posting.account === "pending" || posting.account === "held") d[posting.account] += posting.points;
  }
  return d;
}

function subtract(balance: PointsBalance, d: { available: number; pending: number; held: number; debt: number }): PointsBalance {
  return {
    available: balance.available - (d.available - d.debt),
    pending: balance.pending - d.pending,
    held: balance.held - d.held,
    debt: balance.debt - d.debt,
  };
}

/** The `keepEvents` option, checked. */
function keepEvents(options: PointsLedgerOptions): boolean {
  if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an object");
  const keep = options.keepEvents ?? true;
  if (typeof keep !== "boolean") throw invalidArgument("options.keepEvents", options.keepEvents, "a boolean");
  return keep;
}

/** Every member's number. */
function allMembers(state: LedgerState): number[] {
  return Array.from({ length: state.members.size }, (_, m) => m);
}

function add(map: Map<string, number>, key: string, points: number): void {
  map.set(key, (map.get(key) ?? 0) + points);
}

function sortedMonths(map: Map<string, number>): PointsByMonth[] {
  return [...map]
    .filter(([, points]) => points !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, points]) => ({ month, points }));
}
