import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PatronageError } from "../../src/PatronageError.js";
import { hessian } from "../../src/math/hessian.js";
import { minimize, type MinimizeOptions, type MinimizeResult } from "../../src/math/minimize.js";
import fixtures from "./fixtures/minimize.json" with { type: "json" };
import { logGamma } from "../../src/math/logGamma.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

type Objective = (x: Float64Array) => number;
type Gradient = (x: Float64Array, out: Float64Array) => void;

// ---------------------------------------------------------------------------------------------
// Test problems (Moré, Garbow & Hillstrom (1981), Testing unconstrained optimization software,
// ACM TOMS 7(1), 17–41: Rosenbrock (1), Beale (5), Powell singular (13)).

/** The extended Rosenbrock function Σ 100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)², minimum 0 at (1, …, 1). */
const rosenbrock: Objective = (x) => {
  let sum = 0;
  for (let i = 0; i + 1 < x.length; i++) sum += 100 * (x[i + 1]! - x[i]! ** 2) ** 2 + (1 - x[i]!) ** 2;
  return sum;
};
const rosenbrockGradient: Gradient = (x, out) => {
  out.fill(0);
  for (let i = 0; i + 1 < x.length; i++) {
    const a = x[i + 1]! - x[i]! ** 2;
    out[i] = out[i]! - 400 * x[i]! * a - 2 * (1 - x[i]!);
    out[i + 1] = out[i + 1]! + 200 * a;
  }
};
/** The standard start (−1.2, 1, −1.2, 1, …). */
const rosenbrockStart = (n: number): number[] => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? -1.2 : 1));

/** Beale's function, minimum 0 at (3, 0.5). */
const beale: Objective = (v) => {
  const x = v[0]!;
  const y = v[1]!;
  return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y * y) ** 2 + (2.625 - x + x * y ** 3) ** 2;
};

/** Powell's singular function, minimum 0 at the origin, where its Hessian is singular. */
const powellSingular: Objective = (v) => {
  const [a, b, c, d] = [v[0]!, v[1]!, v[2]!, v[3]!];
  return (a + 10 * b) ** 2 + 5 * (c - d) ** 2 + (b - 2 * c) ** 4 + 10 * (a - d) ** 4;
};

/** A quadratic ½(x − m)ᵀA(x − m) + 7 with A = [[4, 1, 0], [1, 3, −1], [0, −1, 2]], minimised at m. */
const QUADRATIC_MINIMISER = [1, -2, 0.5];
const quadratic: Objective = (x) => {
  const d0 = x[0]! - 1;
  const d1 = x[1]! + 2;
  const d2 = x[2]! - 0.5;
  return 0.5 * (4 * d0 * d0 + 3 * d1 * d1 + 2 * d2 * d2 + 2 * d0 * d1 - 2 * d1 * d2) + 7;
};

/** Largest |xᵢ − expectedᵢ|. */
function maxError(x: Float64Array, expected: readonly number[]): number {
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(x[i]! - expected[i]!));
  return worst;
}

describe("examples", () => {
  it("matches its TSDoc example", () => {
    const rosenbrock2 = (x: Float64Array) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
    const result = minimize(rosenbrock2, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.method).toBe("bfgs");
    expect(Array.from(result.x, (v) => v.toFixed(6))).toEqual(["1.000000", "1.000000"]);

    const taxicab = minimize((x) => Math.abs(x[0]! - 1) + Math.abs(x[1]! + 2), [0, 0], {
      method: "nelder-mead",
    });
    expect(taxicab.reason).toBe("simplex-tolerance");
    expect(Array.from(taxicab.x, (v) => v.toFixed(6))).toEqual(["1.000000", "-2.000000"]);
  });
});

