// The floor under a replay on this machine: the least any replay of the log must do — index the
// command ids (for retries and lot ids), the member ids and the order ids (for refunds), append
// each lot's member, amount and expiry to pre-sized arrays, and add up the member postings — and
// nothing else (no checks, no instants, no lines, holds or results). `npx tsup && node --import
// tsx bench/pointsReplayFloor.ts`, with the scale variables of bench/pointsBuilt.ts (the issue's
// scale: POINTS_BENCH_COMMANDS=1300000 POINTS_BENCH_MEMBERS=100000
// NODE_OPTIONS=--max-old-space-size=12000). Medians of 5 after one warm-up, beside the real replay.
import type * as Points from "../src/points/index.js";
import { StringIndex } from "../src/points/StringIndex.js";
import { COMMANDS, MEMBERS, PointsLedger, median } from "./builtPoints.js";
import { benchCommands, benchProgram } from "./pointsWorkload.js";

let ledger: Points.PointsLedger | null = PointsLedger.create(benchProgram);
for (const { command, now } of benchCommands(COMMANDS, MEMBERS, 7)) ledger.execute(command, { now: new Date(now) });
const events = ledger.events().map((event) => JSON.parse(JSON.stringify(event)) as Points.PointsEvent);
ledger = null;

let sink = 0;
const floor = median(() => {
  const commands = new StringIndex();
  const members = new StringIndex();
  const orders = new StringIndex();
  const lotMember = new Array<number>(2 * events.length).fill(0);
  const lotAmount = new Array<number>(2 * events.length).fill(0);
  const lotExpiry = new Array<string | null>(2 * events.length).fill(null);
  const balance = new Array<number>(MEMBERS).fill(0);
  let lots = 0;
  let last = "";
  for (const event of events) {
    const added = members.add(event.memberId);
    const m = added < 0 ? -1 - added : added;
    if (event.commandId !== last) commands.add(event.commandId);
    last = event.commandId;
    if (event.type === "earned" && event.orderId !== null) orders.add(event.orderId);
    if (event.type === "earned" || event.type === "awarded" || event.type === "adjusted" || event.type === "transferredIn" || event.type === "redemptionReversed") {
      for (const lot of event.lots) {
        lotMember[lots] = m;
        lotAmount[lots] = lot.amount;
        lotExpiry[lots] = lot.expiresAt;
        lots++;
      }
    }
    for (const posting of event.postings) if (posting.memberId !== undefined) balance[m] = (balance[m] as number) + posting.points;
  }
  sink += lots + commands.size + orders.size;
});
const replay = median(() => {
  sink += PointsLedger.replay(benchProgram, events, { keepEvents: false }).version;
});
const us = (ms: number): string => `${ms.toFixed(0)} ms (${((ms / events.length) * 1000).toFixed(2)} µs per event)`;
process.stdout.write(`${events.length} events: the floor ${us(floor)}; the replay (keepEvents false) ${us(replay)}\n`);
