import { invalidArgument } from "../_lib/invalidArgument.js";
import { readTierProgram } from "./readTierProgram.js";
import type { TierDistributionResult } from "./TierDistributionResult.js";
import type { TierEvaluation } from "./TierEvaluation.js";
import type { TierProgram } from "./TierProgram.js";
import type { TierProgramInput } from "./TierProgramInput.js";

/**
 * How many members hold each tier of a programme, from their evaluations (or their tier ids):
 * every tier of the programme appears, lowest rank first, with its count and share.
 *
 * @param program - the tier programme.
 * @param results - {@link evaluateTier} results, or tier ids.
 * @throws {@link index!PatronageError} `INVALID_CONFIG` for a bad programme; `INVALID_ARGUMENT`
 *   naming `results[i]` for a tier the programme does not have.
 *
 * @example
 * ```ts
 * import { tierDistribution } from "patronage/tiers";
 *
 * const program = {
 *   id: "stars",
 *   timeZone: "UTC",
 *   tiers: [
 *     { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] } },
 *     { id: "green", rank: 0 },
 *   ],
 * };
 * tierDistribution(program, ["green", "gold", "green", "green"]);
 * //=> { total: 4, tiers: [{ tier: "green", rank: 0, count: 3, share: 0.75 }, { tier: "gold", rank: 1, count: 1, share: 0.25 }] }
 * ```
 */
export function tierDistribution(program: TierProgramInput | TierProgram, results: readonly (TierEvaluation | string)[]): TierDistributionResult {
  const tiers = [...readTierProgram(program).tiers].sort((a, b) => a.rank - b.rank);
  if (!Array.isArray(results)) throw invalidArgument("results", results, "an array of tier evaluations or tier ids");
  const counts = new Map<string, number>(tiers.map((t) => [t.id, 0]));
  results.forEach((result, i) => {
    const tier = typeof result === "string" ? result : (result as TierEvaluation | null)?.tier;
    const count = typeof tier === "string" ? counts.get(tier) : undefined;
    if (count === undefined) throw invalidArgument(`results[${i}]`, result, "a tier evaluation or a tier id of the programme");
    counts.set(tier as string, count + 1);
  });
  const total = results.length;
  return {
    total,
    tiers: tiers.map((t) => {
      const count = counts.get(t.id) as number;
      return { tier: t.id, rank: t.rank, count, share: total === 0 ? 0 : count / total };
    }),
  };
}