describe("standard test problems (exact minimisers, Moré, Garbow & Hillstrom 1981)", () => {
  // Each row: the problem, its start, its known minimiser and the tolerance on max |xᵢ − x*ᵢ|.
  const cases: {
    name: string;
    f: Objective;
    x0: number[];
    minimiser: number[];
    tolerance: number;
    options?: MinimizeOptions;
  }[] = [
    { name: "Rosenbrock 2-D, numeric gradient", f: rosenbrock, x0: rosenbrockStart(2), minimiser: [1, 1], tolerance: 1e-6 },
    {
      name: "Rosenbrock 2-D, analytic gradient",
      f: rosenbrock,
      x0: rosenbrockStart(2),
      minimiser: [1, 1],
      tolerance: 1e-8,
      options: { gradient: rosenbrockGradient },
    },
    {
      name: "Rosenbrock 10-D, numeric gradient",
      f: rosenbrock,
      x0: rosenbrockStart(10),
      minimiser: Array(10).fill(1),
      tolerance: 1e-6,
    },
    {
      name: "Rosenbrock 10-D, analytic gradient",
      f: rosenbrock,
      x0: rosenbrockStart(10),
      minimiser: Array(10).fill(1),
      tolerance: 1e-6,
      options: { gradient: rosenbrockGradient },
    },
    { name: "quadratic 3-D", f: quadratic, x0: [0, 0, 0], minimiser: QUADRATIC_MINIMISER, tolerance: 1e-7 },
    { name: "Beale", f: beale, x0: [1, 1], minimiser: [3, 0.5], tolerance: 1e-7 },
    // f grows like |x|⁴ near its singular minimum, so f ≈ 1e-13 already means |x| ≈ 1e-3.
    { name: "Powell singular", f: powellSingular, x0: [3, -1, 0, 1], minimiser: [0, 0, 0, 0], tolerance: 2e-3 },
    // A steep wall: the line search overshoots the minimiser 10^(−1/19) and zooms back.
    {
      name: "steep 1-D wall −x + x²⁰/2",
      f: (x) => -x[0]! + 0.5 * x[0]! ** 20,
      x0: [0],
      minimiser: [10 ** (-1 / 19)],
      tolerance: 1e-8,
    },
    {
      name: "Powell singular, tests on f and x turned off",
      f: powellSingular,
      x0: [3, -1, 0, 1],
      minimiser: [0, 0, 0, 0],
      tolerance: 2e-4,
      options: { functionTolerance: 0, stepTolerance: 0 },
    },
  ];

  it.each(cases)("$name", ({ f, x0, minimiser, tolerance, options }) => {
    const result = minimize(f, x0, options);
    expect(result.converged).toBe(true);
    expect(result.method).toBe("bfgs");
    expect(result.usedFallback).toBe(false);
    expect(maxError(result.x, minimiser)).toBeLessThanOrEqual(tolerance);
    expect(result.value).toBe(f(result.x));
    expect(result.iterations).toBeGreaterThan(0);
    expect(result.evaluations).toBeGreaterThan(result.iterations);
  });

  it("reaches the quadratic's minimum value 7 and a small gradient", () => {
    const result = minimize(quadratic, [0, 0, 0]);
    expect(result.reason).toBe("gradient-tolerance");
    expect(result.value).toBeCloseTo(7, 12);
    expect(result.gradientNorm).toBeLessThanOrEqual(1e-8 * 7);
    expect(result.gradient).not.toBeNull();
    expect(result.gradientNorm).toBe(Math.max(...Array.from(result.gradient!, Math.abs)));
  });

  it("converges with the analytic and the numeric gradient alike, the analytic one far cheaper", () => {
    let fCalls = 0;
    let gCalls = 0;
    const counted: Objective = (x) => {
      fCalls++;
      return rosenbrock(x);
    };
    const countedGradient: Gradient = (x, out) => {
      gCalls++;
      rosenbrockGradient(x, out);
    };
    const analytic = minimize(counted, rosenbrockStart(2), { gradient: countedGradient });
    expect(analytic.evaluations).toBe(fCalls);
    expect(analytic.gradientEvaluations).toBe(gCalls);

    fCalls = 0;
    const numeric = minimize(counted, rosenbrockStart(2));
    expect(numeric.evaluations).toBe(fCalls);
    // Each numeric gradient costs 2n = 4 calls of f.
    expect(numeric.evaluations).toBeGreaterThanOrEqual(4 * numeric.gradientEvaluations);

    for (const result of [analytic, numeric]) {
      expect(result.converged).toBe(true);
      expect(result.reason).toBe("gradient-tolerance");
      expect(maxError(result.x, [1, 1])).toBeLessThan(1e-6);
    }
    expect(analytic.evaluations).toBeLessThan(numeric.evaluations / 3);
  });
});

