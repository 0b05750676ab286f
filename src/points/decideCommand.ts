import { Decimal } from "../_lib/Decimal.js";
import { formatIsoInstant } from "../_lib/formatIsoInstant.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { PatronageError } from "../PatronageError.js";
import { consumeLots, type LotTake } from "./consumeLots.js";
import type { CapUsageQuery, OccurrenceQuery } from "./EarnContext.js";
import { evaluateAward } from "./evaluateAward.js";
import type { EarnEvaluation } from "./evaluateEarnRules.js";
import { evaluateOrder } from "./evaluateOrder.js";
import { inactivityDeadline } from "./inactivityDeadline.js";
import { ACCOUNTS, AVAILABLE, EXPIRED, PENDING, type Hold, type LedgerState, type Redemption } from "./LedgerState.js";
import { lockEndsAt } from "./lockEndsAt.js";
import { lotExpiresAt } from "./lotExpiresAt.js";
import { periodKey } from "./periodKey.js";
import type { pointsCommandSchema } from "./pointsCommandSchema.js";
import type { LotMove, NewLot, PointsEvent, UsageCount } from "./PointsEvent.js";
import type { PointsRefusal, PointsRefusalReason } from "./PointsOutcome.js";
import type { PointsOrder } from "./PointsOrder.js";
import type { PointsAccount, PointsPosting } from "./PointsPosting.js";
import type { EarnRule, ExpiryPolicy, PointsProgram } from "./PointsProgram.js";
import { readInstant } from "../_lib/readInstant.js";
import type { ProgramContext } from "./readPointsProgram.js";

/** A parsed command. @internal */
export type ParsedCommand = ReturnType<typeof pointsCommandSchema.parse>;
type Of<T extends ParsedCommand["type"]> = Extract<ParsedCommand, { type: T }>;
type Draft = DistributiveOmit<PointsEvent, "seq" | "commandId" | "fingerprint" | "at">;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type LotExpiry = Exclude<ExpiryPolicy, { type: "inactivity" }>;

/** Postings of one event, summed per account (a handful: a linear scan beats a map). */
class Postings {
  readonly #accounts: PointsAccount[] = [];
  readonly #members: (string | undefined)[] = [];
  readonly #points: number[] = [];

  add(account: PointsAccount, memberId: string | undefined, points: number): this {
    if (points === 0) return this;
    const accounts = this.#accounts;
    for (let k = 0; k < accounts.length; k++) {
      if (accounts[k] === account && this.#members[k] === memberId) {
        this.#points[k] = (this.#points[k] as number) + points;
        return this;
      }
    }
    accounts.push(account);
    this.#members.push(memberId);
    this.#points.push(points);
    return this;
  }

  list(): PointsPosting[] {
    const out: PointsPosting[] = [];
    for (let k = 0; k < this.#accounts.length; k++) {
      const account = this.#accounts[k] as PointsAccount;
      const memberId = this.#members[k];
      const points = this.#points[k] as number;
      if (points !== 0) out.push(memberId === undefined ? { account, points } : { account, memberId, points });
    }
    return out;
  }
}

function refuse(reason: PointsRefusalReason, message: string, extra: Omit<PointsRefusal, "ok" | "reason" | "message"> = {}): PointsRefusal {
  return { ok: false, reason, message, ...extra };
}

/** An amount already written plainly ("129.90"): kept as the host wrote it; others ("+7", "5.", 12) are rewritten. */
const PLAIN_AMOUNT = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** ISO-8601 of an instant, remembering the last one converted (lots created together share their instants). */
function isoMemo(): (ms: number) => string {
  let lastMs = Number.NaN;
  let lastIso = "";
  return (ms) => {
    if (ms !== lastMs) {
      lastIso = formatIsoInstant(ms);
      lastMs = ms;
    }
    return lastIso;
  };
}
const isoAvailable = /* @__PURE__ */ isoMemo();
const isoExpiry = /* @__PURE__ */ isoMemo();
const iso = formatIsoInstant;

/**
 * Decides a command against the current state: the events it produces, or a refusal. Reads the
 * state, never changes it; {@link LedgerState.apply} folds the events in afterwards.
 *
 * @internal
 */
export class Decider {
  readonly #state: LedgerState;
  readonly #context: ProgramContext;
  readonly #command: ParsedCommand;
  readonly #now: number;
  readonly #drafts: Draft[] = [];
  #lotCount = 0;

  constructor(state: LedgerState, context: ProgramContext, command: ParsedCommand, now: number) {
    this.#state = state;
    this.#context = context;
    this.#command = command;
    this.#now = now;
  }

  /** The events' drafts (without seq, command id, fingerprint and instant), or a refusal. */
  decide(): Draft[] | PointsRefusal {
    const c = this.#command;
    let refusal: PointsRefusal | undefined;
    switch (c.type) {
      case "earn":
        refusal = c.order === undefined ? this.#earnPoints(c) : this.#earnOrder(c);
        break;
      case "award":
        refusal = c.points === undefined ? this.#awardEvent(c) : this.#awardGoodwill(c);
        break;
      case "redeem":
        refusal = this.#redeem(c);
        break;
      case "hold":
        refusal = this.#hold(c);
        break;
      case "capture":
        refusal = this.#capture(c);
        break;
      case "release":
        refusal = this.#release(c);
        break;
      case "reverseEarn":
        refusal = this.#reverseEarn(c);
        break;
      case "reverseRedemption":
        refusal = this.#reverseRedemption(c);
        break;
      case "adjust":
        refusal = this.#adjust(c);
        break;
      case "transfer":
        refusal = this.#transfer(c);
        break;
      case "expire":
        this.#expire(c);
        break;
      case "activate":
        this.#activate(c);
        break;
    }
    if (refusal !== undefined) return refusal;
    this.#checkRange();
    return this.#drafts;
  }

