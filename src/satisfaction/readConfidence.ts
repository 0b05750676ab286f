import { invalidArgument } from "../_lib/invalidArgument.js";

/**
 * Reads a confidence level: a number in (0, 1), default 0.95.
 *
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `field` (default
 *   `"options.confidence"`).
 * @internal
 */
export function readConfidence(value: unknown, field = "options.confidence"): number {
  if (value === undefined) return 0.95;
  if (typeof value !== "number" || !(value > 0 && value < 1)) throw invalidArgument(field, value, "a confidence level in (0, 1), such as 0.95");
  return value;
}
