import type { PatronageError } from "../PatronageError.js";
import { assertPositive } from "../_lib/assertPositive.js";
import { describeValue } from "../_lib/describeValue.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { toFiniteVector } from "../_lib/toFiniteVector.js";
import { callGradient } from "./callGradient.js";
import { readGradientOption } from "./readGradientOption.js";

/** Options of {@link hessian}. Every field is optional. */
export interface HessianOptions {
  /**
   * The relative step: coordinate i is moved by hᵢ = step·max(|xᵢ|, 1). A finite number > 0, large
   * enough that xᵢ ± hᵢ differs from xᵢ for every i (at least about 1.1e-16, the unit roundoff).
   * Default ε^(1/4) ≈ 1.2e-4 when differencing f, ε^(1/3) ≈ 6.1e-6 when differencing the gradient
   * (ε = 2⁻⁵², the machine epsilon): the steps that balance truncation and rounding error.
   */
  readonly step?: number;
  /**
   * The analytic gradient of f: writes ∇f(x) into `out` (length n, every entry). When given, the
   * Hessian is taken by central differences of the gradient, which is more accurate (error of
   * order ε^(2/3) rather than ε^(1/2)) and costs 2n gradient calls; f itself is then not called.
   */
  readonly gradient?: (x: Float64Array, out: Float64Array) => void;
}

/**
 * The Hessian matrix of second partial derivatives ∂²f/∂xᵢ∂xⱼ at `x`, by central finite
 * differences, for example the observed information matrix of a negative log-likelihood at its
 * minimum, whose inverse estimates the covariance of the estimates (standard errors are the square
 * roots of its diagonal).
 *
 * With f alone (2n² + 1 evaluations), with hᵢ = step·max(|xᵢ|, 1):
 * - diagonal: (f(x + hᵢeᵢ) − 2f(x) + f(x − hᵢeᵢ)) / hᵢ²;
 * - off the diagonal, the four-point formula
 *   (f(x + hᵢeᵢ + hⱼeⱼ) − f(x + hᵢeᵢ − hⱼeⱼ) − f(x − hᵢeᵢ + hⱼeⱼ) + f(x − hᵢeᵢ − hⱼeⱼ)) / (4hᵢhⱼ).
 *
 * With `options.gradient` (2n gradient calls), row i is (∇f(x + hᵢeᵢ) − ∇f(x − hᵢeᵢ)) / (2hᵢ), and
 * the result is symmetrised as (H + Hᵀ)/2.
 *
 * Each step is rounded to a representable difference ((xᵢ + h) − xᵢ), so the divisor is the step
 * actually taken. Both formulas are exact for quadratics up to rounding; otherwise the error is
 * O(h²) truncation plus rounding. From f alone the rounding error of entry (i, j) is about
 * ε·|f(x)| / (hᵢhⱼ): some 1e-8 relative for a smooth f whose value is not much larger than its
 * curvature, but large when |f| dwarfs the curvature along a coordinate much smaller than the
 * others (a big constant term, parameters of very different sizes). Subtract such constants, scale
 * the parameters, or pass the gradient. The matrix is symmetric; it is not forced to be positive
 * definite.
 *
 * @param f - the function, called with a scratch `Float64Array` (do not keep or modify it).
 * @param x - the point: n ≥ 1 finite numbers; not modified.
 * @param options - the relative step and an optional analytic gradient.
 * @returns the n×n matrix as n rows: `H[i][j]` = ∂²f/∂xᵢ∂xⱼ, with `H[i][j] === H[j][i]`.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` when `f` is not a function, when `x` is
 *   empty or holds a value that is not finite (field `"x"`; the message names the element, as in
 *   `x[1]`), when f (or the gradient) is not finite at `x` or at a point probed near it (field
 *   `"x"`: move x away from the edge of the domain or pass a smaller `step`), when the second
 *   differences are not finite although every value is (field `"x"`: an entry overflows, or the
 *   steps underflow, at this scale of f and x), when `options` is not an object or an option is
 *   malformed (field `"options"` or `"options.<name>"`), or when `options.step` is so small that
 *   xᵢ ± hᵢ rounds to xᵢ for some i (field `"options.step"`).
 * @see Nocedal, J. & Wright, S. J. (2006), Numerical Optimization, 2nd ed., Springer, §8.1
 *   ("Approximating the Hessian"): second differences of f and differences of the gradient, and the
 *   choice of step that balances truncation and rounding error.
 * @see Dennis, J. E. & Schnabel, R. B. (1996), Numerical Methods for Unconstrained Optimization and
 *   Nonlinear Equations, SIAM, §5.6 (finite-difference Hessians).
 *
 * @example
 * ```ts
 * import { hessian } from "patronage/math";
 *
 * const f = (x: Float64Array) => x[0]! ** 2 + 3 * x[0]! * x[1]! + 2 * x[1]! ** 2;
 * const H = hessian(f, [1, 2]);
 * H.map((row) => Array.from(row, (v) => v.toFixed(6))); //=> [["2.000000", "3.000000"], ["3.000000", "4.000000"]]
 *
 * // Standard errors of a maximum-likelihood fit: minimise the negative log-likelihood, then
 * // invert its Hessian at the minimum. Here the normal log-likelihood of mean m with unit variance
 * // for the sample 1, 2, 6: the information is n = 3, so the standard error is 1/√3.
 * const nll = (m: Float64Array) => [1, 2, 6].reduce((s, v) => s + (v - m[0]!) ** 2 / 2, 0);
 * (1 / Math.sqrt(hessian(nll, [3])[0]![0]!)).toFixed(6); //=> "0.577350"
 * ```
 */