describe("objectives that are not finite everywhere", () => {
  // The analytic centre of the triangle x > 0, y > 0, x + y < 1: minimum at (1/3, 1/3). From
  // (0.05, 0.05) the first trial step leaves the triangle, where Math.log returns NaN (or −∞ at
  // the edge, so f = +∞).
  it.each([
    { outside: "NaN", value: Number.NaN },
    { outside: "+Infinity", value: Number.POSITIVE_INFINITY },
    { outside: "-Infinity", value: Number.NEGATIVE_INFINITY },
    { outside: "undefined", value: undefined as unknown as number },
  ])("backs off from trial points where f is $outside", ({ value }) => {
    let outsideCalls = 0;
    const barrier: Objective = (v) => {
      const x = v[0]!;
      const y = v[1]!;
      if (!(x > 0 && y > 0 && x + y < 1)) {
        outsideCalls++;
        return value;
      }
      return -Math.log(x) - Math.log(y) - Math.log(1 - x - y);
    };
    const result = minimize(barrier, [0.05, 0.05]);
    expect(outsideCalls).toBeGreaterThan(0);
    expect(result.converged).toBe(true);
    expect(result.usedFallback).toBe(false);
    expect(maxError(result.x, [1 / 3, 1 / 3])).toBeLessThan(1e-7);
    expect(result.value).toBeCloseTo(3 * Math.log(3), 12);
  });

  it("uses a one-sided difference for the gradient next to the edge of the domain", () => {
    // f is NaN for x < 0 and x0 lies on that edge: the first gradient needs a forward difference.
    const forward: Objective = (v) => (v[0]! >= 0 ? (v[0]! - 2) ** 2 + (v[1]! - 1) ** 2 : Number.NaN);
    const right = minimize(forward, [0, 0]);
    expect(right.converged).toBe(true);
    expect(maxError(right.x, [2, 1])).toBeLessThan(1e-7);
    // And the mirror image, which needs a backward difference.
    const backward: Objective = (v) => (v[0]! <= 0 ? (v[0]! + 2) ** 2 + (v[1]! - 1) ** 2 : Number.NaN);
    const left = minimize(backward, [0, 0]);
    expect(left.converged).toBe(true);
    expect(maxError(left.x, [-2, 1])).toBeLessThan(1e-7);
  });

  it("reports a numeric gradient that is not finite on either side of x0", () => {
    const isolated: Objective = (v) => (v[0]! === 0 ? 1 : Number.NaN);
    const result = minimize(isolated, [0], { fallback: false });
    expect(result).toMatchObject({
      converged: false,
      reason: "non-finite",
      gradient: null,
      gradientNorm: null,
      value: 1,
    });
  });
});

