import type { PhaseResult, StoppingRules } from "./StoppingRules.js";
import type { Objective } from "./createObjective.js";
import { sizeOf } from "./sizeOf.js";
import { createLineSearchWorkspace, strongWolfeLineSearch } from "./strongWolfeLineSearch.js";

/** What a BFGS run also returns: the gradient at its final point. */
interface BfgsResult extends PhaseResult {
  /** The gradient at `x` (may hold NaN when `reason` is `"non-finite"`). */
  readonly gradient: Float64Array;
}

/**
 * A yᵀs below this multiple of ‖s‖₂‖y‖₂ leaves the inverse Hessian unchanged: the update would
 * not keep it positive definite to working precision.
 */
const CURVATURE_FLOOR = Math.sqrt(Number.EPSILON);

/**
 * A predicted decrease |∇fᵀp| below this multiple of |f| is lost in the rounding of f (64 units in
 * the last place, allowing for the rounding accumulated in computing f).
 */
const ROUNDING = 64 * Number.EPSILON;

/**
 * The BFGS quasi-Newton method with the inverse-Hessian update (Nocedal & Wright 2006,
 * Algorithm 6.1, eq. 6.17) and a strong Wolfe line search.
 *
 * The inverse-Hessian approximation H starts as the identity; the first step is limited so that
 * no coordinate moves farther than max(1, ‖x‖∞), and once the first step is taken H is rescaled to
 * (yᵀs / yᵀy)·I before its first update (eq. 6.20). The update is skipped when yᵀs is not
 * sufficiently positive.
 *
 * When the line search finds no lower point, either the decrease the model predicts (|∇fᵀp|) is
 * below the rounding error of f, and the run has converged as far as f can tell
 * (`"function-tolerance"`), or something is wrong: along a quasi-Newton direction (or one that is
 * not downhill) H is reset to (yᵀs / yᵀy)·I of the latest pair and the search is retried along
 * steepest descent; along steepest descent the run gives up with `"line-search-failed"`.
 *
 * @param objective - the counted objective.
 * @param x0 - the starting point (not modified).
 * @param f0 - `f(x0)`, finite.
 * @param rules - the stopping rules.
 * @returns the final point, its value and gradient, the iterations and the reason for stopping.
 * @see Nocedal, J. & Wright, S. J. (2006), Numerical Optimization, 2nd ed., §6.1, Algorithm 6.1,
 *   eqs. (6.17) and (6.20).
 * @internal
 */
