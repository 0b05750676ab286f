import { Decimal } from "./Decimal.js";
import { invalidArgument } from "./invalidArgument.js";

/** A decimal number written as a string in plain notation, such as `"129.90"` or `"-0.5"`. */
export type DecimalString = string;

/** A decimal in plain notation: an optional sign, digits, an optional fraction. */
export const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Re-wraps a money or rate input in the library's own {@link Decimal}: a {@link DecimalString} in
 * plain notation, or a finite number (read through its shortest round-trip representation, so
 * `0.1` is exactly one tenth). Throws `INVALID_ARGUMENT` naming `field` otherwise.
 */
export function toDecimal(value: DecimalString | number, field: string): Decimal {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalidArgument(field, value, "a finite number or a decimal string");
    return new Decimal(value);
  }
  if (typeof value !== "string" || !PLAIN_DECIMAL.test(value)) {
    throw invalidArgument(field, value, 'a decimal string in plain notation such as "129.90", or a finite number');
  }
  return new Decimal(value);
}
