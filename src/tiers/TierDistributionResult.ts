/** How many members hold each tier (see {@link tierDistribution}). */
export interface TierDistributionResult {
  /** Members counted. */
  readonly total: number;
  /** One entry per tier of the programme, lowest rank first. */
  readonly tiers: readonly TierShare[];
}

/** A tier's members in a {@link TierDistributionResult}. */
export interface TierShare {
  /** The tier. */
  readonly tier: string;
  /** Its rank. */
  readonly rank: number;
  /** Members who hold it. */
  readonly count: number;
  /** Their share of all members counted (0 when none were). */
  readonly share: number;
}
