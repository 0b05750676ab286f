import { PatronageError } from "../PatronageError.js";
import { describeValue } from "./describeValue.js";

/**
 * The `INVALID_ARGUMENT` error for `field`: "`field` must be `expected`; received `value`".
 */
export function invalidArgument(field: string, value: unknown, expected: string): PatronageError {
  return new PatronageError("INVALID_ARGUMENT", `${field} must be ${expected}; received ${describeValue(value)}`, {
    field,
    value,
  });
}
