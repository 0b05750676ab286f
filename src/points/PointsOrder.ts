import type { DecimalString } from "../_lib/toDecimal.js";

/** One line of a {@link PointsOrder} (no other field is accepted: `qty` is an error). */
export interface PointsOrderLine {
  /** The line's id, unique within the order: refunds name it. */
  readonly lineId: string;
  /** What the member paid for the line (after discounts), in the programme's currency; ≥ 0. */
  readonly amount: DecimalString | number;
  /** Units on the line (a safe integer ≥ 1; default 1): `fixed` rules `per: "unit"` count them. */
  readonly quantity?: number;
  /** The product's SKU, matched by `appliesTo.skus`. */
  readonly sku?: string;
  /** The product's category, matched by `appliesTo.categories`. */
  readonly category?: string;
}

/** An order as the earning rules see it (no other field is accepted). */
export interface PointsOrder {
  /** The order's id: an order earns once, and refunds name it. */
  readonly orderId: string;
  /** When the purchase happened (default: the command's `now`); rule conditions are read at this instant. */
  readonly at?: Date | string;
  /** The sales channel, matched by `conditions.channels`. */
  readonly channel?: string;
  /** The order's lines (at least one). */
  readonly lines: readonly PointsOrderLine[];
  /** Points of the order stay pending at least until this instant (the end of its return window). */
  readonly returnWindowEndsAt?: Date | string;
}
