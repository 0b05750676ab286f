import type { MinimizeReason, PhaseResult, StoppingRules } from "./StoppingRules.js";
import type { Objective } from "./createObjective.js";
import { sizeOf } from "./sizeOf.js";

/**
 * The Nelder–Mead downhill simplex method, as specified by Lagarias et al. (1998): reflection,
 * expansion, outside and inside contraction, and shrink, with their rules for ties (a new vertex
 * goes after the vertices it ties with).
 *
 * Coefficients: reflection ρ = 1, expansion χ = 1 + 2/n, contraction γ = 3/4 − 1/(2n) and shrink
 * σ = 1 − 1/n, the adaptive values of Gao & Han (2012), which keep the simplex from degenerating
 * in higher dimensions; at n = 2 they are the standard (1, 2, 1/2, 1/2), which are also used for
 * n = 1 (where σ = 1 − 1/n would be 0).
 *
 * The initial simplex is `x0` and, for each coordinate, `x0` moved by 5% of that coordinate (at
 * least 0.00025 in absolute value). A vertex where `f` is not finite counts as +∞, so the simplex
 * walks away from it. The run converges (`"simplex-tolerance"`) when both
 * - every vertex is within stepTolerance·max(1, |bᵢ|) of the best vertex b in every coordinate, and
 * - the values at the vertices differ by at most functionTolerance·max(1, min(|f(x₀)|, |f(b)|)),
 *   x₀ being the caller's starting point ({@link StoppingRules.startValue}).
 *
 * @param objective - the counted objective.
 * @param x0 - the starting point (not modified).
 * @param f0 - `f(x0)`, finite.
 * @param rules - the stopping rules (`gradientTolerance` is not used).
 * @returns the best vertex, its value, the iterations and the reason for stopping.
 * @see Lagarias, J. C., Reeds, J. A., Wright, M. H. & Wright, P. E. (1998), Convergence properties
 *   of the Nelder–Mead simplex method in low dimensions, SIAM Journal on Optimization 9(1), 112–147.
 * @see Gao, F. & Han, L. (2012), Implementing the Nelder–Mead simplex algorithm with adaptive
 *   parameters, Computational Optimization and Applications 51(1), 259–277.
 * @internal
 */
export function nelderMead(objective: Objective, x0: Float64Array, f0: number, rules: StoppingRules): PhaseResult {
  const n = x0.length;
  const rho = 1;
  const chi = n <= 2 ? 2 : 1 + 2 / n;
  const gamma = n <= 2 ? 0.5 : 0.75 - 1 / (2 * n);
  const sigma = n <= 2 ? 0.5 : 1 - 1 / n;

  // Vertex k is row k of `vertices`; `order` lists vertex indices from best to worst.
  const vertices = new Float64Array((n + 1) * n);
  const values = new Float64Array(n + 1);
  const order = new Int32Array(n + 1);
  const centroid = new Float64Array(n);
  const trial = new Float64Array(n);
  const second = new Float64Array(n);
  const row = (k: number): Float64Array => vertices.subarray(k * n, (k + 1) * n);
  const valueAt = (point: Float64Array): number => {
    const v = objective.value(point);
    return Number.isNaN(v) ? Number.POSITIVE_INFINITY : v;
  };

  vertices.set(x0, 0);
  values[0] = f0;
  order[0] = 0;
  for (let k = 1; k <= n; k++) {
    const vertex = row(k);
    vertex.set(x0);
    const xi = x0[k - 1]!;
    const step = Math.max(0.05 * Math.abs(xi), 0.00025);
    vertex[k - 1] = xi + (xi < 0 ? -step : step);
    values[k] = valueAt(vertex);
    order[k] = k;
  }
  sortOrder(order, values);

  /** out = centroid + coefficient·(centroid − worst). */
  const along = (coefficient: number, out: Float64Array): void => {
    const worst = order[n]! * n;
    for (let j = 0; j < n; j++) out[j] = centroid[j]! + coefficient * (centroid[j]! - vertices[worst + j]!);
  };
  /** Replaces the worst vertex by `point` and moves it to its place in the order (after ties). */
  const replaceWorst = (point: Float64Array, value: number): void => {
    const worst = order[n]!;
    vertices.set(point, worst * n);
    values[worst] = value;
    let k = n;
    while (k > 0 && values[order[k - 1]!]! > value) {
      order[k] = order[k - 1]!;
      k--;
    }
    order[k] = worst;
  };

  let iterations = 0;
  const bestVertex = (reason: MinimizeReason): PhaseResult => {
    const best = order[0]!;
    return { x: Float64Array.from(row(best)), value: values[best]!, iterations, reason };
  };

  for (;;) {
    if (converged(vertices, values, order, n, rules)) return bestVertex("simplex-tolerance");
    if (iterations >= rules.maxIterations) return bestVertex("max-iterations");
    iterations++;

    centroid.fill(0);
    for (let k = 0; k < n; k++) {
      const vertex = order[k]! * n;
      for (let j = 0; j < n; j++) centroid[j] = centroid[j]! + vertices[vertex + j]! / n;
    }
    const fBest = values[order[0]!]!;
    const fNextWorst = values[order[n - 1]!]!;
    const fWorst = values[order[n]!]!;

    along(rho, trial);
    const fReflect = valueAt(trial);
    if (fReflect < fBest) {
      along(rho * chi, second);
      const fExpand = valueAt(second);
      if (fExpand < fReflect) replaceWorst(second, fExpand);
      else replaceWorst(trial, fReflect);
      continue;
    }
    if (fReflect < fNextWorst) {
      replaceWorst(trial, fReflect);
      continue;
    }
    if (fReflect < fWorst) {
      along(rho * gamma, second); // outside contraction
      const fContract = valueAt(second);
      if (fContract <= fReflect) {
        replaceWorst(second, fContract);
        continue;
      }
    } else {
      along(-gamma, second); // inside contraction
      const fContract = valueAt(second);
      if (fContract < fWorst) {
        replaceWorst(second, fContract);
        continue;
      }
    }

    // Shrink every vertex towards the best one.
    const best = order[0]! * n;
    for (let k = 1; k <= n; k++) {
      const vertex = order[k]!;
      for (let j = 0; j < n; j++) {
        vertices[vertex * n + j] = vertices[best + j]! + sigma * (vertices[vertex * n + j]! - vertices[best + j]!);
      }
      values[vertex] = valueAt(row(vertex));
    }
    sortOrder(order, values);
  }
}

/** Stable insertion sort of vertex indices by value (ties keep their current order). */
function sortOrder(order: Int32Array, values: Float64Array): void {
  for (let k = 1; k < order.length; k++) {
    const index = order[k]!;
    let m = k;
    while (m > 0 && values[order[m - 1]!]! > values[index]!) {
      order[m] = order[m - 1]!;
      m--;
    }
    order[m] = index;
  }
}

/** The simplex is small enough and its values close enough (see {@link nelderMead}). */
function converged(
  vertices: Float64Array,
  values: Float64Array,
  order: Int32Array,
  n: number,
  rules: StoppingRules,
): boolean {
  const best = order[0]! * n;
  const fBest = values[order[0]!]!;
  if (!(values[order[n]!]! - fBest <= rules.functionTolerance * sizeOf(fBest, rules))) return false;
  for (let k = 1; k <= n; k++) {
    const vertex = order[k]! * n;
    for (let j = 0; j < n; j++) {
      const b = vertices[best + j]!;
      if (!(Math.abs(vertices[vertex + j]! - b) <= rules.stepTolerance * Math.max(1, Math.abs(b)))) return false;
    }
  }
  return true;
}
