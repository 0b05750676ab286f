import type { DecimalString } from "../_lib/toDecimal.js";
import type { PointsPosting } from "./PointsPosting.js";

/** Points taken from (or given back to) one lot. */
export interface LotMove {
  readonly lotId: string;
  /** Points moved. */
  readonly points: number;
}

/**
 * A lot as an event creates it. What the event already says is not repeated: the lot belongs to
 * the event's member, was credited at the event's `at` by its command (and, for an `earned`
 * event, for its order); `remaining` starts at `amount`.
 */
export interface NewLot {
  /** `<commandId>#<n>`. */
  readonly lotId: string;
  readonly amount: number;
  /** When the lock ends (ISO-8601), after the event; absent when the points are available at once. */
  readonly availableAt?: string;
  /** When the points expire (ISO-8601), or `null` for never. */
  readonly expiresAt: string | null;
  readonly category: string;
  /** The earning rule that awarded the points. */
  readonly ruleId?: string;
  /** The lot the points came from (a transfer, a reissue). */
  readonly fromLotId?: string;
  /** The member the points came from (a transfer). */
  readonly fromMemberId?: string;
}

/** What an award counted against a cap or a once-per limit (the ledger's usage counters). */
export interface UsageCount {
  /**
   * The counter, a JSON array: `["cap", ruleId (null: a programme cap), capIndex, memberId (null:
   * programme-wide), periodKey]` or `["once", ruleId, memberId, periodKey]`.
   */
  readonly key: string;
  readonly points: number;
}

/** The fields every {@link PointsEvent} carries. */
export interface PointsEventBase {
  /** Position in the ledger's log: 1, 2, 3, … without gaps. */
  readonly seq: number;
  /** The command that produced the event (one command may produce several). */
  readonly commandId: string;
  /** A 64-bit hash (16 hex digits) of the command's canonical payload, for idempotency after replay. */
  readonly fingerprint: string;
  /** The command's `now` (ISO-8601). */
  readonly at: string;
  /** The member whose accounts the event moves. */
  readonly memberId: string;
  /** Balanced postings: they sum to zero. */
  readonly postings: readonly PointsPosting[];
}

/** Points earned on an order (through the rules, or explicit points). */
export interface EarnedEvent extends PointsEventBase {
  readonly type: "earned";
  readonly orderId: string | null;
  readonly lots: readonly NewLot[];
  /** The order's lines with the points attributed to each (refunds reverse them pro rata); empty for explicit points without an order. */
  readonly lines: readonly { readonly lineId: string; readonly amount: DecimalString; readonly points: number }[];
  /** Per rule: points awarded and wanted. */
  readonly awards: readonly { readonly ruleId: string; readonly points: number; readonly wanted: number }[];
  /** Points of the new lots that went straight to repaying debt. */
  readonly debits: readonly LotMove[];
  readonly usage: readonly UsageCount[];
}

/** Points awarded for an event, or as goodwill. */
export interface AwardedEvent extends PointsEventBase {
  readonly type: "awarded";
  /** The event name, or `null` for goodwill. */
  readonly event: string | null;
  readonly reason: string | null;
  readonly lots: readonly NewLot[];
  readonly awards: readonly { readonly ruleId: string; readonly points: number; readonly wanted: number }[];
  readonly debits: readonly LotMove[];
  readonly usage: readonly UsageCount[];
}

/** Points spent. */
export interface RedeemedEvent extends PointsEventBase {
  readonly type: "redeemed";
  /** Points redeemed (from lots and into debt). */
  readonly points: number;
  readonly debits: readonly LotMove[];
  /** Points redeemed beyond the balance, now owed (`allow-debt`). */
  readonly debt: number;
  /** Points asked for but not redeemed (`clamp`). */
  readonly shortfall: number;
  readonly reference: string | null;
}

/** Points reserved by a hold. */
export interface HeldEvent extends PointsEventBase {
  readonly type: "held";
  readonly holdId: string;
  readonly points: number;
  /** When the hold times out (ISO-8601). */
  readonly expiresAt: string;
  readonly debits: readonly LotMove[];
}

/** Held points spent; what was not captured went back. */
export interface CapturedEvent extends PointsEventBase {
  readonly type: "captured";
  readonly holdId: string;
  readonly points: number;
  /** Allocations captured, per lot. */
  readonly captured: readonly LotMove[];
  /** Points given back to their lots. */
  readonly credits: readonly LotMove[];
  /** Points given back to lots that had expired meanwhile: they expire now. */
  readonly expired: readonly LotMove[];
  /** Points of the given-back lots that went to repaying debt. */
  readonly debits: readonly LotMove[];
}

