import { invalidArgument } from "./invalidArgument.js";

/** Throws `INVALID_ARGUMENT` unless `value` is a finite number ≥ 0. */
export function assertNonNegative(value: unknown, field: string): asserts value is number {
  if (typeof value !== "number" || !(value >= 0) || value === Infinity) {
    throw invalidArgument(field, value, "a finite number ≥ 0");
  }
}
