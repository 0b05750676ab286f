import { Decimal } from "../_lib/Decimal.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { PatronageError } from "../PatronageError.js";
import { consumeLots } from "./consumeLots.js";
import type { CapUsageQuery, OccurrenceQuery } from "./EarnContext.js";
import { evaluateAward } from "./evaluateAward.js";
import type { EarnEvaluation } from "./evaluateEarnRules.js";
import { evaluateOrder } from "./evaluateOrder.js";
import { inactivityDeadline } from "./inactivityDeadline.js";
import type { Hold, LedgerState, Lot, Member } from "./LedgerState.js";
import { lockEndsAt } from "./lockEndsAt.js";
import { lotExpiresAt } from "./lotExpiresAt.js";
import { periodKey } from "./periodKey.js";
import type { pointsCommandSchema } from "./pointsCommandSchema.js";
import type { LotMove, NewLot, PointsEvent, UsageCount } from "./PointsEvent.js";
import type { PointsRefusal, PointsRefusalReason } from "./PointsOutcome.js";
import type { PointsOrder } from "./PointsOrder.js";
import type { PointsAccount, PointsPosting } from "./PointsPosting.js";
import type { EarnRule, ExpiryPolicy } from "./PointsProgram.js";
import { readInstant } from "./readInstant.js";
import type { ProgramContext } from "./readPointsProgram.js";

/** A parsed command. @internal */
export type ParsedCommand = ReturnType<typeof pointsCommandSchema.parse>;
type Of<T extends ParsedCommand["type"]> = Extract<ParsedCommand, { type: T }>;
type Draft = DistributiveOmit<PointsEvent, "seq" | "commandId" | "fingerprint" | "at">;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type LotExpiry = Exclude<ExpiryPolicy, { type: "inactivity" }>;

const NO_MEMBER: Member = {
  memberId: "",
  lots: [],
  available: 0,
  pending: 0,
  held: 0,
  debt: 0,
  lastActivity: Number.NEGATIVE_INFINITY,
  orders: 0,
  history: [],
};

/** Postings of one event, summed per account. */
class Postings {
  readonly #sums = new Map<string, { account: PointsAccount; memberId: string | undefined; points: number }>();

  add(account: PointsAccount, memberId: string | undefined, points: number): this {
    if (points === 0) return this;
    const key = memberId === undefined ? account : `${account}:${memberId}`;
    const entry = this.#sums.get(key);
    if (entry === undefined) this.#sums.set(key, { account, memberId, points });
    else entry.points += points;
    return this;
  }