/** Held points given back. */
export interface ReleasedEvent extends PointsEventBase {
  readonly type: "released";
  readonly holdId: string;
  readonly points: number;
  readonly credits: readonly LotMove[];
  readonly expired: readonly LotMove[];
  /** Points of the given-back lots that went to repaying debt. */
  readonly debits: readonly LotMove[];
}

/** Points of a refunded order taken back. */
export interface EarnReversedEvent extends PointsEventBase {
  readonly type: "earnReversed";
  readonly orderId: string;
  /** Per refunded line: the amount refunded by this command and the points it asked back. */
  readonly lines: readonly { readonly lineId: string; readonly amount: DecimalString; readonly points: number }[];
  /** Points the refund asked back. */
  readonly points: number;
  /** Points taken from lots. */
  readonly debits: readonly LotMove[];
  /** Points taken into debt (`returnPolicy: "allow-debt"`). */
  readonly debt: number;
  /** Points asked back but left with the member (already spent, or no longer pending). */
  readonly notReversed: number;
}

/** Points of a redemption given back. */
export interface RedemptionReversedEvent extends PointsEventBase {
  readonly type: "redemptionReversed";
  readonly redemptionId: string;
  readonly points: number;
  /** Points given back to their lots. */
  readonly credits: readonly LotMove[];
  /** New lots for points whose lot had expired (`reissue`). */
  readonly lots: readonly NewLot[];
  /** Points whose lot had expired, given back and expired at once (`forfeit`). */
  readonly expired: readonly LotMove[];
  /** Debt the redemption had created, cancelled. */
  readonly debtCancelled: number;
  /** Points of the new lots that went to repaying debt. */
  readonly debits: readonly LotMove[];
}

/** A manual correction. */
export interface AdjustedEvent extends PointsEventBase {
  readonly type: "adjusted";
  /** Signed points applied (after `clamp`). */
  readonly points: number;
  readonly reason: string;
  readonly lots: readonly NewLot[];
  readonly debits: readonly LotMove[];
  readonly debt: number;
  readonly shortfall: number;
}

/** The sending half of a transfer. */
export interface TransferredOutEvent extends PointsEventBase {
  readonly type: "transferredOut";
  readonly to: string;
  readonly points: number;
  readonly debits: readonly LotMove[];
}

/** The receiving half of a transfer: one lot per lot it came from, with that lot's expiry and category. */
export interface TransferredInEvent extends PointsEventBase {
  readonly type: "transferredIn";
  readonly from: string;
  readonly points: number;
  readonly lots: readonly NewLot[];
  readonly debits: readonly LotMove[];
}

/** Lots expired (and timed-out holds released first). */
export interface ExpiredEvent extends PointsEventBase {
  readonly type: "expired";
  /** `"expiry"`: lots past their `expiresAt`; `"inactivity"`: the whole balance after the inactivity period. */
  readonly cause: "expiry" | "inactivity";
  /** Timed-out holds given back. */
  readonly releasedHolds: readonly { readonly holdId: string; readonly credits: readonly LotMove[]; readonly expired: readonly LotMove[] }[];
  /** Points of the given-back lots that went to repaying debt. */
  readonly debits: readonly LotMove[];
  /** Points expired, per lot. */
  readonly lots: readonly LotMove[];
  readonly points: number;
}

/** Pending lots made available. */
export interface ActivatedEvent extends PointsEventBase {
  readonly type: "activated";
  /** The lots activated, with the points they hold (0 when a refund emptied one). */
  readonly lots: readonly LotMove[];
  readonly points: number;
  /** Points of the activated lots that went to repaying debt. */
  readonly debits: readonly LotMove[];
}

/** A fact in the ledger's log, discriminated by `type`. Plain JSON. */
export type PointsEvent =
  | EarnedEvent
  | AwardedEvent
  | RedeemedEvent
  | HeldEvent
  | CapturedEvent
  | ReleasedEvent
  | EarnReversedEvent
  | RedemptionReversedEvent
  | AdjustedEvent
  | TransferredOutEvent
  | TransferredInEvent
  | ExpiredEvent
  | ActivatedEvent;
