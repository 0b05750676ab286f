// The points workloads on the built library, as a user runs it: `npx tsup && node --import tsx
// bench/pointsBuilt.ts` (vitest bench runs the TypeScript sources through Vite's module transform,
// which adds about 0.8 µs per order). Medians of 5 runs after one warm-up. POINTS_BENCH_COMMANDS and
// POINTS_BENCH_MEMBERS set the scale of the replay, snapshot and restore log (default 100,000 and
// 10,000; the 1,300,000 and 100,000 need NODE_OPTIONS=--max-old-space-size=12000).
import type * as Points from "../src/points/index.js";
import { COMMANDS, MEMBERS, PointsLedger, median } from "./builtPoints.js";
import { benchCommands, benchProgram } from "./pointsWorkload.js";

const small = benchCommands(100_000, 10_000);
const execute = median(() => {
  const ledger = PointsLedger.create(benchProgram);
  for (const { command, now } of small) ledger.execute(command, { now: new Date(now) });
});
let big: Points.PointsLedger | null = PointsLedger.create(benchProgram);
for (const { command, now } of benchCommands(COMMANDS, MEMBERS, 7)) big.execute(command, { now: new Date(now) });
let events: Points.PointsEvent[] | null = big.events().map((event) => JSON.parse(JSON.stringify(event)) as Points.PointsEvent);
big = null;
const count = events.length;
const replay = median(() => PointsLedger.replay(benchProgram, events ?? []));
const replayLean = median(() => PointsLedger.replay(benchProgram, events ?? [], { keepEvents: false }));
// Snapshot and restore a ledger that does not keep its events, with the log let go: the heap then
// holds the state alone, as in a host that keeps its log in a database.
const lean = PointsLedger.replay(benchProgram, events, { keepEvents: false });
events = null;
const snapshot = median(() => lean.snapshot());
const stringify = median(() => JSON.stringify(lean.snapshot()));
const text = JSON.stringify(lean.snapshot());
const parsed = JSON.parse(text) as Points.PointsSnapshot;
const restore = median(() => PointsLedger.restore(benchProgram, parsed, [], { keepEvents: false }));
const parseRestore = median(() => PointsLedger.restore(benchProgram, JSON.parse(text) as Points.PointsSnapshot, [], { keepEvents: false }));
const ms = (value: number): string => `${value.toFixed(0)} ms`;
process.stdout.write(
  `execute 100,000 mixed commands of 10,000 members: ${ms(execute)} (${(execute / 100).toFixed(1)} µs per command)\n` +
    `replay ${count} events: ${ms(replay)} (${((replay / count) * 1000).toFixed(2)} µs per event); keepEvents false: ${ms(replayLean)} (${((replayLean / count) * 1000).toFixed(2)} µs per event)\n` +
    `snapshot: ${ms(snapshot)}; to JSON text ${ms(stringify)} (${(text.length / 1e6).toFixed(1)} MB)\n` +
    `restore: ${ms(restore)}; from JSON text ${ms(parseRestore)} (keepEvents false, the log let go)\n`,
);
