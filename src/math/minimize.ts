import { assertNonNegative } from "../_lib/assertNonNegative.js";
import { assertSafeInteger } from "../_lib/assertSafeInteger.js";
import { describeValue } from "../_lib/describeValue.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { toFiniteVector } from "../_lib/toFiniteVector.js";
import type { MinimizeReason, PhaseResult, StoppingRules } from "./StoppingRules.js";
import { bfgs } from "./bfgs.js";
import { createObjective, type Objective } from "./createObjective.js";
import { nelderMead } from "./nelderMead.js";
import { readGradientOption } from "./readGradientOption.js";

export type { MinimizeReason } from "./StoppingRules.js";

/**
 * The methods {@link minimize} can run: `"bfgs"`, the BFGS quasi-Newton method with a strong Wolfe
 * line search, which uses the gradient; and `"nelder-mead"`, the derivative-free simplex method.
 */
export type MinimizeMethod = "bfgs" | "nelder-mead";

/** Options of {@link minimize}. Every field is optional. */
export interface MinimizeOptions {
  /**
   * The analytic gradient: writes ∇f(x) into `out` (length n, every entry). Without it the gradient
   * is taken by central differences with the step ε^(1/3)·max(|xᵢ|, 1), falling back to a one-sided
   * difference where f is not finite on one side. `x` is a scratch array owned by `minimize`; do not
   * keep or modify it.
   */
  readonly gradient?: (x: Float64Array, out: Float64Array) => void;
  /** The method: `"bfgs"` (the default) or `"nelder-mead"`. */
  readonly method?: MinimizeMethod;
  /**
   * The most iterations of each phase (a BFGS run, a Nelder–Mead run); a safe integer ≥ 1.
   * Default max(1000, 500·n), enough for Nelder–Mead, which needs far more iterations than BFGS.
   */
  readonly maxIterations?: number;
  /**
   * BFGS converges when ‖∇f(x)‖∞ ≤ gradientTolerance·max(1, min(|f(x0)|, |f(x)|)): absolute for
   * objectives of order 1, relative for large ones such as a negative log-likelihood summed over
   * many observations. (Taking the smaller of the two values keeps an objective that is unbounded
   * below from passing the test.) A finite number ≥ 0; default 1e-8.
   */
  readonly gradientTolerance?: number;
  /**
   * BFGS converges when an iteration lowers f by at most
   * functionTolerance·max(1, min(|f(x0)|, |f(x)|)); Nelder–Mead requires the values at the
   * vertices of its simplex to be that close to each other. A finite number ≥ 0. Default 1e-15 for
   * BFGS, where the test only detects that f has stopped decreasing (a few units of rounding: BFGS
   * converges on the gradient), and 1e-12 for Nelder–Mead, where it is a convergence test proper.
   * Set 0 to turn the test off for BFGS.
   */
  readonly functionTolerance?: number;
  /**
   * BFGS converges when an iteration moves no coordinate by more than
   * stepTolerance·max(1, |xᵢ|); Nelder–Mead requires every vertex to be that close to the best
   * one. A finite number ≥ 0; default 1e-10. Set 0 to turn the test off for BFGS.
   */
  readonly stepTolerance?: number;
  /**
   * When BFGS stops without converging for any reason other than `maxIterations` (a failed line
   * search, a gradient that is not finite), run Nelder–Mead from the best point found, then BFGS
   * again from Nelder–Mead's answer to polish it. Default `true`. Ignored by `"nelder-mead"`.
   */
  readonly fallback?: boolean;
}

/** The outcome of {@link minimize}: the best point found and how it was reached. */
export interface MinimizeResult {
  /** The best point found (a new array; `x0` is never modified). */
  readonly x: Float64Array;
  /** f(x), finite. */
  readonly value: number;
  /**
   * ∇f(x), analytic or by central differences as configured, every entry finite; `null` when the
   * gradient is not finite at x (an entry of `options.gradient` that is not a finite number or is
   * left unwritten, or f not finite on both sides of a coordinate), which happens only when
   * `reason` is `"non-finite"` or when Nelder–Mead produced `x`.
   */
  readonly gradient: Float64Array | null;
  /**
   * ‖∇f(x)‖∞, the largest absolute entry of `gradient`, finite; `null` exactly when `gradient` is
   * `null`.
   */
  readonly gradientNorm: number | null;
  /** Iterations over all phases (BFGS iterations plus Nelder–Mead iterations). */
  readonly iterations: number;
  /** Calls of f, including those made by finite-difference gradients. */
  readonly evaluations: number;
  /** Gradients computed: calls of `options.gradient`, or finite-difference gradients. */
  readonly gradientEvaluations: number;
  /** Whether a convergence test was met (see {@link MinimizeReason}). */
  readonly converged: boolean;
  /** Why the method that produced `x` stopped. */
  readonly reason: MinimizeReason;
  /** The method whose run produced `x`. */
  readonly method: MinimizeMethod;
  /** Whether BFGS failed and the Nelder–Mead fallback ran. */
  readonly usedFallback: boolean;
}

