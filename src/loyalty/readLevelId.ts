import { invalidArgument } from "../_lib/invalidArgument.js";
import { LOYALTY_LEVELS } from "./LOYALTY_LEVELS.js";
import type { LoyaltyLevel } from "./LoyaltyLevel.js";

/**
 * The {@link LoyaltyLevel} of an id, or `INVALID_ARGUMENT` naming `field`.
 *
 * @internal
 */
export function readLevelId(level: unknown, field: string): LoyaltyLevel {
  const found = LOYALTY_LEVELS.find((l) => l.id === level);
  if (found === undefined) {
    throw invalidArgument(field, level, '"none", "inertia", "mercenary", "latent", "committed" or "fanatic"');
  }
  return found;
}
