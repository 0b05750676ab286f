import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createRng } from "../../src/math/createRng.js";
import { GammaGamma } from "../../src/models/GammaGamma.js";
import { gammaGammaProblem } from "../../src/models/gammaGammaProblem.js";
import { PatronageError } from "../../src/PatronageError.js";
import { relativeError } from "../_support/accuracy.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

/** One point of tests/models/fixtures/gammaGamma.json (written by gammaGamma.py, mpmath 50 digits). */
interface Point {
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
  readonly x: number;
  readonly zbar: number;
  readonly logDensity: string;
  readonly gradient: readonly [string, string, string];
  readonly conditionalExpectedSpend: string | null;
}
const fixture = JSON.parse(readFileSync(new URL("./fixtures/gammaGamma.json", import.meta.url), "utf8")) as { points: Point[] };
const label = (point: Point) => `p=${point.p} q=${point.q} γ=${point.gamma} x=${point.x} z̄=${point.zbar}`;

const CDNOW = { p: 6.25, q: 3.74, gamma: 15.44 } as const;

/** The gradient of the total negative log-likelihood in log-parameters, analytic. */
function analyticGradient(frequency: number[], monetaryValue: number[], weight: number[], params: readonly number[]): Float64Array {
  const problem = gammaGammaProblem(Float64Array.from(frequency), Float64Array.from(monetaryValue), Float64Array.from(weight), []);
  const gradient = new Float64Array(3);
  problem.negativeLogLikelihood(Float64Array.from(params, Math.log), gradient);
  return gradient;
}

describe("examples", () => {
  it("GammaGamma (class)", () => {
    const model = new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 });
    expect(model.expectedSpend()).toBe(35.21897810218977);
    expect(model.conditionalExpectedSpend({ frequency: 1, monetaryValue: 20 })).toBe(24.638487208008897);
    expect(model.conditionalExpectedSpend({ frequency: 10, monetaryValue: 20 })).toBe(20.639178418148376);
  });

  it("GammaGamma.fit", () => {
    const model = GammaGamma.fit({
      frequency: [0, 1, 1, 2, 2, 3, 4, 5, 6, 8, 0],
      monetaryValue: [0, 12.5, 40, 22, 31.5, 18, 55, 26, 24.75, 35, 0],
    });
    expect(model.skipped).toBe(2);
    expect(model.n).toBe(9);
    expect(model.converged).toBe(true);
    expect(model.conditionalExpectedSpend({ frequency: 2, monetaryValue: 30 }).toFixed(2)).toBe("30.24");
  });

  it("GammaGamma.fromJSON", () => {
    const model = new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 });
    const copy = GammaGamma.fromJSON(JSON.parse(JSON.stringify(model)));
    expect(copy.params).toEqual({ p: 6.25, q: 3.74, gamma: 15.44 });
  });

  it("expectedSpend", () => {
    expect(new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 }).expectedSpend()).toBe(35.21897810218977);
    catchPatronageError(() => new GammaGamma({ p: 2, q: 0.9, gamma: 10 }).expectedSpend(), { code: "INVALID_ARGUMENT", field: "params.q" });
  });

  it("conditionalExpectedSpend", () => {
    const model = new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 });
    expect(model.conditionalExpectedSpend({ frequency: 1, monetaryValue: 20 })).toBe(24.638487208008897);
    expect(model.conditionalExpectedSpend({ frequency: 0, monetaryValue: 0 })).toBe(35.21897810218977);
  });

  it("conditionalExpectedSpendBatch", () => {
    const model = new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 });
    expect(model.conditionalExpectedSpendBatch({ frequency: [0, 1, 10], monetaryValue: [0, 20, 20] })).toEqual(
      Float64Array.from([35.21897810218977, 24.638487208008897, 20.639178418148376]),
    );
  });

  it("logLikelihoodOf", () => {
    const model = new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 });
    expect(model.logLikelihoodOf({ frequency: 1, monetaryValue: 35.5 })).toBe(-4.206189637286619);
    expect(model.logLikelihoodOf({ frequency: 0, monetaryValue: 0 })).toBe(0);
  });

  it("sample", () => {
    const model = new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 });
    const { frequency, monetaryValue } = model.sample(3, [0, 1, 5], createRng(42));
    expect(frequency).toEqual(Float64Array.from([0, 1, 5]));
    expect(monetaryValue[0]).toBe(0);
  });
});

