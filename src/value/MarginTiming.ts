/**
 * When the margins of a customer are received within each period, and so how they are discounted.
 *
 * - `"end"`: at the end of each period. The first margin arrives at the end of period 1, after
 *   one retention draw, and is discounted by one period: the k-th margin is weighted by
 *   r^k / (1 + i)^k. This is the convention of Gupta & Lehmann's m·r / (1 + i − r).
 * - `"start"`: at the start of each period. The first margin is received now, for certain and
 *   undiscounted: the k-th margin is weighted by r^(k−1) / (1 + i)^(k−1), giving
 *   m·(1 + i) / (1 + i − r) for an infinite horizon.
 *
 * For the same inputs the two differ by exactly the factor (1 + i) / r ("start" = "end" ×
 * (1 + i) / r when r > 0), about 24 % for r = 0.9 and i = 0.12, so the library never picks one
 * silently: every function that discounts margins takes it as a required option.
 */
export type MarginTiming = "end" | "start";