  list(): PointsPosting[] {
    const out: PointsPosting[] = [];
    for (const { account, memberId, points } of this.#sums.values()) {
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
      lastIso = new Date(ms).toISOString();
      lastMs = ms;
    }
    return lastIso;
  };
}
const isoAvailable = /* @__PURE__ */ isoMemo();
const isoExpiry = /* @__PURE__ */ isoMemo();
const iso = (ms: number): string => new Date(ms).toISOString();

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
    const after = new Map<string, number>();
    for (const draft of this.#drafts) {
      for (const { account, memberId, points } of draft.postings) {
        const key = memberId === undefined ? account : `${account}:${memberId}`;
        let balance = after.get(key);
        if (balance === undefined) {
          if (memberId === undefined) balance = this.#state.accounts.get(account) ?? 0;
          else {
            const member = this.#member(memberId);
            balance = account === "debt" ? -member.debt : member[account as "available" | "pending" | "held"];
          }
        }
        balance += points;
        if (!Number.isSafeInteger(points) || !Number.isSafeInteger(balance)) {
          throw invalidArgument("command", this.#command.id, `a command whose points keep every balance within ±(2^53 − 1) (the ${account} account would reach ${balance})`);
        }
        after.set(key, balance);
      }
    }
  }

  // ── shared pieces ─────────────────────────────────────────────────────────────────────────────

  #member(memberId: string): Member {
    return this.#state.members.get(memberId) ?? { ...NO_MEMBER, memberId };
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

  #expiresAt(policy: LotExpiry | null): number | null {
    const { program, calendar } = this.#context;
    return lotExpiresAt(calendar, policy ?? program.expiry, this.#now);
  }

  /** Debt repayment from points just credited as available (new lots or given-back points). */
  #repay(member: Member, credited: readonly LotMove[], postings: Postings): LotMove[] {
    let left = member.debt;
    const debits: LotMove[] = [];
    for (const move of credited) {
      if (left === 0) break;
      const take = Math.min(left, move.points);
      if (take > 0) {
        debits.push({ lotId: move.lotId, points: take });
        left -= take;
      }
    }
    const repaid = member.debt - left;
    postings.add("available", member.memberId, -repaid).add("debt", member.memberId, repaid);
    return mergeMoves(debits);
  }

  /** Points a member can spend now: what their available lots hold, less what they owe, and never below 0. */
  #spendable(member: Member): number {
    return Math.max(0, member.available - member.debt);
  }

  /** "member "m1" has 12 points available (30 more pending)". */
  #has(member: Member, spendable: number): string {
    const pending = member.pending > 0 ? ` (${member.pending} more pending)` : "";
    const debt = member.debt > 0 ? ` and owes ${member.debt}` : "";
    return `member ${JSON.stringify(member.memberId)} has ${spendable} points available${pending}${debt}`;
  }

  #isExpired(lot: Lot): boolean {
    return lot.state === "expired" || lot.expiresAt <= this.#now;
  }

  /** Gives points back to lots: credits for live lots, expiry for expired ones. */
  #giveBack(moves: readonly LotMove[], memberId: string, from: PointsAccount, postings: Postings): { credits: LotMove[]; expired: LotMove[] } {
    const credits: LotMove[] = [];
    const expired: LotMove[] = [];
    for (const move of moves) {
      const lot = this.#state.lot(move.lotId);
      if (lot.state === "expired") {
        expired.push(move);
        postings.add(from, from === "redeemed" ? undefined : memberId, -move.points).add("expired", undefined, move.points);
      } else {
        credits.push(move);
        postings.add(from, from === "redeemed" ? undefined : memberId, -move.points).add(lot.state === "pending" ? "pending" : "available", lot.memberId, move.points);
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
    if (program.caps.length === 0 && result.awards.every((a) => a.oncePerKey === undefined && ruleById(program.earnRules, a.ruleId).caps.length === 0)) return [];
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
  #creditAwards(result: EarnEvaluation, member: Member, availableAt: number, postings: Postings) {
    const lots: NewLot[] = [];
    const credited: LotMove[] = [];
    for (const award of result.awards) {
      const lot = this.#newLot(award.points, award.lotCategory, availableAt, this.#expiresAt(award.expiry), { ruleId: award.ruleId });
      lots.push(lot);
      if (availableAt <= this.#now) credited.push({ lotId: lot.lotId, points: lot.amount });
    }
    const pending = availableAt > this.#now;
    postings.add("issued", undefined, -result.points).add(pending ? "pending" : "available", member.memberId, result.points);
    const debits = pending ? [] : this.#repay(member, credited, postings);
    return { lots, debits, awards: result.awards.map((a) => ({ ruleId: a.ruleId, points: a.points, wanted: a.wanted })) };
  }

  // ── commands ──────────────────────────────────────────────────────────────────────────────────

  #earnOrder(c: Of<"earn">): PointsRefusal | undefined {
    if (typeof c.order !== "object" || c.order === null || Array.isArray(c.order)) throw invalidArgument("command.order", c.order, "an order object");
    const order = c.order as PointsOrder;
    const { program, calendar } = this.#context;
    const member = this.#member(c.memberId);
    if (this.#state.orders.has(order.orderId)) {
      return refuse("ORDER_ALREADY_EARNED", `order ${JSON.stringify(order.orderId)} has already earned points`, { id: order.orderId });
    }
    const at = order.at === undefined ? this.#now : readInstant(order.at, calendar, "command.order.at");
    const result = renamingFields(() => evaluateOrder(program, order, {
      at: new Date(at),
      firstPurchase: member.orders === 0,
      ...(c.tier === undefined ? {} : { tier: c.tier }),
      ...this.#usageOf(c.memberId),
    }));
    const returnWindow = order.returnWindowEndsAt === undefined ? undefined : readInstant(order.returnWindowEndsAt, calendar, "command.order.returnWindowEndsAt");
    const availableAt = lockEndsAt(calendar, program.lock, this.#now, returnWindow);
    const postings = new Postings();
    const credit = this.#creditAwards(result, member, availableAt, postings);
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
    if (c.orderId !== undefined && this.#state.orders.has(c.orderId)) {
      return refuse("ORDER_ALREADY_EARNED", `order ${JSON.stringify(c.orderId)} has already earned points`, { id: c.orderId });
    }
    const member = this.#member(c.memberId);
    const points = c.points as number;
    const availableAt = c.orderId === undefined ? this.#now : lockEndsAt(calendar, program.lock, this.#now, undefined);
    const postings = new Postings();
    const lot = this.#newLot(points, c.category ?? "earned", availableAt, this.#expiresAt(null));
    const pending = availableAt > this.#now;
    postings.add("issued", undefined, -points).add(pending ? "pending" : "available", c.memberId, points);
    const debits = pending ? [] : this.#repay(member, [{ lotId: lot.lotId, points }], postings);
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
    const member = this.#member(c.memberId);
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
    const credit = this.#creditAwards(result, member, this.#now, postings);
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
    const member = this.#member(c.memberId);
    const points = c.points as number;
    const postings = new Postings();
    const lot = this.#newLot(points, c.category ?? "goodwill", this.#now, this.#expiresAt(null));
    postings.add("issued", undefined, -points).add("available", c.memberId, points);
    const debits = this.#repay(member, [{ lotId: lot.lotId, points }], postings);
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
  #debitPlan(member: Member, points: number): { take: number; debt: number; shortfall: number } | PointsRefusal {
    const spendable = this.#spendable(member);
    if (points <= spendable) return { take: points, debt: 0, shortfall: 0 };
    const policy = this.#context.program.negativeBalance;
    const missing = points - spendable;
    switch (policy.mode) {
      case "reject":
        return refuse("INSUFFICIENT_POINTS", `${this.#has(member, spendable)}; ${points} asked, ${missing} short`, {
          shortfall: missing,
          available: spendable,
        });
      case "clamp":
        if (spendable <= 0) {
          return refuse("INSUFFICIENT_POINTS", `${this.#has(member, spendable)}; ${points} asked`, { shortfall: missing, available: spendable });
        }
        return { take: spendable, debt: 0, shortfall: missing };
      case "allow-debt": {
        const limit = policy.limit;
        if (limit !== undefined && member.debt + missing > limit) {
          const over = member.debt + missing - limit;
          return refuse("DEBT_LIMIT", `member ${JSON.stringify(member.memberId)} would owe ${member.debt + missing} points, over the limit of ${limit}`, {
            shortfall: over,
            available: spendable,
          });
        }
        return { take: spendable, debt: missing, shortfall: 0 };
      }
    }
  }

  #redeem(c: Of<"redeem">): PointsRefusal | undefined {
    const member = this.#member(c.memberId);
    const plan = this.#debitPlan(member, c.points);
    if ("ok" in plan) return plan;
    const debits = this.#takeAvailable(member, plan.take);
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

  #takeAvailable(member: Member, points: number, taken = new Map<string, number>()): LotMove[] {
    return consumeLots(member.lots, points, this.#context.program.consumptionOrder, (lot) => lot.state === "available", taken);
  }

  #hold(c: Of<"hold">): PointsRefusal | undefined {
    const expiresAt =
      c.expiresAt === undefined
        ? this.#now + this.#context.program.holdTimeoutMinutes * 60_000
        : readInstant(c.expiresAt, this.#context.calendar, "command.expiresAt");
    if (expiresAt <= this.#now) throw invalidArgument("command.expiresAt", c.expiresAt, "an instant after `now`");
    const member = this.#member(c.memberId);
    const holdId = c.holdId ?? c.id;
    if (this.#state.holds.has(holdId)) return refuse("HOLD_EXISTS", `hold ${JSON.stringify(holdId)} already exists`, { id: holdId });
    const spendable = this.#spendable(member);
    if (c.points > spendable) {
      return refuse("INSUFFICIENT_POINTS", `${this.#has(member, spendable)}; ${c.points} asked to hold`, {
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
      debits: this.#takeAvailable(member, c.points),
      postings: postings.list(),
    });
    return undefined;
  }

  #openHold(holdId: string, verb: string): ReturnType<LedgerState["holds"]["get"]> | PointsRefusal {
    const hold = this.#state.holds.get(holdId);
    if (hold === undefined) return refuse("HOLD_NOT_FOUND", `no hold ${JSON.stringify(holdId)}`, { id: holdId });
    if (hold.open === 0) return refuse("HOLD_CLOSED", `hold ${JSON.stringify(holdId)} is closed: nothing left to ${verb}`, { id: holdId });
    return hold;
  }

  #capture(c: Of<"capture">): PointsRefusal | undefined {
    const hold = this.#openHold(c.holdId, "capture");
    if (hold === undefined || "ok" in hold) return hold;
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
    const rest: LotMove[] = [];
    let left = points;
    for (const [lotId, held] of hold.allocations) {
      const take = Math.min(left, held);
      if (take > 0) captured.push({ lotId, points: take });
      if (held > take) rest.push({ lotId, points: held - take });
      left -= take;
    }
    const member = this.#member(hold.memberId);
    const postings = new Postings().add("held", hold.memberId, -points).add("redeemed", undefined, points);
    const { credits, expired } = this.#giveBack(rest, hold.memberId, "held", postings);
    const debits = this.#repay(member, credits.filter((m) => this.#state.lot(m.lotId).state === "available"), postings);
    this.#drafts.push({ type: "captured", memberId: hold.memberId, holdId: c.holdId, points, captured, credits, expired, debits, postings: postings.list() });
    return undefined;
  }

  #release(c: Of<"release">): PointsRefusal | undefined {
    const hold = this.#openHold(c.holdId, "release");
    if (hold === undefined || "ok" in hold) return hold;
    const points = c.points ?? hold.open;
    if (points > hold.open) {
      return refuse("INSUFFICIENT_POINTS", `hold ${JSON.stringify(c.holdId)} holds ${hold.open} points; ${points} asked to release`, {
        shortfall: points - hold.open,
        available: hold.open,
        id: c.holdId,
      });
    }
    const moves: LotMove[] = [];
    let left = points;
    for (const [lotId, held] of [...hold.allocations].reverse()) {
      if (left === 0) break;
      const take = Math.min(left, held);
      moves.push({ lotId, points: take });
      left -= take;
    }
    const member = this.#member(hold.memberId);
    const postings = new Postings();
    const { credits, expired } = this.#giveBack(moves, hold.memberId, "held", postings);
    const debits = this.#repay(member, credits.filter((m) => this.#state.lot(m.lotId).state === "available"), postings);
    this.#drafts.push({ type: "released", memberId: hold.memberId, holdId: c.holdId, points, credits, expired, debits, postings: postings.list() });
    return undefined;
  }

  #reverseEarn(c: Of<"reverseEarn">): PointsRefusal | undefined {
    const order = this.#state.orders.get(c.orderId);
    if (order === undefined) return refuse("ORDER_NOT_FOUND", `no order ${JSON.stringify(c.orderId)} has earned points`, { id: c.orderId });
    const lines: { lineId: string; amount: string; points: number }[] = [];
    let asked = 0;
    if (c.points !== undefined && order.lines.size > 0) {
      return refuse("REFUND_BY_LINES", `order ${JSON.stringify(c.orderId)} earned on its lines: refund lines, or the whole order`, { id: c.orderId });
    }
    if (c.points !== undefined || (order.lines.size === 0 && c.lines === undefined)) {
      const left = order.points - order.reversed;
      if (left === 0 && c.points === undefined) return refuse("NOTHING_TO_DO", `order ${JSON.stringify(c.orderId)} has no points left to take back`, { id: c.orderId });
      asked = c.points ?? left;
      if (asked > left) {
        return refuse("REFUND_EXCEEDS_ORDER", `order ${JSON.stringify(c.orderId)} has ${left} points left to take back; ${asked} asked`, {
          available: left,
          id: c.orderId,
        });
      }
    } else {
      const wanted = c.lines ?? [...order.lines.keys()].map((lineId) => ({ lineId, amount: undefined }));
      const refundedNow = new Map<string, Decimal>();
      for (const { lineId, amount } of wanted) {
        const line = order.lines.get(lineId);
        if (line === undefined) return refuse("LINE_NOT_FOUND", `order ${JSON.stringify(c.orderId)} has no line ${JSON.stringify(lineId)}`, { id: lineId });
        const before = new Decimal(line.refunded).plus(refundedNow.get(lineId) ?? 0);
        const refundable = new Decimal(line.amount).minus(before);
        const now = amount === undefined ? refundable : new Decimal(amount);
        if (now.gt(refundable)) {
          return refuse("REFUND_EXCEEDS_ORDER", `line ${JSON.stringify(lineId)} of order ${JSON.stringify(c.orderId)} has ${refundable.toFixed()} left to refund; ${now.toFixed()} asked`, {
            id: lineId,
          });
        }
        refundedNow.set(lineId, (refundedNow.get(lineId) ?? new Decimal(0)).plus(now));
      }
      for (const [lineId, now] of refundedNow) {
        const line = order.lines.get(lineId);
        if (line === undefined) continue;
        const amount = new Decimal(line.amount);
        const refunded = now.plus(line.refunded);
        // Pro rata, rounded down (in the member's favour) by exact integer division; refunding the
        // whole line takes back all its points.
        const target = amount.isZero() || refunded.gte(amount) ? line.points : new Decimal(line.points).times(refunded).divToInt(amount).toNumber();
        const points = Math.max(0, target - line.reversed);
        lines.push({ lineId, amount: now.toFixed(), points });
        asked += points;
      }
      if (lines.every((l) => new Decimal(l.amount).isZero()) && asked === 0) {
        return refuse("NOTHING_TO_DO", `the refund of order ${JSON.stringify(c.orderId)} refunds nothing (its lines are refunded already, or the amounts are 0)`, { id: c.orderId });
      }
    }
    const member = this.#member(order.memberId);
    const policy = this.#context.program.returnPolicy;
    const taken = new Map<string, number>();
    const orderLots = order.lotIds.map((id) => this.#state.lot(id));
    const debits: LotMove[] = [];
    let pending = 0;
    let available = 0;
    let left = asked;
    const takeFrom = (usable: (lot: Lot) => boolean, lots: readonly Lot[]): void => {
      for (const move of consumeLots(lots, left, this.#context.program.consumptionOrder, usable, taken)) {
        debits.push(move);
        if (this.#state.lot(move.lotId).state === "pending") pending += move.points;
        else available += move.points;
        left -= move.points;
      }
    };
    takeFrom((lot) => lot.state === "pending", orderLots);
    if (policy !== "only-pending") {
      takeFrom((lot) => lot.state === "available", orderLots);
      takeFrom((lot) => lot.state === "available", member.lots);
    }
    const debt = policy === "allow-debt" ? left : 0;
    const postings = new Postings()
      .add("pending", member.memberId, -pending)
      .add("available", member.memberId, -available)
      .add("debt", member.memberId, -debt)
      .add("reversed", undefined, pending + available + debt);
    this.#drafts.push({
      type: "earnReversed",
      memberId: member.memberId,
      orderId: c.orderId,
      lines,
      points: asked,
      debits: mergeMoves(debits),
      debt,
      notReversed: left - debt,
      postings: postings.list(),
    });
    return undefined;
  }

  #reverseRedemption(c: Of<"reverseRedemption">): PointsRefusal | undefined {
    const redemption = this.#state.redemptions.get(c.redemptionId);
    if (redemption === undefined) return refuse("REDEMPTION_NOT_FOUND", `no redemption ${JSON.stringify(c.redemptionId)}`, { id: c.redemptionId });
    let restorable = redemption.debt;
    for (const points of redemption.allocations.values()) restorable += points;
    if (restorable === 0) return refuse("NOTHING_TO_DO", `redemption ${JSON.stringify(c.redemptionId)} is already reversed`, { id: c.redemptionId });
    const points = c.points ?? restorable;
    if (points > restorable) {
      return refuse("REVERSAL_EXCEEDS_REDEMPTION", `redemption ${JSON.stringify(c.redemptionId)} has ${restorable} points left to give back; ${points} asked`, {
        available: restorable,
        id: c.redemptionId,
      });
    }
    const policy = c.expiredLots ?? this.#context.program.redemptionReversal;
    const member = this.#member(redemption.memberId);
    const memberId = member.memberId;
    const postings = new Postings().add("redeemed", undefined, -points);
    let left = points;
    // The debt part first: cancel what is still owed, give back as a new lot what was repaid since.
    const fromDebt = Math.min(left, redemption.debt);
    const debtCancelled = Math.min(fromDebt, member.debt);
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
    const expired: LotMove[] = [];
    for (const [lotId, spent] of [...redemption.allocations].reverse()) {
      if (left === 0) break;
      const take = Math.min(left, spent);
      left -= take;
      const lot = this.#state.lot(lotId);
      if (!this.#isExpired(lot)) {
        credits.push({ lotId, points: take });
        postings.add(lot.state === "pending" ? "pending" : "available", memberId, take);
      } else if (policy === "reissue") {
        reissue(take, lot.category, lotId);
      } else if (policy === "forfeit") {
        expired.push({ lotId, points: take });
        postings.add("expired", undefined, take);
      } else {
        return refuse("LOT_EXPIRED", `lot ${JSON.stringify(lotId)} of redemption ${JSON.stringify(c.redemptionId)} has expired`, { id: lotId });
      }
    }
    const owed: Member = { ...member, debt: member.debt - debtCancelled };
    const debits = this.#repay(owed, [...fresh, ...credits.filter((m) => this.#state.lot(m.lotId).state === "available")], postings);
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
    const member = this.#member(c.memberId);
    const postings = new Postings();
    if (c.points > 0) {
      const lot = this.#newLot(c.points, "adjustment", this.#now, this.#expiresAt(null));
      postings.add("adjusted", undefined, -c.points).add("available", c.memberId, c.points);
      const debits = this.#repay(member, [{ lotId: lot.lotId, points: c.points }], postings);
      this.#drafts.push({ type: "adjusted", memberId: c.memberId, points: c.points, reason: c.reason, lots: [lot], debits, debt: 0, shortfall: 0, postings: postings.list() });
      return undefined;
    }
    const plan = this.#debitPlan(member, -c.points);
    if ("ok" in plan) return plan;
    postings.add("available", c.memberId, -plan.take).add("debt", c.memberId, -plan.debt).add("adjusted", undefined, plan.take + plan.debt);
    this.#drafts.push({
      type: "adjusted",
      memberId: c.memberId,
      points: -(plan.take + plan.debt),
      reason: c.reason,
      lots: [],
      debits: this.#takeAvailable(member, plan.take),
      debt: plan.debt,
      shortfall: plan.shortfall,
      postings: postings.list(),
    });
    return undefined;
  }

  #transfer(c: Of<"transfer">): PointsRefusal | undefined {
    const sender = this.#member(c.from);
    const spendable = this.#spendable(sender);
    if (c.points > spendable) {
      return refuse("INSUFFICIENT_POINTS", `${this.#has(sender, spendable)}; ${c.points} asked to transfer`, {
        shortfall: c.points - spendable,
        available: spendable,
      });
    }
    const debits = this.#takeAvailable(sender, c.points);
    this.#drafts.push({
      type: "transferredOut",
      memberId: c.from,
      to: c.to,
      points: c.points,
      debits,
      postings: new Postings().add("available", c.from, -c.points).add("transit", undefined, c.points).list(),
    });
    const receiver = this.#member(c.to);
    const postings = new Postings().add("transit", undefined, -c.points).add("available", c.to, c.points);
    const lots = debits.map((move) => {
      const lot = this.#state.lot(move.lotId);
      return this.#newLot(move.points, lot.category, this.#now, lot.expiresAt === Number.POSITIVE_INFINITY ? null : lot.expiresAt, {
        fromLotId: lot.lotId,
        fromMemberId: c.from,
      });
    });
    const repaid = this.#repay(receiver, lots.map((lot) => ({ lotId: lot.lotId, points: lot.amount })), postings);
    this.#drafts.push({ type: "transferredIn", memberId: c.to, from: c.from, points: c.points, lots, debits: repaid, postings: postings.list() });
    return undefined;
  }

  #members(memberId: string | undefined): Iterable<Member> {
    if (memberId === undefined) return this.#state.members.values();
    const member = this.#state.members.get(memberId);
    return member === undefined ? [] : [member];
  }

  #expire(c: Of<"expire">): void {
    const { program, calendar } = this.#context;
    const now = this.#now;
    // Timed-out holds, by member, in one pass.
    const timedOut = new Map<string, Hold[]>();
    for (const hold of this.#state.holds.values()) {
      if (hold.open === 0 || hold.expiresAt > now || (c.memberId !== undefined && hold.memberId !== c.memberId)) continue;
      const list = timedOut.get(hold.memberId);
      if (list === undefined) timedOut.set(hold.memberId, [hold]);
      else list.push(hold);
    }
    for (const member of this.#members(c.memberId)) {
      const postings = new Postings();
      const returned = new Map<string, number>();
      const releasedHolds: { holdId: string; credits: LotMove[]; expired: LotMove[] }[] = [];
      const releasedCredits: LotMove[] = [];
      for (const hold of timedOut.get(member.memberId) ?? []) {
        const moves = [...hold.allocations].map(([lotId, points]) => ({ lotId, points }));
        const { credits, expired } = this.#giveBack(moves, member.memberId, "held", postings);
        for (const move of credits) returned.set(move.lotId, (returned.get(move.lotId) ?? 0) + move.points);
        releasedCredits.push(...credits.filter((m) => this.#state.lot(m.lotId).state === "available"));
        releasedHolds.push({ holdId: hold.holdId, credits, expired });
      }
      const debits = this.#repay(member, releasedCredits, postings);
      for (const move of debits) returned.set(move.lotId, (returned.get(move.lotId) ?? 0) - move.points);
      const dormant =
        program.expiry.type === "inactivity" &&
        member.lastActivity > Number.NEGATIVE_INFINITY &&
        inactivityDeadline(calendar, program.expiry, member.lastActivity) <= now;
      const lots: LotMove[] = [];
      let points = 0;
      for (const lot of member.lots) {
        if (lot.state === "expired" || (!dormant && lot.expiresAt > now)) continue;
        const left = lot.remaining + (returned.get(lot.lotId) ?? 0);
        if (left <= 0) continue;
        lots.push({ lotId: lot.lotId, points: left });
        postings.add(lot.state === "pending" ? "pending" : "available", member.memberId, -left).add("expired", undefined, left);
        points += left;
      }
      if (releasedHolds.length === 0 && lots.length === 0) continue;
      this.#drafts.push({
        type: "expired",
        memberId: member.memberId,
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
    for (const member of this.#members(c.memberId)) {
      const lots: LotMove[] = [];
      let points = 0;
      for (const lot of member.lots) {
        if (lot.state !== "pending" || lot.availableAt > this.#now) continue;
        lots.push({ lotId: lot.lotId, points: lot.remaining });
        points += lot.remaining;
      }
      if (lots.length === 0) continue;
      const postings = new Postings().add("pending", member.memberId, -points).add("available", member.memberId, points);
      const debits = this.#repay(member, lots, postings);
      this.#drafts.push({ type: "activated", memberId: member.memberId, lots, points, debits, postings: postings.list() });
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
