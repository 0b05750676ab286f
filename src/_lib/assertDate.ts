import { invalidArgument } from "./invalidArgument.js";

/** Throws `INVALID_ARGUMENT` unless `value` is a `Date` holding a valid instant. */
export function assertDate(value: unknown, field: string): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw invalidArgument(field, value, "a valid Date");
  }
}
