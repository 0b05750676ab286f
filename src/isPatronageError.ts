import { isBranded, type PatronageError, type PatronageErrorCode } from "./PatronageError.js";

/** A {@link PatronageError} known to carry the code `C`: what {@link isPatronageError} narrows to. */
export type PatronageErrorWithCode<C extends PatronageErrorCode> = PatronageError & {
  /** The code that was checked. */
  readonly code: C;
};

/**
 * Whether `value` is a {@link PatronageError} thrown by any copy of `patronage` (ESM or CommonJS,
 * any subpath), optionally with a given code.
 *
 * @param value - anything caught.
 * @param code - when given, also require this {@link PatronageErrorCode}.
 * @returns `true` when `value` is a `PatronageError` (with that code, if one was given).
 *
 * @example
 * ```ts
 * import { isPatronageError } from "patronage";
 * import { normalQuantile } from "patronage/math";
 *
 * try {
 *   normalQuantile(1.5);
 * } catch (error) {
 *   isPatronageError(error); //=> true
 *   isPatronageError(error, "INVALID_ARGUMENT"); //=> true
 *   isPatronageError(error, "CONFLICT"); //=> false
 * }
 * isPatronageError(new Error("plain")); //=> false
 * ```
 */
export function isPatronageError<C extends PatronageErrorCode>(
  value: unknown,
  code?: C,
): value is PatronageErrorWithCode<C> {
  return isBranded(value) && (code === undefined || value.code === code);
}
