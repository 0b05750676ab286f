/**
 * Copies a column into a `Float64Array`. Elements of an array that are not numbers (`"2"`, `true`,
 * `null`) become NaN rather than being coerced, so the caller's validation rejects them and names
 * them; typed arrays hold numbers only and are copied as they are.
 *
 * @internal
 */
export function toNumberColumn(column: ArrayLike<unknown>): Float64Array {
  if (ArrayBuffer.isView(column)) return Float64Array.from(column as ArrayLike<number>);
  const out = new Float64Array(column.length);
  for (let i = 0; i < out.length; i++) {
    const value = column[i];
    out[i] = typeof value === "number" ? value : NaN;
  }
  return out;
}
