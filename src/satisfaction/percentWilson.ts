import type { Interval } from "./Interval.js";
import { wilsonInterval } from "./wilsonInterval.js";

/**
 * The two-sided Wilson interval of `count` of `n` in percentage points, the scale of a top-box or
 * "easy" score 100·count/n. The bounds are widened to hold `score` when 100·(x/n) and (100·x)/n round
 * apart by one ulp, so lower ≤ score ≤ upper always.
 *
 * @internal
 */
export function percentWilson(count: number, n: number, score: number, confidence: number): Interval {
  const share = wilsonInterval(count, n, { confidence });
  return { lower: Math.min(100 * share.lower, score), upper: Math.max(100 * share.upper, score), confidence, method: "wilson" };
}
