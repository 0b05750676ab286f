import { bench, describe } from "vitest";
import { PointsLedger } from "../src/points/PointsLedger.js";
import type { PointsEvent } from "../src/points/PointsEvent.js";
import { benchCommands, benchProgram } from "./pointsWorkload.js";

// The workload of bench/pointsWorkload.ts (deterministic). Setup, not timed: 100,000 commands of
// 10,000 members for `execute`; the event log of 1,300,000 commands of 100,000 members (about
// 1,000,000 events after refusals), as plain JSON, for `replay`, `snapshot` and `restore`.
const small = benchCommands(100_000, 10_000);
const big = PointsLedger.create(benchProgram);
for (const { command, now } of benchCommands(1_300_000, 100_000, 7)) big.execute(command, { now: new Date(now) });
// Event by event: the whole log as one JSON text would exceed the longest string V8 allows.
const events: PointsEvent[] = big.events().map((event) => JSON.parse(JSON.stringify(event)) as PointsEvent);
const snapshotJson = JSON.stringify(big.snapshot());

describe(`points ledger (${events.length} events, ${big.snapshot().memberIds.length} members)`, () => {
  bench("execute 100,000 mixed commands of 10,000 members", () => {
    const ledger = PointsLedger.create(benchProgram);
    for (const { command, now } of small) ledger.execute(command, { now: new Date(now) });
  }, { iterations: 5, warmupIterations: 1 });
  bench("replay the whole log", () => {
    PointsLedger.replay(benchProgram, events);
  }, { iterations: 5, warmupIterations: 1 });
  bench("snapshot of 100,000 members, to JSON text", () => {
    JSON.stringify(big.snapshot());
  }, { iterations: 5, warmupIterations: 1 });
  bench("restore 100,000 members, from JSON text", () => {
    PointsLedger.restore(benchProgram, JSON.parse(snapshotJson));
  }, { iterations: 5, warmupIterations: 1 });
});
