import type { DecimalString } from "../_lib/toDecimal.js";
import type { PointsPosting } from "./PointsPosting.js";

/** Points taken from (or given back to) one lot. */
export interface LotMove {
  /** The lot (`<commandId>#<n>`). */
  readonly lotId: string;
  /** Points moved, an integer ≥ 0 in the programme's smallest unit. */
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
  /** Points credited to the lot, an integer ≥ 1 in the programme's smallest unit. */
  readonly amount: number;
  /** When the lock ends (ISO-8601), after the event; absent when the points are available at once. */
  readonly availableAt?: string;
  /** When the points expire (ISO-8601), or `null` for never. */
  readonly expiresAt: string | null;
  /** The lot's category (`"earned"`, `"promotional"`, `"goodwill"`, `"adjustment"` or a rule's `lotCategory`); it orders consumption under `"promotionalFirst"`. */
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
  /** What the award added to the counter: its points for a cap, 1 for a once-per limit. */
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
  /** The discriminant. */
  readonly type: "earned";
  /** The order (`order.orderId`, or the command's `orderId` with explicit points), or `null` for explicit points without an order. */
  readonly orderId: string | null;
  /** The lots created, one per rule award (or one for explicit points). */
  readonly lots: readonly NewLot[];
  /** The order's lines with the points attributed to each (refunds reverse them pro rata); empty for explicit points without an order. */
  readonly lines: readonly {
    /** The order line. */
    readonly lineId: string;
    /** The line's amount, a decimal string in the programme's currency. */
    readonly amount: DecimalString;
    /** The points attributed to the line (≥ 0); the lines sum to the points earned. */
    readonly points: number;
  }[];
  /** Per rule: points awarded and wanted. */
  readonly awards: readonly {
    /** The rule. */
    readonly ruleId: string;
    /** Points it awarded, after caps. */
    readonly points: number;
    /** Points it wanted before caps. */
    readonly wanted: number;
  }[];
  /** Points of the new lots that went straight to repaying debt. */
  readonly debits: readonly LotMove[];
  /** What the awards counted against caps and once-per limits. */
  readonly usage: readonly UsageCount[];
}

/** Points awarded for an event, or as goodwill. */
export interface AwardedEvent extends PointsEventBase {
  /** The discriminant. */
  readonly type: "awarded";
  /** The event name, or `null` for goodwill. */
  readonly event: string | null;
  /** Goodwill: the command's `reason`; `null` for an event award. */
  readonly reason: string | null;
  /** The lots created: one per rule award, or one goodwill lot. */
  readonly lots: readonly NewLot[];
  /** Per rule: points awarded and wanted; empty for goodwill. */
  readonly awards: readonly {
    /** The rule. */
    readonly ruleId: string;
    /** Points it awarded, after caps. */
    readonly points: number;
    /** Points it wanted before caps. */
    readonly wanted: number;
  }[];
  /** Points of the new lots that went straight to repaying debt. */
  readonly debits: readonly LotMove[];
  /** What the awards counted against caps and once-per limits; empty for goodwill. */
  readonly usage: readonly UsageCount[];
}

/** Points spent. */
export interface RedeemedEvent extends PointsEventBase {
  /** The discriminant. */
  readonly type: "redeemed";
  /** Points redeemed (from lots and into debt). */
  readonly points: number;
  /** Points taken from lots, per lot, in consumption order. */
  readonly debits: readonly LotMove[];
  /** Points redeemed beyond the balance, now owed (`allow-debt`). */
  readonly debt: number;
  /** Points asked for but not redeemed (`clamp`). */
  readonly shortfall: number;
  /** The command's `reference`, or `null`. */
  readonly reference: string | null;
}

/** Points reserved by a hold. */
export interface HeldEvent extends PointsEventBase {
  /** The discriminant. */
  readonly type: "held";
  /** The hold's id (the command's `holdId`, by default its id). */
  readonly holdId: string;
  /** Points reserved. */
  readonly points: number;
  /** When the hold times out (ISO-8601). */
  readonly expiresAt: string;
  /** Points reserved, per lot, in consumption order. */
  readonly debits: readonly LotMove[];
}

