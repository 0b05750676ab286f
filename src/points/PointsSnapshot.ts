import type { UsageCount } from "./PointsEvent.js";
import type { PointsAccount } from "./PointsPosting.js";

/**
 * The whole state of a {@link PointsLedger} as plain JSON, from {@link PointsLedger.snapshot}.
 * {@link PointsLedger.restore} rebuilds the ledger from it (and the events that came after). Treat
 * it as opaque: the format may change between major versions, and `format` says which it is. It is
 * compact (columns of numbers and strings, members and lots referred to by index) so that large
 * ledgers stringify, parse and restore quickly.
 */
export interface PointsSnapshot {
  /** The snapshot format and its version. */
  readonly format: "patronage.points.snapshot/1";
  /** The programme's `id`: a snapshot restores only under the programme it came from. */
  readonly programId: string;
  /** The seq of the last event folded in (0 for an empty ledger). */
  readonly seq: number;
  /** The instant of that event (ISO-8601), or `null`. */
  readonly at: string | null;
  /** Lots created so far (the next lot's creation index). */
  readonly ordinal: number;
  /** Programme account balances. */
  readonly accounts: Readonly<Partial<Record<PointsAccount, number>>>;
  /** Member ids in first-seen order; the other parts refer to a member by its index here. */
  readonly memberIds: readonly string[];
  /** Per member, 6 numbers: available, pending, held, debt, lastActivity (epoch ms, `null` for none), orders. */
  readonly members: readonly (number | null)[];
  /** Lot ids in creation order (a lot's index here is its creation index). */
  readonly lotIds: readonly string[];
  /**
   * Per lot, 8 numbers: member index, amount, remaining, state (0 pending,
   * 1 available, 2 expired), earnedAt (epoch ms), availableAt − earnedAt, expiresAt (epoch ms,
   * `null` for never), kind (index into `lotKinds`).
   */
  readonly lots: readonly (number | null)[];
  /** Lot kinds: `[category, ruleId]` (`ruleId` `null` when no rule awarded the lot). */
  readonly lotKinds: readonly (readonly [category: string, ruleId: string | null])[];
  /** Lots made from another lot (transfers, reissues): `[lot index, fromLotId, fromMemberId]`. */
  readonly lotFroms: readonly (readonly [lot: number, fromLotId: string | null, fromMemberId: string | null])[];
  /** Every hold, open or closed. */
  readonly holds: readonly {
    /** The hold's id. */
    readonly holdId: string;
    /** The member whose points it holds. */
    readonly memberId: string;
    /** Points held at first. */
    readonly points: number;
    /** When it times out (ISO-8601). */
    readonly expiresAt: string;
    /** Points still held. */
    readonly open: number;
    /** Points still held, per lot: `[lotId, points]`, in allocation order. */
    readonly allocations: readonly (readonly [string, number])[];
  }[];
  /** Order ids (orders earned on). */
  readonly orderIds: readonly string[];
  /** Per order: member index, points, reversed, lot count, the lots' indexes, line count. */
  readonly orders: readonly number[];
  /** Per order line, in order: lineId, amount, refunded (decimal strings). */
  readonly orderLines: readonly string[];
  /** Per order line, in order: points, reversed. */
  readonly orderLinePoints: readonly number[];
  /** Every redemption (a redeem or a capture) and what of it can still be given back. */
  readonly redemptions: readonly {
    /** The id of the redeem or capture command. */
    readonly redemptionId: string;
    /** The member who redeemed. */
    readonly memberId: string;
    /** Points not yet given back, per lot: `[lotId, points]`, in allocation order. */
    readonly allocations: readonly (readonly [string, number])[];
    /** Debt the redemption created, not yet cancelled or given back. */
    readonly debt: number;
  }[];
  /** Cap and once-per counters: `[key, count]` (keys as in {@link UsageCount}). */
  readonly usage: readonly (readonly [string, number])[];
  /** Every command seen (so a retry after a restore is still recognised): ids. */
  readonly commandIds: readonly string[];
  /** The commands' fingerprints. */
  readonly commandPrints: readonly string[];
  /**
   * Per command, its outcome: type (index into the command types), points, debt, shortfall, lots
   * (n ≥ 0: the lot ids are `<id>#1` … `<id>#n`; −1: the next entry of `commandLotIds`), member
   * count, the members' indexes.
   */
  readonly commands: readonly number[];
  /** The lot ids of the outcomes that do not follow `<id>#1` … `<id>#n`. */
  readonly commandLotIds: readonly (readonly string[])[];
}