  /** Every posting, and every balance after it, stays a safe integer: a command that would overflow throws. */
  #checkRange(): void {
    // Fast path: when the largest balance touched plus every posting's size stays safe, so does each sum.
    let moved = 0;
    let largest = 0;
    for (const draft of this.#drafts) {
      for (const { account, memberId, points } of draft.postings) {
        moved += Math.abs(points);
        largest = Math.max(largest, Math.abs(this.#balance(account, memberId)));
      }
    }
    if (moved + largest <= Number.MAX_SAFE_INTEGER) return;
    const after = new Map<string, number>();
    for (const draft of this.#drafts) {
      for (const { account, memberId, points } of draft.postings) {
        const key = memberId === undefined ? account : `${account}:${memberId}`;
        const balance = (after.get(key) ?? this.#balance(account, memberId)) + points;
        if (!Number.isSafeInteger(points) || !Number.isSafeInteger(balance)) {
          throw invalidArgument("command", this.#command.id, `a command whose points keep every balance within ±(2^53 − 1) (the ${account} account would reach ${balance})`);
        }
        after.set(key, balance);
      }
    }
  }

  /** An account's balance before the command. */
  #balance(account: PointsAccount, memberId: string | undefined): number {
    const state = this.#state;
    if (memberId === undefined) return state.accounts[ACCOUNTS.indexOf(account)] ?? 0;
    const m = state.memberOf(memberId);
    if (m < 0) return 0;
    if (account === "debt") return -(state.memberDebt[m] as number);
    if (account === "available") return state.memberAvailable[m] as number;
    if (account === "pending") return state.memberPending[m] as number;
    return state.memberHeld[m] as number;
  }

  // ── shared pieces ─────────────────────────────────────────────────────────────────────────────

  #debt(m: number): number {
    return m < 0 ? 0 : (this.#state.memberDebt[m] as number);
  }

  #moves(takes: readonly LotTake[]): LotMove[] {
    return takes.map((t) => ({ lotId: this.#state.lotId(t.lot), points: t.points }));
  }

  #newLot(amount: number, category: string, availableAt: number, expiresAt: number | null, from?: { ruleId?: string; fromLotId?: string; fromMemberId?: string }): NewLot {
    this.#lotCount += 1;
    const lot: { -readonly [K in keyof NewLot]: NewLot[K] } = {
      lotId: `${this.#command.id}#${this.#lotCount}`,
      amount,
      expiresAt: expiresAt === null ? null : isoExpiry(expiresAt),
      category,
    };
    if (availableAt > this.#now) lot.availableAt = isoAvailable(availableAt);
    if (from?.ruleId !== undefined) lot.ruleId = from.ruleId;
    if (from?.fromLotId !== undefined) lot.fromLotId = from.fromLotId;
    if (from?.fromMemberId !== undefined) lot.fromMemberId = from.fromMemberId;
    return lot;
  }

  #lastPolicy: LotExpiry | null | undefined = undefined;
  #lastExpiry: number | null = null;

  /** When a lot credited now expires (the awards of a command mostly share their policy: the last is kept). */
  #expiresAt(policy: LotExpiry | null): number | null {
    if (policy !== this.#lastPolicy) {
      const { program, calendar } = this.#context;
      this.#lastExpiry = lotExpiresAt(calendar, policy ?? program.expiry, this.#now);
      this.#lastPolicy = policy;
    }
    return this.#lastExpiry;
  }

  /** Debt repayment from points just credited as available (new lots or given-back points), owed `debt`. */
  #repay(memberId: string, debt: number, credited: readonly LotMove[], postings: Postings): LotMove[] {
    let left = debt;
    const debits: LotMove[] = [];
    for (const move of credited) {
      if (left === 0) break;
      const take = Math.min(left, move.points);
      if (take > 0) {
        debits.push({ lotId: move.lotId, points: take });
        left -= take;
      }
    }
    const repaid = debt - left;
    postings.add("available", memberId, -repaid).add("debt", memberId, repaid);
    return mergeMoves(debits);
  }

  /** Points a member can spend now: what their available lots hold, less what they owe, and never below 0. */
  #spendable(m: number): number {
    return m < 0 ? 0 : Math.max(0, (this.#state.memberAvailable[m] as number) - (this.#state.memberDebt[m] as number));
  }

  /** "member "m1" has 12 points available (30 more pending)". */
  #has(memberId: string, m: number, spendable: number): string {
    const pendingPoints = m < 0 ? 0 : (this.#state.memberPending[m] as number);
    const debtPoints = this.#debt(m);
    const pending = pendingPoints > 0 ? ` (${pendingPoints} more pending)` : "";
    const debt = debtPoints > 0 ? ` and owes ${debtPoints}` : "";
    return `member ${JSON.stringify(memberId)} has ${spendable} points available${pending}${debt}`;
  }

  #isExpired(o: number): boolean {
    return this.#state.lotState[o] === EXPIRED || (this.#state.lotExpiresAt[o] as number) <= this.#now;
  }

  /** Gives points back to lots: credits for live lots, expiry for expired ones; `live` collects the available ones. */
  #giveBack(takes: readonly LotTake[], memberId: string, from: PointsAccount, postings: Postings, live: LotMove[]): { credits: LotMove[]; expired: LotMove[] } {
    const credits: LotMove[] = [];
    const expired: LotMove[] = [];
    const state = this.#state;
    for (const { lot, points } of takes) {
      const move = { lotId: state.lotId(lot), points };
      const lotState = state.lotState[lot];
      if (lotState === EXPIRED) {
        expired.push(move);
        postings.add(from, from === "redeemed" ? undefined : memberId, -points).add("expired", undefined, points);
      } else {
        credits.push(move);
        if (lotState === AVAILABLE) live.push(move);
        postings.add(from, from === "redeemed" ? undefined : memberId, -points).add(lotState === PENDING ? "pending" : "available", memberId, points);
      }
    }
    return { credits, expired };
  }

  #usageOf(memberId: string): { usage: (q: CapUsageQuery) => number; occurrences: (q: OccurrenceQuery) => number } {
    const usage = this.#state.usage;
    return {
      usage: (q) => usage.get(capKey(q.ruleId, q.capIndex, q.scope === "member" ? memberId : null, q.periodKey)) ?? 0,
      occurrences: (q) => usage.get(onceKey(q.ruleId, memberId, q.periodKey)) ?? 0,
    };
  }

