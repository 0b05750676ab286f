/**
 * The stable codes a {@link PatronageError} carries. Discriminate on these, never on the message.
 *
 * - `INVALID_ARGUMENT` — an argument is malformed or outside its domain (NaN, negative, out of range).
 * - `INVALID_CONFIG` — a configuration object (a programme, a rule set) fails its schema or its invariants.
 * - `INSUFFICIENT_DATA` — the input is well formed but too small to compute the result (an empty sample).
 * - `NOT_CONVERGED` — an iterative method could not reach a usable answer.
 * - `DUPLICATE_ID` — an identifier that must be unique appears twice.
 * - `CONFLICT` — a request contradicts one already recorded (an idempotency key reused with another payload).
 */
export type PatronageErrorCode =
  | "INVALID_ARGUMENT"
  | "INVALID_CONFIG"
  | "INSUFFICIENT_DATA"
  | "NOT_CONVERGED"
  | "DUPLICATE_ID"
  | "CONFLICT";

/** Optional details attached to a {@link PatronageError}. */
export interface PatronageErrorOptions {
  /** The underlying error, such as the `ZodError` a schema produced. */
  readonly cause?: unknown;
  /** The path of the offending field, such as `"x"` or `"program.earnRules[0].per"`. */
  readonly field?: string;
  /** The offending value, as it was received. */
  readonly value?: unknown;
}

/**
 * The brand that marks every {@link PatronageError}. It is a registered symbol, so the ESM build,
 * the CommonJS build and every subpath share it even when they load separate copies of the class.
 */
const brand: unique symbol = Symbol.for("patronage.PatronageError") as never;

/**
 * The one error class `patronage` throws, for contract violations only: expected business outcomes
 * (a refused ledger command, say) are returned as values, not thrown.
 *
 * Discriminate on {@link PatronageError.code}; do not subclass. `instanceof PatronageError` holds for
 * an error thrown by any copy of the library (ESM or CommonJS, any subpath), because it checks a
 * `Symbol.for` brand instead of the prototype chain.
 *
 * @example
 * ```ts
 * import { PatronageError } from "patronage";
 * import { logGamma } from "patronage/math";
 *
 * try {
 *   logGamma(-2);
 * } catch (error) {
 *   if (error instanceof PatronageError) {
 *     error.code; //=> "INVALID_ARGUMENT"
 *     error.field; //=> "x"
 *     error.message; //=> "x must be a finite number that is not zero or a negative integer; received -2"
 *   }
 * }
 * ```
 */
export class PatronageError extends Error {
  /** Always `"PatronageError"`. */
  override readonly name = "PatronageError";
  /** The stable, machine-readable reason. */
  readonly code: PatronageErrorCode;
  /** The path of the offending field, when one field is to blame. */
  readonly field: string | undefined;
  /** The offending value as received, when one field is to blame. */
  readonly value: unknown;
  /** The brand checked by `instanceof` and {@link isPatronageError}. */
  readonly [brand] = true;

  /**
   * @param code - the stable reason.
   * @param message - a sentence naming the field and the value received.
   * @param options - the cause, field and value.
   */
  constructor(code: PatronageErrorCode, message: string, options: PatronageErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.value = options.value;
  }

  /**
   * Makes `instanceof` check the brand, so it holds across the ESM and CommonJS builds.
   *
   * @param value - the value on the left of `instanceof`.
   * @returns whether `value` is a `PatronageError` from any copy of the library.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(value);
  }
}

/**
 * Whether `value` carries the brand of a {@link PatronageError}.
 *
 * @internal
 */
export function isBranded(value: unknown): value is PatronageError {
  return typeof value === "object" && value !== null && (value as { [brand]?: unknown })[brand] === true;
}