describe("reports instead of throwing", () => {
  it("stops at maxIterations with converged: false", () => {
    const result = minimize(rosenbrock, rosenbrockStart(2), { maxIterations: 5 });
    expect(result).toMatchObject({
      converged: false,
      reason: "max-iterations",
      iterations: 5,
      method: "bfgs",
      usedFallback: false,
    });
    expect(result.value).toBeLessThan(rosenbrock(Float64Array.from([-1.2, 1])));
  });

  it("stops Nelder–Mead at maxIterations with converged: false", () => {
    const result = minimize(rosenbrock, rosenbrockStart(2), { method: "nelder-mead", maxIterations: 10 });
    expect(result).toMatchObject({ converged: false, reason: "max-iterations", iterations: 10, method: "nelder-mead" });
  });

  it("returns at once when the gradient is already small at x0", () => {
    const result = minimize(quadratic, QUADRATIC_MINIMISER);
    expect(result).toMatchObject({ converged: true, reason: "gradient-tolerance", iterations: 0 });
    expect(Array.from(result.x)).toEqual(QUADRATIC_MINIMISER);
  });

  it("stops on the function and step tolerances when they are loose", () => {
    const byF = minimize(rosenbrock, rosenbrockStart(2), { functionTolerance: 1 });
    expect(byF).toMatchObject({ converged: true, reason: "function-tolerance", iterations: 1 });
    const byStep = minimize(rosenbrock, rosenbrockStart(2), { stepTolerance: 10 });
    expect(byStep).toMatchObject({ converged: true, reason: "step-tolerance", iterations: 1 });
  });

  it("does not call an objective that is unbounded below converged", () => {
    const result = minimize((x) => -x[0]!, [0], { maxIterations: 50 });
    expect(result.converged).toBe(false);
    expect(Number.isFinite(result.value)).toBe(true);
  });

  it("reports a gradient that is not finite at x0 when the fallback is off", () => {
    const result = minimize(rosenbrock, rosenbrockStart(2), {
      fallback: false,
      gradient: (x, out) => {
        rosenbrockGradient(x, out);
        out[0] = Number.NaN;
      },
    });
    expect(result).toMatchObject({ converged: false, reason: "non-finite", iterations: 0, gradientNorm: null });
    expect(result.gradient).toBeNull();
  });

  it("reports a failed line search when the gradient is wrong and the fallback is off", () => {
    const result = minimize(rosenbrock, rosenbrockStart(2), {
      fallback: false,
      gradient: (x, out) => {
        rosenbrockGradient(x, out);
        for (let i = 0; i < out.length; i++) out[i] = -out[i]!;
      },
    });
    expect(result).toMatchObject({ converged: false, reason: "line-search-failed", method: "bfgs", iterations: 0 });
    expect(Array.from(result.x)).toEqual([-1.2, 1]);
  });

  it("treats a gradient entry left unwritten as not finite", () => {
    const result = minimize(quadratic, [0, 0, 0], { fallback: false, gradient: () => undefined });
    expect(result.reason).toBe("non-finite");
    expect(result).toMatchObject({ gradient: null, gradientNorm: null });
  });

  it("reports the gradient as null, never with NaN or ±Infinity entries, when it is not finite at x", () => {
    // Only the last entry is not finite (an infinite slope): gradient and norm are null together.
    const infinite = minimize(quadratic, [0, 0, 0], {
      fallback: false,
      gradient: (_x, out) => {
        out[0] = 1;
        out[1] = 1;
        out[2] = Infinity;
      },
    });
    expect(infinite).toMatchObject({ reason: "non-finite", gradient: null, gradientNorm: null });
    // Nelder–Mead's answer on an objective whose numeric gradient is not finite at x.
    const isolated = minimize((v) => (v[0]! === 0 ? 1 : Number.NaN), [0], { method: "nelder-mead", maxIterations: 20 });
    expect(isolated).toMatchObject({ method: "nelder-mead", gradient: null, gradientNorm: null });
    // And a finite gradient of Nelder–Mead's answer is reported.
    const line = minimize((x) => (x[0]! + 3) ** 2, [0], { method: "nelder-mead" });
    expect(line.gradient).toBeInstanceOf(Float64Array);
    expect(line.gradientNorm).toBe(Math.abs(line.gradient![0]!));
  });
});

describe("the Nelder–Mead fallback", () => {
  it("takes over when the analytic gradient points uphill, and BFGS then polishes its answer", () => {
    const result = minimize(rosenbrock, rosenbrockStart(2), {
      gradient: (x, out) => {
        rosenbrockGradient(x, out);
        for (let i = 0; i < out.length; i++) out[i] = -out[i]!;
      },
    });
    expect(result.usedFallback).toBe(true);
    expect(result.converged).toBe(true);
    expect(maxError(result.x, [1, 1])).toBeLessThan(1e-6);
  });

  it("polishes with BFGS when the gradient is only broken near the start", () => {
    const result = minimize(rosenbrock, rosenbrockStart(2), {
      gradient: (x, out) => {
        rosenbrockGradient(x, out);
        if (x[0]! < -1) out[0] = Number.NaN;
      },
    });
    expect(result).toMatchObject({ converged: true, usedFallback: true, method: "bfgs", reason: "gradient-tolerance" });
    expect(maxError(result.x, [1, 1])).toBeLessThan(1e-8);
  });

  it("returns Nelder–Mead's answer when the gradient is not finite around the minimum", () => {
    const brokenGradient: Gradient = (x, out) => {
      rosenbrockGradient(x, out);
      if (x[0]! > 0.5) out[0] = Number.NaN;
    };
    const withoutFallback = minimize(rosenbrock, rosenbrockStart(2), { gradient: brokenGradient, fallback: false });
    expect(withoutFallback).toMatchObject({ converged: false, reason: "line-search-failed" });

    const result = minimize(rosenbrock, rosenbrockStart(2), { gradient: brokenGradient });
    expect(result).toMatchObject({
      converged: true,
      usedFallback: true,
      method: "nelder-mead",
      reason: "simplex-tolerance",
      gradient: null,
      gradientNorm: null,
    });
    expect(maxError(result.x, [1, 1])).toBeLessThan(1e-6);
    expect(result.iterations).toBeGreaterThan(withoutFallback.iterations);
  });

  it("does not run after maxIterations", () => {
    const result = minimize(rosenbrock, rosenbrockStart(2), { maxIterations: 3 });
    expect(result.usedFallback).toBe(false);
  });
});

