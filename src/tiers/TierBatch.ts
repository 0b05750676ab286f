/** A batch of members' activity in columns, one entry per row (see {@link evaluateTierBatch}). */
export interface TierBatchColumns {
  /** Each row's member: an index from 0 to `members − 1`. */
  readonly member: ArrayLike<number>;
  /** Each row's instant, in epoch milliseconds. */
  readonly at: ArrayLike<number>;
  /** Each metric's values, by row (numbers; negative for reversals). */
  readonly metrics: Readonly<Record<string, ArrayLike<number>>>;
}

/** Options of {@link evaluateTierBatch}. */
export interface TierBatchOptions {
  /** The instant to evaluate at. */
  readonly asOf: Date | string;
  /** When each member joined (epoch ms, by member), or one instant for all. */
  readonly joinedAt: ArrayLike<number> | Date | string;
  /** The number of members (default: the highest member index + 1, or the length of `joinedAt`). */
  readonly members?: number | undefined;
}

/** Every member's tier at `asOf`, in columns (see {@link evaluateTierBatch}). */
export interface TierBatchResult {
  /** The tier ids, lowest rank first: `tiers[level[m]]` is member `m`'s tier. */
  readonly tiers: readonly string[];
  /** Each member's tier, as an index into `tiers`. */
  readonly level: Uint8Array;
  /** Since when each member holds it (epoch ms). */
  readonly since: Float64Array;
  /** Until when it is valid unless earned again (epoch ms); +∞ for the base tier or a tier for life. */
  readonly validUntil: Float64Array;
}
