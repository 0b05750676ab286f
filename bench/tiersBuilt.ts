// The tiers budget on the built library: `npx tsup && node --import tsx bench/tiersBuilt.ts`.
// 1,000,000 members from 10,000,000 rows (TIERS_BENCH_MEMBERS sets the members, ten rows each),
// drawn deterministically (a 32-bit LCG): rows on random days of two years at 15:00 UTC, 0–149
// stars each, in random order (the budget's case), then the same rows in time order. The
// Starbucks-like programme (rolling 12 months, Gold at 500, Reserve at 2,500, valid 12 months),
// evaluated with evaluateTierBatch as of 2026-12-01. Median of 3 runs after one warm-up.
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type * as Tiers from "../src/tiers/index.js";
import { lcg, TIERS_BENCH_PROGRAM as STARS } from "./tiersWorkload.js";

const built = new URL("../dist/tiers/index.js", import.meta.url);
if (!existsSync(built)) throw new Error("build first: npx tsup");
const { evaluateTierBatch } = (await import(pathToFileURL(built.pathname).href)) as typeof Tiers;

const MEMBERS = Number(process.env["TIERS_BENCH_MEMBERS"] ?? 1_000_000);
const ROWS = MEMBERS * 10;
const next = lcg();
const start = Date.UTC(2025, 0, 1);
const member = new Int32Array(ROWS);
const at = new Float64Array(ROWS);
const points = new Float64Array(ROWS);
for (let i = 0; i < ROWS; i++) {
  member[i] = Math.floor(next() * MEMBERS);
  at[i] = start + Math.floor(next() * 700) * 86_400_000 + 15 * 3_600_000;
  points[i] = Math.floor(next() * 150);
}
// the same rows in time order (as an append-only log gives them): a counting sort by day, stable
const dayOf = (i: number): number => Math.floor(((at[i] as number) - start) / 86_400_000);
const byDay = new Int32Array(701);
for (let i = 0; i < ROWS; i++) byDay[dayOf(i) + 1] = (byDay[dayOf(i) + 1] as number) + 1;
for (let d = 0; d < 700; d++) byDay[d + 1] = (byDay[d + 1] as number) + (byDay[d] as number);
const ordered = { member: new Int32Array(ROWS), at: new Float64Array(ROWS), points: new Float64Array(ROWS) };
for (let i = 0; i < ROWS; i++) {
  const place = byDay[dayOf(i)] as number;
  byDay[dayOf(i)] = place + 1;
  ordered.member[place] = member[i] as number;
  ordered.at[place] = at[i] as number;
  ordered.points[place] = points[i] as number;
}

/** The median of 3 runs after one warm-up, and the last result. */
function measure(columns: Tiers.TierBatchColumns): [number, Tiers.TierBatchResult] {
  const run = (): Tiers.TierBatchResult => evaluateTierBatch(STARS, columns, { asOf: "2026-12-01", joinedAt: "2025-01-01", members: MEMBERS });
  let result = run();
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    result = run();
    times.push(performance.now() - t);
  }
  return [times.sort((a, b) => a - b)[1] as number, result];
}

for (const [order, columns] of [
  ["in random order", { member, at, metrics: { points } }],
  ["in time order", { member: ordered.member, at: ordered.at, metrics: { points: ordered.points } }],
] as const) {
  const [median, result] = measure(columns);
  const counts = result.tiers.map((tier, level) => `${tier} ${result.level.filter((l) => l === level).length}`);
  process.stdout.write(`evaluateTierBatch, ${MEMBERS} members from ${ROWS} rows ${order}: ${median.toFixed(0)} ms (${((median / MEMBERS) * 1000).toFixed(2)} µs per member); ${counts.join(", ")}\n`);
}
