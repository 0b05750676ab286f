import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng } from "../../src/math/index.js";
import type { BgNbd, BgNbdParams } from "../../src/models/BgNbd.js";
import type { FitOptions } from "../../src/models/FitOptions.js";
import type { FitStatistics } from "../../src/models/FitStatistics.js";
import { bgNbdLikelihood } from "../../src/models/bgNbdLikelihood.js";
import { readPatterns } from "../../src/models/readPatterns.js";
import { relativeError } from "../_support/accuracy.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";
import { bgNbdFixtures, isCustomerCase } from "./fixtures/bgNbd.js";

/** The public surface of a BG/NBD-family model (BgNbd and MbgNbd are structurally alike). */
type FamilyModel = Pick<BgNbd, keyof BgNbd>;

/** What the shared suite needs of `BgNbd` or `MbgNbd` (same API). */
export type FamilyClass = {
  new (params: BgNbdParams): FamilyModel;
  fit(data: Parameters<typeof BgNbd.fit>[0], options?: FitOptions): FamilyModel & FitStatistics<BgNbdParams>;
  fromJSON(json: unknown): FamilyModel;
  readonly name: string;
};

const PARAM_NAMES = ["r", "alpha", "a", "b"] as const;

/** Absolute error relative to max(1, |expected|): the error a sum of log-likelihoods feels. */
const logError = (actual: number, expected: number) => Math.abs(actual - expected) / Math.max(1, Math.abs(expected));

/**
 * The tests BgNbd and MbgNbd share: mpmath references, extremes, the likelihood kernel (gradient,
 * compression), laws (fast-check), validation and simulation recovery.
 */
