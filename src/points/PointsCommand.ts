import type { DecimalString } from "../_lib/toDecimal.js";
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
  /** The discriminant. */
  readonly type: "earn";
  /** The member who earns (a non-empty id of at most 200 characters, like every id). */
  readonly memberId: string;
  /** The order, evaluated by the programme's earning rules (give `order` or `points`). */
  readonly order?: PointsOrder | undefined;
  /** Explicit points instead of rules (a safe integer ≥ 1, in the smallest unit). */
  readonly points?: number | undefined;
  /** With explicit `points`: the order they belong to, so a refund can reverse them. */
  readonly orderId?: string | undefined;
  /** The member's tier id, for rules with `conditions.tiers`. */
  readonly tier?: string | undefined;
  /** With explicit `points`: the lot category (default `"earned"`). */
  readonly category?: string | undefined;
}

/** Award points for an event (sign-up, birthday, referral, a custom event) or as goodwill. */
export interface AwardCommand extends PointsCommandBase {
  /** The discriminant. */
  readonly type: "award";
  /** The member who receives the points. */
  readonly memberId: string;
  /** The event, evaluated by the programme's event rules (give `event` or `points`). */
  readonly event?: string | undefined;
  /** Referral events: which side this member is on. */
  readonly role?: "referrer" | "referee" | undefined;
  /** Birthday events: the member's birthday, `"MM-DD"`. */
  readonly birthday?: string | undefined;
  /** The member's tier id, for rules with `conditions.tiers`. */
  readonly tier?: string | undefined;
  /** The channel, for rules with `conditions.channels`. */
  readonly channel?: string | undefined;
  /** Goodwill: explicit points (a safe integer ≥ 1). */
  readonly points?: number | undefined;
  /** Goodwill: why (required with `points`). */
  readonly reason?: string | undefined;
  /** Goodwill: the lot category (default `"goodwill"`). */
  readonly category?: string | undefined;
}

/** Spend available points. */
export interface RedeemCommand extends PointsCommandBase {
  /** The discriminant. */
  readonly type: "redeem";
  /** The member who spends. */
  readonly memberId: string;
  /** Points to spend (a safe integer ≥ 1). */
  readonly points: number;
  /** The host's reference (a reward, an order). */
  readonly reference?: string | undefined;
}

/** Reserve available points, to capture or release later. */
export interface HoldCommand extends PointsCommandBase {
  /** The discriminant. */
  readonly type: "hold";
  /** The member whose points are reserved. */
  readonly memberId: string;
  /** Points to reserve (a safe integer ≥ 1). */
  readonly points: number;
  /** The hold's id (default: the command id). */
  readonly holdId?: string | undefined;
  /** When the hold times out (default: `now` + `program.holdTimeoutMinutes`). */
  readonly expiresAt?: Date | string | undefined;
}

/** Spend held points: all of them, or `points` of them with the rest released. */
export interface CaptureCommand extends PointsCommandBase {
  /** The discriminant. */
  readonly type: "capture";
  /** The hold to capture (its `holdId`, by default the id of the `hold` command). */
  readonly holdId: string;
  /** Points to capture (default: everything still held); the rest goes back to the member. */
  readonly points?: number | undefined;
}

/** Give held points back to the member: all of them, or `points` of them. */
export interface ReleaseCommand extends PointsCommandBase {
  /** The discriminant. */
  readonly type: "release";
  /** The hold to release (its `holdId`, by default the id of the `hold` command). */
  readonly holdId: string;
  /** Points to release (default: everything still held); the rest stays held. */
  readonly points?: number | undefined;
}

/** Take back the points of a refunded order: all of it, some lines (pro rata to the amount refunded), or explicit points. */
export interface ReverseEarnCommand extends PointsCommandBase {
  /** The discriminant. */
  readonly type: "reverseEarn";
  /** The refunded order (`order.orderId` of the `earn`, or the `orderId` of explicit points). */
  readonly orderId: string;
  /** The refunded lines, at least one (give `lines` or `points`; neither: the whole order). */
  readonly lines?:
    | readonly {
        /** The line (`lineId` of the order's line). */
        readonly lineId: string;
        /** The amount refunded now, a decimal ≥ 0 in the programme's currency (default: what is left of the line); the line's points are taken back pro rata, rounded down. */
        readonly amount?: DecimalString | number | undefined;
      }[]
    | undefined;
  /** Explicit points to take back (for orders credited with explicit points). */
  readonly points?: number | undefined;
}

/** Give back the points of a redemption (a `redeem` or a `capture`), to the lots they came from. */
export interface ReverseRedemptionCommand extends PointsCommandBase {
  /** The discriminant. */
  readonly type: "reverseRedemption";
  /** The id of the `redeem` or `capture` command. */
  readonly redemptionId: string;
  /** Points to give back (default: everything not yet given back). */
  readonly points?: number | undefined;
  /** For lots that expired meanwhile (default: `program.redemptionReversal`): a new lot, forfeited, or refuse with `LOT_EXPIRED`. */
  readonly expiredLots?: "reissue" | "forfeit" | "reject" | undefined;
}

/** Correct a balance by hand. */
export interface AdjustCommand extends PointsCommandBase {
  /** The discriminant. */
  readonly type: "adjust";
  /** The member whose balance is corrected. */
  readonly memberId: string;
  /** Points to add (> 0) or remove (< 0); a safe integer ≠ 0. */
  readonly points: number;
  /** Why (required). */
  readonly reason: string;
}

/** Move available points from one member to another, atomically; the lots keep their expiry. */
export interface TransferCommand extends PointsCommandBase {
  /** The discriminant. */
  readonly type: "transfer";
  /** The member who gives the points. */
  readonly from: string;
  /** The member who receives them (not `from`). */
  readonly to: string;
  /** Points to move (a safe integer ≥ 1). */
  readonly points: number;
}

/** Expire every lot due by `now` (and, under an inactivity policy, every dormant balance); release timed-out holds. */
export interface ExpireCommand extends PointsCommandBase {
  /** The discriminant. */
  readonly type: "expire";
  /** One member (default: every member). */
  readonly memberId?: string | undefined;
}

/** Make available every pending lot whose lock has ended by `now`. */
export interface ActivateCommand extends PointsCommandBase {
  /** The discriminant. */
  readonly type: "activate";
  /** One member (default: every member). */
  readonly memberId?: string | undefined;
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
