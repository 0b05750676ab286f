import { bench, describe } from "vitest";
import { classifyLoyaltyBatch } from "../src/loyalty/classifyLoyaltyBatch.js";
import type { LoyaltyColumns } from "../src/loyalty/LoyaltyColumns.js";

// 1,000,000 customers generated deterministically (a 32-bit LCG, no Math.random): a 365-day
// window, 0–29 purchases, recency 0–364 days (NaN, as the rules require, when purchases is 0),
// share of wallet (NaN for half),
// recommend 0–10, satisfaction 1–5, repurchase intent (NaN for a third), incentive share,
// referrals 0–2 (NaN for a quarter). All columns Float64Array.
const N = 1_000_000;
let seed = 20261122;
function next(): number {
  seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
  return seed / 4_294_967_296;
}
function column(make: () => number): Float64Array {
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) out[i] = make();
  return out;
}
const purchases = column(() => Math.floor(next() * 30));
const rows: LoyaltyColumns = {
  purchases,
  windowDays: column(() => 365),
  daysSinceLastPurchase: Float64Array.from(purchases, (k) => (k === 0 ? NaN : Math.floor(next() * 365))),
  shareOfWallet: column(() => (next() < 0.5 ? NaN : next())),
  recommend: column(() => Math.floor(next() * 11)),
  satisfaction: column(() => 1 + Math.floor(next() * 5)),
  repurchaseIntent: column(() => (next() < 0.33 ? NaN : next())),
  incentiveShare: column(() => next()),
  referrals: column(() => (next() < 0.25 ? NaN : Math.floor(next() * 3))),
};

// The same data as plain arrays, missing values as null (what JSON gives).
const arrays: LoyaltyColumns = Object.fromEntries(
  Object.entries(rows).map(([name, column]) => [name, Array.from(column as Float64Array, (v) => (Number.isNaN(v) ? null : v))]),
);

describe("classifyLoyaltyBatch, 1,000,000 customers", () => {
  bench("Float64Array columns, default model", () => {
    classifyLoyaltyBatch(rows);
  }, { iterations: 10, warmupIterations: 2 });
  bench("Float64Array columns, fixed 60-day half-life", () => {
    classifyLoyaltyBatch(rows, { behaviour: { recencyHalfLifeDays: 60 } });
  }, { iterations: 10, warmupIterations: 2 });
  bench("plain arrays with null, default model", () => {
    classifyLoyaltyBatch(arrays);
  }, { iterations: 10, warmupIterations: 2 });
});