// Reference: mpmath at 50 digits, tests/models/fixtures/gammaGamma.py.
describe("accuracy against mpmath", () => {
  // Tolerance: 1e-14 relative to max(1, |ln f|) (relative error is meaningless near ln f = 0).
  // Largest error measured: 1.4e-15.
  it.each(fixture.points.map((point) => [label(point), point] as const))("log-density at %s", (_, point) => {
    const model = new GammaGamma({ p: point.p, q: point.q, gamma: point.gamma });
    const actual = model.logLikelihoodOf({ frequency: point.x, monetaryValue: point.zbar });
    const expected = Number(point.logDensity);
    expect(Number.isFinite(actual)).toBe(true);
    expect(Math.abs(actual - expected) / Math.max(1, Math.abs(expected))).toBeLessThanOrEqual(1e-14);
  });

  // Tolerance: 1e-15 relative (about 4.5 ulps: the two weights, two products and the sum each round
  // once). Largest error measured: 0.93 ulp.
  it.each(fixture.points.map((point) => [label(point), point] as const))("conditional expected spend at %s", (_, point) => {
    const model = new GammaGamma({ p: point.p, q: point.q, gamma: point.gamma });
    const customer = { frequency: point.x, monetaryValue: point.zbar };
    if (point.conditionalExpectedSpend === null) {
      catchPatronageError(() => model.conditionalExpectedSpend(customer), { code: "INVALID_ARGUMENT", field: "params.q" });
    } else {
      expect(relativeError(model.conditionalExpectedSpend(customer), Number(point.conditionalExpectedSpend))).toBeLessThanOrEqual(1e-15);
    }
  });

  // Tolerance: 1e-12 relative to max(1, |∂ℓ/∂θ|), θ = ln(p, q, γ) (the digamma differences keep
  // their relative accuracy at large px). Largest error measured: 3.5e-15.
  it.each(fixture.points.map((point) => [label(point), point] as const))("gradient in log-parameters at %s", (_, point) => {
    const gradient = analyticGradient([point.x], [point.zbar], [1], [point.p, point.q, point.gamma]);
    for (let k = 0; k < 3; k++) {
      const expected = -Number(point.gradient[k]);
      expect(Math.abs(gradient[k]! - expected) / Math.max(1, Math.abs(expected))).toBeLessThanOrEqual(1e-12);
    }
  });
});

describe("gradient", () => {
  it("matches central finite differences of the negative log-likelihood on mixed data", () => {
    const rng = createRng("gg-gradient");
    const frequency = Array.from({ length: 60 }, () => rng.integer(1, 40));
    const monetaryValue = Array.from({ length: 60 }, () => 1 + 200 * rng.uniform());
    const weight = Array.from({ length: 60 }, () => 0.5 + 3 * rng.uniform());
    for (const params of [[6.25, 3.74, 15.44], [0.5, 1.2, 3], [40, 20, 500], [1e-3, 0.3, 1e4]]) {
      const problem = gammaGammaProblem(Float64Array.from(frequency), Float64Array.from(monetaryValue), Float64Array.from(weight), []);
      const theta = Float64Array.from(params, Math.log);
      const gradient = new Float64Array(3);
      problem.negativeLogLikelihood(theta, gradient);
      for (let k = 0; k < 3; k++) {
        const h = 1e-5;
        const plus = Float64Array.from(theta);
        const minus = Float64Array.from(theta);
        plus[k] = plus[k]! + h;
        minus[k] = minus[k]! - h;
        const numeric = (problem.negativeLogLikelihood(plus, null) - problem.negativeLogLikelihood(minus, null)) / (2 * h);
        expect(Math.abs(gradient[k]! - numeric)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(numeric)));
      }
    }
  });

  it("sums the per-customer log-densities (a direct-sum oracle)", () => {
    const rng = createRng("gg-oracle");
    const frequency = Array.from({ length: 40 }, () => rng.integer(1, 12));
    const monetaryValue = Array.from({ length: 40 }, () => 0.5 + 90 * rng.uniform());
    const weight = Array.from({ length: 40 }, () => rng.integer(1, 5));
    const model = new GammaGamma(CDNOW);
    const problem = gammaGammaProblem(Float64Array.from(frequency), Float64Array.from(monetaryValue), Float64Array.from(weight), []);
    let direct = 0;
    for (let i = 0; i < 40; i++) direct += weight[i]! * model.logLikelihoodOf({ frequency: frequency[i]!, monetaryValue: monetaryValue[i]! });
    const total = -problem.negativeLogLikelihood(Float64Array.from([CDNOW.p, CDNOW.q, CDNOW.gamma], Math.log), null);
    expect(relativeError(total, direct)).toBeLessThanOrEqual(1e-13);
  });

  it("is infinite, with a NaN gradient, where a parameter under- or overflows", () => {
    const problem = gammaGammaProblem(Float64Array.of(1), Float64Array.of(10), Float64Array.of(1), []);
    const gradient = new Float64Array(3);
    expect(problem.negativeLogLikelihood(Float64Array.of(-800, 0, 0), gradient)).toBe(Infinity);
    expect(Number.isNaN(gradient[0])).toBe(true);
    expect(problem.negativeLogLikelihood(Float64Array.of(0, 800, 0), null)).toBe(Infinity);
  });
});

