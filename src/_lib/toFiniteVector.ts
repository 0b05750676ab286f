import { invalidArgument } from "./invalidArgument.js";

const EXPECTED = "a non-empty array of finite numbers";

/**
 * Checks that `value` is a non-empty array-like (an array, a typed array, `{ length, 0: … }`) of
 * finite numbers and returns a copy as a new `Float64Array`; `value` is not modified.
 *
 * Every element is checked before the copy is allocated, so an array-like with a huge `length` and
 * no elements is rejected rather than allocated.
 *
 * @param value - the caller's vector.
 * @param field - its parameter name, such as `"x0"`.
 * @returns a new `Float64Array` holding the same numbers.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `field`: when `value` is not an
 *   array-like with a length that is a safe integer ≥ 1, or when an element is not a finite number
 *   (the message then names that element, as in `x0[3]`, and the error carries it as `value`).
 */
export function toFiniteVector(value: unknown, field: string): Float64Array {
  if (typeof value !== "object" || value === null) throw invalidArgument(field, value, EXPECTED);
  const vector = value as ArrayLike<unknown>;
  const { length } = vector;
  if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 1) {
    throw invalidArgument(field, value, EXPECTED);
  }
  for (let i = 0; i < length; i++) {
    const v = vector[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw invalidArgument(field, v, `${EXPECTED} (${field}[${i}] is not)`);
    }
  }
  return Float64Array.from(vector as ArrayLike<number>);
}
