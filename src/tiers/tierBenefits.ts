import { invalidArgument } from "../_lib/invalidArgument.js";
import { readTierProgram } from "./readTierProgram.js";
import type { TierBenefits, TierProgram } from "./TierProgram.js";
import type { TierProgramInput } from "./TierProgramInput.js";

/**
 * What a tier gives: its earn multiplier (a decimal string, the factor an earning rule of
 * `patronage/points` takes for the member's tier), whether points stop expiring, and its perks.
 *
 * @param program - the tier programme (parsed once per object).
 * @param tierId - one of its tiers.
 * @throws {@link index!PatronageError} `INVALID_CONFIG` for a bad programme; `INVALID_ARGUMENT`
 *   naming `tierId` for a tier the programme does not have.
 *
 * @example
 * ```ts
 * import { tierBenefits } from "patronage/tiers";
 *
 * const program = {
 *   id: "stars",
 *   timeZone: "America/New_York",
 *   tiers: [
 *     { id: "green", rank: 0 },
 *     { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] }, benefits: { earnMultiplier: "1.2", pointsNeverExpire: true } },
 *   ],
 * };
 * tierBenefits(program, "gold"); //=> { earnMultiplier: "1.2", pointsNeverExpire: true, perks: [] }
 * tierBenefits(program, "green").earnMultiplier; //=> "1"
 * ```
 */
export function tierBenefits(program: TierProgramInput | TierProgram, tierId: string): TierBenefits {
  const tiers = readTierProgram(program).tiers;
  const tier = tiers.find((t) => t.id === tierId);
  if (tier === undefined) throw invalidArgument("tierId", tierId, `one of the programme's tiers (${tiers.map((t) => JSON.stringify(t.id)).join(", ")})`);
  return tier.benefits;
}