describe("numerics at the extremes", () => {
  const paramsGrid = [
    { p: 1e-8, q: 1e-8, gamma: 1e-8 },
    { p: 1e-8, q: 1e8, gamma: 1e8 },
    { p: 1e8, q: 1e-8, gamma: 1e-8 },
    { p: 1e8, q: 1e8, gamma: 1e8 },
    { p: 1e-100, q: 2, gamma: 1e100 },
    { p: 1e100, q: 1e100, gamma: 1e-100 },
    { p: 6.25, q: 3.74, gamma: 15.44 },
  ];
  const customers = [1, 2, 17, 1000, 10_000].flatMap((frequency) => [1e-9, 1e-3, 1, 35.5, 1e6, 1e9].map((monetaryValue) => ({ frequency, monetaryValue })));

  it.each(paramsGrid)("log-density and expected spend are finite for frequency ≤ 10,000 and spends ≤ 1e9 (%o)", (params) => {
    const model = new GammaGamma(params);
    for (const customer of customers) {
      expect(Number.isFinite(model.logLikelihoodOf(customer))).toBe(true);
      const px = params.p * customer.frequency;
      if (px + params.q > 1) {
        const value = model.conditionalExpectedSpend(customer);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(value)).toBe(true);
      }
    }
  });

  it("the gradient is finite on a frequency of 10,000 and a spend of 1e9", () => {
    const gradient = analyticGradient([10_000, 1, 3], [1e9, 1e-3, 50], [1, 2, 3], [6.25, 3.74, 15.44]);
    expect(Array.from(gradient).every(Number.isFinite)).toBe(true);
  });

  it("is γ/x + z̄ when p·x overflows", () => {
    const model = new GammaGamma({ p: 1e305, q: 2, gamma: 10 });
    expect(model.conditionalExpectedSpend({ frequency: 10_000, monetaryValue: 3 })).toBe(10 / 10_000 + 3);
    expect(model.conditionalExpectedSpendBatch([{ frequency: 10_000, monetaryValue: 3 }])[0]).toBe(10 / 10_000 + 3);
    catchPatronageError(() => model.logLikelihoodOf({ frequency: 10_000, monetaryValue: 3 }), { code: "INVALID_ARGUMENT", field: "customer.frequency" });
  });

  it("throws rather than return ∞ when the expected spend overflows", () => {
    const model = new GammaGamma({ p: 1e300, q: 2, gamma: 1e300 });
    catchPatronageError(() => model.expectedSpend(), { code: "INVALID_ARGUMENT", field: "params.q", message: /overflows/ });
  });

  it("throws rather than return -∞ when the log-density underflows", () => {
    const model = new GammaGamma({ p: 1, q: 1e307, gamma: 1e-300 });
    catchPatronageError(() => model.logLikelihoodOf({ frequency: 1, monetaryValue: 1e300 }), { code: "INVALID_ARGUMENT", field: "params" });
  });
});

