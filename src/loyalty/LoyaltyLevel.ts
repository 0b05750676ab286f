import type { LoyaltyLevelId } from "./LoyaltyLevelId.js";

/** One level of the six-level loyalty model, as {@link LOYALTY_LEVELS} lists it. */
export interface LoyaltyLevel {
  /** The stable id. */
  readonly id: LoyaltyLevelId;
  /**
   * The position in the source's order, 0 (`none`) to 5 (`fanatic`); equal to the level's index in
   * {@link LOYALTY_LEVELS} and to the values of {@link LoyaltyBatchResult.level}.
   */
  readonly rank: 0 | 1 | 2 | 3 | 4 | 5;
  /** The Chinese name used by the source, such as `"惯性型忠诚"`. */
  readonly zh: string;
  /** The English name, such as `"inertia loyalty"`. */
  readonly en: string;
  /** The level's cell on the behavioural axis (行为忠诚): `"low"` or `"high"`. */
  readonly behaviour: "low" | "high";
  /** The level's cell on the attitudinal axis (态度忠诚): `"low"`, `"high"` or `"very high"`. */
  readonly attitude: "low" | "high" | "very high";
  /** What tells the level apart, in English, after the source. */
  readonly description: string;
}
