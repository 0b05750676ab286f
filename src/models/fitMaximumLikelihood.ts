import { assertNonNegative } from "../_lib/assertNonNegative.js";
import { assertSafeInteger } from "../_lib/assertSafeInteger.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { hessian, minimize } from "../math/index.js";
import { isPatronageError } from "../isPatronageError.js";
import { PatronageError } from "../PatronageError.js";
import type { FitOptions } from "./FitOptions.js";
import type { FitStatistics } from "./FitStatistics.js";

/**
 * A likelihood to maximise over positive parameters, written in log-parameters θ = ln(params).
 *
 * @internal
 */
export interface LikelihoodProblem<P extends object> {
  /** The parameters' names, in the order of θ. */
  readonly names: readonly (keyof P & string)[];
  /**
   * The total weighted negative log-likelihood at θ; writes its gradient with respect to θ into
   * `gradient` when that is not `null`. May return a non-finite value where the likelihood is not
   * finite.
   */
  negativeLogLikelihood(theta: Float64Array, gradient: Float64Array | null): number;
  /** Deterministic start points, as parameters (not logs). */
  readonly starts: readonly (readonly number[])[];
  /** The sum of the weights. */
  readonly n: number;
  /** The number of distinct patterns. */
  readonly patterns: number;
}

/** @internal */
export interface MaximumLikelihoodFit<P extends object> {
  readonly params: { [K in keyof P]: number };
  readonly statistics: FitStatistics<P>;
}

/**
 * Maximum likelihood on log-parameters: BFGS with the analytic gradient (Nelder–Mead as fallback)
 * from each start point, the best finite optimum kept; the covariance from the Hessian of the
 * negative log-likelihood (differences of the analytic gradient) by the delta method.
 *
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` for bad options; `NOT_CONVERGED` when the
 *   likelihood is not finite at any start point or at any point the optimiser reached.
 * @internal
 */
export function fitMaximumLikelihood<P extends object>(
  problem: LikelihoodProblem<P>,
  options: FitOptions,
): MaximumLikelihoodFit<P> {
  if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an object");
  const { penalizer = 0, maxIterations = 500, initialParams } = options;
  assertNonNegative(penalizer, "options.penalizer");
  assertSafeInteger(maxIterations, "options.maxIterations", 1);
  const { names, n } = problem;
  const k = names.length;
  const starts: Float64Array[] = problem.starts.map((start) => Float64Array.from(start, Math.log));
  if (initialParams !== undefined) starts.unshift(readInitialParams(initialParams, names));

  const scale = 1 / n;
  // Where the optimiser probes parameters so extreme that a special function refuses them (ln Γ
  // beyond 2.55e305, say), the likelihood is not representable: such points count as not finite.
  const negativeLogLikelihood = (theta: Float64Array, gradient: Float64Array | null): number => {
    try {
      return problem.negativeLogLikelihood(theta, gradient);
    } catch (error) {
      if (!isPatronageError(error, "INVALID_ARGUMENT")) throw error;
      gradient?.fill(NaN);
      return Infinity;
    }
  };
  const objective = (theta: Float64Array): number => {
    let value = negativeLogLikelihood(theta, null) * scale;
    if (penalizer > 0) for (let i = 0; i < k; i++) value += penalizer * Math.exp(2 * theta[i]!);
    return Number.isNaN(value) ? Infinity : value;
  };
  const gradient = (theta: Float64Array, out: Float64Array): void => {
    negativeLogLikelihood(theta, out);
    for (let i = 0; i < k; i++) out[i] = out[i]! * scale + (penalizer > 0 ? 2 * penalizer * Math.exp(2 * theta[i]!) : 0);
  };

  let best: ReturnType<typeof minimize> | null = null;
  for (const start of starts) {
    if (!(objective(start) < Infinity)) continue;
    const result = minimize(objective, start, { gradient, maxIterations });
    if (best === null || result.value < best.value || (result.value === best.value && result.converged && !best.converged)) {
      best = result;
    }
  }
  if (best === null || !Number.isFinite(best.value)) {
    throw new PatronageError("NOT_CONVERGED", "the log-likelihood is not finite at any start point: the data cannot be fitted by this model");
  }
  const theta = best.x;
  const logLikelihood = -problem.negativeLogLikelihood(theta, null);
  if (!Number.isFinite(logLikelihood)) {
    throw new PatronageError("NOT_CONVERGED", `the log-likelihood is not finite at the optimum found (${logLikelihood})`);
  }
  const params = Array.from(theta, Math.exp);
  if (params.some((p) => !(p > 0 && p < Infinity))) {
    throw new PatronageError("NOT_CONVERGED", `the fit ran off to a parameter of 0 or ∞ (${names.map((name, i) => `${name} = ${params[i]}`).join(", ")}): the data do not identify the model; try options.penalizer`);
  }
  const covariance = covarianceAt(problem, theta, params);
  const record = <T>(values: readonly T[]) => Object.fromEntries(names.map((name, i) => [name, values[i]])) as { [K in keyof P]: T };
  return {
    params: record(params),
    statistics: {
      logLikelihood,
      n,
      patterns: problem.patterns,
      standardErrors: covariance === null ? null : record(covariance.map((row, i) => Math.sqrt(row[i]!))),
      covariance,
      aic: 2 * k - 2 * logLikelihood,
      bic: k * Math.log(n) - 2 * logLikelihood,
      converged: best.converged,
      iterations: best.iterations,
      penalizer,
    },
  };
}

