/**
 * Why {@link minimize} stopped. The first four mean it converged (`converged: true`):
 *
 * - `"gradient-tolerance"` — ‖∇f(x)‖∞ ≤ `gradientTolerance`·S (BFGS), where
 *   S = max(1, min(|f(x0)|, |f(x)|)) is the size of f.
 * - `"function-tolerance"` — the last iteration lowered f by at most `functionTolerance`·S, or no
 *   step could lower f because the decrease the quasi-Newton model predicts, |∇f(x)ᵀp|, is below
 *   the rounding error of f, 64·ε·|f(x)| (BFGS): x is as good as the values of f can tell.
 * - `"step-tolerance"` — the last iteration moved no coordinate by more than
 *   `stepTolerance`·max(1, |xᵢ|) (BFGS).
 * - `"simplex-tolerance"` — every vertex of the simplex lies within `stepTolerance`·max(1, |xᵢ|) of
 *   the best one in every coordinate, and their values within `functionTolerance`·S (Nelder–Mead).
 *
 * Taking the smaller of |f(x0)| and |f(x)| in S makes the tests relative for large objectives
 * while keeping an objective that is unbounded below from passing them.
 *
 * The others mean it did not (`converged: false`); `x` is then the best point found:
 *
 * - `"max-iterations"` — the method used `maxIterations` iterations.
 * - `"line-search-failed"` — no step along the quasi-Newton direction nor along steepest descent
 *   lowered f, although the gradient says one should (the gradient is inconsistent with f, f is
 *   not smooth there, or f is noisier than its rounding error).
 * - `"non-finite"` — the gradient is not finite at the point reached, so BFGS cannot go on.
 */
export type MinimizeReason =
  | "gradient-tolerance"
  | "function-tolerance"
  | "step-tolerance"
  | "simplex-tolerance"
  | "max-iterations"
  | "line-search-failed"
  | "non-finite";

/**
 * Stopping rules shared by the optimiser's phases.
 *
 * @internal
 */
export interface StoppingRules {
  /** Most iterations of this phase. */
  readonly maxIterations: number;
  /** Stop when ‖∇f‖∞ ≤ gradientTolerance·S (see {@link StoppingRules.startValue}). */
  readonly gradientTolerance: number;
  /**
   * Stop when an iteration lowers f by no more than functionTolerance·S (BFGS), or when the values
   * at the vertices differ by no more than that (Nelder–Mead).
   */
  readonly functionTolerance: number;
  /** Stop when no coordinate moves by more than stepTolerance·max(1, |xᵢ|). */
  readonly stepTolerance: number;
  /**
   * f at the caller's starting point. The tolerances on f and ∇f are relative to the size of f,
   * S = max(1, min(|startValue|, |f|)): taking the smaller keeps an objective that is unbounded
   * below (|f| growing without limit) from loosening them.
   */
  readonly startValue: number;
}

/**
 * The outcome of one phase of the optimiser (a BFGS or a Nelder–Mead run).
 *
 * @internal
 */
export interface PhaseResult {
  /** The best point found. */
  readonly x: Float64Array;
  /** `f(x)`. */
  readonly value: number;
  /** Iterations taken. */
  readonly iterations: number;
  /** Why the phase stopped. */
  readonly reason: MinimizeReason;
}
