import type { PointsBalance } from "./PointsBalance.js";
import type { PointsEvent } from "./PointsEvent.js";

/** One line of a {@link PointsStatement}: an event and how it moved the member's balance. */
export interface PointsStatementEntry {
  readonly seq: number;
  readonly at: string;
  readonly type: PointsEvent["type"];
  readonly commandId: string;
  /** Change of `available` (lots less debt). */
  readonly available: number;
  readonly pending: number;
  readonly held: number;
  /** Change of the debt owed. */
  readonly debt: number;
}

/** A member's account over `[from, to)`: opening balance, the events, closing balance. */
export interface PointsStatement {
  readonly memberId: string;
  /** Start (inclusive), ISO-8601, or `null` for the beginning of the log. */
  readonly from: string | null;
  /** End (exclusive), ISO-8601, or `null` for now. */
  readonly to: string | null;
  readonly opening: PointsBalance;
  readonly entries: readonly PointsStatementEntry[];
  readonly closing: PointsBalance;
}
