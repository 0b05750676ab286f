/**
 * A year of a coffee shop's points programme, on simulated members: `npx tsx examples/points-program.ts`.
 *
 * 1 point per yuan, beans count double, 100 points on the birthday week; points stay pending for
 * 7 days (the return window) and expire Starbucks-style, six months after the month they were
 * earned. A reward (a free drink) costs 150 points: the till holds them, then captures or releases
 * the hold — and a forgotten hold times out. Refunds take the points of the refunded line back.
 * Every night an `activate` run, every first of the month an `expire` run. At the end: the
 * liability report, the expiry schedule, one member's statement, and a replay + snapshot/restore
 * check. Imports use the package's own subpaths, exactly as an application would.
 */
import { pathToFileURL } from "node:url";
import {
  PointsLedger,
  type PointsCommand,
  type PointsEvent,
  type PointsLiability,
  type PointsOutcome,
  type PointsProgramInput,
  type PointsSnapshot,
} from "patronage/points";
import { SIMULATED_COFFEE_SHOP, simulatedCoffeeShop, type CoffeeMember } from "./data/simulatedCoffeeShop.js";

/** The programme. */
export const COFFEE_PROGRAM = {
  id: "coffee-2026",
  timeZone: "Asia/Shanghai",
  currency: "CNY",
  earnRules: [
    { id: "base", type: "spend", rate: { points: 1, per: 1 } },
    { id: "beans-x2", type: "multiplier", factor: "2", appliesTo: { categories: ["beans"] } },
    { id: "birthday", type: "event", event: "birthday", points: 100, windowDays: 7 },
  ],
  expiry: { type: "monthsAfterEarnMonth", months: 6 },
  lockDays: 7,
  holdTimeoutMinutes: 15,
} as const satisfies PointsProgramInput;

/** A free drink. */
export const REWARD_POINTS = 150;
/** What a point is worth to the shop (a 150-point drink costs it about CNY 15), and the share expected to be redeemed. */
export const VALUE_PER_POINT = "0.10";
export const EXPECTED_REDEMPTION_RATE = "0.7";

/** The key figures of the run (the test checks them). */
export interface CoffeeYearFigures {
  readonly members: number;
  readonly visits: number;
  readonly commands: number;
  readonly events: number;
  readonly refusals: Readonly<Record<string, number>>;
  readonly issued: number;
  readonly redeemed: number;
  readonly expired: number;
  readonly reversed: number;
  /** Points refunds asked back, and the part already spent (left with the members). */
  readonly refunds: { readonly asked: number; readonly kept: number };
  readonly outstanding: { readonly available: number; readonly pending: number; readonly held: number; readonly debt: number; readonly total: number };
  readonly grossValue: string;
  readonly liability: string;
  readonly expiryMonths: readonly { readonly month: string; readonly points: number }[];
  readonly statementMember: string;
  readonly replayMatches: boolean;
  readonly restoreMatches: boolean;
}

/** A priority queue of steps by time; steps at the same time run in the order they were added. */
class Agenda {
  readonly #heap: { at: number; seq: number; run: () => void }[] = [];
  #seq = 0;

  add(at: number, run: () => void): void {
    const heap = this.#heap;
    heap.push({ at, seq: this.#seq++, run });
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.#less(i, parent)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  run(): void {
    const heap = this.#heap;
    while (heap.length > 0) {
      const top = heap[0]!;
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        for (let i = 0; ; ) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < heap.length && this.#less(l, m)) m = l;
          if (r < heap.length && this.#less(r, m)) m = r;
          if (m === i) break;
          [heap[i], heap[m]] = [heap[m]!, heap[i]!];
          i = m;
        }
      }
      top.run();
    }
  }

  #less(i: number, j: number): boolean {
    const a = this.#heap[i]!;
    const b = this.#heap[j]!;
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }
}

