import fc from "fast-check";
import { StringList } from "../../src/points/StringList.js";
import { afterAll, describe, expect, it } from "vitest";
import { PatronageError } from "../../src/PatronageError.js";
import { PointsLedger } from "../../src/points/index.js";
import type { PointsCommand, PointsEvent, PointsOutcome, PointsProgramInput, PointsSnapshot } from "../../src/points/index.js";
import { LedgerOracle, type OracleOutcome } from "./ledgerOracle.js";

// Laws of the points ledger over random command sequences, checked against the naive model in
// ledgerOracle.ts (written from .scratch/POINTS-LEDGER-SPEC.md, independent of the decider).
// Seeded; a failure prints the seed, the abstract steps and the concrete `{ command, now }` list.

const DAY = 86_400_000;
const START = Date.parse("2026-01-01T00:00:00Z");
const RUNS = 200;

const rules: NonNullable<PointsProgramInput["earnRules"]> = [
  { id: "base", type: "spend", rate: { points: 1, per: 10 } },
  { id: "signup", type: "event", event: "signup", points: 50 },
];
const base = { id: "laws", timeZone: "UTC", currency: "CNY", earnRules: rules, holdTimeoutMinutes: 3 * 24 * 60 } as const;

const PROGRAMS: { name: string; seed: number; program: PointsProgramInput }[] = [
  { name: "after 30 days, lock 7, reject, within-balance", seed: 501, program: { ...base, expiry: { type: "after", days: 30 }, lockDays: 7 } },
  {
    name: "after 45 days, no lock, clamp, only-pending, forfeit",
    seed: 502,
    program: { ...base, expiry: { type: "after", days: 45 }, negativeBalance: "clamp", returnPolicy: "only-pending", redemptionReversal: "forfeit" },
  },
  {
    name: "after 30 days, lock 7, allow-debt (limit 120), returns allow-debt",
    seed: 503,
    program: { ...base, expiry: { type: "after", days: 30 }, lockDays: 7, negativeBalance: { mode: "allow-debt", limit: 120 }, returnPolicy: "allow-debt" },
  },
  {
    name: "never, lock 3, allow-debt (no limit), within-balance",
    seed: 504,
    program: { ...base, lockDays: 3, negativeBalance: "allow-debt" },
  },
  {
    name: "inactivity 60 days, lock 7, reject, returns allow-debt",
    seed: 505,
    program: { ...base, expiry: { type: "inactivity", days: 60 }, lockDays: 7, returnPolicy: "allow-debt" },
  },
];

// ── abstract steps ──────────────────────────────────────────────────────────────────────────────

type Op =
  | { k: "earnOrder"; m: number; cents: number[]; windowDays: number | null; reuseOrder: number | null }
  | { k: "earnPoints"; m: number; points: number; withOrder: boolean; category: string | null }
  | { k: "goodwill"; m: number; points: number }
  | { k: "event"; m: number; event: "signup" | "bogus" }
  | { k: "redeem"; m: number; points: number }
  | { k: "hold"; m: number; points: number; reuseHold: number | null; expiresDays: number | null }
  | { k: "capture"; ref: number; points: number | null }
  | { k: "release"; ref: number; points: number | null }
  | { k: "reverseEarn"; ref: number; how: "whole" | "points" | "lines"; points: number; lines: { ix: number; cents: number | null }[] }
  | { k: "reverseRedemption"; ref: number; points: number | null; expiredLots: "reissue" | "forfeit" | "reject" | null }
  | { k: "adjust"; m: number; points: number }
  | { k: "transfer"; from: number; to: number; points: number }
  | { k: "expire"; m: number | null }
  | { k: "activate"; m: number | null };

interface Step {
  op: Op;
  dt: number;
  repeat: { ref: number; same: boolean } | null;
}

