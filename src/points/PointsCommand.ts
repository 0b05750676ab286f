import type { PointsOrder } from "./PointsOrder.js";

/** The fields every {@link PointsCommand} carries. */
export interface PointsCommandBase {
  /**
   * The idempotency key: executing a command whose id was seen before returns the original outcome
   * and adds nothing when the payload is the same, and throws `CONFLICT` when it is not.
   */
  readonly id: string;
}

/** Earn points on an order through the earning rules, or credit explicit points for one. */
export interface EarnCommand extends PointsCommandBase {
  readonly type: "earn";
  readonly memberId: string;
  /** The order, evaluated by the programme's earning rules (give `order` or `points`). */
  readonly order?: PointsOrder;
  /** Explicit points instead of rules (a safe integer ≥ 1, in the smallest unit). */
  readonly points?: number;
  /** With explicit `points`: the order they belong to, so a refund can reverse them. */
  readonly orderId?: string;
  /** The member's tier id, for rules with `conditions.tiers`. */
  readonly tier?: string;
  /** With explicit `points`: the lot category (default `"earned"`). */
  readonly category?: string;
}

/** Award points for an event (sign-up, birthday, referral, a custom event) or as goodwill. */
export interface AwardCommand extends PointsCommandBase {
  readonly type: "award";
  readonly memberId: string;
  /** The event, evaluated by the programme's event rules (give `event` or `points`). */
  readonly event?: string;
  /** Referral events: which side this member is on. */
  readonly role?: "referrer" | "referee";
  /** Birthday events: the member's birthday, `"MM-DD"`. */
  readonly birthday?: string;
  /** The member's tier id, for rules with `conditions.tiers`. */
  readonly tier?: string;
  /** The channel, for rules with `conditions.channels`. */
  readonly channel?: string;
  /** Goodwill: explicit points (a safe integer ≥ 1). */
  readonly points?: number;
  /** Goodwill: why (required with `points`). */
  readonly reason?: string;
  /** Goodwill: the lot category (default `"goodwill"`). */
  readonly category?: string;
}

/** Spend available points. */
export interface RedeemCommand extends PointsCommandBase {
  readonly type: "redeem";
  readonly memberId: string;
  /** Points to spend (a safe integer ≥ 1). */
  readonly points: number;
  /** The host's reference (a reward, an order). */
  readonly reference?: string;
}

/** Reserve available points, to capture or release later. */
export interface HoldCommand extends PointsCommandBase {
  readonly type: "hold";
  readonly memberId: string;
  /** Points to reserve (a safe integer ≥ 1). */
  readonly points: number;
  /** The hold's id (default: the command id). */
  readonly holdId?: string;
  /** When the hold times out (default: `now` + `program.holdTimeoutMinutes`). */
  readonly expiresAt?: Date | string;
}

/** Spend held points: all of them, or `points` of them with the rest released. */
export interface CaptureCommand extends PointsCommandBase {
  readonly type: "capture";
  readonly holdId: string;
  /** Points to capture (default: everything still held); the rest goes back to the member. */
  readonly points?: number;
}

/** Give held points back to the member: all of them, or `points` of them. */
export interface ReleaseCommand extends PointsCommandBase {
  readonly type: "release";
  readonly holdId: string;
  /** Points to release (default: everything still held); the rest stays held. */
  readonly points?: number;
}

/** Take back the points of a refunded order: all of it, some lines (pro rata to the amount refunded), or explicit points. */
export interface ReverseEarnCommand extends PointsCommandBase {
  readonly type: "reverseEarn";
  readonly orderId: string;
  /** The refunded lines; `amount` is the amount refunded now (default: what is left of the line). */
  readonly lines?: readonly { readonly lineId: string; readonly amount?: string | number }[];
  /** Explicit points to take back (for orders credited with explicit points). */
  readonly points?: number;
}

/** Give back the points of a redemption (a `redeem` or a `capture`), to the lots they came from. */
export interface ReverseRedemptionCommand extends PointsCommandBase {
  readonly type: "reverseRedemption";
  /** The id of the `redeem` or `capture` command. */
  readonly redemptionId: string;
  /** Points to give back (default: everything not yet given back). */
  readonly points?: number;
  /** For lots that expired meanwhile (default: `program.redemptionReversal`): a new lot, forfeited, or refuse with `LOT_EXPIRED`. */
  readonly expiredLots?: "reissue" | "forfeit" | "reject";
}

/** Correct a balance by hand. */
export interface AdjustCommand extends PointsCommandBase {
  readonly type: "adjust";
  readonly memberId: string;
  /** Points to add (> 0) or remove (< 0); a safe integer ≠ 0. */
  readonly points: number;
  /** Why (required). */
  readonly reason: string;
}

/** Move available points from one member to another, atomically; the lots keep their expiry. */
export interface TransferCommand extends PointsCommandBase {
  readonly type: "transfer";
  readonly from: string;
  readonly to: string;
  /** Points to move (a safe integer ≥ 1). */
  readonly points: number;
}

/** Expire every lot due by `now` (and, under an inactivity policy, every dormant balance); release timed-out holds. */
export interface ExpireCommand extends PointsCommandBase {
  readonly type: "expire";
  /** One member (default: every member). */
  readonly memberId?: string;
}

/** Make available every pending lot whose lock has ended by `now`. */
export interface ActivateCommand extends PointsCommandBase {
  readonly type: "activate";
  /** One member (default: every member). */
  readonly memberId?: string;
}

/** A command to {@link PointsLedger.execute}, discriminated by `type`. */
export type PointsCommand =
  | EarnCommand
  | AwardCommand
  | RedeemCommand
  | HoldCommand
  | CaptureCommand
  | ReleaseCommand
  | ReverseEarnCommand
  | ReverseRedemptionCommand
  | AdjustCommand
  | TransferCommand
  | ExpireCommand
  | ActivateCommand;
