import { invalidArgument } from "./invalidArgument.js";

/**
 * Throws `INVALID_ARGUMENT` unless `value` is a probability: a number in [0, 1], or in the open
 * interval (0, 1) when `open` is true.
 */
export function assertProbability(value: unknown, field: string, open = false): asserts value is number {
  const ok = typeof value === "number" && (open ? value > 0 && value < 1 : value >= 0 && value <= 1);
  if (!ok) throw invalidArgument(field, value, open ? "a probability in (0, 1)" : "a probability in [0, 1]");
}