const TZ = SIMULATED_COFFEE_SHOP.timeZone;
const localDate = new Intl.DateTimeFormat("en-CA", { timeZone: TZ, year: "numeric", month: "2-digit", day: "2-digit" });
const localTime = new Intl.DateTimeFormat("en-GB", { timeZone: TZ, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const day = (at: string | number | Date): string => localDate.format(new Date(at));
/** Local midnight of a date in Asia/Shanghai (UTC+8, no daylight saving time). */
const midnight = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) - 8 * 3_600_000;
const num = (x: number): string => x.toLocaleString("en-US");

/** Whether the visit's local date lies in the 7 days starting at the birthday (this year's). */
function inBirthdayWeek(member: CoffeeMember, at: Date): boolean {
  const [y, m, d] = day(at).split("-").map(Number) as [number, number, number];
  const [bm, bd] = member.birthday.split("-").map(Number) as [number, number];
  const offset = (Date.UTC(y, m - 1, d) - Date.UTC(y, bm - 1, bd)) / 86_400_000;
  return offset >= 0 && offset < 7;
}

/**
 * Runs the year and returns its key figures; with `print`, shows the tables.
 */
export function main(options: { readonly print?: boolean } = {}): CoffeeYearFigures {
  const print = options.print ?? true;
  const out = (text = ""): void => {
    if (print) console.log(text);
  };
  const data = simulatedCoffeeShop();
  const members = new Map(data.members.map((m) => [m.memberId, m]));
  const ledger = PointsLedger.create(COFFEE_PROGRAM);
  const log: PointsEvent[] = [];
  const refusals: Record<string, number> = {};
  const counts = new Map<string, number>();
  let commands = 0;
  let midYear: PointsSnapshot | null = null;

  const execute = (command: PointsCommand, at: number): PointsOutcome => {
    commands++;
    const version = ledger.version;
    const outcome = ledger.execute(command, { now: new Date(at) });
    if (!outcome.ok) {
      refusals[`${command.type} ${outcome.reason}`] = (refusals[`${command.type} ${outcome.reason}`] ?? 0) + 1;
      return outcome;
    }
    if (!outcome.duplicate && outcome.events.length > 0) {
      if (log.length !== version) throw new Error("the log and the ledger disagree");
      log.push(...outcome.events); // the host's atomic append
      counts.set(command.type, (counts.get(command.type) ?? 0) + 1);
    }
    return outcome;
  };

  // The agenda: nightly activation, monthly expiry, visits, till actions and refunds, run in time
  // order from a priority queue (ties: in the order they were scheduled).
  const agenda = new Agenda();
  const year = SIMULATED_COFFEE_SHOP.year;
  const monthly: PointsLiability[] = [];
  let monthStart = midnight(year, 1, 1) - 1;
  for (let t = midnight(year, 1, 2); t <= midnight(year + 1, 1, 1); t += 86_400_000) {
    const date = day(t);
    if (date.endsWith("-01")) {
      // The month's report, at its last millisecond: the ledger's current state, so it is cheap.
      const from = monthStart;
      agenda.add(t - 1, () => {
        monthly.push(ledger.liability({ asOf: new Date(t - 1), from: new Date(from), valuePerPoint: VALUE_PER_POINT, expectedRedemptionRate: EXPECTED_REDEMPTION_RATE }));
      });
      monthStart = t - 1;
    }
    agenda.add(t, () => void execute({ id: `activate-${date}`, type: "activate" }, t));
    if (date.endsWith("-01")) {
      agenda.add(t, () => {
        execute({ id: `expire-${date.slice(0, 7)}`, type: "expire" }, t);
        if (date === `${year}-07-01`) midYear = JSON.parse(JSON.stringify(ledger.snapshot())) as PointsSnapshot;
      });
    }
  }
  for (const visit of data.visits) {
    const at = visit.at.getTime();
    const member = members.get(visit.memberId) as CoffeeMember;
    agenda.add(at, () => {
      if (visit.wantsReward && ledger.balance(visit.memberId).available >= REWARD_POINTS) {
        const holdId = `hold-${visit.orderId}`;
        const held = execute({ id: holdId, type: "hold", memberId: visit.memberId, points: REWARD_POINTS }, at);
        if (held.ok) {
          // At the till: 90 % pay (capture), 7 % change their mind (release), 3 % are served only
          // after 20 minutes, when the 15-minute hold has timed out (the capture is refused, and
          // the next expire run gives the points back).
          const till = visit.tillRoll < 0.97 ? (visit.tillRoll < 0.9 ? "capture" : "release") : "capture";
          const delay = (visit.tillRoll < 0.97 ? 2 : 20) * 60_000;
          agenda.add(at + delay, () => void execute({ id: `${till}-${visit.orderId}`, type: till, holdId }, at + delay));
        }
      }
      execute({ id: `earn-${visit.orderId}`, type: "earn", memberId: visit.memberId, order: { orderId: visit.orderId, lines: visit.lines } }, at);
      if (inBirthdayWeek(member, visit.at)) {
        execute({ id: `birthday-${visit.orderId}`, type: "award", memberId: visit.memberId, event: "birthday", birthday: member.birthday }, at);
      }
    });
  }
  const refunds = { asked: 0, kept: 0 };
  for (const refund of data.refunds) {
    const at = refund.at.getTime();
    agenda.add(at, () => {
      const outcome = execute({ id: `refund-${refund.lineId}`, type: "reverseEarn", orderId: refund.orderId, lines: [{ lineId: refund.lineId }] }, at);
      if (outcome.ok) {
        refunds.asked += outcome.result.points;
        refunds.kept += outcome.result.shortfall;
      }
    });
  }
  agenda.run();

  // ── the year in figures ─────────────────────────────────────────────────────────────────────
  out(`${COFFEE_PROGRAM.id}: ${data.members.length} members, ${num(data.visits.length)} visits, ${num(data.refunds.length)} refunded lines in ${year}`);
  out(`rules: 1 point per CNY 1 · beans ×2 · birthday week +100 · 7-day lock · expiry 6 months after the earn month · reward ${REWARD_POINTS} points`);
  out();
  out("commands that took effect, and refusals (refusals store nothing)");
  for (const [type, n] of [...counts].sort((a, b) => b[1] - a[1])) out(`  ${type.padEnd(12)} ${num(n).padStart(7)}`);
  for (const [key, n] of Object.entries(refusals).sort((a, b) => b[1] - a[1])) out(`  ${key.padEnd(32)} ${num(n).padStart(5)} refused`);
  out(`  ${num(commands)} commands → ${num(log.length)} events`);
  out(`  refunds asked back ${num(refunds.asked)} points; ${num(refunds.kept)} of them were already spent and stay with the members`);

  out();
  out("month      issued  redeemed   expired  reversed  outstanding   liability");
  monthly.forEach((r, i) => {
    const f = r.rollforward!;
    out(
      `${year}-${String(i + 1).padStart(2, "0")} ${num(f.issued).padStart(9)} ${num(f.redeemed).padStart(9)} ${num(f.expired).padStart(9)} ${num(f.reversed).padStart(9)} ${num(f.closing).padStart(12)} ${r.liability.padStart(11)}`,
    );
  });

  const report = ledger.liability({ from: new Date(midnight(year, 1, 1) - 1), valuePerPoint: VALUE_PER_POINT, expectedRedemptionRate: EXPECTED_REDEMPTION_RATE });
  const roll = report.rollforward!;
  out();
  out(`liability report as of ${day(report.asOf)} (value ${VALUE_PER_POINT} CNY a point, ${Number(EXPECTED_REDEMPTION_RATE) * 100} % expected to be redeemed)`);
  const o = report.outstanding;
  out(`  outstanding      available ${num(o.available)} · pending ${num(o.pending)} · held ${num(o.held)} · debt ${num(o.debt)} = ${num(o.total)} points`);
  out(`  rollforward      ${num(roll.opening)} + ${num(roll.issued)} issued − ${num(roll.redeemed)} redeemed − ${num(roll.expired)} expired − ${num(roll.reversed)} reversed = ${num(roll.closing)}`);
  out(`  value            gross CNY ${report.grossValue} · breakage-adjusted liability CNY ${report.liability}`);
  out(`  by earn month    ${report.byEarnMonth.map((x) => `${x.month.slice(5)}: ${num(x.points)}`).join(" · ")}`);

  const schedule = ledger.expirySchedule();
  out();
  out("expiry schedule (the month in which the points are gone)");
  for (const { month, points } of schedule.months) out(`  ${month}   ${num(points).padStart(8)} points`);

  // One member's statement: a member with at most 36 entries and the most kinds of events.
  let statementMember = data.members[0]!.memberId;
  let best = -1;
  for (const m of data.members) {
    const entries = ledger.statement(m.memberId).entries;
    const score = entries.length > 36 ? -1 : new Set(entries.map((e) => e.type)).size * 100 - entries.length;
    if (score > best) [best, statementMember] = [score, m.memberId];
  }
  const statement = ledger.statement(statementMember);
  out();
  out(`statement of ${statementMember} (birthday ${members.get(statementMember)!.birthday}): changes of available, pending, held → balance`);
  let { available, pending, held } = statement.opening;
  const delta = (x: number): string => (x === 0 ? "" : x > 0 ? `+${x}` : `${x}`);
  for (const e of statement.entries) {
    available += e.available;
    pending += e.pending;
    held += e.held;
    out(
      `  ${day(e.at)} ${localTime.format(new Date(e.at))}  ${e.type.padEnd(13)} ${delta(e.available).padStart(6)} ${delta(e.pending).padStart(6)} ${delta(e.held).padStart(6)}   → ${available} / ${pending} / ${held}`,
    );
  }
  out(`  closing: available ${statement.closing.available}, pending ${statement.closing.pending}, held ${statement.closing.held}`);

  // Replay the stored log, and restore the mid-year snapshot with the events after it: the states match.
  const canonical = (l: PointsLedger): string => JSON.stringify(l.snapshot());
  const live = canonical(ledger);
  const replayMatches = canonical(PointsLedger.replay(COFFEE_PROGRAM, log)) === live;
  const snapshot = midYear as PointsSnapshot | null;
  if (snapshot === null) throw new Error("no mid-year snapshot");
  const restoreMatches = canonical(PointsLedger.restore(COFFEE_PROGRAM, snapshot, log.slice(snapshot.seq))) === live;
  out();
  out(`replay of ${num(log.length)} events: state ${replayMatches ? "matches" : "DIFFERS"}`);
  out(`restore of the ${day(snapshot.at!)} snapshot (seq ${num(snapshot.seq)}) + ${num(log.length - snapshot.seq)} later events: state ${restoreMatches ? "matches" : "DIFFERS"}`);

  return {
    members: data.members.length,
    visits: data.visits.length,
    commands,
    events: log.length,
    refusals,
    issued: roll.issued,
    redeemed: roll.redeemed,
    expired: roll.expired,
    reversed: roll.reversed,
    refunds,
    outstanding: report.outstanding,
    grossValue: report.grossValue,
    liability: report.liability,
    expiryMonths: schedule.months,
    statementMember,
    replayMatches,
    restoreMatches,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
