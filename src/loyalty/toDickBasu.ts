import type { DickBasuLoyalty } from "./DickBasuLoyalty.js";
import type { LoyaltyLevelId } from "./LoyaltyLevelId.js";
import { readLevelId } from "./readLevelId.js";

const CELL: Readonly<Record<LoyaltyLevelId, DickBasuLoyalty>> = {
  none: "none",
  inertia: "spurious",
  mercenary: "spurious",
  latent: "latent",
  committed: "true",
  fanatic: "true",
};

/**
 * The Dick & Basu (1994) cell of a loyalty level: `none` → `"none"`; `inertia` and `mercenary` →
 * `"spurious"` (repeat buying without relative attitude); `latent` → `"latent"`; `committed` and
 * `fanatic` → `"true"`.
 *
 * @param level - a loyalty level id.
 * @returns the Dick & Basu loyalty cell.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `level` for an unknown id.
 * @see Dick, A. S. & Basu, K. (1994). Customer loyalty: toward an integrated conceptual framework.
 *   Journal of the Academy of Marketing Science 22(2), 99–113, figure 2.
 *
 * @example
 * ```ts
 * import { toDickBasu } from "patronage/loyalty";
 *
 * toDickBasu("mercenary"); //=> "spurious"
 * toDickBasu("fanatic"); //=> "true"
 * toDickBasu("latent"); //=> "latent"
 * ```
 */
export function toDickBasu(level: LoyaltyLevelId): DickBasuLoyalty {
  return CELL[readLevelId(level, "level").id];
}