describe("q ≤ 1", () => {
  const model = new GammaGamma({ p: 2, q: 0.5, gamma: 10 });

  it("has no population mean: expectedSpend and frequency 0 throw INVALID_ARGUMENT (params.q)", () => {
    catchPatronageError(() => model.expectedSpend(), { code: "INVALID_ARGUMENT", field: "params.q", message: /needs q > 1/ });
    catchPatronageError(() => model.conditionalExpectedSpend({ frequency: 0, monetaryValue: 0 }), { code: "INVALID_ARGUMENT", field: "params.q" });
    catchPatronageError(() => model.conditionalExpectedSpendBatch({ frequency: [1, 0], monetaryValue: [5, 0] }), {
      code: "INVALID_ARGUMENT",
      field: "params.q",
      message: /customers\.frequency\[1\]/,
    });
    catchPatronageError(() => model.conditionalExpectedSpendBatch([{ frequency: 0, monetaryValue: 0 }]), {
      code: "INVALID_ARGUMENT",
      field: "params.q",
      message: /customers\[0\]/,
    });
  });

  it("still gives a finite conditional expectation (γ + x z̄)p/(px + q − 1) for frequency ≥ 1", () => {
    expect(model.conditionalExpectedSpend({ frequency: 1, monetaryValue: 20 })).toBeCloseTo(((10 + 20) * 2) / (2 + 0.5 - 1), 12);
    expect(model.conditionalExpectedSpendBatch({ frequency: [3], monetaryValue: [7] })[0]).toBeCloseTo(((10 + 21) * 2) / (6 - 0.5), 12);
  });

  it("throws when p·x + q ≤ 1", () => {
    const small = new GammaGamma({ p: 0.2, q: 0.5, gamma: 10 });
    catchPatronageError(() => small.conditionalExpectedSpend({ frequency: 1, monetaryValue: 3 }), {
      code: "INVALID_ARGUMENT",
      field: "params.q",
      message: /p·frequency \+ q > 1/,
    });
    expect(small.conditionalExpectedSpend({ frequency: 3, monetaryValue: 3 })).toBeCloseTo(((10 + 9) * 0.2) / (0.6 - 0.5), 10);
  });
});

describe("laws (property tests)", () => {
  const params = fc.record({
    p: fc.double({ min: 0.05, max: 100, noNaN: true }),
    q: fc.double({ min: 1.01, max: 100, noNaN: true }),
    gamma: fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
  });
  const zbar = fc.double({ min: 1e-3, max: 1e6, noNaN: true });

  it("the conditional expected spend lies between the population mean and z̄ (a weighted average)", () => {
    fc.assert(
      fc.property(params, fc.integer({ min: 1, max: 10_000 }), zbar, (theta, frequency, monetaryValue) => {
        const model = new GammaGamma(theta);
        const mean = model.expectedSpend();
        const value = model.conditionalExpectedSpend({ frequency, monetaryValue });
        const slack = 1e-12 * Math.max(mean, monetaryValue);
        return value >= Math.min(mean, monetaryValue) - slack && value <= Math.max(mean, monetaryValue) + slack;
      }),
    );
  });

  it("moves toward z̄ as the frequency grows", () => {
    fc.assert(
      fc.property(params, fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 1, max: 5_000 }), zbar, (theta, x, extra, monetaryValue) => {
        const model = new GammaGamma(theta);
        const near = model.conditionalExpectedSpend({ frequency: x + extra, monetaryValue });
        const far = model.conditionalExpectedSpend({ frequency: x, monetaryValue });
        return Math.abs(near - monetaryValue) <= Math.abs(far - monetaryValue) * (1 + 1e-12) + 1e-12 * monetaryValue;
      }),
    );
  });

  it("the batch equals the one-customer method, and leaves its input unchanged", () => {
    fc.assert(
      fc.property(params, fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), zbar), { maxLength: 30 }), (theta, rows) => {
        const model = new GammaGamma(theta);
        const customers = rows.map(([frequency, monetaryValue]) => ({ frequency, monetaryValue: frequency === 0 ? 0 : monetaryValue }));
        const before = JSON.stringify(customers);
        const batch = model.conditionalExpectedSpendBatch(customers);
        return JSON.stringify(customers) === before && customers.every((customer, i) => batch[i] === model.conditionalExpectedSpend(customer));
      }),
    );
  });

  it("the log-density integrates to 1 over z̄ (x = 1, 3)", () => {
    const model = new GammaGamma({ p: 3, q: 4, gamma: 20 });
    for (const frequency of [1, 3]) {
      // Trapezoid on a log grid: ∫ f(z) dz = ∫ f(e^u) e^u du.
      let integral = 0;
      const h = 0.001;
      for (let u = -12; u < 12; u += h) {
        const z = Math.exp(u);
        integral += Math.exp(model.logLikelihoodOf({ frequency, monetaryValue: z })) * z * h;
      }
      expect(integral).toBeCloseTo(1, 6);
    }
  });
});

