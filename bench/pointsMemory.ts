// Memory per lot of a replayed ledger: `node --expose-gc --import tsx bench/pointsMemory.ts`.
// Heap growth from replaying the log of bench/pointsWorkload.ts (COMMANDS commands of MEMBERS
// members, default 100,000 and 10,000; the scale is POINTS_BENCH_COMMANDS=1300000
// POINTS_BENCH_MEMBERS=100000 with --max-old-space-size=12000), divided by the lots it holds; the
// events themselves are counted separately.
import { PointsLedger } from "../src/points/PointsLedger.js";
import type { PointsEvent } from "../src/points/PointsEvent.js";
import { benchCommands, benchProgram } from "./pointsWorkload.js";

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with node --expose-gc");
const source = PointsLedger.create(benchProgram);
const COMMANDS = Number(process.env["POINTS_BENCH_COMMANDS"] ?? 100_000);
const MEMBERS = Number(process.env["POINTS_BENCH_MEMBERS"] ?? 10_000);
for (const { command, now } of benchCommands(COMMANDS, MEMBERS, 7)) source.execute(command, { now: new Date(now) });
// One JSON text per event: a million events as one text would exceed V8's longest string.
const texts = source.events().map((event) => JSON.stringify(event));
// Typed-array columns live outside the JS heap: count them too.
const used = (): number => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
gc();
const base = used();
const events: PointsEvent[] = texts.map((text) => JSON.parse(text) as PointsEvent);
gc();
const withEvents = used();
const ledger = PointsLedger.replay(benchProgram, events);
gc();
const after = used();
let lots = 0;
for (const event of events) if (event.type !== "expired" && event.type !== "activated" && "lots" in event) lots += event.lots.length;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;
process.stdout.write(
  `${events.length} events (${mb(withEvents - base)}, ${((withEvents - base) / events.length).toFixed(0)} B each); ` +
    `state ${mb(after - withEvents)} for ${lots} lots: ${((after - withEvents) / lots).toFixed(0)} B per lot, ` +
    `all state included (columns and indexes of members, lots, orders, holds, redemptions, commands; ${ledger.version} events)\n`,
);
