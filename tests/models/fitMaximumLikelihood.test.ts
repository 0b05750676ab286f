import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { digamma, logGamma } from "../../src/math/index.js";
import { fitMaximumLikelihood, type LikelihoodProblem } from "../../src/models/fitMaximumLikelihood.js";
import { relativeError } from "../_support/accuracy.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

// Reference: python3 tests/models/fixtures/gammaMle.py (mpmath at 40 digits).
const reference = JSON.parse(readFileSync(new URL("fixtures/gammaMle.json", import.meta.url), "utf8")) as {
  sample: number[];
  k: number;
  rate: number;
  logLikelihood: number;
  standardErrors: [number, number];
  covariance: number[][];
};

interface GammaParams {
  k: number;
  rate: number;
}

/** The gamma log-likelihood in (ln k, ln λ), with its analytic gradient. */
function gammaProblem(sample: readonly number[], starts: number[][] = [[1, 1], [5, 0.2]]): LikelihoodProblem<GammaParams> {
  const n = sample.length;
  const S = sample.reduce((s, x) => s + x, 0);
  const L = sample.reduce((s, x) => s + Math.log(x), 0);
  return {
    names: ["k", "rate"],
    starts,
    n,
    patterns: n,
    negativeLogLikelihood(theta, gradient) {
      const k = Math.exp(theta[0]!);
      const rate = Math.exp(theta[1]!);
      if (!(k < Infinity && rate < Infinity)) return Infinity;
      if (gradient !== null) {
        gradient[0] = -k * (n * Math.log(rate) - n * digamma(k) + L);
        gradient[1] = -(n * k - rate * S);
      }
      return -(n * (k * Math.log(rate) - logGamma(k)) + (k - 1) * L - rate * S);
    },
  };
}

describe("fitMaximumLikelihood", () => {
  it("finds the gamma MLE with its log-likelihood, standard errors and covariance", () => {
    const { params, statistics } = fitMaximumLikelihood(gammaProblem(reference.sample), {});
    // Tolerances: the optimum to 1e-7 (gradient tolerance 1e-8 relative on a mean NLL of order 1);
    // the covariance from a finite-difference Hessian of the analytic gradient to 1e-6.
    expect(relativeError(params.k, reference.k)).toBeLessThan(1e-7);
    expect(relativeError(params.rate, reference.rate)).toBeLessThan(1e-7);
    expect(statistics.logLikelihood).toBeCloseTo(reference.logLikelihood, 10);
    expect(relativeError(statistics.standardErrors!.k, reference.standardErrors[0])).toBeLessThan(1e-6);
    expect(relativeError(statistics.standardErrors!.rate, reference.standardErrors[1])).toBeLessThan(1e-6);
    statistics.covariance!.forEach((row, i) => row.forEach((v, j) => expect(relativeError(v, reference.covariance[i]![j]!)).toBeLessThan(1e-6)));
    expect(statistics.aic).toBeCloseTo(4 - 2 * reference.logLikelihood, 9);
    expect(statistics.bic).toBeCloseTo(2 * Math.log(12) - 2 * reference.logLikelihood, 9);
    expect(statistics.converged).toBe(true);
    expect(statistics.iterations).toBeGreaterThan(0);
    expect(statistics.n).toBe(12);
    expect(statistics.penalizer).toBe(0);
  });

  it("shrinks the parameters with a penalizer and reports the unpenalised log-likelihood", () => {
    const plain = fitMaximumLikelihood(gammaProblem(reference.sample), {});
    const penalised = fitMaximumLikelihood(gammaProblem(reference.sample), { penalizer: 0.1 });
    expect(penalised.params.k ** 2 + penalised.params.rate ** 2).toBeLessThan(plain.params.k ** 2 + plain.params.rate ** 2);
    expect(penalised.statistics.logLikelihood).toBeLessThan(plain.statistics.logLikelihood);
    expect(penalised.statistics.penalizer).toBe(0.1);
  });

  it("tries initialParams first and skips start points where the likelihood is not finite", () => {
    const problem = gammaProblem(reference.sample, [[1e308, 1e308]]);
    const { params } = fitMaximumLikelihood(problem, { initialParams: { k: 2, rate: 1 } });
    expect(relativeError(params.k, reference.k)).toBeLessThan(1e-7);
  });

  it("throws NOT_CONVERGED when the likelihood is nowhere finite", () => {
    const problem: LikelihoodProblem<{ x: number }> = { names: ["x"], starts: [[1], [2]], n: 1, patterns: 1, negativeLogLikelihood: () => NaN };
    catchPatronageError(() => fitMaximumLikelihood(problem, {}), { code: "NOT_CONVERGED", field: undefined as never });
  });

  it("throws NOT_CONVERGED when a parameter runs off to 0 or ∞", () => {
    // −LL = −θ, decreasing without bound in θ = ln x: the optimiser walks off to x = ∞.
    const problem: LikelihoodProblem<{ x: number }> = {
      names: ["x"],
      starts: [[1]],
      n: 1,
      patterns: 1,
      negativeLogLikelihood(theta, gradient) {
        if (gradient !== null) gradient[0] = -1;
        return -theta[0]!;
      },
    };
    const error = catchPatronageError(() => fitMaximumLikelihood(problem, { maxIterations: 2000 }), { code: "NOT_CONVERGED", field: undefined as never });
    expect(error.message).toMatch(/penalizer/);
  });

  it("reports null standard errors when the Hessian is not positive definite", () => {
    // Flat in the second parameter: not identified.
    const problem: LikelihoodProblem<{ x: number; y: number }> = {
      names: ["x", "y"],
      starts: [[2, 1]],
      n: 1,
      patterns: 1,
      negativeLogLikelihood(theta, gradient) {
        if (gradient !== null) {
          gradient[0] = 2 * theta[0]!;
          gradient[1] = 0;
        }
        return theta[0]! ** 2;
      },
    };
    const { statistics } = fitMaximumLikelihood(problem, {});
    expect(statistics.standardErrors).toBeNull();
    expect(statistics.covariance).toBeNull();
  });

  it("validates its options", () => {
    const problem = gammaProblem(reference.sample);
    catchPatronageError(() => fitMaximumLikelihood(problem, null as never), { code: "INVALID_ARGUMENT", field: "options" });
    catchPatronageError(() => fitMaximumLikelihood(problem, { penalizer: -1 }), { code: "INVALID_ARGUMENT", field: "options.penalizer" });
    catchPatronageError(() => fitMaximumLikelihood(problem, { maxIterations: 0 }), { code: "INVALID_ARGUMENT", field: "options.maxIterations" });
    catchPatronageError(() => fitMaximumLikelihood(problem, { initialParams: 3 as never }), { code: "INVALID_ARGUMENT", field: "options.initialParams" });
    catchPatronageError(() => fitMaximumLikelihood(problem, { initialParams: { k: 1 } }), { code: "INVALID_ARGUMENT", field: "options.initialParams.rate" });
  });
});