describe("Nelder–Mead on its own", () => {
  it("minimises the non-smooth |x| + |y|", () => {
    const result = minimize((x) => Math.abs(x[0]!) + Math.abs(x[1]!), [1, 2], { method: "nelder-mead" });
    expect(result).toMatchObject({ converged: true, reason: "simplex-tolerance", method: "nelder-mead" });
    expect(maxError(result.x, [0, 0])).toBeLessThan(1e-8);
    expect(result.value).toBeLessThan(1e-8);
  });

  it("minimises Rosenbrock 2-D and a 1-D quadratic", () => {
    const rosen = minimize(rosenbrock, rosenbrockStart(2), { method: "nelder-mead" });
    expect(rosen.converged).toBe(true);
    expect(maxError(rosen.x, [1, 1])).toBeLessThan(1e-6);
    const line = minimize((x) => (x[0]! + 3) ** 2, [0], { method: "nelder-mead" });
    expect(line.converged).toBe(true);
    expect(maxError(line.x, [-3])).toBeLessThan(1e-8);
  });

  it("uses the adaptive coefficients in 6 dimensions", () => {
    const result = minimize(quadratic6, Array(6).fill(0), { method: "nelder-mead" });
    expect(result.converged).toBe(true);
    expect(maxError(result.x, [1, 2, 3, 4, 5, 6])).toBeLessThan(1e-6);
  });

  it("shrinks the simplex on a plateau, where no move improves, and stops", () => {
    const plateau: Objective = (v) => Math.floor(v[0]! ** 2 + v[1]! ** 2);
    const result = minimize(plateau, [0.1, 0.1], { method: "nelder-mead" });
    expect(result).toMatchObject({ converged: true, reason: "simplex-tolerance", value: 0 });
    expect(maxError(result.x, [0.1, 0.1])).toBe(0);
  });

  it("walks away from vertices where f is not finite", () => {
    // The start's neighbours x0 + 5% eᵢ lie outside the domain x + y ≤ 2.02.
    const f: Objective = (v) => (v[0]! + v[1]! <= 2.02 ? (v[0]! - 0.2) ** 2 + (v[1]! + 0.3) ** 2 : Number.NaN);
    const result = minimize(f, [1, 1], { method: "nelder-mead" });
    expect(result.converged).toBe(true);
    expect(maxError(result.x, [0.2, -0.3])).toBeLessThan(1e-6);
  });
});

/** Σ (i + 1)(xᵢ − (i + 1))² plus a coupling term, minimised at (1, …, 6). */
function quadratic6(x: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (i + 1) * (x[i]! - (i + 1)) ** 2;
  return sum + ((x[0]! - 1) - (x[5]! - 6)) ** 2;
}

// ---------------------------------------------------------------------------------------------
// A maximum-likelihood fit: the gamma distribution's (log shape, log scale) on a fixed sample.

const gamma = fixtures.gammaMle;

/** The gamma negative log-likelihood of the fixture's sample at (log k, log θ). */
function gammaNegLogLikelihood(sample: readonly number[]): Objective {
  const n = sample.length;
  let sumX = 0;
  let sumLogX = 0;
  for (const v of sample) {
    sumX += v;
    sumLogX += Math.log(v);
  }
  return (p) => {
    const k = Math.exp(p[0]!);
    const logTheta = p[1]!;
    return n * logGamma(k) + n * k * logTheta - (k - 1) * sumLogX + sumX * Math.exp(-logTheta);
  };
}

