import type { Objective } from "./createObjective.js";

/** Sufficient-decrease (Armijo) constant c₁ (Nocedal & Wright 2006, p. 33). */
const C1 = 1e-4;
/** Curvature constant c₂ for quasi-Newton directions (Nocedal & Wright 2006, p. 34). */
const C2 = 0.9;
/** Factor by which the bracketing phase lengthens a step that is still too short. */
const EXPAND = 2;
/** Most evaluations of `f` one line search may spend. */
const MAX_TRIALS = 60;
/** A zoom trial is kept at least this fraction of the bracket away from either end. */
const SAFEGUARD = 0.1;

/**
 * Buffers a line search works in, allocated once per minimisation.
 *
 * @internal
 */
export interface LineSearchWorkspace {
  /** The trial point `x + αp`. */
  readonly xTrial: Float64Array;
  /** The gradient at the trial point. */
  readonly gTrial: Float64Array;
  /** The accepted point: the best trial that satisfied the sufficient-decrease condition. */
  readonly xNew: Float64Array;
  /** The gradient at {@link LineSearchWorkspace.xNew}. */
  readonly gNew: Float64Array;
}

/**
 * Creates the buffers of a line search in `n` variables.
 *
 * @param n - the number of variables.
 * @returns fresh buffers.
 * @internal
 */
export function createLineSearchWorkspace(n: number): LineSearchWorkspace {
  return {
    xTrial: new Float64Array(n),
    gTrial: new Float64Array(n),
    xNew: new Float64Array(n),
    gNew: new Float64Array(n),
  };
}

/**
 * A line search for a step α along the descent direction `p` that satisfies the strong Wolfe
 * conditions
 *
 *   f(x + αp) ≤ f(x) + c₁·α·∇f(x)ᵀp   and   |∇f(x + αp)ᵀp| ≤ c₂·|∇f(x)ᵀp|,
 *
 * with c₁ = 1e-4 and c₂ = 0.9: Algorithm 3.5 of Nocedal & Wright (a bracketing phase that doubles α)
 * followed by Algorithm 3.6 (zoom). Zoom picks its trial by cubic interpolation when the derivative
 * is known at both ends of the bracket (eq. 3.59), by quadratic interpolation of f(lo), f′(lo) and
 * f(hi) otherwise, and by bisection when f(hi) is not finite; the trial is kept at least 10% of the
 * bracket away from either end (the safeguard of Moré & Thuente). A trial where `f` or its gradient
 * is not finite counts as "too far": it becomes the far end of the bracket, so the search backs off
 * towards the last good point.
 *
 * The accepted point is the first trial that satisfies both conditions or, when the bracket
 * collapses or the budget of trials runs out first, the best trial that satisfied the
 * sufficient-decrease condition (the step is then usable, though the curvature condition may not
 * hold). It and its gradient are left in `workspace.xNew` and `workspace.gNew`. No memory is
 * allocated per trial.
 *
 * @param objective - the counted objective.
 * @param x - the current point.
 * @param fx - `f(x)`, finite.
 * @param p - the search direction.
 * @param slope - `∇f(x)ᵀp`, negative.
 * @param alpha1 - the first trial step.
 * @param workspace - preallocated buffers.
 * @returns f at the accepted point, or `undefined` when no trial lowered f enough (`workspace.xNew`
 *   is then not meaningful).
 * @see Nocedal, J. & Wright, S. J. (2006), Numerical Optimization, 2nd ed., §3.5, Algorithms 3.5
 *   and 3.6, eqs. (3.7) and (3.59).
 * @see Moré, J. J. & Thuente, D. J. (1994), Line search algorithms with guaranteed sufficient
 *   decrease, ACM Transactions on Mathematical Software 20(3), 286–307.
 * @internal
 */