export function bfgs(objective: Objective, x0: Float64Array, f0: number, rules: StoppingRules): BfgsResult {
  const n = x0.length;
  const x = Float64Array.from(x0);
  let f = f0;
  const g = new Float64Array(n);
  if (!objective.gradient(x, f, g)) return { x, value: f, gradient: g, iterations: 0, reason: "non-finite" };
  if (gradientNorm(g) <= rules.gradientTolerance * sizeOf(f, rules)) {
    return { x, value: f, gradient: g, iterations: 0, reason: "gradient-tolerance" };
  }

  const H = new Float64Array(n * n);
  const p = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const Hy = new Float64Array(n);
  const workspace = createLineSearchWorkspace(n);
  resetToIdentity(H, n);
  let fresh = true; // H is a multiple of the identity: the next step is along steepest descent
  let gamma = Number.NaN; // yᵀs / yᵀy of the latest curvature pair, eq. (6.20); NaN before the first

  let iterations = 0;
  while (iterations < rules.maxIterations) {
    // Search direction p = −H∇f and its slope ∇fᵀp.
    let slope = 0;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < n; j++) sum += H[i * n + j]! * g[j]!;
      p[i] = -sum;
      slope -= sum * g[i]!;
    }
    const alpha1 = Number.isNaN(gamma) ? firstStep(x, p) : 1;
    const downhill = slope < 0;
    const fNew = downhill ? strongWolfeLineSearch(objective, x, f, p, slope, alpha1, workspace) : undefined;
    if (fNew === undefined) {
      // The model predicts a decrease of about |slope|/2. Below the rounding error of f no step can
      // show it, and x is as good as f can tell; unless the first trial step was itself lost in the
      // rounding of x (at |x| ≈ 1e17, say, when f is unbounded below).
      if (downhill && -slope <= ROUNDING * Math.abs(f) && moves(x, p, alpha1)) {
        return { x, value: f, gradient: g, iterations, reason: "function-tolerance" };
      }
      if (fresh) return { x, value: f, gradient: g, iterations, reason: "line-search-failed" };
      // No downhill step along the quasi-Newton direction: retry along steepest descent.
      resetToIdentity(H, n, gamma);
      fresh = true;
      continue;
    }
    iterations++;

    // s = x_{k+1} − x_k, y = ∇f_{k+1} − ∇f_k; then move to the new point.
    const { xNew, gNew } = workspace;
    let largestStep = 0;
    for (let i = 0; i < n; i++) {
      s[i] = xNew[i]! - x[i]!;
      y[i] = gNew[i]! - g[i]!;
      largestStep = Math.max(largestStep, Math.abs(s[i]!) / Math.max(1, Math.abs(xNew[i]!)));
    }
    const decrease = f - fNew;
    x.set(xNew);
    g.set(gNew);
    f = fNew;

    const scale = sizeOf(f, rules);
    if (gradientNorm(g) <= rules.gradientTolerance * scale) {
      return { x, value: f, gradient: g, iterations, reason: "gradient-tolerance" };
    }
    if (decrease <= rules.functionTolerance * scale) {
      return { x, value: f, gradient: g, iterations, reason: "function-tolerance" };
    }
    if (largestStep <= rules.stepTolerance) {
      return { x, value: f, gradient: g, iterations, reason: "step-tolerance" };
    }

    // Inverse-Hessian update, eq. (6.17), skipped unless yᵀs is sufficiently positive.
    let sy = 0;
    let yy = 0;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      sy += s[i]! * y[i]!;
      yy += y[i]! * y[i]!;
      ss += s[i]! * s[i]!;
    }
    if (!(sy > CURVATURE_FLOOR * Math.sqrt(ss * yy))) continue;
    gamma = sy / yy;
    if (fresh) {
      resetToIdentity(H, n, gamma); // eq. (6.20)
      fresh = false;
    }
    updateInverseHessian(H, n, s, y, sy, Hy);
  }
  return { x, value: f, gradient: g, iterations, reason: "max-iterations" };
}

/** Whether x + αp differs from x in some coordinate. */
function moves(x: Float64Array, p: Float64Array, alpha: number): boolean {
  for (let i = 0; i < x.length; i++) if (x[i]! + alpha * p[i]! !== x[i]!) return true;
  return false;
}

/** ‖g‖∞. */
function gradientNorm(g: Float64Array): number {
  let norm = 0;
  for (let i = 0; i < g.length; i++) norm = Math.max(norm, Math.abs(g[i]!));
  return norm;
}

/** Sets H to scale·I. */
function resetToIdentity(H: Float64Array, n: number, scale = 1): void {
  H.fill(0);
  for (let i = 0; i < n; i++) H[i * n + i] = scale;
}

/** A first step along a steepest-descent direction that moves no coordinate farther than max(1, ‖x‖∞). */
function firstStep(x: Float64Array, p: Float64Array): number {
  let xNorm = 0;
  let pNorm = 0;
  for (let i = 0; i < x.length; i++) {
    xNorm = Math.max(xNorm, Math.abs(x[i]!));
    pNorm = Math.max(pNorm, Math.abs(p[i]!));
  }
  return Math.min(1, Math.max(1, xNorm) / pNorm);
}

/**
 * H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ with ρ = 1/yᵀs (eq. 6.17), expanded as
 * H − ρ(Hy sᵀ + s (Hy)ᵀ) + (ρ²·yᵀHy + ρ) ssᵀ, which costs O(n²).
 */
function updateInverseHessian(
  H: Float64Array,
  n: number,
  s: Float64Array,
  y: Float64Array,
  sy: number,
  Hy: Float64Array,
): void {
  const rho = 1 / sy;
  let yHy = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += H[i * n + j]! * y[j]!;
    Hy[i] = sum;
    yHy += y[i]! * sum;
  }
  const ssFactor = rho * rho * yHy + rho;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      H[i * n + j] = H[i * n + j]! - rho * (Hy[i]! * s[j]! + s[i]! * Hy[j]!) + ssFactor * s[i]! * s[j]!;
    }
  }
}
