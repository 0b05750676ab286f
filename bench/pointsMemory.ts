// Memory per lot of a replayed ledger: `node --expose-gc --import tsx bench/pointsMemory.ts`.
// Heap growth from replaying the log of bench/pointsWorkload.ts (1,300,000 commands of 100,000
// members), divided by the lots it holds; the events themselves are counted separately.
import { PointsLedger } from "../src/points/PointsLedger.js";
import type { PointsEvent } from "../src/points/PointsEvent.js";
import { benchCommands, benchProgram } from "./pointsWorkload.js";

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with node --expose-gc");
const source = PointsLedger.create(benchProgram);
for (const { command, now } of benchCommands(1_300_000, 100_000, 7)) source.execute(command, { now: new Date(now) });
const text = JSON.stringify(source.events());
gc();
const base = process.memoryUsage().heapUsed;
const events: PointsEvent[] = JSON.parse(text);
gc();
const withEvents = process.memoryUsage().heapUsed;
const ledger = PointsLedger.replay(benchProgram, events);
gc();
const after = process.memoryUsage().heapUsed;
const lots = ledger.snapshot().lotIds.length;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;
process.stdout.write(
  `${events.length} events (${mb(withEvents - base)}, ${((withEvents - base) / events.length).toFixed(0)} B each); ` +
    `state ${mb(after - withEvents)} for ${lots} lots: ${((after - withEvents) / lots).toFixed(0)} B per lot, ` +
    `all state included (maps of lots, orders, holds, redemptions, commands)\n`,
);
