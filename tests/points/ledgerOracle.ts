/**
 * A deliberately naive model of the points ledger, written from .scratch/POINTS-LEDGER-SPEC.md
 * (not from decideCommand.ts / LedgerState.ts / consumeLots.ts): arrays of lots, holds, orders and
 * redemptions, linear scans, a deep copy to undo a refused command. Only the earning rules engine
 * (`calculateEarn`) is shared with the library. Test support, not a test.
 *
 * Supported programmes: timeZone "UTC" (so calendar days are 86 400 000 ms), expiry "never",
 * "after" `{ days }` (roundTo "none") or "inactivity" `{ days }`, `lockDays`, earn rules that
 * `calculateEarn` evaluates (one lot per award), event rules "signup" (once per member, lifetime),
 * the default consumption order, every negativeBalance, returnPolicy and redemptionReversal.
 */
import { calculateEarn } from "../../src/points/index.js";
import type { PointsBalance, PointsCommand, PointsProgramInput } from "../../src/points/index.js";

const DAY = 86_400_000;

export interface OracleLot {
  lotId: string;
  memberId: string;
  amount: number;
  remaining: number;
  state: "pending" | "available" | "expired";
  earnedAt: number;
  availableAt: number;
  /** `null`: never. */
  expiresAt: number | null;
  category: string;
  orderId: string | null;
  /** Global creation order. */
  ordinal: number;
}

interface OracleMember {
  memberId: string;
  debt: number;
  lastActivity: number | null;
  ordersEarned: number;
  signedUp: boolean;
}

interface OracleHold {
  holdId: string;
  memberId: string;
  expiresAt: number;
  /** Points still held, per lot, in allocation order. */
  allocations: { lotId: string; points: number }[];
}

interface OracleOrder {
  orderId: string;
  memberId: string;
  lotIds: string[];
  points: number;
  /** Points asked back so far. */
  asked: number;
  /** Amounts in cents. */
  lines: { lineId: string; amount: number; points: number; refunded: number; asked: number }[];
}

interface OracleRedemption {
  redemptionId: string;
  memberId: string;
  /** Points taken from lots and not yet given back, per lot, in allocation order. */
  allocations: { lotId: string; points: number }[];
  /** Debt the redemption created and no reversal gave back yet. */
  debt: number;
}

interface OracleState {
  lots: OracleLot[];
  members: OracleMember[];
  holds: OracleHold[];
  orders: OracleOrder[];
  redemptions: OracleRedemption[];
  /** Ids of commands that produced events, with their payload JSON. */
  commands: { id: string; payload: string }[];
  ordinal: number;
  lastAt: number;
  /** Balances after each command that changed something: [at, memberId, balance]. */
  history: { at: number; memberId: string; balance: PointsBalance }[];
}

/** A lot as the oracle sees it (the fields of PointsLot it models). */
export interface OracleLotView {
  lotId: string;
  amount: number;
  remaining: number;
  state: string;
  category: string;
  earnedAt: string;
  availableAt: string;
  expiresAt: string | null;
}

export type OracleOutcome =
  | { readonly ok: true; readonly duplicate: boolean; readonly events: boolean }
  | { readonly ok: false; readonly reason: string; readonly shortfall?: number; readonly available?: number }
  | { readonly ok: "conflict" };

type NegativeBalance = { mode: "reject" } | { mode: "clamp" } | { mode: "allow-debt"; limit?: number };
type Expiry = { type: "never" } | { type: "after"; days: number } | { type: "inactivity"; days: number };

/** Integer cents of a decimal string or number with at most 2 decimals. */
export function toCents(value: string | number): number {
  const text = typeof value === "number" ? String(value) : value;
  const [whole = "0", frac = ""] = text.split(".");
  if (frac.length > 2) throw new Error(`oracle: ${text} has more than 2 decimals`);
  return Number(whole) * 100 + Number((frac + "00").slice(0, 2));
}

