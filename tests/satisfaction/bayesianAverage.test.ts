import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bayesianAverage } from "../../src/satisfaction/bayesianAverage.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";
import { ratings } from "./fixtures/ratings.js";

describe("bayesianAverage", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      expect(bayesianAverage([5, 5, 5], { prior: { mean: 3.8, weight: 10 } }).estimate).toBe(4.076923076923077);
      expect(bayesianAverage({ sum: 4800, count: 1000 }, { prior: { mean: 3.8, weight: 10 } }).estimate).toBe(4.79009900990099);
      expect(bayesianAverage([], { prior: { mean: 3.8, weight: 10 } }).estimate).toBe(3.8);
    });
  });

  // Reference: tests/satisfaction/fixtures/ratings.py — (m·C + Σx)/(C + n) in exact Fractions,
  // rounded once to a double. Tolerance 2 ulp-scale (4e-16 relative).
  describe("reference values", () => {
    it.each(ratings.bayesianAverage.map((c) => [c.ratings.join(","), c] as const))("ratings %s", (_name, c) => {
      const r = bayesianAverage(c.ratings, { prior: c.prior });
      expect(Math.abs(r.estimate - c.estimate)).toBeLessThanOrEqual(4e-16 * Math.abs(c.estimate));
    });
  });

  it("reports its inputs and the shrinkage", () => {
    const r = bayesianAverage(Float64Array.of(4, 5), { prior: { mean: 3, weight: 2 } });
    expect(r).toEqual({ estimate: 3.75, n: 2, sum: 9, sampleMean: 4.5, prior: { mean: 3, weight: 2 }, shrinkage: 0.5, warnings: [] });
    const none = bayesianAverage({ sum: 0, count: 0 }, { prior: { mean: 3, weight: 2 } });
    expect(none.sampleMean).toBeNull();
    expect(none.shrinkage).toBe(1);
    expect(none.warnings).toEqual(["no ratings: the estimate is the prior mean 3"]);
    expect(bayesianAverage([2, 4], { prior: { mean: 5, weight: 0 } }).estimate).toBe(3);
  });

  it("does not overflow when m·C does", () => {
    const r = bayesianAverage([1], { prior: { mean: 1e300, weight: 1e300 } });
    expect(r.estimate).toBeCloseTo(1e300, -290);
    expect(Number.isFinite(r.estimate)).toBe(true);
  });

  describe("laws", () => {
    it("lies between the prior mean and the sample mean", () => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          fc.double({ min: 0, max: 1e6, noNaN: true }),
          (xs, mean, weight) => {
            const r = bayesianAverage(xs, { prior: { mean, weight } });
            const sampleMean = r.sampleMean!;
            expect(r.estimate).toBeGreaterThanOrEqual(Math.min(mean, sampleMean));
            expect(r.estimate).toBeLessThanOrEqual(Math.max(mean, sampleMean));
            expect(bayesianAverage({ sum: r.sum, count: r.n }, { prior: { mean, weight } }).estimate).toBe(r.estimate);
          },
        ),
      );
    });

    it("moves toward the sample mean as ratings accumulate", () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 1000 }), (rating, n) => {
          const few = bayesianAverage({ sum: rating * n, count: n }, { prior: { mean: 3, weight: 5 } });
          const more = bayesianAverage({ sum: rating * (n + 1), count: n + 1 }, { prior: { mean: 3, weight: 5 } });
          expect(Math.abs(more.estimate - rating)).toBeLessThanOrEqual(Math.abs(few.estimate - rating));
        }),
      );
    });
  });

  describe("errors", () => {
    it("names the field", () => {
      const prior = { prior: { mean: 3, weight: 1 } };
      catchPatronageError(() => bayesianAverage([1, NaN], prior), { code: "INVALID_ARGUMENT", field: "ratings[1]" });
      catchPatronageError(() => bayesianAverage([1, "2"] as never, prior), { code: "INVALID_ARGUMENT", field: "ratings[1]" });
      catchPatronageError(() => bayesianAverage([1e308, 1e308], prior), { code: "INVALID_ARGUMENT", field: "ratings" });
      catchPatronageError(() => bayesianAverage({ sum: 3, count: 1.5 }, prior), { code: "INVALID_ARGUMENT", field: "ratings.count" });
      catchPatronageError(() => bayesianAverage({ sum: Infinity, count: 1 }, prior), { code: "INVALID_ARGUMENT", field: "ratings.sum" });
      catchPatronageError(() => bayesianAverage({ sum: 3, count: 0 }, prior), { code: "INVALID_ARGUMENT", field: "ratings.sum" });
      catchPatronageError(() => bayesianAverage(null as never, prior), { code: "INVALID_ARGUMENT", field: "ratings" });
      catchPatronageError(() => bayesianAverage({ length: -1 } as never, prior), { code: "INVALID_ARGUMENT", field: "ratings" });
      catchPatronageError(() => bayesianAverage([1], null as never), { code: "INVALID_ARGUMENT", field: "options" });
      catchPatronageError(() => bayesianAverage([1], {} as never), { code: "INVALID_ARGUMENT", field: "options.prior" });
      catchPatronageError(() => bayesianAverage([1], { prior: { mean: "3", weight: 1 } as never }), { code: "INVALID_ARGUMENT", field: "options.prior.mean" });
      catchPatronageError(() => bayesianAverage([1], { prior: { mean: 3, weight: -1 } }), { code: "INVALID_ARGUMENT", field: "options.prior.weight" });
      catchPatronageError(() => bayesianAverage([], { prior: { mean: 3, weight: 0 } }), { code: "INSUFFICIENT_DATA", field: "ratings" });
    });
  });
});
