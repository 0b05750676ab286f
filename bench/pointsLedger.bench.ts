import { bench, describe } from "vitest";
import type { PointsEvent } from "../src/points/PointsEvent.js";
import type { PointsSnapshot } from "../src/points/PointsSnapshot.js";
import { PointsLedger } from "../src/points/PointsLedger.js";
import { benchCommands, benchProgram } from "./pointsWorkload.js";

// The workload of bench/pointsWorkload.ts (deterministic). Setup, not timed: 100,000 commands of
// 10,000 members for `execute`; for `replay`, `snapshot` and `restore`, the log and state of
// COMMANDS commands of MEMBERS members (default 100,000 and 10,000: about 77,000 events). The
// issue's scale, 1,300,000 commands of 100,000 members (about 1,000,000 events), needs a larger
// heap: POINTS_BENCH_COMMANDS=1300000 POINTS_BENCH_MEMBERS=100000
// NODE_OPTIONS=--max-old-space-size=12000 npx vitest bench --run bench/pointsLedger.bench.ts
const COMMANDS = Number(process.env["POINTS_BENCH_COMMANDS"] ?? 100_000);
const MEMBERS = Number(process.env["POINTS_BENCH_MEMBERS"] ?? 10_000);
const small = benchCommands(100_000, 10_000);
const big = PointsLedger.create(benchProgram);
for (const { command, now } of benchCommands(COMMANDS, MEMBERS, 7)) big.execute(command, { now: new Date(now) });
// Event by event: a log of a million events as one JSON text would exceed V8's longest string.
const events: PointsEvent[] = big.events().map((event) => JSON.parse(JSON.stringify(event)) as PointsEvent);
const snapshotJson = JSON.stringify(big.snapshot());
const snapshotValue = JSON.parse(snapshotJson) as PointsSnapshot;

const members = new Set(events.map((event) => event.memberId)).size;

describe(`points ledger (log of ${events.length} events, ${members} members)`, () => {
  bench("execute 100,000 mixed commands of 10,000 members", () => {
    const ledger = PointsLedger.create(benchProgram);
    for (const { command, now } of small) ledger.execute(command, { now: new Date(now) });
  }, { iterations: 5, warmupIterations: 1 });
  bench("replay the log", () => {
    PointsLedger.replay(benchProgram, events);
  }, { iterations: 5, warmupIterations: 1 });
  bench("replay the log, keepEvents: false", () => {
    PointsLedger.replay(benchProgram, events, { keepEvents: false });
  }, { iterations: 5, warmupIterations: 1 });
  bench("snapshot, to JSON text", () => {
    JSON.stringify(big.snapshot());
  }, { iterations: 5, warmupIterations: 1 });
  bench("restore, from JSON text", () => {
    PointsLedger.restore(benchProgram, JSON.parse(snapshotJson));
  }, { iterations: 5, warmupIterations: 1 });
  bench("snapshot alone (the plain JSON value)", () => {
    big.snapshot();
  }, { iterations: 5, warmupIterations: 1 });
  bench("restore alone (from the parsed value)", () => {
    PointsLedger.restore(benchProgram, snapshotValue);
  }, { iterations: 5, warmupIterations: 1 });
});