/** A plain key-sorted JSON, for payload comparison. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export class LedgerOracle {
  readonly program: PointsProgramInput;
  readonly expiry: Expiry;
  readonly lockDays: number;
  readonly negativeBalance: NegativeBalance;
  readonly returnPolicy: "only-pending" | "within-balance" | "allow-debt";
  readonly redemptionReversal: "reissue" | "forfeit";
  readonly holdTimeoutMinutes: number;
  readonly signupPoints: number | null;
  #s: OracleState = { lots: [], members: [], holds: [], orders: [], redemptions: [], commands: [], ordinal: 0, lastAt: -Infinity, history: [] };

  constructor(program: PointsProgramInput) {
    if (program.timeZone !== "UTC") throw new Error("oracle: UTC only");
    this.program = program;
    const e = (program.expiry ?? { type: "never" }) as { type: string; days?: number; months?: number; years?: number; roundTo?: string };
    if (e.type === "never") this.expiry = { type: "never" };
    else if ((e.type === "after" || e.type === "inactivity") && !e.months && !e.years && (e.roundTo ?? "none") === "none") {
      this.expiry = { type: e.type, days: e.days ?? 0 };
    } else throw new Error("oracle: unsupported expiry");
    if (program.lock !== undefined) throw new Error("oracle: use lockDays");
    if (program.consumptionOrder !== undefined) throw new Error("oracle: default consumption order only");
    this.lockDays = program.lockDays ?? 0;
    const nb = program.negativeBalance ?? "reject";
    this.negativeBalance = (typeof nb === "string" ? { mode: nb } : nb) as NegativeBalance;
    this.returnPolicy = program.returnPolicy ?? "within-balance";
    this.redemptionReversal = program.redemptionReversal ?? "reissue";
    this.holdTimeoutMinutes = program.holdTimeoutMinutes ?? 30;
    const signup = (program.earnRules ?? []).find((r) => r.type === "event" && r.event === "signup") as { points: number } | undefined;
    this.signupPoints = signup?.points ?? null;
  }

  // ── queries ──────────────────────────────────────────────────────────────────────────────────

  balance(memberId: string): PointsBalance {
    return this.#balance(this.#s, memberId);
  }

  /** The balance as the commands up to `at` (inclusive) left it. */
  balanceAt(memberId: string, at: number): PointsBalance {
    let found: PointsBalance = { available: 0, pending: 0, held: 0, debt: 0 };
    for (const h of this.#s.history) if (h.at <= at && h.memberId === memberId) found = h.balance;
    return found;
  }

  lots(memberId: string): OracleLotView[] {
    return this.#s.lots
      .filter((l) => l.memberId === memberId)
      .map((l) => ({
        lotId: l.lotId,
        amount: l.amount,
        remaining: l.remaining,
        state: l.state,
        category: l.category,
        earnedAt: new Date(l.earnedAt).toISOString(),
        availableAt: new Date(l.availableAt).toISOString(),
        expiresAt: l.expiresAt === null ? null : new Date(l.expiresAt).toISOString(),
      }));
  }

  /** An order as the oracle knows it: points earned, points asked back, lines. */
  order(orderId: string): { points: number; asked: number; lines: number } | null {
    const o = this.#s.orders.find((x) => x.orderId === orderId);
    return o === undefined ? null : { points: o.points, asked: o.asked, lines: o.lines.length };
  }

  memberIds(): string[] {
    return this.#s.members.map((m) => m.memberId);
  }

  // ── execute ──────────────────────────────────────────────────────────────────────────────────

  execute(command: PointsCommand, now: number): OracleOutcome {
    const payload = canonicalJson(command);
    const known = this.#s.commands.find((c) => c.id === command.id);
    if (known !== undefined) return known.payload === payload ? { ok: true, duplicate: true, events: true } : { ok: "conflict" };
    if (now < this.#s.lastAt) throw new Error("oracle: now went backwards");
    const before = structuredClone(this.#s);
    const touched: string[] = [];
    const refusal = this.#decide(command, now, touched);
    if (refusal !== null) {
      this.#s = before;
      return { ok: false, ...refusal };
    }
    if (touched.length === 0) {
      this.#s = before;
      return { ok: true, duplicate: false, events: false };
    }
    this.#s.lastAt = now;
    this.#s.commands.push({ id: command.id, payload });
    for (const m of this.#s.members) this.#s.history.push({ at: now, memberId: m.memberId, balance: this.#balance(this.#s, m.memberId) });
    return { ok: true, duplicate: false, events: true };
  }

  // ── internals ────────────────────────────────────────────────────────────────────────────────

  #balance(s: OracleState, memberId: string): PointsBalance {
    let available = 0;
    let pending = 0;
    let held = 0;
    for (const l of s.lots) {
      if (l.memberId !== memberId) continue;
      if (l.state === "available") available += l.remaining;
      if (l.state === "pending") pending += l.remaining;
    }
    for (const h of s.holds) if (h.memberId === memberId) for (const a of h.allocations) held += a.points;
    const debt = s.members.find((m) => m.memberId === memberId)?.debt ?? 0;
    return { available: available - debt, pending, held, debt };
  }

  #member(memberId: string): OracleMember {
    let m = this.#s.members.find((x) => x.memberId === memberId);
    if (m === undefined) {
      m = { memberId, debt: 0, lastActivity: null, ordersEarned: 0, signedUp: false };
      this.#s.members.push(m);
    }
    return m;
  }

  /** Records that the member got an event; `activity` for the event types that count as activity. */
  #touch(touched: string[], memberId: string, now: number, activity: boolean): void {
    const m = this.#member(memberId);
    if (activity) m.lastActivity = now;
    touched.push(memberId);
  }

  #lot(lotId: string): OracleLot {
    const l = this.#s.lots.find((x) => x.lotId === lotId);
    if (l === undefined) throw new Error(`oracle: no lot ${lotId}`);
    return l;
  }

  #lotExpiresAt(now: number): number | null {
    return this.expiry.type === "after" ? now + this.expiry.days * DAY : null;
  }

  #newLot(
    fields: { lotId: string; memberId: string; amount: number; now: number; availableAt?: number; expiresAt: number | null; category: string; orderId?: string | null },
  ): OracleLot {
    const availableAt = fields.availableAt ?? fields.now;
    const lot: OracleLot = {
      lotId: fields.lotId,
      memberId: fields.memberId,
      amount: fields.amount,
      remaining: fields.amount,
      state: availableAt > fields.now ? "pending" : "available",
      earnedAt: fields.now,
      availableAt,
      expiresAt: fields.expiresAt,
      category: fields.category,
      orderId: fields.orderId ?? null,
      ordinal: this.#s.ordinal++,
    };
    this.#s.lots.push(lot);
    return lot;
  }

  /** Available lots holding points repay the member's debt, in the order given. */
  #repay(memberId: string, lots: readonly OracleLot[]): void {
    const m = this.#member(memberId);
    for (const lot of lots) {
      if (m.debt === 0) return;
      if (lot.state !== "available") continue;
      const p = Math.min(lot.remaining, m.debt);
      lot.remaining -= p;
      m.debt -= p;
    }
  }

  #spendable(memberId: string): number {
    return this.#balance(this.#s, memberId).available;
  }

  /** The member's available lots with points, in the default consumption order. */
  #consumable(memberId: string, exclude: readonly string[] = []): OracleLot[] {
    const lots = this.#s.lots.filter((l) => l.memberId === memberId && l.state === "available" && l.remaining > 0 && !exclude.includes(l.lotId));
    return lots.sort((a, b) => {
      const ea = a.expiresAt ?? Number.MAX_VALUE;
      const eb = b.expiresAt ?? Number.MAX_VALUE;
      if (ea !== eb) return ea - eb;
      const pa = a.category === "promotional" ? 0 : 1;
      const pb = b.category === "promotional" ? 0 : 1;
      if (pa !== pb) return pa - pb;
      if (a.earnedAt !== b.earnedAt) return a.earnedAt - b.earnedAt;
      return a.ordinal - b.ordinal;
    });
  }

  /** Takes up to `points` from the lots, in order; returns the moves. */
  #take(lots: readonly OracleLot[], points: number): { lotId: string; points: number }[] {
    const moves: { lotId: string; points: number }[] = [];
    let need = points;
    for (const lot of lots) {
      if (need === 0) break;
      const p = Math.min(lot.remaining, need);
      if (p === 0) continue;
      lot.remaining -= p;
      need -= p;
      moves.push({ lotId: lot.lotId, points: p });
    }
    return moves;
  }

  /** Gives held points back to a lot: to the lot, or straight to expired when the lot is expired. Returns the lot when it got them. */
  #giveBack(lotId: string, points: number): OracleLot | null {
    const lot = this.#lot(lotId);
    if (lot.state === "expired") return null;
    lot.remaining += points;
    return lot;
  }

  /** A debit under the negativeBalance policy (redeem, negative adjust). */
  #debit(
    memberId: string,
    points: number,
  ): { refusal: { reason: string; shortfall?: number; available?: number } } | { moves: { lotId: string; points: number }[]; debt: number; taken: number } {
    const spendable = this.#spendable(memberId);
    if (points <= spendable) return { moves: this.#take(this.#consumable(memberId), points), debt: 0, taken: points };
    const nb = this.negativeBalance;
    if (nb.mode === "reject") return { refusal: insufficient(points, spendable) };
    if (nb.mode === "clamp") {
      if (spendable <= 0) return { refusal: insufficient(points, spendable) };
      return { moves: this.#take(this.#consumable(memberId), spendable), debt: 0, taken: spendable };
    }
    const fromLots = Math.max(spendable, 0);
    const m = this.#member(memberId);
    const newDebt = points - fromLots;
    if (nb.limit !== undefined && m.debt + newDebt > nb.limit) return { refusal: { reason: "DEBT_LIMIT", shortfall: m.debt + newDebt - nb.limit } };
    const moves = this.#take(this.#consumable(memberId), fromLots);
    m.debt += newDebt;
    return { moves, debt: newDebt, taken: points };
  }

  #decide(c: PointsCommand, now: number, touched: string[]): { reason: string; shortfall?: number; available?: number } | null {
    const s = this.#s;
    switch (c.type) {
      case "earn": {
        const orderId = c.order?.orderId ?? c.orderId;
        if (orderId !== undefined && s.orders.some((o) => o.orderId === orderId)) return { reason: "ORDER_ALREADY_EARNED" };
        const m = this.#member(c.memberId);
        const created: OracleLot[] = [];
        if (c.order !== undefined) {
          const order = c.order;
          const result = calculateEarn(this.program, order, {
            at: order.at ?? new Date(now).toISOString(),
            firstPurchase: m.ordersEarned === 0,
            ...(c.tier === undefined ? {} : { tier: c.tier }),
          });
          const window = order.returnWindowEndsAt === undefined ? undefined : Date.parse(String(order.returnWindowEndsAt));
          let availableAt = now + this.lockDays * DAY;
          if (window !== undefined && window > availableAt) availableAt = window;
          let n = 0;
          for (const award of result.awards) {
            if (award.points === 0) continue;
            if (award.expiry !== null) throw new Error("oracle: rule expiry unsupported");
            created.push(
              this.#newLot({ lotId: `${c.id}#${++n}`, memberId: c.memberId, amount: award.points, now, availableAt, expiresAt: this.#lotExpiresAt(now), category: award.lotCategory, orderId: orderId ?? null }),
            );
          }
          s.orders.push({
            orderId: order.orderId,
            memberId: c.memberId,
            lotIds: created.map((l) => l.lotId),
            points: result.points,
            asked: 0,
            lines: order.lines.map((line) => ({
              lineId: line.lineId,
              amount: toCents(line.amount),
              points: result.awards.reduce((sum, a) => sum + (a.lines.find((x) => x.lineId === line.lineId)?.points ?? 0), 0),
              refunded: 0,
              asked: 0,
            })),
          });
          m.ordersEarned++;
        } else {
          const points = c.points as number;
          const availableAt = orderId === undefined ? now : now + this.lockDays * DAY;
          created.push(
            this.#newLot({ lotId: `${c.id}#1`, memberId: c.memberId, amount: points, now, availableAt, expiresAt: this.#lotExpiresAt(now), category: c.category ?? "earned", orderId: orderId ?? null }),
          );
          if (orderId !== undefined) {
            s.orders.push({ orderId, memberId: c.memberId, lotIds: [`${c.id}#1`], points, asked: 0, lines: [] });
            m.ordersEarned++;
          }
        }
        this.#repay(c.memberId, created);
        this.#touch(touched, c.memberId, now, true);
        return null;
      }
      case "award": {
        let points: number;
        let category: string;
        if (c.points !== undefined) {
          points = c.points;
          category = c.category ?? "goodwill";
        } else {
          const m = s.members.find((x) => x.memberId === c.memberId);
          if (c.event !== "signup" || this.signupPoints === null || m?.signedUp === true) return { reason: "NOT_ELIGIBLE" };
          points = this.signupPoints;
          category = "promotional";
          this.#member(c.memberId).signedUp = true;
        }
        const lot = this.#newLot({ lotId: `${c.id}#1`, memberId: c.memberId, amount: points, now, expiresAt: this.#lotExpiresAt(now), category });
        this.#repay(c.memberId, [lot]);
        this.#touch(touched, c.memberId, now, true);
        return null;
      }
      case "redeem": {
        const d = this.#debit(c.memberId, c.points);
        if ("refusal" in d) return d.refusal;
        s.redemptions.push({ redemptionId: c.id, memberId: c.memberId, allocations: d.moves, debt: d.debt });
        this.#touch(touched, c.memberId, now, true);
        return null;
      }
      case "adjust": {
        if (c.points > 0) {
          const lot = this.#newLot({ lotId: `${c.id}#1`, memberId: c.memberId, amount: c.points, now, expiresAt: this.#lotExpiresAt(now), category: "adjustment" });
          this.#repay(c.memberId, [lot]);
        } else {
          const d = this.#debit(c.memberId, -c.points);
          if ("refusal" in d) return d.refusal;
        }
        this.#touch(touched, c.memberId, now, true);
        return null;
      }
      case "hold": {
        const holdId = c.holdId ?? c.id;
        if (s.holds.some((h) => h.holdId === holdId)) return { reason: "HOLD_EXISTS" };
        const spendable = this.#spendable(c.memberId);
        if (c.points > spendable) return insufficient(c.points, spendable);
        const moves = this.#take(this.#consumable(c.memberId), c.points);
        const expiresAt = c.expiresAt === undefined ? now + this.holdTimeoutMinutes * 60_000 : Date.parse(String(c.expiresAt));
        s.holds.push({ holdId, memberId: c.memberId, expiresAt, allocations: moves });
        this.#touch(touched, c.memberId, now, true);
        return null;
      }
      case "capture": {
        const hold = s.holds.find((h) => h.holdId === c.holdId);
        if (hold === undefined) return { reason: "HOLD_NOT_FOUND" };
        const open = hold.allocations.reduce((sum, a) => sum + a.points, 0);
        if (open === 0) return { reason: "HOLD_CLOSED" };
        if (hold.expiresAt <= now) return { reason: "HOLD_EXPIRED" };
        const points = c.points ?? open;
        if (points > open) return { reason: "INSUFFICIENT_POINTS" };
        const captured: { lotId: string; points: number }[] = [];
        let need = points;
        const credited: OracleLot[] = [];
        for (const a of hold.allocations) {
          const p = Math.min(a.points, need);
          need -= p;
          if (p > 0) captured.push({ lotId: a.lotId, points: p });
          const rest = a.points - p;
          if (rest > 0) {
            const lot = this.#giveBack(a.lotId, rest);
            if (lot !== null) credited.push(lot);
          }
          a.points = 0;
        }
        this.#repay(hold.memberId, credited);
        s.redemptions.push({ redemptionId: c.id, memberId: hold.memberId, allocations: captured, debt: 0 });
        this.#touch(touched, hold.memberId, now, true);
        return null;
      }
      case "release": {
        const hold = s.holds.find((h) => h.holdId === c.holdId);
        if (hold === undefined) return { reason: "HOLD_NOT_FOUND" };
        const open = hold.allocations.reduce((sum, a) => sum + a.points, 0);
        if (open === 0) return { reason: "HOLD_CLOSED" };
        const points = c.points ?? open;
        if (points > open) return { reason: "INSUFFICIENT_POINTS" };
        let need = points;
        const credited: OracleLot[] = [];
        for (let i = hold.allocations.length - 1; i >= 0 && need > 0; i--) {
          const a = hold.allocations[i] as { lotId: string; points: number };
          const p = Math.min(a.points, need);
          if (p === 0) continue;
          a.points -= p;
          need -= p;
          const lot = this.#giveBack(a.lotId, p);
          if (lot !== null) credited.push(lot);
        }
        this.#repay(hold.memberId, credited);
        this.#touch(touched, hold.memberId, now, false);
        return null;
      }
      case "reverseEarn":
        return this.#reverseEarn(c, now, touched);
      case "reverseRedemption":
        return this.#reverseRedemption(c, now, touched);
      case "transfer": {
        const spendable = this.#spendable(c.from);
        if (c.points > spendable) return insufficient(c.points, spendable);
        const moves = this.#take(this.#consumable(c.from), c.points);
        this.#touch(touched, c.from, now, true);
        this.#member(c.to);
        const created = moves.map((mv, i) => {
          const source = this.#lot(mv.lotId);
          return this.#newLot({ lotId: `${c.id}#${i + 1}`, memberId: c.to, amount: mv.points, now, expiresAt: source.expiresAt, category: source.category });
        });
        this.#repay(c.to, created);
        this.#touch(touched, c.to, now, true);
        return null;
      }
      case "expire": {
        const members = c.memberId === undefined ? s.members : s.members.filter((m) => m.memberId === c.memberId);
        for (const m of members) {
          let something = false;
          const credited: OracleLot[] = [];
          for (const hold of s.holds) {
            if (hold.memberId !== m.memberId || hold.expiresAt > now) continue;
            for (const a of hold.allocations) {
              if (a.points === 0) continue;
              something = true;
              const lot = this.#giveBack(a.lotId, a.points);
              if (lot !== null) credited.push(lot);
              a.points = 0;
            }
          }
          this.#repay(m.memberId, credited);
          const inactive = this.expiry.type === "inactivity" && m.lastActivity !== null && m.lastActivity + this.expiry.days * DAY <= now;
          for (const lot of s.lots) {
            if (lot.memberId !== m.memberId || lot.state === "expired" || lot.remaining === 0) continue;
            if (inactive || (lot.expiresAt !== null && lot.expiresAt <= now)) {
              lot.remaining = 0;
              lot.state = "expired";
              something = true;
            }
          }
          if (something) this.#touch(touched, m.memberId, now, false);
        }
        return null;
      }
      case "activate": {
        const members = c.memberId === undefined ? s.members : s.members.filter((m) => m.memberId === c.memberId);
        for (const m of members) {
          const activated = s.lots.filter((l) => l.memberId === m.memberId && l.state === "pending" && l.availableAt <= now);
          if (activated.length === 0) continue;
          for (const l of activated) l.state = "available";
          this.#repay(m.memberId, activated);
          this.#touch(touched, m.memberId, now, false);
        }
        return null;
      }
    }
  }

  #reverseEarn(c: Extract<PointsCommand, { type: "reverseEarn" }>, now: number, touched: string[]): { reason: string } | null {
    const order = this.#s.orders.find((o) => o.orderId === c.orderId);
    if (order === undefined) return { reason: "ORDER_NOT_FOUND" };
    let ask = 0;
    if (c.lines !== undefined) {
      let refunded = 0;
      for (const req of c.lines) {
        const line = order.lines.find((l) => l.lineId === req.lineId);
        if (line === undefined) return { reason: "LINE_NOT_FOUND" };
        const amount = req.amount === undefined ? line.amount - line.refunded : toCents(req.amount);
        if (line.refunded + amount > line.amount) return { reason: "REFUND_EXCEEDS_ORDER" };
        refunded += amount;
        ask += this.#refundLine(line, amount);
      }
      // Reading of the spec (it names NOTHING_TO_DO for the whole order only): lines with nothing
      // left to refund (all of them, a 0.00 line included) are nothing to do, as the ledger says.
      if (refunded === 0) return { reason: "NOTHING_TO_DO" };
    } else if (c.points !== undefined) {
      // A refund by points of an order that earned on lines is refused: its lines say what it was.
      if (order.lines.length > 0) return { reason: "REFUND_BY_LINES" };
      if (c.points > order.points - order.asked) return { reason: "REFUND_EXCEEDS_ORDER" };
      ask = c.points;
    } else if (order.lines.length > 0) {
      if (order.lines.every((l) => l.refunded === l.amount)) return { reason: "NOTHING_TO_DO" };
      for (const line of order.lines) ask += this.#refundLine(line, line.amount - line.refunded);
    } else {
      ask = order.points - order.asked;
      if (ask === 0) return { reason: "NOTHING_TO_DO" };
    }
    // Reading (the spec is silent on `points` for an order with lines): a refund never asks back
    // more than the order has left, so lines refunded after explicit points ask only the rest.
    ask = Math.min(ask, order.points - order.asked);
    order.asked += ask;
    let need = ask;
    const own = order.lotIds.map((id) => this.#lot(id));
    need -= sum(this.#take(own.filter((l) => l.state === "pending"), need));
    if (this.returnPolicy !== "only-pending") {
      need -= sum(this.#take(own.filter((l) => l.state === "available"), need));
      need -= sum(this.#take(this.#consumable(order.memberId), need));
      if (this.returnPolicy === "allow-debt") {
        this.#member(order.memberId).debt += need;
        need = 0;
      }
    }
    this.#touch(touched, order.memberId, now, true);
    return null;
  }

  /** Refunds `amount` cents of a line; returns the points it asks back. */
  #refundLine(line: OracleOrder["lines"][number], amount: number): number {
    line.refunded += amount;
    const target = line.refunded === line.amount || line.amount === 0 ? line.points : Math.floor((line.points * line.refunded) / line.amount);
    const ask = target - line.asked;
    line.asked = target;
    return ask;
  }

  #reverseRedemption(c: Extract<PointsCommand, { type: "reverseRedemption" }>, now: number, touched: string[]): { reason: string } | null {
    const r = this.#s.redemptions.find((x) => x.redemptionId === c.redemptionId);
    if (r === undefined) return { reason: "REDEMPTION_NOT_FOUND" };
    const left = r.debt + r.allocations.reduce((acc, a) => acc + a.points, 0);
    if (left === 0) return { reason: "NOTHING_TO_DO" };
    const points = c.points ?? left;
    if (points > left) return { reason: "REVERSAL_EXCEEDS_REDEMPTION" };
    const m = this.#member(r.memberId);
    const mode = c.expiredLots ?? this.redemptionReversal;
    let n = 0;
    let need = points;
    const credited: OracleLot[] = [];
    const debtPart = Math.min(need, r.debt);
    if (debtPart > 0) {
      r.debt -= debtPart;
      need -= debtPart;
      const cancelled = Math.min(debtPart, m.debt);
      m.debt -= cancelled;
      if (debtPart > cancelled) {
        credited.push(this.#newLot({ lotId: `${c.id}#${++n}`, memberId: r.memberId, amount: debtPart - cancelled, now, expiresAt: this.#lotExpiresAt(now), category: "goodwill" }));
      }
    }
    for (let i = r.allocations.length - 1; i >= 0 && need > 0; i--) {
      const a = r.allocations[i] as { lotId: string; points: number };
      const p = Math.min(a.points, need);
      if (p === 0) continue;
      a.points -= p;
      need -= p;
      const lot = this.#lot(a.lotId);
      const expired = lot.state === "expired" || (lot.expiresAt !== null && lot.expiresAt <= now);
      if (!expired) {
        lot.remaining += p;
        credited.push(lot);
      } else if (mode === "reject") {
        return { reason: "LOT_EXPIRED" };
      } else if (mode === "reissue") {
        credited.push(this.#newLot({ lotId: `${c.id}#${++n}`, memberId: r.memberId, amount: p, now, expiresAt: this.#lotExpiresAt(now), category: lot.category }));
      }
    }
    this.#repay(r.memberId, credited);
    this.#touch(touched, r.memberId, now, true);
    return null;
  }
}

/**
 * The INSUFFICIENT_POINTS refusal of a debit: the figures count what the member can spend, never
 * below 0 (a member in debt has 0 available and is short of everything asked). The spec names the
 * fields only; this is the ledger's reading since 2026-11-22 14:57.
 */
function insufficient(points: number, spendable: number): { reason: string; shortfall: number; available: number } {
  const available = Math.max(spendable, 0);
  return { reason: "INSUFFICIENT_POINTS", shortfall: points - available, available };
}

function sum(moves: readonly { points: number }[]): number {
  let total = 0;
  for (const m of moves) total += m.points;
  return total;
}