const member = fc.integer({ min: 0, max: 3 });
const small = fc.integer({ min: 1, max: 60 });
/** A reused order or hold id, 1 time in 6. */
const optRef = fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ k: fc.constant("earnOrder" as const), m: member, cents: fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 3 }), windowDays: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), reuseOrder: optRef }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("earnPoints" as const), m: member, points: small, withOrder: fc.boolean(), category: fc.option(fc.constantFrom("promotional", "bonus"), { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("goodwill" as const), m: member, points: small }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("event" as const), m: member, event: fc.constantFrom("signup" as const, "bogus" as const) }) },
  { weight: 5, arbitrary: fc.record({ k: fc.constant("redeem" as const), m: member, points: fc.integer({ min: 1, max: 90 }) }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant("hold" as const), m: member, points: fc.integer({ min: 1, max: 15 }), reuseHold: optRef, expiresDays: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }) }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant("capture" as const), ref: fc.nat(), points: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("release" as const), ref: fc.nat(), points: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      k: fc.constant("reverseEarn" as const),
      ref: fc.nat(),
      how: fc.constantFrom("whole" as const, "points" as const, "lines" as const),
      points: small,
      lines: fc.array(fc.record({ ix: fc.nat(3), cents: fc.option(fc.integer({ min: 1, max: 30_000 }), { nil: null }) }), { minLength: 1, maxLength: 2 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant("reverseRedemption" as const),
      ref: fc.nat(),
      points: fc.option(small, { nil: null }),
      expiredLots: fc.option(fc.constantFrom("reissue" as const, "forfeit" as const, "reject" as const), { nil: null }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("adjust" as const), m: member, points: fc.integer({ min: -60, max: 60 }).filter((p) => p !== 0) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("transfer" as const), from: member, to: member, points: small }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("expire" as const), m: fc.option(member, { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("activate" as const), m: fc.option(member, { nil: null }) }) },
);
const dtArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 40 }).map((d) => d * DAY) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 40 * 24 }).map((h) => h * 3_600_000) },
);
const stepArb: fc.Arbitrary<Step> = fc.record({
  op: opArb,
  dt: dtArb,
  repeat: fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.record({ ref: fc.nat(), same: fc.boolean() }) }),
});
const scenarioArb = fc.record({
  members: fc.integer({ min: 1, max: 4 }),
  steps: fc.array(stepArb, { minLength: 10, maxLength: 60 }),
  snapshotAt: fc.nat(),
});

// ── concrete commands ───────────────────────────────────────────────────────────────────────────

