/**
 * The relative step of a central difference of a first derivative: the cube root of the machine
 * epsilon (≈ 6.1e-6) balances the truncation error (∝ h²) against the rounding error (∝ ε/h).
 */
const CENTRAL_STEP = Math.cbrt(Number.EPSILON);

/**
 * Writes the gradient of `f` at `x` into `out` by central differences,
 * `(f(x + hᵢeᵢ) − f(x − hᵢeᵢ)) / (2hᵢ)` with `hᵢ = ε^(1/3)·max(|xᵢ|, 1)`. Each step is rounded to a
 * representable difference (`(xᵢ + h) − xᵢ`), so the divisor is the step actually taken.
 *
 * When `f` is not finite on one side of `x` (a point close to the edge of its domain), that
 * component falls back to the one-sided difference on the other side, using `fx = f(x)`. When `f`
 * is not finite on both sides, the component is `NaN`.
 *
 * `x` is perturbed in place and restored exactly before returning; `f` must return `NaN` (not
 * throw) where it is not finite. Costs `2n` evaluations of `f`.
 *
 * @param f - the objective, returning `NaN` where it is not finite.
 * @param x - the point; modified during the call and restored.
 * @param fx - `f(x)`, finite.
 * @param out - receives the gradient (length `n`).
 * @returns whether every component of the gradient is finite.
 * @see Nocedal, J. & Wright, S. J. (2006), Numerical Optimization, 2nd ed., §8.1 (central
 *   differences and the step that balances truncation and rounding error).
 * @internal
 */
export function finiteDifferenceGradient(
  f: (x: Float64Array) => number,
  x: Float64Array,
  fx: number,
  out: Float64Array,
): boolean {
  let finite = true;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const h = CENTRAL_STEP * Math.max(Math.abs(xi), 1);
    x[i] = xi + h;
    const hUp = x[i]! - xi;
    const fUp = f(x);
    x[i] = xi - h;
    const hDown = xi - x[i]!;
    const fDown = f(x);
    x[i] = xi;
    let gi: number;
    if (Number.isFinite(fUp) && Number.isFinite(fDown)) gi = (fUp - fDown) / (hUp + hDown);
    else if (Number.isFinite(fUp)) gi = (fUp - fx) / hUp;
    else if (Number.isFinite(fDown)) gi = (fx - fDown) / hDown;
    else gi = Number.NaN;
    out[i] = gi;
    if (!Number.isFinite(gi)) finite = false;
  }
  return finite;
}
