import type { PointsBalance } from "./PointsBalance.js";
import type { PointsEvent } from "./PointsEvent.js";

/** One line of a {@link PointsStatement}: an event and how it moved the member's balance. */
export interface PointsStatementEntry {
  /** The event's position in the log. */
  readonly seq: number;
  /** When the event happened (its command's `now`, ISO-8601). */
  readonly at: string;
  /** The event's type. */
  readonly type: PointsEvent["type"];
  /** The command that produced the event. */
  readonly commandId: string;
  /** Change of `available` (lots less debt). */
  readonly available: number;
  /** Change of `pending`. */
  readonly pending: number;
  /** Change of `held`. */
  readonly held: number;
  /** Change of the debt owed. */
  readonly debt: number;
}

/** A member's account over `[from, to)`: opening balance, the events, closing balance. */
export interface PointsStatement {
  /** The member. */
  readonly memberId: string;
  /** Start (inclusive), ISO-8601, or `null` for the beginning of the log. */
  readonly from: string | null;
  /** End (exclusive), ISO-8601, or `null` for now. */
  readonly to: string | null;
  /** The balance at `from`. */
  readonly opening: PointsBalance;
  /** The member's events in `[from, to)`, in log order. */
  readonly entries: readonly PointsStatementEntry[];
  /** The balance at `to`: `opening` plus every entry. */
  readonly closing: PointsBalance;
}
