import { invalidArgument } from "../_lib/invalidArgument.js";

/**
 * Refuses an options object with a key that is not in `allowed`, so that a typo (`{ side: 1 }` for
 * `{ sides: 1 }`) is an error instead of a silently ignored option. Keys whose value is `undefined`
 * are refused too: an unknown key is a mistake whatever its value. Does nothing when `options` is
 * not an object (the caller checks that).
 *
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `${field}.${key}` for the first
 *   unknown key.
 * @internal
 */
export function assertKnownKeys(options: unknown, allowed: readonly string[], field: string): void {
  if (typeof options !== "object" || options === null) return;
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw invalidArgument(`${field}.${key}`, (options as Record<string, unknown>)[key], `absent: the known keys of ${field} are ${allowed.join(", ")}`);
    }
  }
}