const METHODS: readonly MinimizeMethod[] = ["bfgs", "nelder-mead"];

/**
 * Finds a local minimum of a smooth function f: ℝⁿ → ℝ, such as a negative log-likelihood.
 *
 * By default it runs BFGS: the quasi-Newton method with the inverse-Hessian update of Nocedal &
 * Wright (Algorithm 6.1, eq. 6.17), the initial scaling H₀ = (yᵀs / yᵀy)·I after the first step
 * (eq. 6.20), and a line search that satisfies the strong Wolfe conditions (Algorithms 3.5 and
 * 3.6, with cubic and quadratic interpolation and Moré–Thuente safeguards). The update is skipped
 * when yᵀs is not sufficiently positive. The gradient is `options.gradient` or central differences.
 *
 * f may return `NaN` or ±Infinity outside its domain (a log of a negative parameter, say): the line
 * search treats such a trial point as a step too far and backs off. If BFGS still fails (a failed
 * line search, a gradient that is not finite), it falls back to Nelder–Mead (Lagarias et al. 1998
 * with the adaptive coefficients of Gao & Han 2012) from the best point found, then polishes that
 * answer with BFGS; `method` and `usedFallback` say which produced the result.
 *
 * Not converging is reported, never thrown: check `converged` and `reason`. The answer is
 * deterministic (no randomness) and `x0` is not modified. Work on a scale where f is of order 1 or
 * larger and the parameters are of order 1 (optimise log-rates rather than rates of 1e-6).
 *
 * @param f - the objective. It receives a scratch `Float64Array` owned by `minimize` (do not keep
 *   or modify it) and returns a number; anything not finite counts as outside the domain.
 * @param x0 - the starting point: n ≥ 1 finite numbers where f is finite.
 * @param options - the gradient, method, tolerances, iteration limit and fallback (all optional).
 * @returns the best point, its value and gradient (`null`, with its norm, where the gradient is not
 *   finite), the work done, and whether and why it converged.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` when `f` is not a function, when `x0` is
 *   empty or holds a value that is not finite (field `"x0"`; the message names the element, as in
 *   `x0[3]`), when f(x0) is not finite (field `"x0"`; the message gives what f returned), or when
 *   `options` is not an object or an option is malformed (field `"options"` or `"options.<name>"`).
 * @see Nocedal, J. & Wright, S. J. (2006), Numerical Optimization, 2nd ed., Springer: §3.5
 *   (Algorithms 3.5 and 3.6), §6.1 (Algorithm 6.1, eqs. 6.17 and 6.20), §8.1 (finite differences).
 * @see Lagarias, J. C., Reeds, J. A., Wright, M. H. & Wright, P. E. (1998), Convergence properties
 *   of the Nelder–Mead simplex method in low dimensions, SIAM J. Optim. 9(1), 112–147.
 * @see Gao, F. & Han, L. (2012), Implementing the Nelder–Mead simplex algorithm with adaptive
 *   parameters, Comput. Optim. Appl. 51(1), 259–277.
 *
 * @example
 * ```ts
 * import { minimize } from "patronage/math";
 *
 * // Rosenbrock's function, from the standard start.
 * const rosenbrock = (x: Float64Array) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
 * const result = minimize(rosenbrock, [-1.2, 1]);
 * result.converged; //=> true
 * result.method; //=> "bfgs"
 * Array.from(result.x, (v) => v.toFixed(6)); //=> ["1.000000", "1.000000"]
 *
 * // A non-smooth function, by Nelder–Mead.
 * const taxicab = minimize((x) => Math.abs(x[0]! - 1) + Math.abs(x[1]! + 2), [0, 0], {
 *   method: "nelder-mead",
 * });
 * taxicab.reason; //=> "simplex-tolerance"
 * Array.from(taxicab.x, (v) => v.toFixed(6)); //=> ["1.000000", "-2.000000"]
 * ```
 */