/** Held points spent; what was not captured went back. */
export interface CapturedEvent extends PointsEventBase {
  /** The discriminant. */
  readonly type: "captured";
  /** The hold. */
  readonly holdId: string;
  /** Points captured (spent). */
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
  /** The discriminant. */
  readonly type: "released";
  /** The hold. */
  readonly holdId: string;
  /** Points released. */
  readonly points: number;
  /** Points given back to their lots. */
  readonly credits: readonly LotMove[];
  /** Points given back to lots that had expired meanwhile: they expire now. */
  readonly expired: readonly LotMove[];
  /** Points of the given-back lots that went to repaying debt. */
  readonly debits: readonly LotMove[];
}

/** Points of a refunded order taken back. */
export interface EarnReversedEvent extends PointsEventBase {
  /** The discriminant. */
  readonly type: "earnReversed";
  /** The refunded order. */
  readonly orderId: string;
  /** Per refunded line: the amount refunded by this command and the points it asked back. */
  readonly lines: readonly {
    /** The order line. */
    readonly lineId: string;
    /** The amount refunded by this command, a decimal string in the programme's currency. */
    readonly amount: DecimalString;
    /** The points asked back for the line. */
    readonly points: number;
  }[];
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
  /** The discriminant. */
  readonly type: "redemptionReversed";
  /** The id of the `redeem` or `capture` command reversed. */
  readonly redemptionId: string;
  /** Points given back. */
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
  /** The discriminant. */
  readonly type: "adjusted";
  /** Signed points applied (after `clamp`). */
  readonly points: number;
  /** The command's `reason`. */
  readonly reason: string;
  /** An addition: the one lot created (category `"adjustment"`); a removal: empty. */
  readonly lots: readonly NewLot[];
  /** An addition: points of the new lot that went to repaying debt; a removal: points taken from lots, in consumption order. */
  readonly debits: readonly LotMove[];
  /** A removal beyond the balance: points now owed (`allow-debt`); else 0. */
  readonly debt: number;
  /** A removal beyond the balance: points not removed (`clamp`); else 0. */
  readonly shortfall: number;
}

/** The sending half of a transfer. */
export interface TransferredOutEvent extends PointsEventBase {
  /** The discriminant. */
  readonly type: "transferredOut";
  /** The receiving member. */
  readonly to: string;
  /** Points moved out. */
  readonly points: number;
  /** Points taken from the sender's lots, in consumption order. */
  readonly debits: readonly LotMove[];
}

/** The receiving half of a transfer: one lot per lot it came from, with that lot's expiry and category. */
export interface TransferredInEvent extends PointsEventBase {
  /** The discriminant. */
  readonly type: "transferredIn";
  /** The sending member. */
  readonly from: string;
  /** Points moved in. */
  readonly points: number;
  /** The lots created for the receiver, one per lot the points came from. */
  readonly lots: readonly NewLot[];
  /** Points of the new lots that went to repaying the receiver's debt. */
  readonly debits: readonly LotMove[];
}

/** Lots expired (and timed-out holds released first). */
export interface ExpiredEvent extends PointsEventBase {
  /** The discriminant. */
  readonly type: "expired";
  /** `"expiry"`: lots past their `expiresAt`; `"inactivity"`: the whole balance after the inactivity period. */
  readonly cause: "expiry" | "inactivity";
  /** Timed-out holds given back. */
  readonly releasedHolds: readonly {
    /** The hold. */
    readonly holdId: string;
    /** Points given back to their lots. */
    readonly credits: readonly LotMove[];
    /** Points given back to lots that had expired meanwhile: they expire now. */
    readonly expired: readonly LotMove[];
  }[];
  /** Points of the given-back lots that went to repaying debt. */
  readonly debits: readonly LotMove[];
  /** Points expired, per lot. */
  readonly lots: readonly LotMove[];
  /** Points expired in all (the sum of `lots`). */
  readonly points: number;
}

/** Pending lots made available. */
export interface ActivatedEvent extends PointsEventBase {
  /** The discriminant. */
  readonly type: "activated";
  /** The lots activated, with the points they hold (0 when a refund emptied one). */
  readonly lots: readonly LotMove[];
  /** Points made available in all (the sum of `lots`). */
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