  /** The counters an evaluation's awards add to. */
  #usageCounts(result: EarnEvaluation, memberId: string, at: number): UsageCount[] {
    const { program, calendar } = this.#context;
    if (!countsUsage(program) && result.awards.every((a) => a.oncePerKey === undefined)) return [];
    const counts = new Map<string, number>();
    const bump = (key: string, points: number): void => {
      counts.set(key, (counts.get(key) ?? 0) + points);
    };
    for (const award of result.awards) {
      const rule = ruleById(program.earnRules, award.ruleId);
      rule.caps.forEach((cap, i) => {
        if (cap.period !== "order") bump(capKey(rule.id, i, cap.scope === "member" ? memberId : null, periodKey(calendar, at, cap.period)), award.points);
      });
      program.caps.forEach((cap, i) => {
        if (cap.period !== "order") bump(capKey(null, i, cap.scope === "member" ? memberId : null, periodKey(calendar, at, cap.period)), award.points);
      });
      if (award.oncePerKey !== undefined) bump(onceKey(rule.id, memberId, award.oncePerKey), 1);
    }
    return [...counts].map(([key, points]) => ({ key, points }));
  }

  /** Lots, postings and repayment for the awards of an evaluation. */
  #creditAwards(result: EarnEvaluation, memberId: string, m: number, availableAt: number, postings: Postings) {
    const lots: NewLot[] = [];
    const credited: LotMove[] = [];
    for (const award of result.awards) {
      const lot = this.#newLot(award.points, award.lotCategory, availableAt, this.#expiresAt(award.expiry), { ruleId: award.ruleId });
      lots.push(lot);
      if (availableAt <= this.#now) credited.push({ lotId: lot.lotId, points: lot.amount });
    }
    const pending = availableAt > this.#now;
    postings.add("issued", undefined, -result.points).add(pending ? "pending" : "available", memberId, result.points);
    const debits = pending ? [] : this.#repay(memberId, this.#debt(m), credited, postings);
    return { lots, debits, awards: result.awards.map((a) => ({ ruleId: a.ruleId, points: a.points, wanted: a.wanted })) };
  }

  // ── commands ──────────────────────────────────────────────────────────────────────────────────

  #earnOrder(c: Of<"earn">): PointsRefusal | undefined {
    if (typeof c.order !== "object" || c.order === null || Array.isArray(c.order)) throw invalidArgument("command.order", c.order, "an order object");
    const order = c.order as PointsOrder;
    const { program, calendar } = this.#context;
    const state = this.#state;
    const m = state.memberOf(c.memberId);
    if (state.orders.indexOf(order.orderId) >= 0) {
      return refuse("ORDER_ALREADY_EARNED", `order ${JSON.stringify(order.orderId)} has already earned points`, { id: order.orderId });
    }
    const at = order.at === undefined ? this.#now : readInstant(order.at, calendar, "command.order.at");
    const result = renamingFields(() => evaluateOrder(program, order, {
      at: new Date(at),
      firstPurchase: m < 0 || state.memberOrders[m] === 0,
      ...(c.tier === undefined ? {} : { tier: c.tier }),
      ...this.#usageOf(c.memberId),
    }));
    const returnWindow = order.returnWindowEndsAt === undefined ? undefined : readInstant(order.returnWindowEndsAt, calendar, "command.order.returnWindowEndsAt");
    const availableAt = lockEndsAt(calendar, program.lock, this.#now, returnWindow);
    const postings = new Postings();
    const credit = this.#creditAwards(result, c.memberId, m, availableAt, postings);
    const perLine = new Map<string, number>();
    for (const award of result.awards) for (const line of award.lines) perLine.set(line.lineId, (perLine.get(line.lineId) ?? 0) + line.points);
    this.#drafts.push({
      type: "earned",
      memberId: c.memberId,
      orderId: order.orderId,
      lots: credit.lots,
      lines: order.lines.map((line) => ({
        lineId: line.lineId,
        amount: typeof line.amount === "string" && PLAIN_AMOUNT.test(line.amount) ? line.amount : new Decimal(line.amount).toFixed(),
        points: perLine.get(line.lineId) ?? 0,
      })),
      awards: credit.awards,
      debits: credit.debits,
      usage: this.#usageCounts(result, c.memberId, at),
      postings: postings.list(),
    });
    return undefined;
  }

  #earnPoints(c: Of<"earn">): PointsRefusal | undefined {
    const { program, calendar } = this.#context;
    if (c.orderId !== undefined && this.#state.orders.indexOf(c.orderId) >= 0) {
      return refuse("ORDER_ALREADY_EARNED", `order ${JSON.stringify(c.orderId)} has already earned points`, { id: c.orderId });
    }
    const m = this.#state.memberOf(c.memberId);
    const points = c.points as number;
    const availableAt = c.orderId === undefined ? this.#now : lockEndsAt(calendar, program.lock, this.#now, undefined);
    const postings = new Postings();
    const lot = this.#newLot(points, c.category ?? "earned", availableAt, this.#expiresAt(null));
    const pending = availableAt > this.#now;
    postings.add("issued", undefined, -points).add(pending ? "pending" : "available", c.memberId, points);
    const debits = pending ? [] : this.#repay(c.memberId, this.#debt(m), [{ lotId: lot.lotId, points }], postings);
    this.#drafts.push({
      type: "earned",
      memberId: c.memberId,
      orderId: c.orderId ?? null,
      lots: [lot],
      lines: [],
      awards: [],
      debits,
      usage: [],
      postings: postings.list(),
    });
    return undefined;
  }

  #awardEvent(c: Of<"award">): PointsRefusal | undefined {
    const m = this.#state.memberOf(c.memberId);
    const result = renamingFields(() => evaluateAward(
      this.#context.program,
      {
        event: c.event as string,
        ...(c.role === undefined ? {} : { role: c.role }),
        ...(c.birthday === undefined ? {} : { birthday: c.birthday }),
      },
      {
        at: new Date(this.#now),
        ...(c.tier === undefined ? {} : { tier: c.tier }),
        ...(c.channel === undefined ? {} : { channel: c.channel }),
        ...this.#usageOf(c.memberId),
      },
    ));
    if (result.points === 0) {
      const reasons = result
        .toResult()
        .trace.map((t) => `${t.ruleId}: ${t.reason}`)
        .join("; ");
      return refuse("NOT_ELIGIBLE", `no rule awards event ${JSON.stringify(c.event)} to member ${JSON.stringify(c.memberId)}${reasons === "" ? "" : ` (${reasons})`}`);
    }
    const postings = new Postings();
    const credit = this.#creditAwards(result, c.memberId, m, this.#now, postings);
    this.#drafts.push({
      type: "awarded",
      memberId: c.memberId,
      event: c.event as string,
      reason: null,
      lots: credit.lots,
      awards: credit.awards,
      debits: credit.debits,
      usage: this.#usageCounts(result, c.memberId, this.#now),
      postings: postings.list(),
    });
    return undefined;
  }

  #awardGoodwill(c: Of<"award">): PointsRefusal | undefined {
    const m = this.#state.memberOf(c.memberId);
    const points = c.points as number;
    const postings = new Postings();
    const lot = this.#newLot(points, c.category ?? "goodwill", this.#now, this.#expiresAt(null));
    postings.add("issued", undefined, -points).add("available", c.memberId, points);
    const debits = this.#repay(c.memberId, this.#debt(m), [{ lotId: lot.lotId, points }], postings);
    this.#drafts.push({
      type: "awarded",
      memberId: c.memberId,
      event: null,
      reason: c.reason ?? null,
      lots: [lot],
      awards: [],
      debits,
      usage: [],
      postings: postings.list(),
    });
    return undefined;
  }

  /** A debit under `negativeBalance`: what to take from lots, what to owe, what falls short — or a refusal. */
  #debitPlan(memberId: string, m: number, points: number): { take: number; debt: number; shortfall: number } | PointsRefusal {
    const spendable = this.#spendable(m);
    if (points <= spendable) return { take: points, debt: 0, shortfall: 0 };
    const policy = this.#context.program.negativeBalance;
    const missing = points - spendable;
    const owed = this.#debt(m);
    switch (policy.mode) {
      case "reject":
        return refuse("INSUFFICIENT_POINTS", `${this.#has(memberId, m, spendable)}; ${points} asked, ${missing} short`, {
          shortfall: missing,
          available: spendable,
        });
      case "clamp":
        if (spendable <= 0) {
          return refuse("INSUFFICIENT_POINTS", `${this.#has(memberId, m, spendable)}; ${points} asked`, { shortfall: missing, available: spendable });
        }
        return { take: spendable, debt: 0, shortfall: missing };
      case "allow-debt": {
        const limit = policy.limit;
        if (limit !== undefined && owed + missing > limit) {
          const over = owed + missing - limit;
          return refuse("DEBT_LIMIT", `member ${JSON.stringify(memberId)} would owe ${owed + missing} points, over the limit of ${limit}`, {
            shortfall: over,
            available: spendable,
          });
        }
        return { take: spendable, debt: missing, shortfall: 0 };
      }
    }
  }

  #redeem(c: Of<"redeem">): PointsRefusal | undefined {
    const m = this.#state.memberOf(c.memberId);
    const plan = this.#debitPlan(c.memberId, m, c.points);
    if ("ok" in plan) return plan;
    const debits = this.#moves(this.#takeAvailable(m, plan.take));
    const postings = new Postings()
      .add("available", c.memberId, -plan.take)
      .add("debt", c.memberId, -plan.debt)
      .add("redeemed", undefined, plan.take + plan.debt);
    this.#drafts.push({
      type: "redeemed",
      memberId: c.memberId,
      points: plan.take + plan.debt,
      debits,
      debt: plan.debt,
      shortfall: plan.shortfall,
      reference: c.reference ?? null,
      postings: postings.list(),
    });
    return undefined;
  }

  #takeAvailable(m: number, points: number): LotTake[] {
    if (m < 0) return [];
    const state = this.#state;
    return consumeLots(state, state.lotsOf(m), points, this.#context.program.consumptionOrder, (o) => state.lotState[o] === AVAILABLE, new Map());
  }

  #hold(c: Of<"hold">): PointsRefusal | undefined {
    const expiresAt =
      c.expiresAt === undefined
        ? this.#now + this.#context.program.holdTimeoutMinutes * 60_000
        : readInstant(c.expiresAt, this.#context.calendar, "command.expiresAt");
    if (expiresAt <= this.#now) throw invalidArgument("command.expiresAt", c.expiresAt, "an instant after `now`");
    const m = this.#state.memberOf(c.memberId);
    const holdId = c.holdId ?? c.id;
    if (this.#state.holdIndex.indexOf(holdId) >= 0) return refuse("HOLD_EXISTS", `hold ${JSON.stringify(holdId)} already exists`, { id: holdId });
    const spendable = this.#spendable(m);
    if (c.points > spendable) {
      return refuse("INSUFFICIENT_POINTS", `${this.#has(c.memberId, m, spendable)}; ${c.points} asked to hold`, {
        shortfall: c.points - spendable,
        available: spendable,
      });
    }

    const postings = new Postings().add("available", c.memberId, -c.points).add("held", c.memberId, c.points);
    this.#drafts.push({
      type: "held",
      memberId: c.memberId,
      holdId,
      points: c.points,
      expiresAt: iso(expiresAt),
      debits: this.#moves(this.#takeAvailable(m, c.points)),
      postings: postings.list(),
    });
    return undefined;
  }

  #openHold(holdId: string, verb: string): Hold | PointsRefusal {
    const h = this.#state.holdIndex.indexOf(holdId);
    if (h < 0) return refuse("HOLD_NOT_FOUND", `no hold ${JSON.stringify(holdId)}`, { id: holdId });
    const hold = this.#state.holds[h] as Hold;
    if (hold.open === 0) return refuse("HOLD_CLOSED", `hold ${JSON.stringify(holdId)} is closed: nothing left to ${verb}`, { id: holdId });
    return hold;
  }

  #capture(c: Of<"capture">): PointsRefusal | undefined {
    const hold = this.#openHold(c.holdId, "capture");
    if ("ok" in hold) return hold;
    if (hold.expiresAt <= this.#now) {
      return refuse("HOLD_EXPIRED", `hold ${JSON.stringify(c.holdId)} timed out at ${iso(hold.expiresAt)}`, { id: c.holdId });
    }
    const points = c.points ?? hold.open;
    if (points > hold.open) {
      return refuse("INSUFFICIENT_POINTS", `hold ${JSON.stringify(c.holdId)} holds ${hold.open} points; ${points} asked to capture`, {
        shortfall: points - hold.open,
        available: hold.open,
        id: c.holdId,
      });
    }
    const captured: LotMove[] = [];
    const rest: LotTake[] = [];
    let left = points;
    const a = hold.allocations;
    for (let k = 0; k < a.length; k += 2) {
      const lot = a[k] as number;
      const held = a[k + 1] as number;
      if (held === 0) continue;
      const take = Math.min(left, held);
      if (take > 0) captured.push({ lotId: this.#state.lotId(lot), points: take });
      if (held > take) rest.push({ lot, points: held - take });
      left -= take;
    }
    const memberId = this.#state.members.keys.at(hold.member);
    const postings = new Postings().add("held", memberId, -points).add("redeemed", undefined, points);
    const live: LotMove[] = [];
    const { credits, expired } = this.#giveBack(rest, memberId, "held", postings, live);
    const debits = this.#repay(memberId, this.#debt(hold.member), live, postings);
    this.#drafts.push({ type: "captured", memberId, holdId: c.holdId, points, captured, credits, expired, debits, postings: postings.list() });
    return undefined;
  }

  #release(c: Of<"release">): PointsRefusal | undefined {
    const hold = this.#openHold(c.holdId, "release");
    if ("ok" in hold) return hold;
    const points = c.points ?? hold.open;
    if (points > hold.open) {
      return refuse("INSUFFICIENT_POINTS", `hold ${JSON.stringify(c.holdId)} holds ${hold.open} points; ${points} asked to release`, {
        shortfall: points - hold.open,
        available: hold.open,
        id: c.holdId,
      });
    }
    const takes: LotTake[] = [];
    let left = points;
    const a = hold.allocations;
    for (let k = a.length - 2; k >= 0 && left > 0; k -= 2) {
      const held = a[k + 1] as number;
      if (held === 0) continue;
      const take = Math.min(left, held);
      takes.push({ lot: a[k] as number, points: take });
      left -= take;
    }
    const memberId = this.#state.members.keys.at(hold.member);
    const postings = new Postings();
    const live: LotMove[] = [];
    const { credits, expired } = this.#giveBack(takes, memberId, "held", postings, live);
    const debits = this.#repay(memberId, this.#debt(hold.member), live, postings);
    this.#drafts.push({ type: "released", memberId, holdId: c.holdId, points, credits, expired, debits, postings: postings.list() });
    return undefined;
  }

  #reverseEarn(c: Of<"reverseEarn">): PointsRefusal | undefined {
    const state = this.#state;
    const q = state.orders.indexOf(c.orderId);
    if (q < 0) return refuse("ORDER_NOT_FOUND", `no order ${JSON.stringify(c.orderId)} has earned points`, { id: c.orderId });
    const lines: { lineId: string; amount: string; points: number }[] = [];
    let asked = 0;
    const lineCount = state.orderLineCount[q] as number;
    const firstLine = state.orderFirstLine[q] as number;
    if (c.points !== undefined && lineCount > 0) {
      return refuse("REFUND_BY_LINES", `order ${JSON.stringify(c.orderId)} earned on its lines: refund lines, or the whole order`, { id: c.orderId });
    }
    if (c.points !== undefined || (lineCount === 0 && c.lines === undefined)) {
      const left = (state.orderPoints[q] as number) - (state.orderReversed[q] as number);
      if (left === 0 && c.points === undefined) return refuse("NOTHING_TO_DO", `order ${JSON.stringify(c.orderId)} has no points left to take back`, { id: c.orderId });
      asked = c.points ?? left;
      if (asked > left) {
        return refuse("REFUND_EXCEEDS_ORDER", `order ${JSON.stringify(c.orderId)} has ${left} points left to take back; ${asked} asked`, {
          available: left,
          id: c.orderId,
        });
      }
    } else {
      const wanted = c.lines ?? state.lineIds.slice(firstLine, firstLine + lineCount).map((lineId) => ({ lineId, amount: undefined }));
      const refundedNow = new Map<number, Decimal>();
      for (const { lineId, amount } of wanted) {
        const i = state.lineOf(q, lineId);
        if (i < 0) return refuse("LINE_NOT_FOUND", `order ${JSON.stringify(c.orderId)} has no line ${JSON.stringify(lineId)}`, { id: lineId });
        const before = new Decimal(state.lineRefunded[i] as string).plus(refundedNow.get(i) ?? 0);
        const refundable = new Decimal(state.lineAmounts.at(i)).minus(before);
        const now = amount === undefined ? refundable : new Decimal(amount);
        if (now.gt(refundable)) {
          return refuse("REFUND_EXCEEDS_ORDER", `line ${JSON.stringify(lineId)} of order ${JSON.stringify(c.orderId)} has ${refundable.toFixed()} left to refund; ${now.toFixed()} asked`, {
            id: lineId,
          });
        }
        refundedNow.set(i, (refundedNow.get(i) ?? new Decimal(0)).plus(now));
      }
      for (const [i, now] of refundedNow) {
        const amount = new Decimal(state.lineAmounts.at(i));
        const refunded = now.plus(state.lineRefunded[i] as string);
        const linePoints = state.linePoints[i] as number;
        // Pro rata, rounded down (in the member's favour) by exact integer division; refunding the
        // whole line takes back all its points.
        const target = amount.isZero() || refunded.gte(amount) ? linePoints : new Decimal(linePoints).times(refunded).divToInt(amount).toNumber();
        const points = Math.max(0, target - (state.lineReversed[i] as number));
        lines.push({ lineId: state.lineIds.at(i), amount: now.toFixed(), points });
        asked += points;
      }
      if (lines.every((l) => new Decimal(l.amount).isZero()) && asked === 0) {
        return refuse("NOTHING_TO_DO", `the refund of order ${JSON.stringify(c.orderId)} refunds nothing (its lines are refunded already, or the amounts are 0)`, { id: c.orderId });
      }
    }
    const m = state.orderMember[q] as number;
    const memberId = state.members.keys.at(m);
    const policy = this.#context.program.returnPolicy;
    const taken = new Map<number, number>();
    const firstLot = state.orderFirstLot[q] as number;
    const orderLots: number[] = [];
    for (let k = 0; k < (state.orderLotCount[q] as number); k++) orderLots.push(firstLot + k);
    const debits: LotTake[] = [];
    let pending = 0;
    let available = 0;
    let left = asked;
    const takeFrom = (usable: (lot: number) => boolean, lots: readonly number[]): void => {
      for (const move of consumeLots(state, lots, left, this.#context.program.consumptionOrder, usable, taken)) {
        debits.push(move);
        if (state.lotState[move.lot] === PENDING) pending += move.points;
        else available += move.points;
        left -= move.points;
      }
    };
    takeFrom((o) => state.lotState[o] === PENDING, orderLots);
    if (policy !== "only-pending") {
      takeFrom((o) => state.lotState[o] === AVAILABLE, orderLots);
      takeFrom((o) => state.lotState[o] === AVAILABLE, state.lotsOf(m));
    }
    const debt = policy === "allow-debt" ? left : 0;
    const postings = new Postings()
      .add("pending", memberId, -pending)
      .add("available", memberId, -available)
      .add("debt", memberId, -debt)
      .add("reversed", undefined, pending + available + debt);
    this.#drafts.push({
      type: "earnReversed",
      memberId,
      orderId: c.orderId,
      lines,
      points: asked,
      debits: mergeMoves(this.#moves(debits)),
      debt,
      notReversed: left - debt,
      postings: postings.list(),
    });
    return undefined;
  }

  #reverseRedemption(c: Of<"reverseRedemption">): PointsRefusal | undefined {
    const state = this.#state;
    const r = state.redemptionIndex.indexOf(c.redemptionId);
    if (r < 0) return refuse("REDEMPTION_NOT_FOUND", `no redemption ${JSON.stringify(c.redemptionId)}`, { id: c.redemptionId });
    const redemption = state.redemptions[r] as Redemption;
    const a = redemption.allocations;
    let restorable = redemption.debt;
    for (let k = 1; k < a.length; k += 2) restorable += a[k] as number;
    if (restorable === 0) return refuse("NOTHING_TO_DO", `redemption ${JSON.stringify(c.redemptionId)} is already reversed`, { id: c.redemptionId });
    const points = c.points ?? restorable;
    if (points > restorable) {
      return refuse("REVERSAL_EXCEEDS_REDEMPTION", `redemption ${JSON.stringify(c.redemptionId)} has ${restorable} points left to give back; ${points} asked`, {
        available: restorable,
        id: c.redemptionId,
      });
    }
    const policy = c.expiredLots ?? this.#context.program.redemptionReversal;
    const m = redemption.member;
    const memberId = state.members.keys.at(m);
    const owed = this.#debt(m);
    const postings = new Postings().add("redeemed", undefined, -points);
    let left = points;
    // The debt part first: cancel what is still owed, give back as a new lot what was repaid since.
    const fromDebt = Math.min(left, redemption.debt);
    const debtCancelled = Math.min(fromDebt, owed);
    postings.add("debt", memberId, debtCancelled);
    left -= fromDebt;
    const lots: NewLot[] = [];
    const fresh: LotMove[] = [];
    const reissue = (amount: number, category: string, fromLot: string | undefined): void => {
      const lot = this.#newLot(amount, category, this.#now, this.#expiresAt(null), fromLot === undefined ? undefined : { fromLotId: fromLot });
      lots.push(lot);
      fresh.push({ lotId: lot.lotId, points: amount });
      postings.add("available", memberId, amount);
    };
    if (fromDebt > debtCancelled) reissue(fromDebt - debtCancelled, "goodwill", undefined);
    const credits: LotMove[] = [];
    const live: LotMove[] = [];
    const expired: LotMove[] = [];
    for (let k = a.length - 2; k >= 0 && left > 0; k -= 2) {
      const spent = a[k + 1] as number;
      if (spent === 0) continue;
      const o = a[k] as number;
      const lotId = state.lotId(o);
      const take = Math.min(left, spent);
      left -= take;
      if (!this.#isExpired(o)) {
        const move = { lotId, points: take };
        credits.push(move);
        if (state.lotState[o] === AVAILABLE) live.push(move);
        postings.add(state.lotState[o] === PENDING ? "pending" : "available", memberId, take);
      } else if (policy === "reissue") {
        reissue(take, (state.kinds[state.lotKind[o] as number] as { category: string }).category, lotId);
      } else if (policy === "forfeit") {
        expired.push({ lotId, points: take });
        postings.add("expired", undefined, take);
      } else {
        return refuse("LOT_EXPIRED", `lot ${JSON.stringify(lotId)} of redemption ${JSON.stringify(c.redemptionId)} has expired`, { id: lotId });
      }
    }
    const debits = this.#repay(memberId, owed - debtCancelled, [...fresh, ...live], postings);
    this.#drafts.push({
      type: "redemptionReversed",
      memberId,
      redemptionId: c.redemptionId,
      points,
      credits,
      lots,
      expired,
      debtCancelled,
      debits,
      postings: postings.list(),
    });
    return undefined;
  }

  #adjust(c: Of<"adjust">): PointsRefusal | undefined {
    const m = this.#state.memberOf(c.memberId);
    const postings = new Postings();
    if (c.points > 0) {
      const lot = this.#newLot(c.points, "adjustment", this.#now, this.#expiresAt(null));
      postings.add("adjusted", undefined, -c.points).add("available", c.memberId, c.points);
      const debits = this.#repay(c.memberId, this.#debt(m), [{ lotId: lot.lotId, points: c.points }], postings);
      this.#drafts.push({ type: "adjusted", memberId: c.memberId, points: c.points, reason: c.reason, lots: [lot], debits, debt: 0, shortfall: 0, postings: postings.list() });
      return undefined;
    }
    const plan = this.#debitPlan(c.memberId, m, -c.points);
    if ("ok" in plan) return plan;
    postings.add("available", c.memberId, -plan.take).add("debt", c.memberId, -plan.debt).add("adjusted", undefined, plan.take + plan.debt);
    this.#drafts.push({
      type: "adjusted",
      memberId: c.memberId,
      points: -(plan.take + plan.debt),
      reason: c.reason,
      lots: [],
      debits: this.#moves(this.#takeAvailable(m, plan.take)),
      debt: plan.debt,
      shortfall: plan.shortfall,
      postings: postings.list(),
    });
    return undefined;
  }

  #transfer(c: Of<"transfer">): PointsRefusal | undefined {
    const state = this.#state;
    const sender = state.memberOf(c.from);
    const spendable = this.#spendable(sender);
    if (c.points > spendable) {
      return refuse("INSUFFICIENT_POINTS", `${this.#has(c.from, sender, spendable)}; ${c.points} asked to transfer`, {
        shortfall: c.points - spendable,
        available: spendable,
      });
    }
    const takes = this.#takeAvailable(sender, c.points);
    this.#drafts.push({
      type: "transferredOut",
      memberId: c.from,
      to: c.to,
      points: c.points,
      debits: this.#moves(takes),
      postings: new Postings().add("available", c.from, -c.points).add("transit", undefined, c.points).list(),
    });
    const receiver = state.memberOf(c.to);
    const postings = new Postings().add("transit", undefined, -c.points).add("available", c.to, c.points);
    const lots = takes.map(({ lot, points }) => {
      const expiresAt = state.lotExpiresAt[lot] as number;
      return this.#newLot(points, (state.kinds[state.lotKind[lot] as number] as { category: string }).category, this.#now, expiresAt === Number.POSITIVE_INFINITY ? null : expiresAt, {
        fromLotId: state.lotId(lot),
        fromMemberId: c.from,
      });
    });
    const repaid = this.#repay(c.to, this.#debt(receiver), lots.map((lot) => ({ lotId: lot.lotId, points: lot.amount })), postings);
    this.#drafts.push({ type: "transferredIn", memberId: c.to, from: c.from, points: c.points, lots, debits: repaid, postings: postings.list() });
    return undefined;
  }

  /** The members a run concerns: one, or all. */
  #members(memberId: string | undefined): number[] {
    if (memberId !== undefined) {
      const m = this.#state.memberOf(memberId);
      return m < 0 ? [] : [m];
    }
    return Array.from({ length: this.#state.members.size }, (_, m) => m);
  }

  #expire(c: Of<"expire">): void {
    const { program, calendar } = this.#context;
    const state = this.#state;
    const now = this.#now;
    for (const m of this.#members(c.memberId)) {
      const memberId = state.members.keys.at(m);
      const postings = new Postings();
      const returned = new Map<number, number>();
      const releasedHolds: { holdId: string; credits: LotMove[]; expired: LotMove[] }[] = [];
      const releasedCredits: LotMove[] = [];
      for (let h = state.memberFirstHold[m] as number; h >= 0; h = (state.holds[h] as Hold).next) {
        const hold = state.holds[h] as Hold;
        if (hold.open === 0 || hold.expiresAt > now) continue;
        const takes: LotTake[] = [];
        for (let k = 0; k < hold.allocations.length; k += 2) {
          const points = hold.allocations[k + 1] as number;
          if (points > 0) takes.push({ lot: hold.allocations[k] as number, points });
        }
        const { credits, expired } = this.#giveBack(takes, memberId, "held", postings, releasedCredits);
        for (const take of takes) if (state.lotState[take.lot] !== EXPIRED) returned.set(take.lot, (returned.get(take.lot) ?? 0) + take.points);
        releasedHolds.push({ holdId: hold.holdId, credits, expired });
      }
      const debits = this.#repay(memberId, this.#debt(m), releasedCredits, postings);
      for (const move of debits) {
        const o = state.lotOf(move.lotId);
        returned.set(o, (returned.get(o) ?? 0) - move.points);
      }
      const lastActivity = state.memberLastActivity[m] as number;
      const dormant = program.expiry.type === "inactivity" && lastActivity > Number.NEGATIVE_INFINITY && inactivityDeadline(calendar, program.expiry, lastActivity) <= now;
      const lots: LotMove[] = [];
      let points = 0;
      for (let o = state.memberFirstLot[m] as number; o >= 0; o = state.lotNext[o] as number) {
        const lotState = state.lotState[o];
        if (lotState === EXPIRED || (!dormant && (state.lotExpiresAt[o] as number) > now)) continue;
        const left = (state.lotRemaining[o] as number) + (returned.get(o) ?? 0);
        if (left <= 0) continue;
        lots.push({ lotId: state.lotId(o), points: left });
        postings.add(lotState === PENDING ? "pending" : "available", memberId, -left).add("expired", undefined, left);
        points += left;
      }
      if (releasedHolds.length === 0 && lots.length === 0) continue;
      this.#drafts.push({
        type: "expired",
        memberId,
        cause: dormant ? "inactivity" : "expiry",
        releasedHolds,
        debits,
        lots,
        points,
        postings: postings.list(),
      });
    }
  }

  #activate(c: Of<"activate">): void {
    const state = this.#state;
    for (const m of this.#members(c.memberId)) {
      const memberId = state.members.keys.at(m);
      const lots: LotMove[] = [];
      let points = 0;
      for (let o = state.memberFirstLot[m] as number; o >= 0; o = state.lotNext[o] as number) {
        if (state.lotState[o] !== PENDING || (state.lotAvailableAt[o] as number) > this.#now) continue;
        const remaining = state.lotRemaining[o] as number;
        lots.push({ lotId: state.lotId(o), points: remaining });
        points += remaining;
      }
      if (lots.length === 0) continue;
      const postings = new Postings().add("pending", memberId, -points).add("available", memberId, points);
      const debits = this.#repay(memberId, this.#debt(m), lots, postings);
      this.#drafts.push({ type: "activated", memberId, lots, points, debits, postings: postings.list() });
    }
  }
}

