import { invalidArgument } from "../_lib/invalidArgument.js";
import { PatronageError } from "../PatronageError.js";
import type { LoyaltyBatchResult } from "./LoyaltyBatchResult.js";
import type { LoyaltyDistributionResult } from "./LoyaltyDistributionResult.js";
import { LOYALTY_LEVELS } from "./LOYALTY_LEVELS.js";
import type { LoyaltyLevelId } from "./LoyaltyLevelId.js";
import { readLevelId } from "./readLevelId.js";

function byLevel(values: ArrayLike<number>): Record<LoyaltyLevelId, number> {
  const out = {} as Record<LoyaltyLevelId, number>;
  for (const level of LOYALTY_LEVELS) out[level.id] = values[level.rank] as number;
  return out;
}

/**
 * Counts customers per loyalty level and their shares, from classifications
 * (`{ level }[]`, as {@link classifyLoyalty} returns them) or a {@link LoyaltyBatchResult}.
 *
 * @param results - the classified customers.
 * @returns the total, counts and shares per level, and the unscored batch rows.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `results[3].level` for an unknown
 *   level (or `results.level[3]` for a rank above 5 other than 255); `INSUFFICIENT_DATA` naming
 *   `results` when no customer is classified.
 *
 * @example
 * ```ts
 * import { loyaltyDistribution } from "patronage/loyalty";
 *
 * const d = loyaltyDistribution([{ level: "inertia" }, { level: "fanatic" }, { level: "inertia" }, { level: "none" }]);
 * d.counts.inertia; //=> 2
 * d.shares.inertia; //=> 0.5
 * d.shares.committed; //=> 0
 * d.total; //=> 4
 * ```
 */
export function loyaltyDistribution(results: readonly { readonly level: LoyaltyLevelId }[] | LoyaltyBatchResult): LoyaltyDistributionResult {
  const counts = new Float64Array(6);
  let unscored = 0;
  if (Array.isArray(results)) {
    for (let i = 0; i < results.length; i++) {
      const entry: unknown = results[i];
      const id = typeof entry === "object" && entry !== null ? (entry as { level?: unknown }).level : undefined;
      counts[readLevelId(id, `results[${i}].level`).rank]!++;
    }
  } else if (typeof results === "object" && results !== null && (results as LoyaltyBatchResult).level instanceof Uint8Array) {
    const level = (results as LoyaltyBatchResult).level;
    for (let i = 0; i < level.length; i++) {
      const rank = level[i]!;
      if (rank < 6) counts[rank]!++;
      else if (rank === 255) unscored++;
      else throw invalidArgument(`results.level[${i}]`, rank, "a rank from 0 to 5, or 255 (unscored)");
    }
  } else {
    throw invalidArgument("results", results, "an array of { level } or a LoyaltyBatchResult");
  }
  let total = 0;
  for (let r = 0; r < 6; r++) total += counts[r]!;
  if (total === 0) throw new PatronageError("INSUFFICIENT_DATA", "results holds no classified customer", { field: "results", value: results });
  const shares = counts.map((c) => c / total);
  return { total, counts: byLevel(counts), shares: byLevel(shares), unscored };
}
