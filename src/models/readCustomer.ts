import { invalidArgument } from "../_lib/invalidArgument.js";

/**
 * Validates one customer's `{ frequency, recency, T }` with the checks of `readSummaryColumns`
 * (frequency a safe integer ≥ 0; T finite ≥ 0; 0 ≤ recency ≤ T; recency 0 when frequency is 0),
 * naming `customer.frequency`, `customer.recency`, `customer.T`.
 *
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT`.
 * @internal
 */
export function readCustomer(customer: unknown, root = "customer"): { x: number; tx: number; T: number } {
  if (typeof customer !== "object" || customer === null) throw invalidArgument(root, customer, "an object { frequency, recency, T }");
  const { frequency: x, recency: tx, T } = customer as Record<string, unknown>;
  if (typeof x !== "number" || !Number.isSafeInteger(x) || x < 0) throw invalidArgument(`${root}.frequency`, x, "a safe integer ≥ 0");
  if (typeof T !== "number" || !(T >= 0 && T < Infinity)) throw invalidArgument(`${root}.T`, T, "a finite number ≥ 0");
  if (typeof tx !== "number" || !(tx >= 0 && tx <= T)) throw invalidArgument(`${root}.recency`, tx, `a finite number in [0, T] (T = ${T})`);
  if (x === 0 && tx !== 0) throw invalidArgument(`${root}.recency`, tx, "0 when frequency is 0");
  return { x, tx, T };
}