describe("fit", () => {
  it("recovers the parameters of simulated data within 3 standard errors (20,000 customers, frequencies 1..20)", () => {
    const truth = { p: 6, q: 4, gamma: 15 };
    const rng = createRng(20261122);
    const frequency = Array.from({ length: 20_000 }, () => rng.integer(1, 20));
    const data = new GammaGamma(truth).sample(20_000, frequency, rng);
    const model = GammaGamma.fit(data);
    expect(model.converged).toBe(true);
    expect(model.standardErrors).not.toBeNull();
    for (const name of ["p", "q", "gamma"] as const) {
      expect(Math.abs(model.params[name] - truth[name])).toBeLessThanOrEqual(3 * model.standardErrors![name]);
    }
    expect(model.n).toBe(20_000);
    expect(model.skipped).toBe(0);
  });

  it("skips and counts frequency-0 customers (weights included) and fits the rest", () => {
    const rows = [
      { frequency: 0, monetaryValue: 0, weight: 3 },
      { frequency: 0, monetaryValue: 12, weight: 0.5 },
      { frequency: 1, monetaryValue: 10 },
      { frequency: 2, monetaryValue: 20 },
      { frequency: 3, monetaryValue: 15 },
      { frequency: 1, monetaryValue: 40 },
      { frequency: 5, monetaryValue: 25 },
    ];
    const model = GammaGamma.fit(rows);
    expect(model.skipped).toBe(3.5);
    expect(model.n).toBe(5);
    const repeatOnly = GammaGamma.fit(rows.slice(2));
    expect(repeatOnly.skipped).toBe(0);
    expect(repeatOnly.params).toEqual(model.params);
  });

  it("gives weighted rows the fit of the repeated rows", () => {
    const repeated = { frequency: [1, 1, 1, 2, 2, 4, 7, 7, 3], monetaryValue: [10, 10, 10, 30, 30, 12, 22, 22, 50] };
    const weighted = { frequency: [1, 2, 4, 7, 3], monetaryValue: [10, 30, 12, 22, 50], weight: [3, 2, 1, 2, 1] };
    const a = GammaGamma.fit(repeated);
    const b = GammaGamma.fit(weighted);
    expect(b.patterns).toBe(5);
    expect(a.patterns).toBe(5);
    expect(b.n).toBe(9);
    for (const name of ["p", "q", "gamma"] as const) expect(relativeError(b.params[name], a.params[name])).toBeLessThanOrEqual(1e-9);
    expect(b.logLikelihood).toBeCloseTo(a.logLikelihood, 9);
  });

  it("drops weight-0 rows and throws INSUFFICIENT_DATA without repeat buyers", () => {
    catchPatronageError(() => GammaGamma.fit({ frequency: [0, 0], monetaryValue: [0, 0] }), { code: "INSUFFICIENT_DATA", field: "data" });
    catchPatronageError(() => GammaGamma.fit([{ frequency: 2, monetaryValue: 5, weight: 0 }]), { code: "INSUFFICIENT_DATA", field: "data" });
    catchPatronageError(() => GammaGamma.fit([]), { code: "INSUFFICIENT_DATA", field: "data" });
  });

  it("uses initialParams and the penalizer", () => {
    const data = { frequency: [1, 2, 3, 1, 4, 2], monetaryValue: [10, 12, 30, 8, 20, 15] };
    const penalized = GammaGamma.fit(data, { penalizer: 0.1 });
    expect(penalized.penalizer).toBe(0.1);
    const plain = GammaGamma.fit(data, { initialParams: { p: 2, q: 3, gamma: 20 }, maxIterations: 1000 });
    expect(plain.penalizer).toBe(0);
    catchPatronageError(() => GammaGamma.fit(data, { penalizer: -1 }), { code: "INVALID_ARGUMENT", field: "options.penalizer" });
  });

  it("reports runaway estimates on degenerate data rather than NaN", () => {
    const model = GammaGamma.fit({ frequency: [1, 2, 3, 4], monetaryValue: [5, 5, 5, 5] });
    expect(Number.isFinite(model.logLikelihood)).toBe(true);
    expect(Object.values(model.params).every((v) => v > 0 && v < Infinity)).toBe(true);
  });
});

