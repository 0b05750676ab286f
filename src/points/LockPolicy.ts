/**
 * How long points earned on an order (by the earning rules, or explicit points credited for an
 * `orderId`) stay pending before they become available: until the lock ends and, when the order
 * gives one, until `order.returnWindowEndsAt`, whichever is later. Pending points cannot be spent;
 * a refund takes them back first. Event awards and credits without an order are not locked.
 */
export interface LockPolicy {
  /**
   * Calendar days of the lock, an integer in [0, 3 660], added on the wall clock of the
   * programme's zone (7 days after 12:00 is 12:00 local); 0 with `roundTo: "none"` is no lock [0].
   */
  readonly days: number;
  /** `"endOfDay"` pushes the end of the lock to the start of the next local day (points become available at local midnight); `"none"` keeps it ["none"]. */
  readonly roundTo: "none" | "endOfDay";
}

/** A {@link LockPolicy} as a caller writes it: every field may be left out. */
export interface LockPolicyInput {
  /** Default 0. */
  readonly days?: number | undefined;
  /** Default `"none"`. */
  readonly roundTo?: LockPolicy["roundTo"] | undefined;
}