const RENAMES: readonly (readonly [string, string])[] = [
  ["order", "command.order"],
  ["award", "command"],
  ["context", "command"],
];

/** Runs the rules engine, naming fields as the command does (`order.lines[1].amount` → `command.order.lines[1].amount`). */
function renamingFields<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof PatronageError) || error.field === undefined) throw error;
    const field = error.field;
    const rename = RENAMES.find(([from]) => field === from || field.startsWith(`${from}.`) || field.startsWith(`${from}[`));
    if (rename === undefined) throw error;
    const renamed = rename[1] + field.slice(rename[0].length);
    throw new PatronageError(error.code, error.message.replace(field, renamed), { field: renamed, value: error.value, cause: error.cause ?? error });
  }
}

function mergeMoves(moves: readonly LotMove[]): LotMove[] {
  const merged = new Map<string, number>();
  for (const move of moves) merged.set(move.lotId, (merged.get(move.lotId) ?? 0) + move.points);
  return [...merged].map(([lotId, points]) => ({ lotId, points }));
}

/** The counter key of a cap. @internal */
export function capKey(ruleId: string | null, capIndex: number, owner: string | null, period: string): string {
  return JSON.stringify(["cap", ruleId, capIndex, owner, period]);
}

/** The counter key of an event rule's once-per limit. @internal */
export function onceKey(ruleId: string, memberId: string, period: string): string {
  return JSON.stringify(["once", ruleId, memberId, period]);
}

const usageCounting = /* @__PURE__ */ new WeakMap<PointsProgram, boolean>();

/** Whether a programme has caps that count usage across orders. */
function countsUsage(program: PointsProgram): boolean {
  let counts = usageCounting.get(program);
  if (counts === undefined) {
    counts = program.caps.length > 0 || program.earnRules.some((rule) => rule.caps.length > 0);
    usageCounting.set(program, counts);
  }
  return counts;
}

const rulesById = /* @__PURE__ */ new WeakMap<readonly EarnRule[], Map<string, EarnRule>>();

function ruleById(rules: readonly EarnRule[], id: string): EarnRule {
  let map = rulesById.get(rules);
  if (map === undefined) {
    map = new Map(rules.map((rule) => [rule.id, rule]));
    rulesById.set(rules, map);
  }
  const rule = map.get(id);
  if (rule === undefined) throw new Error(`internal: unknown rule ${id}`);
  return rule;
}
