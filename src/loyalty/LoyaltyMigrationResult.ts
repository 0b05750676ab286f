import type { LoyaltyLevelId } from "./LoyaltyLevelId.js";

/** What {@link loyaltyMigration} returns: how customers moved between levels from one period to the next. */
export interface LoyaltyMigrationResult {
  /** The row and column order of the matrices: the level ids by rank, `none` first. */
  readonly levels: readonly LoyaltyLevelId[];
  /** `counts[from][to]`: customers at rank `from` before and rank `to` after (6 × 6). */
  readonly counts: readonly (readonly number[])[];
  /**
   * `rowShares[from][to]` = counts[from][to] / customers at rank `from` before (each row sums to 1),
   * or `null` for a level no matched customer held before.
   */
  readonly rowShares: readonly (readonly number[] | null)[];
  /** Customers present in both periods. */
  readonly matched: number;
  /** Share of matched customers whose rank rose; `null` when none is matched. */
  readonly upgraded: number | null;
  /** Share of matched customers whose level did not change; `null` when none is matched. */
  readonly stable: number | null;
  /** Share of matched customers whose rank fell; `null` when none is matched. */
  readonly downgraded: number | null;
  /** Ids present after but not before (new or returning customers), in the order of `after`. */
  readonly appeared: readonly string[];
  /** Ids present before but not after (lost or unobserved customers), in the order of `before`. */
  readonly disappeared: readonly string[];
}
