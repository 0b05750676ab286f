import { callGradient } from "./callGradient.js";
import { finiteDifferenceGradient } from "./finiteDifferenceGradient.js";

/**
 * An objective as the optimisers see it: values that are never ±Infinity (anything not finite is
 * `NaN`), a gradient (analytic or by central differences) and counters of the work done.
 *
 * @internal
 */
export interface Objective {
  /** The number of variables. */
  readonly n: number;
  /** `f(x)`, or `NaN` when `f` returns anything that is not a finite number. Counted. */
  value(x: Float64Array): number;
  /**
   * What `f` itself returned at the latest call of {@link Objective.value}, before anything not
   * finite was mapped to `NaN` (for error messages); `undefined` before the first call.
   */
  readonly returned: unknown;
  /**
   * Writes the gradient at `x` (where `f(x) = fx`) into `out`; returns whether every entry is
   * finite. Counted once in `gradientEvaluations` (and, by differences, `2n` times in `evaluations`).
   */
  gradient(x: Float64Array, fx: number, out: Float64Array): boolean;
  /** Calls of `f` so far, including those made to difference the gradient. */
  readonly evaluations: number;
  /** Gradients computed so far (analytic calls or finite-difference gradients). */
  readonly gradientEvaluations: number;
}

/**
 * Wraps the caller's objective and optional analytic gradient into an {@link Objective}.
 *
 * An analytic gradient is called through {@link callGradient}, so an entry the caller forgets to
 * write shows up as a non-finite gradient instead of a stale number.
 *
 * @param f - the caller's objective.
 * @param gradient - the caller's analytic gradient, or `undefined` for central differences.
 * @param n - the number of variables.
 * @returns the counted objective.
 * @internal
 */
export function createObjective(
  f: (x: Float64Array) => number,
  gradient: ((x: Float64Array, out: Float64Array) => void) | undefined,
  n: number,
): Objective {
  let evaluations = 0;
  let gradientEvaluations = 0;
  let returned: unknown;

  const value = (x: Float64Array): number => {
    evaluations++;
    const v = f(x);
    returned = v;
    return typeof v === "number" && Number.isFinite(v) ? v : Number.NaN;
  };

  const gradientAt = (x: Float64Array, fx: number, out: Float64Array): boolean => {
    gradientEvaluations++;
    if (gradient === undefined) return finiteDifferenceGradient(value, x, fx, out);
    return callGradient(gradient, x, out);
  };

  return {
    n,
    value,
    gradient: gradientAt,
    get returned() {
      return returned;
    },
    get evaluations() {
      return evaluations;
    },
    get gradientEvaluations() {
      return gradientEvaluations;
    },
  };
}