export function hessian(
  f: (x: Float64Array) => number,
  x: ArrayLike<number>,
  options: HessianOptions = {},
): Float64Array[] {
  if (typeof f !== "function") throw invalidArgument("f", f, "a function");
  const point = toFiniteVector(x, "x");
  const n = point.length;
  const gradient = readGradientOption(options);
  const step = options.step ?? (gradient === undefined ? Math.pow(Number.EPSILON, 0.25) : Math.cbrt(Number.EPSILON));
  assertPositive(step, "options.step");

  const H = Array.from({ length: n }, () => new Float64Array(n));
  // hUp[i] and hDown[i]: the representable steps up and down along coordinate i.
  const hUp = new Float64Array(n);
  const hDown = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const xi = point[i]!;
    const h = step * Math.max(Math.abs(xi), 1);
    hUp[i] = xi + h - xi;
    hDown[i] = xi - (xi - h);
    if (hUp[i] === 0 || hDown[i] === 0) {
      throw invalidArgument(
        "options.step",
        step,
        `a finite number > 0 large enough to move every coordinate of x (x[${i}] = ${describeValue(xi)} ± ` +
          `${describeValue(h)} rounds to x[${i}])`,
      );
    }
  }

  if (gradient !== undefined) {
    const gUp = new Float64Array(n);
    const gDown = new Float64Array(n);
    const gradientAt = (out: Float64Array): void => {
      if (!callGradient(gradient, point, out)) {
        throw notFiniteNear(x, "gradient", out.find((v) => !Number.isFinite(v)));
      }
    };
    for (let i = 0; i < n; i++) {
      const xi = point[i]!;
      point[i] = xi + hUp[i]!;
      gradientAt(gUp);
      point[i] = xi - hDown[i]!;
      gradientAt(gDown);
      point[i] = xi;
      const row = H[i]!;
      for (let j = 0; j < n; j++) row[j] = (gUp[j]! - gDown[j]!) / (hUp[i]! + hDown[i]!);
    }
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < i; j++) {
        const mean = 0.5 * (H[i]![j]! + H[j]![i]!);
        H[i]![j] = mean;
        H[j]![i] = mean;
      }
    }
    return checkedFinite(H, x);
  }

  const valueAt = (): number => {
    const v = f(point);
    if (typeof v !== "number" || !Number.isFinite(v)) throw notFiniteNear(x, "objective", v);
    return v;
  };
  const f0 = valueAt();
  for (let i = 0; i < n; i++) {
    const xi = point[i]!;
    point[i] = xi + hUp[i]!;
    const fUp = valueAt();
    point[i] = xi - hDown[i]!;
    const fDown = valueAt();
    point[i] = xi;
    // The steps up and down may differ by rounding: this is the second divided difference.
    const up = hUp[i]!;
    const down = hDown[i]!;
    H[i]![i] = (2 * ((fUp - f0) / up - (f0 - fDown) / down)) / (up + down);

    for (let j = 0; j < i; j++) {
      const xj = point[j]!;
      point[i] = xi + up;
      point[j] = xj + hUp[j]!;
      const fPP = valueAt();
      point[j] = xj - hDown[j]!;
      const fPM = valueAt();
      point[i] = xi - down;
      const fMM = valueAt();
      point[j] = xj + hUp[j]!;
      const fMP = valueAt();
      point[i] = xi;
      point[j] = xj;
      const mixed = (fPP - fPM - fMP + fMM) / ((up + down) * (hUp[j]! + hDown[j]!));
      H[i]![j] = mixed;
      H[j]![i] = mixed;
    }
  }
  return checkedFinite(H, x);
}

/** The error for an objective or gradient that is not finite at x or near it. */
function notFiniteNear(x: ArrayLike<number>, what: "objective" | "gradient", returned: unknown): PatronageError {
  return invalidArgument(
    "x",
    x,
    `a point where the ${what} is finite nearby (the ${what} is not finite at x or at a point probed ` +
      `near it: it returned ${describeValue(returned)}; move x away from the edge of the domain or pass ` +
      "a smaller options.step)",
  );
}

/** Returns H after checking that every entry is finite (values near the overflow or underflow of doubles). */
function checkedFinite(H: Float64Array[], x: ArrayLike<number>): Float64Array[] {
  for (let i = 0; i < H.length; i++) {
    const row = H[i]!;
    for (let j = 0; j < row.length; j++) {
      if (!Number.isFinite(row[j])) {
        throw invalidArgument(
          "x",
          x,
          "a point where the objective's second differences are finite (the objective's second differences " +
            `are not finite near x: H[${i}][${j}] is ${describeValue(row[j])}; rescale f or x, or pass another ` +
            "options.step)",
        );
      }
    }
  }
  return H;
}