describe("input validation", () => {
  it.each([
    [[{ frequency: 1.5, monetaryValue: 3 }], "data[0].frequency"],
    [[{ frequency: -1, monetaryValue: 3 }], "data[0].frequency"],
    [[{ frequency: 1, monetaryValue: 3 }, { frequency: 2, monetaryValue: 0 }], "data[1].monetaryValue"],
    [[{ frequency: 2, monetaryValue: -4 }], "data[0].monetaryValue"],
    [[{ frequency: 0, monetaryValue: -4 }], "data[0].monetaryValue"],
    [[{ frequency: 0, monetaryValue: NaN }], "data[0].monetaryValue"],
    [[{ frequency: 2, monetaryValue: Infinity }], "data[0].monetaryValue"],
    [[{ frequency: "2", monetaryValue: 3 }], "data[0].frequency"],
    [[{ frequency: 2, monetaryValue: 3, weight: -1 }], "data[0].weight"],
    [[{ frequency: 2, monetaryValue: 3, weight: "1" }], "data[0].weight"],
    [[null], "data[0]"],
    [{ frequency: [1, 2], monetaryValue: [3, 0] }, "data.monetaryValue[1]"],
    [{ frequency: [1, 2], monetaryValue: [3] }, "data.monetaryValue"],
    [{ frequency: [1, 2], monetaryValue: [3, 4], weight: [1] }, "data.weight"],
    [{ frequency: [1, 2], monetaryValue: [3, 4], weight: [1, Infinity] }, "data.weight[1]"],
    [{ frequency: [1, 2], monetaryValue: [3, 4], weight: 3 }, "data.weight"],
    [{ frequency: 1, monetaryValue: [3] }, "data.frequency"],
    [{ frequency: [1, 2.5], monetaryValue: [3, 4] }, "data.frequency[1]"],
    [null, "data"],
  ] as const)("fit(%o) throws INVALID_ARGUMENT naming %s", (data, field) => {
    catchPatronageError(() => GammaGamma.fit(data as never), { code: "INVALID_ARGUMENT", field });
  });

  it("accepts typed-array columns", () => {
    const model = GammaGamma.fit({ frequency: Float64Array.of(1, 2, 3, 1, 5), monetaryValue: Float32Array.of(10, 20, 14, 40, 25) });
    expect(model.patterns).toBe(5);
  });

  it.each([
    [null, "customer"],
    [{ frequency: -1, monetaryValue: 3 }, "customer.frequency"],
    [{ frequency: 1, monetaryValue: 0 }, "customer.monetaryValue"],
    [{ frequency: 0, monetaryValue: -1 }, "customer.monetaryValue"],
    [{ frequency: 1, monetaryValue: "3" }, "customer.monetaryValue"],
  ] as const)("conditionalExpectedSpend(%o) and logLikelihoodOf throw naming %s", (customer, field) => {
    const model = new GammaGamma(CDNOW);
    catchPatronageError(() => model.conditionalExpectedSpend(customer as never), { code: "INVALID_ARGUMENT", field });
    catchPatronageError(() => model.logLikelihoodOf(customer as never), { code: "INVALID_ARGUMENT", field });
  });

  it("the batch names the row", () => {
    const model = new GammaGamma(CDNOW);
    catchPatronageError(() => model.conditionalExpectedSpendBatch({ frequency: [1, 1], monetaryValue: [2, -2] }), {
      code: "INVALID_ARGUMENT",
      field: "customers.monetaryValue[1]",
    });
    catchPatronageError(() => model.conditionalExpectedSpendBatch([{ frequency: 1, monetaryValue: 2, weight: -1 }]), {
      code: "INVALID_ARGUMENT",
      field: "customers[0].weight",
    });
  });

  it.each([
    [{ p: 0, q: 1, gamma: 1 }, "params.p"],
    [{ p: 1, q: NaN, gamma: 1 }, "params.q"],
    [{ p: 1, q: 1, gamma: Infinity }, "params.gamma"],
  ])("the constructor rejects %o naming %s", (params, field) => {
    catchPatronageError(() => new GammaGamma(params), { code: "INVALID_ARGUMENT", field });
  });
});

