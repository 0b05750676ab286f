import type { UsageCount } from "./PointsEvent.js";
import type { PointsAccount } from "./PointsPosting.js";

/**
 * The whole state of a {@link PointsLedger} as plain JSON, from {@link PointsLedger.snapshot}.
 * {@link PointsLedger.restore} rebuilds the ledger from it (and the events that came after). Treat
 * it as opaque: the format may change between major versions, and `format` says which it is.
 *
 * It is compact, so that a ledger of millions of lots stringifies, parses and restores in about a
 * second: members, commands, orders and lots are referred to by number (their index in
 * `memberIds`, `commandIds` and `orderIds`; lots by creation order), lists of ids travel packed
 * ({@link PointsSnapshotStrings}), numbers in columns of bytes in base64 (`columns`: mostly varint
 * differences, a byte or two a value), and a lot's id is not stored — it is its command's id,
 * `#`, and its rank among that command's lots.
 */
export interface PointsSnapshot {
  /** The snapshot format and its version. */
  readonly format: "patronage.points.snapshot/2";
  /** The programme's `id`: a snapshot restores only under the programme it came from. */
  readonly programId: string;
  /** The seq of the last event folded in (0 for an empty ledger). */
  readonly seq: number;
  /** The instant of that event (ISO-8601), or `null`. */
  readonly at: string | null;
  /** Programme account balances. */
  readonly accounts: Readonly<Partial<Record<PointsAccount, number>>>;
  /** Member ids in first-seen order. */
  readonly memberIds: PointsSnapshotStrings;
  /** The ids of the commands that took effect, in order (kept so a retry after a restore is still recognised). */
  readonly commandIds: PointsSnapshotStrings;
  /** Their payload fingerprints, in the same order. */
  readonly commandPrints: PointsSnapshotStrings;
  /** Commands that moved more than one member: `[command, member, …]` (the members after the first, in order). */
  readonly commandMembers: readonly (readonly number[])[];
  /** Order ids (orders earned on). */
  readonly orderIds: PointsSnapshotStrings;
  /** Order line ids, order after order. */
  readonly lineIds: PointsSnapshotStrings;
  /** Order line amounts (decimal strings), in the same order. */
  readonly lineAmounts: PointsSnapshotStrings;
  /** Amounts refunded so far of the lines refunded at all: `[line, amount]`. */
  readonly lineRefunded: readonly (readonly [line: number, refunded: string])[];
  /** Lot kinds: `[category, ruleId]` (`ruleId` `null` when no rule awarded the lot). */
  readonly lotKinds: readonly (readonly [category: string, ruleId: string | null])[];
  /** Lots made from another lot (transfers, reissues): `[lot, fromLotId, fromMemberId]`. */
  readonly lotFroms: readonly (readonly [lot: number, fromLotId: string | null, fromMemberId: string | null])[];
  /** Hold ids, in creation order. */
  readonly holdIds: PointsSnapshotStrings;
  /** Cap and once-per counters: `[key, count]` (keys as in {@link UsageCount}). */
  readonly usage: readonly (readonly [string, number])[];
  /** The numeric columns (see {@link PointsSnapshotColumns}). */
  readonly columns: PointsSnapshotColumns;
}

/**
 * The numeric columns of a {@link PointsSnapshot}: each is `"<encoding>:<base64>"` — `u8`, `i32`
 * or `f64`, the bytes of a little-endian typed array; or `v`, each value's difference from the one
 * before as a zigzagged LEB128 varint (doubled; the odd codes 1 and 3 stand for +∞ and −∞).
 * Instants are epoch milliseconds (−∞ and +∞ allowed as "never").
 */
export interface PointsSnapshotColumns {
  /** Per member: points available (before debt). */
  readonly memberAvailable: string;
  /** Per member: points pending. */
  readonly memberPending: string;
  /** Per member: points held. */
  readonly memberHeld: string;
  /** Per member: points owed. */
  readonly memberDebt: string;
  /** Per member: the instant of the last activity. */
  readonly memberLastActivity: string;
  /** Per member: orders earned on. */
  readonly memberOrders: string;
  /** Per lot: its member. */
  readonly lotMember: string;
  /** Per lot: points credited. */
  readonly lotAmount: string;
  /** Per lot: points left. */
  readonly lotRemaining: string;
  /** Per lot: 0 pending, 1 available, 2 expired. */
  readonly lotState: string;
  /** Per lot: when it was credited. */
  readonly lotEarnedAt: string;
  /** Per lot: when it becomes available. */
  readonly lotAvailableAt: string;
  /** Per lot: when it expires. */
  readonly lotExpiresAt: string;
  /** Per lot: its kind (index into `lotKinds`). */
  readonly lotKind: string;
  /** Per command: how many lots it created (a command's lots follow the previous command's). */
  readonly commandLots: string;
  /** Per command: its type (index into the command types, in the order of {@link PointsCommand}'s). */
  readonly commandType: string;
  /** Per command: its result's points. */
  readonly commandPoints: string;
  /** Per command: its result's debt. */
  readonly commandDebt: string;
  /** Per command: its result's shortfall. */
  readonly commandShortfall: string;
  /** Per command: the first member it moved. */
  readonly commandMember: string;
  /** Per order: its member. */
  readonly orderMember: string;
  /** Per order: points earned. */
  readonly orderPoints: string;
  /** Per order: points asked back so far. */
  readonly orderReversed: string;
  /** Per order: its first lot (its lots follow). */
  readonly orderFirstLot: string;
  /** Per order: how many lots. */
  readonly orderLotCount: string;
  /** Per order: how many lines (an order's lines follow the previous order's). */
  readonly orderLineCount: string;
  /** Per order line: points attributed. */
  readonly linePoints: string;
  /** Per order line: points asked back. */
  readonly lineReversed: string;
  /** Per hold: its member. */
  readonly holdMember: string;
  /** Per hold: points held at first. */
  readonly holdPoints: string;
  /** Per hold: points still held. */
  readonly holdOpen: string;
  /** Per hold: when it times out. */
  readonly holdExpiresAt: string;
  /** Per hold: how many lots it holds points of. */
  readonly holdLots: string;
  /** Per redemption: the redeem or capture command. */
  readonly redemptionCommand: string;
  /** Per redemption: its member. */
  readonly redemptionMember: string;
  /** Per redemption: debt it created, not yet cancelled or given back. */
  readonly redemptionDebt: string;
  /** Per redemption: how many lots it spent points of. */
  readonly redemptionLots: string;
  /** Holds then redemptions, lot by lot: the lot. */
  readonly allocationLot: string;
  /** Holds then redemptions, lot by lot: the points still held, or not yet given back. */
  readonly allocationPoints: string;
}

/**
 * A list of strings in a {@link PointsSnapshot}: `text` is their concatenation, `lengths` a column
 * (like those of {@link PointsSnapshotColumns}) of their lengths in UTF-16 code units.
 */
export interface PointsSnapshotStrings {
  /** The strings, one after the other. */
  readonly text: string;
  /** Their lengths: a `u8` or `i32` column. */
  readonly lengths: string;
}
