import type { PointsCommand } from "./PointsCommand.js";
import type { PointsEvent } from "./PointsEvent.js";

/** Why {@link PointsLedger.execute} refused a command (it changed nothing). */
export type PointsRefusalReason =
  /** The member's available points (or a hold's points) are fewer than asked. */
  | "INSUFFICIENT_POINTS"
  /** `allow-debt`: the redemption would take the debt past `negativeBalance.limit`. */
  | "DEBT_LIMIT"
  /** An award's event rules award nothing (not applicable, already awarded, capped). */
  | "NOT_ELIGIBLE"
  /** An order with this id has already earned points. */
  | "ORDER_ALREADY_EARNED"
  | "ORDER_NOT_FOUND"
  | "LINE_NOT_FOUND"
  /** A refund asks back more than the order (or the line) has left. */
  | "REFUND_EXCEEDS_ORDER"
  /** A refund by points of an order that earned on its lines (refund the lines, or the whole order). */
  | "REFUND_BY_LINES"
  | "HOLD_NOT_FOUND"
  /** A hold with this id already exists. */
  | "HOLD_EXISTS"
  /** The hold was captured or released in full. */
  | "HOLD_CLOSED"
  /** The hold timed out (capture refused; `release` and `expire` give the points back). */
  | "HOLD_EXPIRED"
  | "REDEMPTION_NOT_FOUND"
  /** A reversal asks back more than the redemption has left. */
  | "REVERSAL_EXCEEDS_REDEMPTION"
  /** A reversal would give points back to an expired lot and `expiredLots` is `"reject"`. */
  | "LOT_EXPIRED"
  /** The command would change nothing (everything is already refunded, reversed, expired or active). */
  | "NOTHING_TO_DO";

/** A refused command: the reason, a sentence, and the figures behind it. Nothing changed. */
export interface PointsRefusal {
  /** The discriminant: refused. */
  readonly ok: false;
  /** Why. */
  readonly reason: PointsRefusalReason;
  /** A sentence naming the member, hold, order or lot and the figures. */
  readonly message: string;
  /** Points missing (`INSUFFICIENT_POINTS`, `DEBT_LIMIT`). */
  readonly shortfall?: number;
  /** Points that were available (`INSUFFICIENT_POINTS`), or that are left to refund or reverse. */
  readonly available?: number;
  /** The hold, order, line, lot or redemption concerned. */
  readonly id?: string;
}

/** What a command did, summed from its events (so a retried command returns the same). */
export interface PointsCommandResult {
  /** The command's type. */
  readonly type: PointsCommand["type"];
  /**
   * The command's points: earned, awarded, redeemed, held, captured, released, asked back by a
   * refund, given back by a reversal, adjusted (signed), transferred, expired or activated.
   */
  readonly points: number;
  /** Lots the command created. */
  readonly lotIds: readonly string[];
  /** Members whose accounts moved, in event order. */
  readonly memberIds: readonly string[];
  /** Points now owed because of the command (`allow-debt`). */
  readonly debt: number;
  /** Points asked for but not redeemed (`clamp`), or asked back by a refund but left with the member. */
  readonly shortfall: number;
}

/** A command that took effect: its events (to persist, in order) and what it did. */
export interface PointsSuccess {
  /** The discriminant: took effect. */
  readonly ok: true;
  /**
   * The events, in order; the host appends them to its log atomically. Empty when the command
   * found nothing to do, and for a duplicate of a command from before the snapshot a ledger was
   * restored from (its result is kept, its events are in the host's log).
   */
  readonly events: readonly PointsEvent[];
  /** What the command did (for a duplicate, what it did the first time). */
  readonly result: PointsCommandResult;
  /** `true` when the id was seen before with the same payload: nothing was added. */
  readonly duplicate: boolean;
}

/** The outcome of {@link PointsLedger.execute}. */
export type PointsOutcome = PointsSuccess | PointsRefusal;
