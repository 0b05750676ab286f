import { bench, describe } from "vitest";
import { evaluateTier } from "../src/tiers/evaluateTier.js";
import type { TierActivityRow } from "../src/tiers/TierActivity.js";
import { lcg, TIERS_BENCH_PROGRAM as STARS } from "./tiersWorkload.js";

// The Starbucks-like programme (rolling 12 months, Gold at 500 stars, Reserve at 2,500, valid 12
// months) over 20,000 members of 10 rows each (200,000 rows), drawn deterministically (a 32-bit
// LCG): rows on random days of two years, 0–149 stars each. One evaluateTier call per member, as of
// 2026-12-01. The budget (1,000,000 members from 10,000,000 rows in ≤ 3 s) is measured
// on evaluateTierBatch by bench/tiersBuilt.ts.
const MEMBERS = 20_000;
const next = lcg();
const start = Date.UTC(2025, 0, 1);
const activity: TierActivityRow[][] = Array.from({ length: MEMBERS }, () =>
  Array.from({ length: 10 }, () => ({ at: new Date(start + Math.floor(next() * 700) * 86_400_000), points: Math.floor(next() * 150) })),
);
const asOf = new Date(Date.UTC(2026, 11, 1));
const joinedAt = new Date(start);

describe("tiers", () => {
  bench("evaluateTier, 20,000 members of 10 rows (Starbucks-like)", () => {
    for (const rows of activity) evaluateTier(STARS, rows, { asOf, joinedAt });
  }, { iterations: 3, warmupIterations: 1 });
});