function readInitialParams(initial: Readonly<Record<string, number>>, names: readonly string[]): Float64Array {
  if (typeof initial !== "object" || initial === null) {
    throw invalidArgument("options.initialParams", initial, `an object { ${names.join(", ")} }`);
  }
  return Float64Array.from(names, (name) => {
    const value = initial[name];
    if (typeof value !== "number" || !(value > 0 && value < Infinity)) {
      throw invalidArgument(`options.initialParams.${name}`, value, "a finite number > 0");
    }
    return Math.log(value);
  });
}

/** Σ = D H⁻¹ D (delta method), or `null` when H is not positive definite or the result not finite. */
function covarianceAt<P extends object>(problem: LikelihoodProblem<P>, theta: Float64Array, params: readonly number[]): number[][] | null {
  const k = theta.length;
  let H: Float64Array[];
  try {
    H = hessian((x) => problem.negativeLogLikelihood(x, null), theta, {
      gradient: (x, out) => void problem.negativeLogLikelihood(x, out),
    });
  } catch {
    return null;
  }
  const inverse = invertPositiveDefinite(H);
  if (inverse === null) return null;
  const covariance = inverse.map((row, i) => Array.from(row, (v, j) => v * params[i]! * params[j]!));
  for (let i = 0; i < k; i++) {
    if (!(covariance[i]![i]! > 0) || covariance[i]!.some((v) => !Number.isFinite(v))) return null;
  }
  return covariance;
}

/** The inverse of a symmetric positive-definite matrix by Cholesky, or `null` when it is not positive definite. */
function invertPositiveDefinite(A: readonly Float64Array[]): Float64Array[] | null {
  const k = A.length;
  const L = Array.from({ length: k }, () => new Float64Array(k));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      // Symmetrise: the finite-difference Hessian is symmetric only to rounding.
      let sum = (A[i]![j]! + A[j]![i]!) / 2;
      for (let m = 0; m < j; m++) sum -= L[i]![m]! * L[j]![m]!;
      if (i === j) {
        if (!(sum > 0) || !Number.isFinite(sum)) return null;
        L[i]![i] = Math.sqrt(sum);
      } else {
        L[i]![j] = sum / L[j]![j]!;
      }
    }
  }
  // L⁻¹ by forward substitution, then A⁻¹ = L⁻ᵀ L⁻¹.
  const Li = Array.from({ length: k }, () => new Float64Array(k));
  for (let i = 0; i < k; i++) {
    Li[i]![i] = 1 / L[i]![i]!;
    for (let j = 0; j < i; j++) {
      let sum = 0;
      for (let m = j; m < i; m++) sum -= L[i]![m]! * Li[m]![j]!;
      Li[i]![j] = sum / L[i]![i]!;
    }
  }
  return Array.from({ length: k }, (_, i) =>
    Float64Array.from({ length: k }, (_, j) => {
      let sum = 0;
      for (let m = Math.max(i, j); m < k; m++) sum += Li[m]![i]! * Li[m]![j]!;
      return sum;
    }),
  );
}
