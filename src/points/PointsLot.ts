/** Where a lot's points came from. */
export interface PointsLotSource {
  /** The command that created the lot. */
  readonly commandId: string;
  /** The earning rule, when a rule awarded the points. */
  readonly ruleId?: string;
  /** The order, for points earned on one. */
  readonly orderId?: string;
  /** The lot these points came from: for a transfer, the sender's lot; for a reissue, the expired lot. */
  readonly fromLotId?: string;
  /** For transferred points: the member they came from. */
  readonly fromMemberId?: string;
}

/**
 * A lot: the points of one credit, consumed by debits in the programme's `consumptionOrder`.
 * `0 ≤ remaining ≤ amount`, always.
 */
export interface PointsLot {
  /** `<commandId>#<n>`: unique, stable under replay. */
  readonly lotId: string;
  /** The member who owns the lot. */
  readonly memberId: string;
  /** Points credited. */
  readonly amount: number;
  /** Points not yet spent, held, reversed or expired. */
  readonly remaining: number;
  /** `pending` until `availableAt` and an `activate`; `expired` once an `expire` took what remained. */
  readonly state: "pending" | "available" | "expired";
  /** When the points were credited (ISO-8601). */
  readonly earnedAt: string;
  /** When the lock ends (ISO-8601); equal to `earnedAt` when there is none. */
  readonly availableAt: string;
  /** When the points expire (ISO-8601), or `null` for never. */
  readonly expiresAt: string | null;
  /** `"earned"`, `"promotional"`, `"goodwill"`, `"adjustment"`, or a rule's `lotCategory`. */
  readonly category: string;
  /** Where the points came from. */
  readonly source: PointsLotSource;
}
