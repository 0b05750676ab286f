import type { LoyaltyLevelId } from "./LoyaltyLevelId.js";

/** A customer's loyalty level in one period, as {@link loyaltyMigration} reads it. */
export interface LoyaltyAssignment {
  /** The customer's id, unique within one period's list. */
  readonly customerId: string;
  /** The customer's level in that period. */
  readonly level: LoyaltyLevelId;
}