export function minimize(
  f: (x: Float64Array) => number,
  x0: ArrayLike<number>,
  options: MinimizeOptions = {},
): MinimizeResult {
  if (typeof f !== "function") throw invalidArgument("f", f, "a function");
  const start = toFiniteVector(x0, "x0");
  const n = start.length;
  const gradient = readGradientOption(options);
  const { method = "bfgs", fallback = true } = options;
  if (!METHODS.includes(method)) throw invalidArgument("options.method", method, '"bfgs" or "nelder-mead"');
  if (typeof fallback !== "boolean") throw invalidArgument("options.fallback", fallback, "a boolean");
  const objective = createObjective(f, gradient, n);
  const settings = toSettings(options, n);
  const f0 = objective.value(start);
  if (Number.isNaN(f0)) {
    throw invalidArgument(
      "x0",
      x0,
      "a point where the objective is finite (the objective is not finite at x0: f(x0) returned " +
        `${describeValue(objective.returned)})`,
    );
  }
  const rules: StoppingRules = { ...settings, startValue: f0 };
  const simplexRules: StoppingRules = { ...rules, functionTolerance: options.functionTolerance ?? 1e-12 };

  if (method === "nelder-mead") {
    const simplex = nelderMead(objective, start, f0, simplexRules);
    return result(objective, simplex, withGradient(objective, simplex), simplex.iterations, "nelder-mead", false);
  }

  const first = bfgs(objective, start, f0, rules);
  if (isConverged(first.reason) || !fallback || first.reason === "max-iterations") {
    return result(objective, first, first.gradient, first.iterations, "bfgs", false);
  }
  const simplex = nelderMead(objective, first.x, first.value, simplexRules);
  const polish = bfgs(objective, simplex.x, simplex.value, rules);
  const iterations = first.iterations + simplex.iterations + polish.iterations;
  if (isConverged(polish.reason) || polish.value < simplex.value) {
    return result(objective, polish, polish.gradient, iterations, "bfgs", true);
  }
  return result(objective, simplex, withGradient(objective, simplex), iterations, "nelder-mead", true);
}

/** Reads and checks the iteration limit and tolerances, filling in the defaults. */
function toSettings(options: MinimizeOptions, n: number): Omit<StoppingRules, "startValue"> {
  const {
    maxIterations = Math.max(1000, 500 * n),
    gradientTolerance = 1e-8,
    functionTolerance = 1e-15,
    stepTolerance = 1e-10,
  } = options;
  assertSafeInteger(maxIterations, "options.maxIterations", 1);
  assertNonNegative(gradientTolerance, "options.gradientTolerance");
  assertNonNegative(functionTolerance, "options.functionTolerance");
  assertNonNegative(stepTolerance, "options.stepTolerance");
  return { maxIterations, gradientTolerance, functionTolerance, stepTolerance };
}

function isConverged(reason: MinimizeReason): boolean {
  return (
    reason === "gradient-tolerance" ||
    reason === "function-tolerance" ||
    reason === "step-tolerance" ||
    reason === "simplex-tolerance"
  );
}

/** The gradient at the end point of a Nelder–Mead run (its entries may not be finite). */
function withGradient(objective: Objective, phase: PhaseResult): Float64Array {
  const g = new Float64Array(objective.n);
  objective.gradient(Float64Array.from(phase.x), phase.value, g);
  return g;
}

/** The result of `minimize` from the phase that produced x, with `gradient` null unless finite. */
function result(
  objective: Objective,
  phase: PhaseResult,
  gradient: Float64Array,
  iterations: number,
  method: MinimizeMethod,
  usedFallback: boolean,
): MinimizeResult {
  let gradientNorm: number | null = 0;
  for (let i = 0; i < gradient.length; i++) {
    const gi = Math.abs(gradient[i]!);
    if (!Number.isFinite(gi)) {
      gradientNorm = null;
      break;
    }
    gradientNorm = Math.max(gradientNorm, gi);
  }
  return {
    x: phase.x,
    value: phase.value,
    gradient: gradientNorm === null ? null : gradient,
    gradientNorm,
    iterations,
    evaluations: objective.evaluations,
    gradientEvaluations: objective.gradientEvaluations,
    converged: isConverged(phase.reason),
    reason: phase.reason,
    method,
    usedFallback,
  };
}