export function strongWolfeLineSearch(
  objective: Objective,
  x: Float64Array,
  fx: number,
  p: Float64Array,
  slope: number,
  alpha1: number,
  workspace: LineSearchWorkspace,
): number | undefined {
  const { xTrial, gTrial, xNew, gNew } = workspace;
  const n = x.length;
  let xNorm = 0;
  let pNorm = 0;
  for (let i = 0; i < n; i++) {
    xNorm = Math.max(xNorm, Math.abs(x[i]!));
    pNorm = Math.max(pNorm, Math.abs(p[i]!));
  }
  const curvatureBound = -C2 * slope;
  let trials = 0;

  /** f at x + αp (NaN when not finite); leaves the point in xTrial. */
  const valueAt = (alpha: number): number => {
    trials++;
    for (let i = 0; i < n; i++) xTrial[i] = x[i]! + alpha * p[i]!;
    return objective.value(xTrial);
  };
  /** ∇f(x + αp)ᵀp (NaN when the gradient is not finite); leaves the gradient in gTrial. */
  const slopeAt = (fAlpha: number): number => {
    if (!objective.gradient(xTrial, fAlpha, gTrial)) return Number.NaN;
    let d = 0;
    for (let i = 0; i < n; i++) d += gTrial[i]! * p[i]!;
    return d;
  };
  /** Keeps the trial point as the best so far (the low end of the bracket). */
  const accept = (): void => {
    xNew.set(xTrial);
    gNew.set(gTrial);
  };
  /** Sufficient decrease (false for NaN). Callers also require f(α) < f(lo): a step lost in rounding never counts. */
  const armijo = (alpha: number, fAlpha: number): boolean => fAlpha <= fx + C1 * alpha * slope;

  // Bracketing phase (Algorithm 3.5). The low end starts at α = 0.
  let lo = 0;
  let fLo = fx;
  let dLo = slope;
  let hi = Number.NaN;
  let fHi = Number.NaN;
  let dHi = Number.NaN;
  let alpha = alpha1;
  for (;;) {
    if (trials >= MAX_TRIALS) return finish();
    const fAlpha = valueAt(alpha);
    if (!armijo(alpha, fAlpha) || fAlpha >= fLo) {
      hi = alpha;
      fHi = fAlpha;
      break;
    }
    const dAlpha = slopeAt(fAlpha);
    if (Number.isNaN(dAlpha)) {
      hi = alpha; // the gradient is not finite there: too far
      break;
    }
    accept();
    if (Math.abs(dAlpha) <= curvatureBound) return fAlpha;
    if (dAlpha >= 0) {
      hi = lo;
      fHi = fLo;
      dHi = dLo;
      lo = alpha;
      fLo = fAlpha;
      dLo = dAlpha;
      break;
    }
    lo = alpha;
    fLo = fAlpha;
    dLo = dAlpha;
    alpha *= EXPAND;
  }

  // Zoom phase (Algorithm 3.6): the minimiser sought lies between lo and hi; lo is the best point.
  while (trials < MAX_TRIALS) {
    const width = hi - lo;
    if (Math.abs(width) * pNorm <= Number.EPSILON * xNorm) break; // x + αp no longer moves
    alpha = interpolate(lo, fLo, dLo, hi, fHi, dHi);
    const fAlpha = valueAt(alpha);
    if (!armijo(alpha, fAlpha) || fAlpha >= fLo) {
      hi = alpha;
      fHi = fAlpha;
      dHi = Number.NaN;
      continue;
    }
    const dAlpha = slopeAt(fAlpha);
    if (Number.isNaN(dAlpha)) {
      hi = alpha;
      fHi = Number.NaN;
      dHi = Number.NaN;
      continue;
    }
    accept();
    if (Math.abs(dAlpha) <= curvatureBound) return fAlpha;
    if (dAlpha * (hi - lo) >= 0) {
      hi = lo;
      fHi = fLo;
      dHi = dLo;
    }
    lo = alpha;
    fLo = fAlpha;
    dLo = dAlpha;
  }
  return finish();

  /** The best point that satisfied the sufficient-decrease condition, if any. */
  function finish(): number | undefined {
    return lo > 0 ? fLo : undefined;
  }
}

/**
 * A trial step inside the bracket between `lo` (value and slope known) and `hi` (value and slope
 * possibly `NaN`): the minimiser of the interpolating cubic or quadratic, or the midpoint, moved
 * to at least {@link SAFEGUARD} of the bracket width away from either end.
 */
function interpolate(lo: number, fLo: number, dLo: number, hi: number, fHi: number, dHi: number): number {
  const width = hi - lo;
  let t = Number.NaN;
  if (Number.isFinite(fHi) && Number.isFinite(dHi)) {
    // Nocedal & Wright (2006), eq. (3.59).
    const d1 = dLo + dHi - (3 * (fLo - fHi)) / (lo - hi);
    const discriminant = d1 * d1 - dLo * dHi;
    if (discriminant >= 0) {
      const d2 = Math.sign(width) * Math.sqrt(discriminant);
      t = hi - width * ((dHi + d2 - d1) / (dHi - dLo + 2 * d2));
    }
  }
  if (Number.isNaN(t) && Number.isFinite(fHi)) {
    // Minimiser of the quadratic through f(lo), f'(lo) and f(hi).
    const curvature = fHi - fLo - dLo * width;
    if (curvature > 0) t = lo - (dLo * width * width) / (2 * curvature);
  }
  if (!Number.isFinite(t)) return lo + 0.5 * width;
  const fraction = (t - lo) / width;
  if (fraction < SAFEGUARD) return lo + SAFEGUARD * width;
  if (fraction > 1 - SAFEGUARD) return lo + (1 - SAFEGUARD) * width;
  return t;
}