describe("maximum-likelihood fit of a gamma distribution (fixtures/minimize.py: mpmath 50 digits, scipy cross-check)", () => {
  it("has an accurate enough log-gamma for the test", () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(logGamma(0.25)).toBeCloseTo(1.2880225246980774, 13);
  });

  it("finds the MLE to 1e-6 in log shape and log scale, and its standard errors to 1e-5", () => {
    const nll = gammaNegLogLikelihood(gamma.sample);
    // Start at the method-of-moments-free guess shape 1, scale 1.
    const result = minimize(nll, [0, 0]);
    expect(result.converged).toBe(true);
    expect(result.method).toBe("bfgs");
    const expected = [Number(gamma.logShape), Number(gamma.logScale)];
    expect(maxError(result.x, expected)).toBeLessThan(1e-6);
    expect(Math.abs(result.value - Number(gamma.negLogLikelihood))).toBeLessThan(1e-9 * Number(gamma.negLogLikelihood));

    // Standard errors from the inverse of the observed information (the Hessian of the NLL).
    const H = hessian(nll, result.x);
    const det = H[0]![0]! * H[1]![1]! - H[0]![1]! ** 2;
    const se = [Math.sqrt(H[1]![1]! / det), Math.sqrt(H[0]![0]! / det)];
    const E = gamma.hessian.map((row) => row.map(Number));
    const detE = E[0]![0]! * E[1]![1]! - E[0]![1]! ** 2;
    const seExpected = [Math.sqrt(E[1]![1]! / detE), Math.sqrt(E[0]![0]! / detE)];
    for (let i = 0; i < 2; i++) expect(Math.abs(se[i]! / seExpected[i]! - 1)).toBeLessThan(1e-5);
  });

  it("agrees with scipy.stats.gamma.fit(floc=0) on shape and scale", () => {
    const result = minimize(gammaNegLogLikelihood(gamma.sample), [0, 0]);
    expect(Math.abs(Math.exp(result.x[0]!) / Number(gamma.scipyShape) - 1)).toBeLessThan(1e-6);
    expect(Math.abs(Math.exp(result.x[1]!) / Number(gamma.scipyScale) - 1)).toBeLessThan(1e-6);
  });
});

// ---------------------------------------------------------------------------------------------

describe("purity and determinism", () => {
  it("does not modify x0 and returns the same result twice", () => {
    const x0 = Float64Array.from([-1.2, 1]);
    const plain = [-1.2, 1];
    const first = minimize(rosenbrock, x0);
    const second = minimize(rosenbrock, plain);
    expect(Array.from(x0)).toEqual([-1.2, 1]);
    expect(plain).toEqual([-1.2, 1]);
    expect(first).toEqual(second);
    expect(first.x).not.toBe(x0);
  });

  it("accepts any array-like x0", () => {
    const result = minimize(quadratic, { length: 3, 0: 0, 1: 0, 2: 0 });
    expect(maxError(result.x, QUADRATIC_MINIMISER)).toBeLessThan(1e-7);
  });
});