const cents = (c: number): string => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`;
/** One of the known ids (the unknown one 1 time in 8, or when none is known). */
const pick = (list: readonly string[], ref: number, unknown: string): string => (ref % 8 === 0 ? undefined : list[ref % Math.max(list.length, 1)]) ?? unknown;

interface Pools {
  orders: { orderId: string; lines: string[] }[];
  holds: string[];
  redemptions: string[];
}

function concrete(op: Op, id: string, now: number, members: number, pools: Pools): PointsCommand {
  const m = (i: number): string => `m${(i % members) + 1}`;
  switch (op.k) {
    case "earnOrder": {
      const reused = op.reuseOrder === null ? undefined : pools.orders[op.reuseOrder % Math.max(pools.orders.length, 1)];
      const orderId = reused?.orderId ?? `o-${id}`;
      const lines = op.cents.map((c, i) => ({ lineId: `l${i + 1}`, amount: cents(c) }));
      const order = { orderId, lines, ...(op.windowDays === null ? {} : { returnWindowEndsAt: new Date(now + op.windowDays * DAY).toISOString() }) };
      return { id, type: "earn", memberId: m(op.m), order };
    }
    case "earnPoints": {
      return {
        id,
        type: "earn",
        memberId: m(op.m),
        points: op.points,
        ...(op.withOrder ? { orderId: `o-${id}` } : {}),
        ...(op.category === null ? {} : { category: op.category }),
      };
    }
    case "goodwill":
      return { id, type: "award", memberId: m(op.m), points: op.points, reason: "sorry" };
    case "event":
      return { id, type: "award", memberId: m(op.m), event: op.event };
    case "redeem":
      return { id, type: "redeem", memberId: m(op.m), points: op.points };
    case "hold": {
      const holdId = op.reuseHold === null ? id : pick(pools.holds, op.reuseHold, id);
      return {
        id,
        type: "hold",
        memberId: m(op.m),
        points: op.points,
        ...(holdId === id ? {} : { holdId }),
        ...(op.expiresDays === null ? {} : { expiresAt: new Date(now + op.expiresDays * DAY).toISOString() }),
      };
    }
    case "capture":
      return { id, type: "capture", holdId: pick(pools.holds, op.ref, "no-such-hold"), ...(op.points === null ? {} : { points: op.points }) };
    case "release":
      return { id, type: "release", holdId: pick(pools.holds, op.ref, "no-such-hold"), ...(op.points === null ? {} : { points: op.points }) };
    case "reverseEarn": {
      const order = op.ref % 8 === 0 ? undefined : pools.orders[op.ref % Math.max(pools.orders.length, 1)];
      const orderId = order?.orderId ?? "no-such-order";
      if (op.how === "whole") return { id, type: "reverseEarn", orderId };
      if (op.how === "points") return { id, type: "reverseEarn", orderId, points: op.points };
      const seen = new Set<string>();
      const lines: { lineId: string; amount?: string }[] = [];
      for (const l of op.lines) {
        const lineId = order?.lines[l.ix] ?? `l${l.ix + 1}`;
        if (seen.has(lineId)) continue;
        seen.add(lineId);
        lines.push({ lineId, ...(l.cents === null ? {} : { amount: cents(l.cents) }) });
      }
      return { id, type: "reverseEarn", orderId, lines };
    }
    case "reverseRedemption":
      return {
        id,
        type: "reverseRedemption",
        redemptionId: pick(pools.redemptions, op.ref, "no-such-redemption"),
        ...(op.points === null ? {} : { points: op.points }),
        ...(op.expiredLots === null ? {} : { expiredLots: op.expiredLots }),
      };
    case "adjust":
      return { id, type: "adjust", memberId: m(op.m), points: op.points, reason: "manual" };
    case "transfer": {
      const from = m(op.from);
      let to = m(op.to);
      if (to === from) to = from === "m1" ? "m2" : "m1";
      return { id, type: "transfer", from, to, points: op.points };
    }
    case "expire":
      return { id, type: "expire", ...(op.m === null ? {} : { memberId: m(op.m) }) };
    case "activate":
      return { id, type: "activate", ...(op.m === null ? {} : { memberId: m(op.m) }) };
  }
}

/** Outcomes seen (`type:ok`, `type:REASON`, `type:duplicate`, …), printed with LAWS_VERBOSE=1. */
const seen = new Map<string, number>();
const count = (key: string): void => void seen.set(key, (seen.get(key) ?? 0) + 1);

/** Remembers the order, hold or redemption a successful command created, for later commands to name. */
function register(pools: Pools, command: PointsCommand): void {
  if (command.type === "earn" && command.order !== undefined) pools.orders.push({ orderId: command.order.orderId, lines: command.order.lines.map((l) => l.lineId) });
  if (command.type === "earn" && command.orderId !== undefined) pools.orders.push({ orderId: command.orderId, lines: [] });
  if (command.type === "hold") pools.holds.push(command.holdId ?? command.id);
  if (command.type === "redeem" || command.type === "capture") pools.redemptions.push(command.id);
}

// ── the checks ──────────────────────────────────────────────────────────────────────────────────

const json = (value: unknown): string => JSON.stringify(value);

function run(ledger: PointsLedger, command: PointsCommand, now: number): PointsOutcome | "conflict" {
  try {
    return ledger.execute(command, { now: new Date(now).toISOString() });
  } catch (error) {
    if (error instanceof PatronageError && error.code === "CONFLICT") return "conflict";
    throw error;
  }
}

/** −Σ of the programme accounts' postings in the events. */
function programmeOutstanding(events: readonly PointsEvent[]): number {
  let total = 0;
  for (const e of events) for (const p of e.postings) if (p.memberId === undefined) total += p.points;
  return total === 0 ? 0 : -total;
}

/** Fails with `message` (through expect, for a readable diff) unless `actual` equals `expected`. */
function same(actual: unknown, expected: unknown, message: string): void {
  if (json(actual) !== json(expected)) expect(actual, message).toEqual(expected);
}

/**
 * The state laws after a command (cheap comparisons; `expect` only on failure): lots within
 * [0, amount], available = Σ available lots − debt, debt > 0 ⇒ available lots empty, never negative
 * under reject, balances and lots equal to the oracle's, and Σ members = liability total = −Σ of
 * the programme accounts (`programme` is that sum, kept by the caller).
 */
function checkState(ledger: PointsLedger, oracle: LedgerOracle, neverNegative: boolean, programme: number): void {
  let outstanding = 0;
  for (const m of oracle.memberIds()) {
    const balance = ledger.balance(m);
    const lots = ledger.lots(m);
    let inAvailable = 0;
    for (const lot of lots) {
      if (!(lot.remaining >= 0 && lot.remaining <= lot.amount)) expect(lot, `${lot.lotId}: 0 ≤ remaining ≤ amount`).toBe("a lot with 0 ≤ remaining ≤ amount");
      if (lot.state === "available") inAvailable += lot.remaining;
    }
    same(balance.available, inAvailable - balance.debt, `${m}: available = Σ available lots − debt`);
    if (balance.debt < 0) expect(balance.debt, `${m}: debt ≥ 0`).toBeGreaterThanOrEqual(0);
    if (balance.debt > 0) same(inAvailable, 0, `${m}: debt > 0 ⇒ available lots hold 0`);
    if (neverNegative && balance.available < 0) expect(balance.available, `${m}: never negative under reject`).toBeGreaterThanOrEqual(0);
    same(balance, oracle.balance(m), `${m}: balance agrees with the oracle`);
    same(
      lots.map((l) => ({
        lotId: l.lotId,
        amount: l.amount,
        remaining: l.remaining,
        state: l.state,
        category: l.category,
        earnedAt: l.earnedAt,
        availableAt: l.availableAt,
        expiresAt: l.expiresAt,
      })),
      oracle.lots(m),
      `${m}: lots agree with the oracle`,
    );
    outstanding += balance.available + balance.pending + balance.held;
  }
  const liability = ledger.liability({ valuePerPoint: 1, expectedRedemptionRate: 1 });
  same(liability.outstanding.total, outstanding, "Σ members = liability total");
  same(programme, outstanding, "Σ members = −Σ programme accounts");
}

function scenario(program: PointsProgramInput) {
  return (input: { members: number; steps: Step[]; snapshotAt: number }): void => {
    const ledger = PointsLedger.create(program);
    const oracle = new LedgerOracle(program);
    const log: { command: PointsCommand; now: string }[] = [];
    const pools: Pools = { orders: [], holds: [], redemptions: [] };
    const firstEvents = new Map<string, { command: PointsCommand; events: readonly PointsEvent[] }>();
    const snapshotAt = input.snapshotAt % input.steps.length;
    let snapshot: PointsSnapshot | null = null;
    let now = START;
    let previous = json(ledger.snapshot());
    let programme = 0;
    const nb = program.negativeBalance ?? "reject";
    const neverNegative = nb === "reject" && program.returnPolicy !== "allow-debt";
    try {
      input.steps.forEach((step, i) => {
        now += step.dt;
        let command = concrete(step.op, `c${i}`, now, input.members, pools);
        if (step.repeat !== null && log.length > 0) {
          const earlier = (log[step.repeat.ref % log.length] as { command: PointsCommand }).command;
          const repeated = step.repeat.same ? earlier : ({ ...command, id: earlier.id } as PointsCommand);
          // a hold whose expiresAt is no longer after now is malformed (INVALID_ARGUMENT): not repeated
          if (!(repeated.type === "hold" && repeated.expiresAt !== undefined && Date.parse(String(repeated.expiresAt)) <= now)) command = repeated;
        }
        log.push({ command, now: new Date(now).toISOString() });
        const before = previous; // the state after the step before (nothing changes in between)
        const expected: OracleOutcome = oracle.execute(command, now);
        const outcome = run(ledger, command, now);
        const after = json(ledger.snapshot());
        count(
          `${command.type}:${
            typeof outcome === "string" ? outcome : !outcome.ok ? outcome.reason : outcome.duplicate ? "duplicate" : outcome.events.length === 0 ? "no-events" : "ok"
          }`,
        );

        if (expected.ok === "conflict") {
          expect(outcome, "a known id with another payload throws CONFLICT").toBe("conflict");
          expect(after, "a conflict changes nothing").toBe(before);
        } else if (expected.ok === false) {
          expect(typeof outcome === "string" ? outcome : { ok: outcome.ok, reason: outcome.ok ? null : outcome.reason }, "the refusal agrees with the oracle").toEqual({
            ok: false,
            reason: expected.reason,
          });
          if (typeof outcome !== "string" && !outcome.ok && ["redeem", "adjust", "hold", "transfer"].includes(command.type) && expected.reason === "INSUFFICIENT_POINTS") {
            expect({ shortfall: outcome.shortfall, available: outcome.available }, "the refusal's figures").toEqual({ shortfall: expected.shortfall, available: expected.available });
          }
          expect(after, "a refused command changes nothing").toBe(before);
        } else {
          expect(typeof outcome !== "string" && outcome.ok, `the oracle accepted it: ${json(outcome)}`).toBe(true);
          const ok = outcome as Extract<PointsOutcome, { ok: true }>;
          expect(ok.duplicate, "duplicate flag").toBe(expected.duplicate);
          if (expected.duplicate) {
            expect(json(ok.events), "a duplicate returns the same events").toBe(json(firstEvents.get(command.id)?.events));
            expect(after, "a duplicate changes nothing").toBe(before);
          } else {
            expect(ok.events.length > 0, "events iff the oracle saw something to do").toBe(expected.events);
            if (ok.events.length > 0) {
              firstEvents.set(command.id, { command, events: ok.events });
              register(pools, command);
            } else {
              expect(after, "no events, no change").toBe(before);
            }
            for (const event of ok.events) same(event.postings.reduce((s, p) => s + p.points, 0), 0, `event ${event.seq} postings sum to 0`);
          }
          if (command.type === "expire" && !expected.duplicate) {
            const again = ledger.execute({ id: `${command.id}-again`, type: "expire", ...(command.memberId === undefined ? {} : { memberId: command.memberId }) }, { now: new Date(now).toISOString() });
            expect(again.ok && again.events.length, "expiring twice = expiring once").toBe(0);
            expect(json(ledger.snapshot())).toBe(after);
          }
        }
        previous = after;
        if (typeof outcome !== "string" && outcome.ok && !outcome.duplicate) programme += programmeOutstanding(outcome.events);
        checkState(ledger, oracle, neverNegative, programme);
        if (i === snapshotAt || snapshot === null) snapshot = ledger.snapshot();
        if (i % 15 === 14) {
          const replayed = PointsLedger.replay(program, JSON.parse(json(ledger.events())) as PointsEvent[]);
          expect(json(replayed.snapshot()), "replay rebuilds the state").toBe(json(ledger.snapshot()));
        }
      });

      same(programmeOutstanding(ledger.events()), programme, "−Σ programme accounts over the whole log");
      // the ledger knows exactly the oracle's members (in first-seen order)
      const members = StringList.unpack(ledger.snapshot().memberIds);
      expect(members.slice(0, members.length), "members").toEqual(oracle.memberIds());
      const replayed = PointsLedger.replay(program, JSON.parse(json(ledger.events())) as PointsEvent[]);
      expect(json(replayed.snapshot()), "replay rebuilds the state").toBe(json(ledger.snapshot()));
      // restore from the snapshot taken at a random step, with the events after it
      const snap = JSON.parse(json(snapshot ?? ledger.snapshot())) as PointsSnapshot;
      const restored = PointsLedger.restore(program, snap, JSON.parse(json(ledger.events().slice(snap.seq))) as PointsEvent[]);
      expect(json(restored.snapshot()), "restore + later events rebuilds the state").toBe(json(ledger.snapshot()));

      // a retried command is still recognised after replay and restore
      // (a restored ledger holds only the events after its snapshot: for a command before it, the
      // duplicate carries the original result but no events)
      for (const [id, { command, events }] of [...firstEvents].slice(0, 4)) {
        const original = ledger.execute(command, { now: new Date(now).toISOString() });
        for (const [label, rebuilt] of [["replay", replayed], ["restore", restored]] as const) {
          const again = rebuilt.execute(command, { now: new Date(now).toISOString() });
          expect(again.ok && again.duplicate, `${id} is a duplicate after ${label}`).toBe(true);
          expect(json(again.ok ? again.result : null), `${id}: same result after ${label}`).toBe(json(original.ok ? original.result : null));
          const kept = label === "replay" || (events[0] as PointsEvent).seq > snap.seq;
          expect(json(again.ok ? again.events : null), `${id}: same events after ${label}`).toBe(json(kept ? events : []));
        }
      }

      // balances as of earlier instants
      const instants = [...new Set(ledger.events().map((e) => Date.parse(e.at)))];
      for (const t of instants) {
        for (const m of oracle.memberIds()) {
          for (const asOf of [t - 1, t]) {
            expect(ledger.balance(m, { asOf: new Date(asOf).toISOString() }), `${m} as of ${new Date(asOf).toISOString()}`).toEqual(oracle.balanceAt(m, asOf));
          }
        }
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${message}\n  programme: ${json(program)}\n  commands (${log.length}):\n${log.map((l) => `    ${json(l)}`).join("\n")}`, { cause: error });
    }
  };
}

describe("PointsLedger laws (random command sequences against ledgerOracle)", () => {
  afterAll(() => {
    if (process.env["LAWS_VERBOSE"] !== undefined) {
      console.info("outcomes:", Object.fromEntries([...seen].sort()));
    }
  });
  for (const { name, seed, program } of PROGRAMS) {
    it(`agrees with the oracle and keeps its invariants: ${name}`, () => {
      fc.assert(fc.property(scenarioArb, scenario(program)), { seed, numRuns: RUNS });
    });
  }
});
