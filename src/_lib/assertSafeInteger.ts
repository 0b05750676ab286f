import { invalidArgument } from "./invalidArgument.js";

/**
 * Throws `INVALID_ARGUMENT` unless `value` is a safe integer (`Number.isSafeInteger`) of at least
 * `min` (default: no lower bound).
 */
export function assertSafeInteger(value: unknown, field: string, min = Number.MIN_SAFE_INTEGER): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) {
    const bound = min === Number.MIN_SAFE_INTEGER ? "" : ` ≥ ${min}`;
    throw invalidArgument(field, value, `a safe integer${bound}`);
  }
}
