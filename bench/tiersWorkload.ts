import type { TierProgramInput } from "../src/tiers/index.js";

/** The tiers benches' programme: Starbucks-like, rolling 12 months, Gold at 500 stars, Reserve at 2,500, valid 12 months. */
export const TIERS_BENCH_PROGRAM: TierProgramInput = {
  id: "stars",
  timeZone: "America/New_York",
  tiers: [
    { id: "green", rank: 0 },
    { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] } },
    { id: "reserve", rank: 2, qualify: { criteria: [{ metric: "points", atLeast: 2500 }] } },
  ],
  window: { type: "rolling", months: 12 },
  validity: { type: "months", months: 12 },
};

/** A deterministic draw in [0, 1): a 32-bit LCG (no Math.random). */
export function lcg(seed = 20261122): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}
