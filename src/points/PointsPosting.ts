/**
 * An account of the points books. Member accounts (`available`, `pending`, `held`, `debt`) carry a
 * `memberId`; programme accounts do not. Balances are sums of postings: a member's `available`,
 * `pending` and `held` are ≥ 0, `debt` is ≤ 0 (what the member owes); `issued` runs negative (points
 * put into circulation); `redeemed`, `expired` and `reversed` run positive; `adjusted` either way;
 * `transit` is zero once both halves of every transfer are in.
 */
export type PointsAccount =
  | "available"
  | "pending"
  | "held"
  | "debt"
  | "issued"
  | "redeemed"
  | "expired"
  | "reversed"
  | "adjusted"
  | "transit";

/** One line of double entry: the postings of every event sum to zero. */
export interface PointsPosting {
  /** The account. */
  readonly account: PointsAccount;
  /** The member, for member accounts. */
  readonly memberId?: string;
  /** Signed points (a safe integer ≠ 0). */
  readonly points: number;
}
