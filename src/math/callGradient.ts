/**
 * Calls the caller's analytic gradient at `x` and reports whether it wrote finite numbers.
 *
 * `out` is filled with `NaN` first, so an entry the gradient forgets to write shows up as not
 * finite instead of as a stale number.
 *
 * @param gradient - the caller's analytic gradient, writing ∇f(x) into `out`.
 * @param x - the point (passed on as is).
 * @param out - receives the gradient; its length is the number of variables.
 * @returns whether every entry of `out` is a finite number.
 * @internal
 */
export function callGradient(
  gradient: (x: Float64Array, out: Float64Array) => void,
  x: Float64Array,
  out: Float64Array,
): boolean {
  out.fill(Number.NaN);
  gradient(x, out);
  for (let i = 0; i < out.length; i++) if (!Number.isFinite(out[i])) return false;
  return true;
}