describe("sample", () => {
  const model = new GammaGamma(CDNOW);

  it("is deterministic for a seed and gives frequency-0 customers a spend of 0", () => {
    const a = model.sample(100, 3, createRng(7));
    const b = model.sample(100, 3, createRng(7));
    expect(a).toEqual(b);
    expect(a.frequency.every((x) => x === 3)).toBe(true);
    expect(a.monetaryValue.every((z) => z > 0 && z < Infinity)).toBe(true);
    expect(model.sample(2, 0, createRng(7)).monetaryValue).toEqual(new Float64Array(2));
  });

  it("has the model's mean spend", () => {
    const { monetaryValue } = model.sample(200_000, 1, createRng(11));
    const mean = monetaryValue.reduce((sum, z) => sum + z, 0) / monetaryValue.length;
    // E[z̄] = pγ/(q − 1) = 35.22; its standard error here is about 0.2 (the variance is finite for q > 2).
    expect(Math.abs(mean - model.expectedSpend())).toBeLessThan(1.5);
  });

  it.each([
    [() => model.sample(-1, 1, createRng(1)), "count"],
    [() => model.sample(1.5, 1, createRng(1)), "count"],
    [() => model.sample(2, -1, createRng(1)), "frequency"],
    [() => model.sample(2, [1], createRng(1)), "frequency"],
    [() => model.sample(2, [1, 0.5], createRng(1)), "frequency[1]"],
    [() => model.sample(2, 1, null as never), "rng"],
  ])("validates its arguments (%#, %s)", (run, field) => {
    catchPatronageError(run, { code: "INVALID_ARGUMENT", field });
  });

  it("throws rather than return ∞ when a draw overflows", () => {
    const wild = new GammaGamma({ p: 1, q: 1e-3, gamma: 1e200 });
    catchPatronageError(() => wild.sample(1000, 1, createRng(3)), { code: "INVALID_ARGUMENT", field: "params" });
  });
});

describe("JSON", () => {
  it("round-trips a fitted model, skipped count included", () => {
    const model = GammaGamma.fit({ frequency: [0, 1, 2, 3, 1, 4, 0], monetaryValue: [0, 10, 20, 14, 40, 25, 0] });
    const json = JSON.parse(JSON.stringify(model));
    expect(json.fit.skipped).toBe(2);
    const copy = GammaGamma.fromJSON(json);
    expect(copy.toJSON()).toEqual(model.toJSON());
    expect(copy.skipped).toBe(2);
    expect(copy.logLikelihood).toBe(model.logLikelihood);
  });

  it("reads a fit without skipped as 0, and a model without fit as unfitted", () => {
    const model = GammaGamma.fit({ frequency: [1, 2, 3, 1, 4], monetaryValue: [10, 20, 14, 40, 25] });
    const { skipped: _, ...fit } = model.toJSON().fit as unknown as Record<string, unknown>;
    expect(GammaGamma.fromJSON({ ...model.toJSON(), fit }).skipped).toBe(0);
    const bare = GammaGamma.fromJSON({ model: "GammaGamma", version: 1, params: CDNOW, fit: null });
    expect(bare.skipped).toBeNull();
    expect(bare.logLikelihood).toBeNull();
    expect(bare.toJSON()).toEqual({ model: "GammaGamma", version: 1, params: CDNOW, fit: null });
  });

  it("rejects malformed JSON naming the field", () => {
    const model = GammaGamma.fit({ frequency: [1, 2, 3, 1, 4], monetaryValue: [10, 20, 14, 40, 25] });
    const json = model.toJSON();
    catchPatronageError(() => GammaGamma.fromJSON({ ...json, model: "BgNbd" }), { code: "INVALID_ARGUMENT", field: "json.model" });
    catchPatronageError(() => GammaGamma.fromJSON({ ...json, fit: { ...json.fit, skipped: -1 } }), { code: "INVALID_ARGUMENT", field: "json.fit.skipped" });
    catchPatronageError(() => GammaGamma.fromJSON({ ...json, params: { p: 1, q: 2, gamma: -1 } }), { code: "INVALID_ARGUMENT", field: "json.params.gamma" });
    catchPatronageError(() => new GammaGamma(CDNOW, { ...json.fit!, skipped: NaN }), { code: "INVALID_ARGUMENT", field: "fit.skipped" });
  });

  it("errors are PatronageErrors", () => {
    expect(() => GammaGamma.fromJSON(null)).toThrow(PatronageError);
  });
});
