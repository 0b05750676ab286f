import { invalidArgument } from "./invalidArgument.js";

/** Throws `INVALID_ARGUMENT` unless `value` is a finite number (not NaN, not ±Infinity). */
export function assertFinite(value: unknown, field: string): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw invalidArgument(field, value, "a finite number");
  }
}