describe("invalid arguments", () => {
  const expectInvalid = (run: () => MinimizeResult, field: string, message?: RegExp): void => {
    catchPatronageError(run, { code: "INVALID_ARGUMENT", field, ...(message === undefined ? {} : { message }) });
  };

  it("rejects a bad objective or starting point", () => {
    expectInvalid(() => minimize("f" as unknown as Objective, [1]), "f");
    expectInvalid(() => minimize(quadratic, []), "x0", /non-empty/);
    expectInvalid(() => minimize(quadratic, null as unknown as number[]), "x0");
    expectInvalid(() => minimize(quadratic, [1, Number.NaN, 0]), "x0", /x0\[1\]/);
    expectInvalid(() => minimize(quadratic, [1, Infinity, 0]), "x0");
    expectInvalid(() => minimize(quadratic, ["1"] as unknown as number[]), "x0");
  });

  it("rejects an x0 where the objective is not finite, naming x0", () => {
    expectInvalid(() => minimize(() => Number.NaN, [1]), "x0", /objective is not finite at x0/);
    expectInvalid(() => minimize(() => Infinity, [1]), "x0", /objective is not finite at x0/);
    expectInvalid(() => minimize((x) => Math.log(x[0]!), [-1]), "x0", /objective is not finite at x0/);
  });

  it("reports what f returned at x0, not the NaN it is mapped to", () => {
    expectInvalid(() => minimize(() => Infinity, [1]), "x0", /f\(x0\) returned Infinity/);
    expectInvalid(() => minimize(() => -Infinity, [1]), "x0", /f\(x0\) returned -Infinity/);
    expectInvalid(() => minimize(() => Number.NaN, [1]), "x0", /f\(x0\) returned NaN/);
    expectInvalid(() => minimize(() => undefined as unknown as number, [1]), "x0", /f\(x0\) returned undefined/);
    expectInvalid(() => minimize(() => "1" as unknown as number, [1]), "x0", /f\(x0\) returned "1"/);
    const x0 = [1, 2];
    expect(() => minimize(() => Infinity, x0)).toThrow(expect.objectContaining({ value: x0 }));
  });

  it("names the element of x0 that is not a finite number", () => {
    expect(() => minimize(quadratic, [0, 0, 0, Number.NaN])).toThrow(
      expect.objectContaining({
        field: "x0",
        value: Number.NaN,
        message: "x0 must be a non-empty array of finite numbers (x0[3] is not); received NaN",
      }),
    );
  });

  it.each([
    [{ maxIterations: 0 }, "options.maxIterations"],
    [{ maxIterations: 2.5 }, "options.maxIterations"],
    [{ gradientTolerance: -1 }, "options.gradientTolerance"],
    [{ gradientTolerance: Number.NaN }, "options.gradientTolerance"],
    [{ functionTolerance: Infinity }, "options.functionTolerance"],
    [{ stepTolerance: -0.1 }, "options.stepTolerance"],
    [{ method: "newton" }, "options.method"],
    [{ fallback: "yes" }, "options.fallback"],
    [{ gradient: 3 }, "options.gradient"],
  ])("rejects the option %o", (options, field) => {
    expectInvalid(() => minimize(quadratic, [0, 0, 0], options as unknown as MinimizeOptions), field);
  });

  it("rejects options that are not an object", () => {
    expectInvalid(() => minimize(quadratic, [0, 0, 0], null as unknown as MinimizeOptions), "options");
  });

  it("does not call f when an option is malformed", () => {
    let calls = 0;
    expect(() =>
      minimize(
        () => {
          calls++;
          return 0;
        },
        [0],
        { maxIterations: -1 },
      ),
    ).toThrow(PatronageError);
    expect(calls).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------

/** Solves A x = b for a symmetric positive-definite A (row-major n×n) by Cholesky. */
function solveSpd(A: number[], b: number[], n: number): number[] {
  const L = new Array<number>(n * n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = A[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= L[i * n + k]! * L[j * n + k]!;
      L[i * n + j] = i === j ? Math.sqrt(sum) : sum / L[j * n + j]!;
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= L[i * n + k]! * y[k]!;
    y[i] = sum / L[i * n + i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k++) sum -= L[k * n + i]! * x[k]!;
    x[i] = sum / L[i * n + i]!;
  }
  return x;
}

describe("properties", () => {
  const problem = fc.integer({ min: 2, max: 6 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      factor: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n * n, maxLength: n * n }),
      shift: fc.double({ min: 0.1, max: 2, noNaN: true }),
      b: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
      x0: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
      analytic: fc.boolean(),
    }),
  );

  it("finds the minimiser A⁻¹b of ½xᵀAx − bᵀx for random positive-definite A in 2–6 dimensions to 1e-6", () => {
    fc.assert(
      fc.property(problem, ({ n, factor, shift, b, x0, analytic }) => {
        // A = LLᵀ + shift·I is positive definite, with eigenvalues ≥ shift.
        const A = new Array<number>(n * n).fill(0);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            let sum = i === j ? shift : 0;
            for (let k = 0; k < n; k++) sum += factor[i * n + k]! * factor[j * n + k]!;
            A[i * n + j] = sum;
          }
        }
        const f: Objective = (x) => {
          let value = 0;
          for (let i = 0; i < n; i++) {
            let Ax = 0;
            for (let j = 0; j < n; j++) Ax += A[i * n + j]! * x[j]!;
            value += 0.5 * x[i]! * Ax - b[i]! * x[i]!;
          }
          return value;
        };
        const gradient: Gradient = (x, out) => {
          for (let i = 0; i < n; i++) {
            let Ax = 0;
            for (let j = 0; j < n; j++) Ax += A[i * n + j]! * x[j]!;
            out[i] = Ax - b[i]!;
          }
        };
        const expected = solveSpd(A, b, n);
        const result = minimize(f, x0, analytic ? { gradient } : {});
        const scale = Math.max(1, ...expected.map(Math.abs));
        return result.converged && maxError(result.x, expected) <= 1e-6 * scale;
      }),
      { numRuns: 300 },
    );
  });

  it("never returns a value above f(x0) nor a non-finite value or gradient", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 2, maxLength: 4 }), (x0) => {
        const result = minimize(rosenbrock, x0, { maxIterations: 20 });
        const finiteGradient =
          result.gradient !== null &&
          result.gradient.every(Number.isFinite) &&
          result.gradientNorm === Math.max(...Array.from(result.gradient, Math.abs));
        return (
          Number.isFinite(result.value) && result.value <= rosenbrock(Float64Array.from(x0)) && finiteGradient
        );
      }),
      { numRuns: 100 },
    );
  });
});
