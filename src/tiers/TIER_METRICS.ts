/**
 * The metrics every tier programme knows — qualifying points, spend (in the programme's currency),
 * orders and visits; a programme declares any others it counts in `metrics` (nights, flights,
 * segments …). Activity rows carry them by name, negative for reversals.
 *
 * @example
 * ```ts
 * import { TIER_METRICS } from "patronage/tiers";
 *
 * TIER_METRICS; //=> ["points", "spend", "orders", "visits"]
 * ```
 */
export const TIER_METRICS = ["points", "spend", "orders", "visits"] as const;