export function describeFamily(Model: FamilyClass, key: "bg" | "mbg", shift: 0 | 1): void {
  const cases = bgNbdFixtures.models[key];
  const params = bgNbdFixtures.params;
  const customerCases = cases.filter(isCustomerCase);
  const newCases = cases.filter((c) => !isCustomerCase(c)) as Exclude<(typeof cases)[number], { palive: string }>[];

  // Reference: tests/models/fixtures/bgNbd.py (mpmath, 50 digits, the papers' formulas written
  // directly). Tolerances: P(alive) 1e-14 relative; ln L 1e-13 relative to max(1, |ln L|);
  // P(no purchase) and P(X(t) = n) 1e-12 relative; expectations 1e-10 relative (measured ≤ 7.2e-12,
  // the worst at a = 1.0004, inside the interpolated band around a = 1).
  describe("matches mpmath", () => {
    it.each(customerCases.map((c) => [c.params, c.x, c.tx, c.T, c] as const))(
      "%s, x = %s, t_x = %s, T = %s: P(alive), ln L, E[X(T, T + t]], P(no purchase)",
      (label, x, tx, T, c) => {
        const model = new Model(params[label]!);
        const customer = { frequency: x, recency: tx, T };
        expect(relativeError(model.probabilityAlive(customer), Number(c.palive))).toBeLessThanOrEqual(1e-14);
        expect(logError(model.logLikelihoodOf(customer), Number(c.loglik))).toBeLessThanOrEqual(1e-13);
        for (const [t, expected] of Object.entries(c.ce)) {
          expect(relativeError(model.conditionalExpectedPurchases(Number(t), customer), Number(expected))).toBeLessThanOrEqual(1e-10);
        }
        for (const [t, expected] of Object.entries(c.pnone)) {
          expect(relativeError(model.probabilityNoPurchase(Number(t), customer), Number(expected))).toBeLessThanOrEqual(1e-12);
        }
      },
    );

    it.each(newCases.map((c) => [c.params, c] as const))("%s: E[X(t)] and P(X(t) = n)", (label, c) => {
      const model = new Model(params[label]!);
      for (const [t, expected] of Object.entries(c.expected)) {
        expect(relativeError(model.expectedPurchases(Number(t)), Number(expected))).toBeLessThanOrEqual(1e-10);
        [0, 1, 2, 5, 20].forEach((n, i) => {
          expect(relativeError(model.probabilityOfPurchases(n, Number(t)), Number(c.pmf[t]![i]))).toBeLessThanOrEqual(1e-12);
        });
      }
    });

    // Around a = 1 the expectation is interpolated in a (cubic through 1 ± 0.001, 1 ± 0.002):
    // tolerance 1e-9 (measured 2.2e-10, at r = 20, t = 5,000).
    const nearOne = bgNbdFixtures.nearOne.filter((c) => c.model === key);
    it.each(nearOne.map((c) => [c.a, c.r, c.x, c.t, c] as const))("a = %s (r = %s, x = %s, t = %s): E[X(T, T + t]]", (_a, _r, _x, _t, c) => {
      const model = new Model({ r: c.r, alpha: c.alpha, a: c.a, b: c.b });
      const value = model.conditionalExpectedPurchases(c.t, { frequency: c.x, recency: c.tx, T: c.T });
      expect(relativeError(value, Number(c.ce))).toBeLessThanOrEqual(1e-9);
    });

    const extremes = bgNbdFixtures.extreme.filter((c) => c.model === key);
    it.each(extremes.map((c) => [c.params, c.x, c.tx, c.T, c] as const))(
      "extreme: %s, x = %s, t_x = %s, T = %s",
      (label, x, tx, T, c) => {
        const model = new Model(params[label]!);
        const customer = { frequency: x, recency: tx, T };
        if (c.loglik !== undefined) expect(logError(model.logLikelihoodOf(customer), Number(c.loglik))).toBeLessThanOrEqual(1e-13);
        if (c.palive !== undefined) expect(relativeError(model.probabilityAlive(customer), Number(c.palive))).toBeLessThanOrEqual(1e-13);
        if (c.ce !== undefined) expect(relativeError(model.conditionalExpectedPurchases(c.t!, customer), Number(c.ce))).toBeLessThanOrEqual(1e-10);
      },
    );
  });

  describe("finite at the extremes (frequency to 10,000, T = 0, recency = 0, parameters 1e-8 … 1e8)", () => {
    const values = [1e-8, 1e-3, 1, 1e3, 1e8];
    const customers = [
      { frequency: 0, recency: 0, T: 0 },
      { frequency: 0, recency: 0, T: 1e4 },
      { frequency: 1, recency: 0, T: 0 },
      { frequency: 10_000, recency: 0, T: 0 },
      { frequency: 10_000, recency: 99, T: 100 },
      { frequency: 3, recency: 1e4, T: 1e4 },
    ];
    it("log-likelihood, its gradient, P(alive) and P(no purchase) are finite", () => {
      const patterns = readPatterns(customers);
      const problem = bgNbdLikelihood(patterns, shift);
      const gradient = new Float64Array(4);
      for (const r of values) {
        for (const alpha of values) {
          for (const a of values) {
            for (const b of values) {
              const model = new Model({ r, alpha, a, b });
              for (const customer of customers) {
                expect(Number.isFinite(model.logLikelihoodOf(customer))).toBe(true);
                const alive = model.probabilityAlive(customer);
                expect(alive >= 0 && alive <= 1).toBe(true);
                const none = model.probabilityNoPurchase(39, customer);
                expect(none >= 0 && none <= 1).toBe(true);
              }
              const value = problem.negativeLogLikelihood(Float64Array.of(Math.log(r), Math.log(alpha), Math.log(a), Math.log(b)), gradient);
              expect(Number.isFinite(value)).toBe(true);
              expect(gradient.every(Number.isFinite)).toBe(true);
            }
          }
        }
      }
    });

    it("expectations are finite and ≥ 0 for a frequency of 10,000 and moderate parameters", () => {
      for (const p of [
        { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
        { r: 5, alpha: 0.5, a: 30, b: 0.2 },
        { r: 1e-3, alpha: 1e3, a: 1e-3, b: 1e3 },
      ]) {
        const model = new Model(p);
        for (const customer of customers) {
          for (const t of [0, 1e-6, 39, 1e6]) {
            const value = model.conditionalExpectedPurchases(t, customer);
            expect(Number.isFinite(value) && value >= 0).toBe(true);
          }
        }
        expect(Number.isFinite(model.expectedPurchases(1e6))).toBe(true);
      }
    });
  });

  describe("likelihood kernel", () => {
    const sample = new Model({ r: 0.7, alpha: 6, a: 0.9, b: 2.2 }).sample(
      3000,
      Float64Array.from({ length: 3000 }, (_, i) => (i % 50) + 0.5 * (i % 3)),
      createRng(11),
    );
    // Frequencies far apart, so the kernel jumps between them through log-Γ and ψ too.
    const spread = {
      frequency: [0, 1, 2, 70, 500, 10_000, 3, 200],
      recency: [0, 3, 5, 40, 60, 99, 0, 20],
      T: [10, 10, 20, 50, 80, 100, 5, 30],
    };

    it.each([
      [0.243, 4.414, 0.793, 2.426],
      [3, 0.5, 12, 0.7],
      [1e-3, 200, 1e-2, 40],
    ])("its analytic gradient matches central differences at (%s, %s, %s, %s)", (r, alpha, a, b) => {
      for (const data of [sample, spread]) {
        const problem = bgNbdLikelihood(readPatterns(data), shift);
        const theta = Float64Array.of(Math.log(r), Math.log(alpha), Math.log(a), Math.log(b));
        const gradient = new Float64Array(4);
        const value = problem.negativeLogLikelihood(theta, gradient);
        for (let i = 0; i < 4; i++) {
          const h = 1e-5;
          const up = Float64Array.from(theta);
          const down = Float64Array.from(theta);
          up[i] = up[i]! + h;
          down[i] = down[i]! - h;
          const numeric = (problem.negativeLogLikelihood(up, null) - problem.negativeLogLikelihood(down, null)) / (2 * h);
          // Truncation O(h²) plus the rounding of the two values, ~1e-15·|value| / h.
          expect(Math.abs(gradient[i]! - numeric)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(numeric)) + (1e-14 * Math.abs(value)) / h);
        }
      }
    });

    it("over compressed patterns equals the direct sum over customers (naive oracle)", () => {
      for (const data of [sample, spread]) {
        const patterns = readPatterns(data);
        const problem = bgNbdLikelihood(patterns, shift);
        for (const p of [
          { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
          { r: 2, alpha: 30, a: 5, b: 0.3 },
        ]) {
          const direct = new Model(p).logLikelihoodBatch(data).reduce((sum, v) => sum + v, 0);
          const theta = Float64Array.from(PARAM_NAMES, (name) => Math.log(p[name]));
          const compressed = -problem.negativeLogLikelihood(theta, null);
          expect(Math.abs(compressed - direct)).toBeLessThanOrEqual(1e-9 * Math.abs(direct));
        }
      }
      expect(readPatterns(sample).size).toBeLessThan(3000);
    });

    it("a fit on weighted patterns equals the fit on the raw rows", () => {
      const raw = BgNbdRows(sample);
      const patterns = readPatterns(raw);
      const weighted = {
        frequency: patterns.frequency,
        recency: patterns.recency,
        T: patterns.T,
        weight: patterns.weight,
      };
      const a = Model.fit(raw);
      const b = Model.fit(weighted);
      for (const name of PARAM_NAMES) expect(relativeError(b.params[name], a.params[name])).toBeLessThanOrEqual(1e-9);
      expect(b.logLikelihood).toBeCloseTo(a.logLikelihood, 8);
      expect(b.n).toBe(3000);
      expect(b.patterns).toBe(a.patterns);
    });
  });

  describe("laws (fast-check)", () => {
    const positive = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    const paramsArb = fc.record({ r: positive(0.05, 10), alpha: positive(0.1, 50), a: positive(0.05, 10), b: positive(0.05, 20) });
    const customerArb = fc
      .tuple(fc.integer({ min: 0, max: 200 }), positive(0, 1), positive(0, 200))
      .map(([frequency, fraction, T]) => ({ frequency, recency: frequency === 0 ? 0 : fraction * T, T }));

    it("P(alive) is in [0, 1] and non-increasing in T", () => {
      fc.assert(
        fc.property(paramsArb, customerArb, positive(0, 100), (p, customer, extra) => {
          const model = new Model(p);
          const now = model.probabilityAlive(customer);
          const later = model.probabilityAlive({ ...customer, T: customer.T + extra });
          return now >= 0 && now <= 1 && later <= now;
        }),
      );
    });

    it("the conditional expectation is non-decreasing in t", () => {
      fc.assert(
        fc.property(paramsArb, customerArb, positive(0, 200), positive(0, 200), (p, customer, t1, t2) => {
          const model = new Model(p);
          const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
          // Relative slack for rounding, and an absolute one for subnormal t (t = 1e-323), where the
          // expectations are themselves subnormal and only their rounding would be compared.
          return model.conditionalExpectedPurchases(lo, customer) <= model.conditionalExpectedPurchases(hi, customer) * (1 + 1e-12) + 1e-300;
        }),
      );
    });

    // Not a law for every recency: with recency far below T, more purchases long ago make the
    // customer look more surely gone (see the next test); for recency = T it is one.
    it("the conditional expectation is non-decreasing in frequency at fixed recency = T", () => {
      fc.assert(
        // t ≥ 1e-6: below, the expectations are near-subnormal and only their rounding is compared.
        fc.property(paramsArb, fc.integer({ min: 1, max: 100 }), positive(0.01, 200), positive(1e-6, 100), (p, x, T, t) => {
          const model = new Model(p);
          const recency = T;
          const fewer = model.conditionalExpectedPurchases(t, { frequency: x, recency, T });
          const more = model.conditionalExpectedPurchases(t, { frequency: x + 1, recency, T });
          return fewer <= more * (1 + 1e-10);
        }),
      );
    });

    it("but not at a recency far below T: a long silence after many early purchases lowers it", () => {
      const model = new Model({ r: 0.05, alpha: 0.1, a: 0.05, b: 0.05 });
      const t = 0.01;
      const one = model.conditionalExpectedPurchases(t, { frequency: 1, recency: 0, T: 20 });
      const two = model.conditionalExpectedPurchases(t, { frequency: 2, recency: 0, T: 20 });
      expect(two).toBeLessThan(one);
    });

    it("P(X(t) = n) sums to 1 over n", () => {
      // The tail falls at least as fast as the negative binomial's, ratio t / (α + t) ≤ 60 / 61.
      fc.assert(
        fc.property(fc.record({ r: positive(0.05, 10), alpha: positive(1, 50), a: positive(0.05, 10), b: positive(0.05, 20) }), positive(0, 60), (p, t) => {
          const model = new Model(p);
          let sum = 0;
          for (let n = 0; n < 20_000 && sum < 1 - 1e-9; n++) sum += model.probabilityOfPurchases(n, t);
          return Math.abs(sum - 1) <= 1e-8;
        }),
        { numRuns: 30 },
      );
    });

    it("the batch methods equal the single-customer methods, and P(no purchase) decreases in t", () => {
      fc.assert(
        fc.property(paramsArb, fc.array(customerArb, { minLength: 1, maxLength: 20 }), positive(0, 100), (p, customers, t) => {
          const model = new Model(p);
          const expectation = model.conditionalExpectedPurchasesBatch(t, customers);
          const alive = model.probabilityAliveBatch(customers);
          const none = model.probabilityNoPurchaseBatch(t, customers);
          const ll = model.logLikelihoodBatch(customers);
          return customers.every(
            (c, i) =>
              expectation[i] === model.conditionalExpectedPurchases(t, c) &&
              alive[i] === model.probabilityAlive(c) &&
              none[i] === model.probabilityNoPurchase(t, c) &&
              ll[i] === model.logLikelihoodOf(c) &&
              model.probabilityNoPurchase(t + 1, c) <= none[i]!,
          );
        }),
        { numRuns: 50 },
      );
    });

    it("is pure: inputs are unchanged", () => {
      const customers = { frequency: [1, 0, 4], recency: [2, 0, 9], T: [10, 3, 12] };
      const copy = structuredClone(customers);
      const model = new Model({ r: 1, alpha: 2, a: 3, b: 4 });
      model.conditionalExpectedPurchasesBatch(5, customers);
      model.probabilityAliveBatch(customers);
      Model.fit(customers);
      expect(customers).toEqual(copy);
    });
  });

  describe("validation", () => {
    const model = new Model({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
    const good = { frequency: 2, recency: 30.43, T: 38.86 };

    it.each([
      ["params.r", () => new Model({ r: 0, alpha: 1, a: 1, b: 1 })],
      ["params.alpha", () => new Model({ r: 1, alpha: Number.NaN, a: 1, b: 1 })],
      ["params.b", () => new Model({ r: 1, alpha: 1, a: 1, b: Infinity })],
      ["t", () => model.expectedPurchases(-1)],
      ["t", () => model.conditionalExpectedPurchases(Infinity, good)],
      ["t", () => model.probabilityNoPurchase(Number.NaN, good)],
      ["n", () => model.probabilityOfPurchases(1.5, 3)],
      ["n", () => model.probabilityOfPurchases(-1, 3)],
      ["t", () => model.probabilityOfPurchases(1, -3)],
      ["customer", () => model.probabilityAlive(null as never)],
      ["customer.frequency", () => model.probabilityAlive({ ...good, frequency: 1.5 })],
      ["customer.frequency", () => model.logLikelihoodOf({ ...good, frequency: "2" as never })],
      ["customer.T", () => model.probabilityAlive({ ...good, T: -1 })],
      ["customer.recency", () => model.probabilityAlive({ ...good, recency: 40 })],
      ["customer.recency", () => model.probabilityAlive({ frequency: 0, recency: 1, T: 4 })],
      ["customers.recency[1]", () => model.probabilityAliveBatch({ frequency: [1, 1], recency: [1, 9], T: [5, 5] })],
      ["customers[0].T", () => model.conditionalExpectedPurchasesBatch(3, [{ frequency: 1, recency: 1, T: Number.NaN }])],
      ["t", () => model.probabilityNoPurchaseBatch(-2, [good])],
      ["customers", () => model.logLikelihoodBatch(42 as never)],
      ["count", () => model.sample(-1, 3, createRng(1))],
      ["count", () => model.sample(1.5, 3, createRng(1))],
      ["T", () => model.sample(2, -3, createRng(1))],
      ["T", () => model.sample(2, [1], createRng(1))],
      ["T[1]", () => model.sample(2, [1, Number.NaN], createRng(1))],
      ["rng", () => model.sample(2, 3, {} as never)],
      ["data[1].recency", () => Model.fit([good, { frequency: 1, recency: 50, T: 40 }])],
      ["options.penalizer", () => Model.fit([good], { penalizer: -1 })],
      ["json.model", () => Model.fromJSON({ model: "Other", version: 1, params: {}, fit: null })],
      ["json.params.a", () => Model.fromJSON({ model: Model.name, version: 1, params: { r: 1, alpha: 1, b: 1 }, fit: null })],
    ])("throws INVALID_ARGUMENT naming %s", (field, run) => {
      catchPatronageError(run, { code: "INVALID_ARGUMENT", field });
    });

    it("throws INSUFFICIENT_DATA for no customers", () => {
      catchPatronageError(() => Model.fit([]), { code: "INSUFFICIENT_DATA", field: "data" });
    });

    it("fit of customers who never repeat-purchase does not return a non-finite model", () => {
      let result: unknown;
      try {
        result = Model.fit([{ frequency: 0, recency: 0, T: 10, weight: 5 }]);
      } catch (error) {
        result = error;
      }
      if (result instanceof Error) expect(result).toMatchObject({ code: "NOT_CONVERGED" });
      else for (const v of Object.values((result as FamilyModel).params)) expect(Number.isFinite(v)).toBe(true);
    });
  });

  describe("fit options", () => {
    const data = new Model({ r: 0.5, alpha: 4, a: 0.8, b: 2.5 }).sample(2000, 30, createRng(21));
    it("a penalizer shrinks the parameters and is reported; the log-likelihood is the unpenalised one", () => {
      const plain = Model.fit(data);
      const penalised = Model.fit(data, { penalizer: 0.01 });
      expect(penalised.penalizer).toBe(0.01);
      expect(penalised.params.alpha).toBeLessThan(plain.params.alpha);
      expect(penalised.logLikelihood).toBeLessThan(plain.logLikelihood);
      const back = penalised.logLikelihood;
      expect(new Model(penalised.params).logLikelihoodBatch(data).reduce((sum, v) => sum + v, 0)).toBeCloseTo(back, 6);
    });
    it("initialParams at the optimum converge at once to the same estimates", () => {
      const plain = Model.fit(data);
      const again = Model.fit(data, { initialParams: plain.params });
      for (const name of PARAM_NAMES) expect(relativeError(again.params[name], plain.params[name])).toBeLessThanOrEqual(1e-6);
    });
  });

  describe("JSON", () => {
    it("round-trips a fitted model and a model built from parameters", () => {
      const fitted = Model.fit(new Model({ r: 1, alpha: 5, a: 1.5, b: 4 }).sample(500, 30, createRng(3)));
      const back = Model.fromJSON(JSON.parse(JSON.stringify(fitted)));
      expect(back.toJSON()).toEqual(fitted.toJSON());
      expect(back.toJSON().model).toBe(Model.name);
      const plain = new Model({ r: 1, alpha: 5, a: 1.5, b: 4 });
      const again = Model.fromJSON(plain.toJSON());
      expect(again.logLikelihood).toBeNull();
      expect(again.params).toEqual(plain.params);
    });
  });

  describe("simulation recovery", () => {
    it.each([
      [{ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 1],
      [{ r: 3, alpha: 10, a: 2, b: 8 }, 2],
      [{ r: 0.8, alpha: 2, a: 0.3, b: 4 }, 3],
      [{ r: 1.5, alpha: 40, a: 5, b: 1.2 }, 4],
    ])("recovers %o from 20,000 simulated customers within 3 standard errors (seed %s)", (truth, seed) => {
      const T = Float64Array.from({ length: 20_000 }, (_, i) => 10 + (i % 100) * 0.5);
      const data = new Model(truth).sample(20_000, T, createRng(seed));
      const fitted = Model.fit(data);
      expect(fitted.converged).toBe(true);
      expect(fitted.standardErrors).not.toBeNull();
      for (const name of PARAM_NAMES) {
        expect(Math.abs(fitted.params[name] - truth[name])).toBeLessThanOrEqual(3 * fitted.standardErrors![name]);
      }
    });

    it("samples reproducibly, within the observation window, with x ≥ 1 wherever recency > 0", () => {
      const model = new Model({ r: 0.5, alpha: 2, a: 0.8, b: 2 });
      const one = model.sample(500, 20, createRng("same"));
      const two = model.sample(500, 20, createRng("same"));
      expect(one).toEqual(two);
      for (let i = 0; i < 500; i++) {
        expect(one.recency[i]! >= 0 && one.recency[i]! <= 20).toBe(true);
        expect(Number.isSafeInteger(one.frequency[i])).toBe(true);
        if (one.frequency[i] === 0) expect(one.recency[i]).toBe(0);
      }
      expect(model.sample(0, 5, createRng(1)).frequency.length).toBe(0);
      expect(Array.from(model.sample(3, [0, 0, 0], createRng(1)).frequency)).toEqual([0, 0, 0]);
    });
  });
}

/** Columns → rows, to exercise the row path of `fit`. */
function BgNbdRows(columns: { frequency: Float64Array; recency: Float64Array; T: Float64Array }) {
  return Array.from(columns.frequency, (frequency, i) => ({ frequency, recency: columns.recency[i]!, T: columns.T[i]! }));
}

/** Batch paths the small property-test arrays do not reach: many distinct customers, huge frequencies. */
export function describeFamilyBatch(Model: FamilyClass): void {
  describe("batch methods on many customers", () => {
    it("equal the single-customer methods on 3,000 simulated customers (many distinct patterns)", () => {
      const model = new Model({ r: 0.7, alpha: 6, a: 0.9, b: 2.2 });
      const data = model.sample(3000, Float64Array.from({ length: 3000 }, (_, i) => 5 + (i % 97) * 0.37), createRng(5));
      const expectation = model.conditionalExpectedPurchasesBatch(20, data);
      const alive = model.probabilityAliveBatch(data);
      for (let i = 0; i < 3000; i++) {
        const customer = { frequency: data.frequency[i]!, recency: data.recency[i]!, T: data.T[i]! };
        expect(expectation[i]).toBe(model.conditionalExpectedPurchases(20, customer));
        expect(alive[i]).toBe(model.probabilityAlive(customer));
      }
    });

    it("handle frequencies beyond the tabulated range (> 65,536) and −0", () => {
      const model = new Model({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
      const customers = { frequency: [70_000, 70_000, 1], recency: [90, 90, -0], T: [100, 100, 0] };
      const alive = model.probabilityAliveBatch(customers);
      const expectation = model.conditionalExpectedPurchasesBatch(10, customers);
      expect(alive[0]).toBe(model.probabilityAlive({ frequency: 70_000, recency: 90, T: 100 }));
      expect(alive[1]).toBe(alive[0]);
      expect(alive[2]).toBe(model.probabilityAlive({ frequency: 1, recency: 0, T: 0 }));
      expect(expectation[0]).toBe(model.conditionalExpectedPurchases(10, { frequency: 70_000, recency: 90, T: 100 }));
      expect(Number.isFinite(expectation[2])).toBe(true);
    });

    it("fit starts even when every T is 0 (no observed purchase rate)", () => {
      let outcome: unknown;
      try {
        outcome = Model.fit([{ frequency: 0, recency: 0, T: 0, weight: 3 }]);
      } catch (error) {
        outcome = error;
      }
      if (outcome instanceof Error) expect(outcome).toMatchObject({ code: "NOT_CONVERGED" });
      else expect(Number.isFinite((outcome as FamilyModel).params.r)).toBe(true);
    });
  });
}
