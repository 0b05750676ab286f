import { PatronageError } from "../PatronageError.js";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Throws `INVALID_ARGUMENT` naming `path.key` (`order.lines[0].qty`) for the first enumerable key
 * of `value` that is not in `known` (`path[index]` when an index is given, so that callers build
 * no path unless there is an error): the inputs of the earning rules are closed, so a misspelt
 * field (`firstPurchse`) is an error rather than silently ignored. No allocation when every key is
 * known.
 *
 * @internal
 */
export function rejectUnknownKeys(value: object, known: ReadonlySet<string>, path: string, what: string, index?: number): void {
  for (const key in value) {
    if (known.has(key)) continue;
    const at = index === undefined ? path : `${path}[${index}]`;
    const field = IDENTIFIER.test(key) ? `${at}.${key}` : `${at}[${JSON.stringify(key)}]`;
    throw new PatronageError(
      "INVALID_ARGUMENT",
      `${field} is not a field of ${what} (known: ${[...known].join(", ")})`,
      { field, value: (value as Record<string, unknown>)[key] },
    );
  }
}
