import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { disconfirmation } from "../../src/satisfaction/disconfirmation.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";
import { ratings } from "./fixtures/ratings.js";

const score = fc.integer({ min: 10, max: 70 }).map((k) => k / 10);

describe("disconfirmation", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      const result = disconfirmation(
        { reliability: 5, responsiveness: 4, assurance: 6, empathy: 5.5, tangibles: 6 },
        { reliability: 6.5, responsiveness: 6, assurance: 6, empathy: 5, tangibles: 5.5 },
        { weights: { reliability: 32, responsiveness: 22, assurance: 19, empathy: 16, tangibles: 11 } },
      );
      expect(result.estimate).toBe(-0.785);
      expect(result.unweightedMeanGap).toBe(-0.5);
      expect(result.negativeShare).toBe(0.4);
      expect(result.worst.map((w) => w.item)).toEqual(["responsiveness", "reliability", "assurance"]);
    });
  });

  // Reference: tests/satisfaction/fixtures/ratings.py — gaps and (weighted) means in exact
  // Fractions of the decimal inputs, rounded once. Tolerance 4e-15 absolute: the inputs (4.2, 5.1)
  // are not doubles, and P − E cancels, so the gap keeps only the inputs' absolute error (~ε·|P|).
  describe("reference values", () => {
    it.each(ratings.disconfirmation.map((c, i) => [i, c] as const))("case %i", (_i, c) => {
      const r = disconfirmation(c.perceived, c.expected, c.weights === undefined ? {} : { weights: c.weights });
      const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(4e-15);
      near(r.estimate, c.estimate);
      near(r.unweightedMeanGap, c.unweightedMeanGap);
      expect(r.negativeShare).toBe(c.negativeShare);
      r.items.forEach((item, i) => near(item.gap, c.gaps[i]!));
    });
  });

  it("aligns arrays by index and lists the worst gaps, ties in input order", () => {
    const r = disconfirmation([3, 4, 5, 2], Float64Array.of(4, 4, 4, 3), { worst: 2 });
    expect(r.items.map((it) => it.gap)).toEqual([-1, 0, 1, -1]);
    expect(r.worst.map((it) => it.item)).toEqual([0, 3]);
    expect(r.negativeCount).toBe(2);
    expect(r.estimate).toBe(-0.25);
    expect(disconfirmation([1], [1], { worst: 0 }).worst).toEqual([]);
  });

  it("warns about zero weights", () => {
    const r = disconfirmation({ a: 1, b: 5 }, { a: 2, b: 2 }, { weights: { a: 0, b: 1 } });
    expect(r.estimate).toBe(3);
    expect(r.unweightedMeanGap).toBe(1);
    expect(r.warnings).toEqual(["1 of 2 items have weight 0 and do not enter the mean gap"]);
  });

  describe("laws", () => {
    it("equals the mean of perceived minus the mean of expected, and flips sign when swapped", () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(score, score), { minLength: 1, maxLength: 22 }), (pairs) => {
          const p = pairs.map(([a]) => a);
          const e = pairs.map(([, b]) => b);
          const r = disconfirmation(p, e);
          const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
          expect(r.estimate).toBeCloseTo(mean(p) - mean(e), 10);
          expect(disconfirmation(e, p).estimate).toBeCloseTo(-r.estimate, 10);
          expect(r.worst.length).toBe(Math.min(3, pairs.length));
          for (const w of r.worst) expect(w.gap).toBeLessThanOrEqual(Math.max(...r.items.map((it) => it.gap)));
        }),
      );
    });

    it("is unchanged when the weights are scaled", () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(score, score, fc.integer({ min: 1, max: 100 })), { minLength: 1, maxLength: 10 }), fc.integer({ min: 2, max: 1000 }), (rows, k) => {
          const p = rows.map((r) => r[0]);
          const e = rows.map((r) => r[1]);
          const w = rows.map((r) => r[2]);
          const a = disconfirmation(p, e, { weights: w }).estimate;
          const b = disconfirmation(p, e, { weights: w.map((x) => x * k) }).estimate;
          expect(b).toBeCloseTo(a, 10);
        }),
      );
    });
  });

  describe("errors", () => {
    it("names the field", () => {
      catchPatronageError(() => disconfirmation({ a: 1, b: NaN }, { a: 1, b: 1 }), { code: "INVALID_ARGUMENT", field: "perceived.b" });
      catchPatronageError(() => disconfirmation({ a: 1 }, { b: 1 }), { code: "INVALID_ARGUMENT", field: "expected.a" });
      catchPatronageError(() => disconfirmation({ a: 1 }, { a: 1, b: 1 }), { code: "INVALID_ARGUMENT", field: "expected.b" });
      catchPatronageError(() => disconfirmation({ a: 1 }, [1]), { code: "INVALID_ARGUMENT", field: "expected" });
      catchPatronageError(() => disconfirmation([1, 2], [1]), { code: "INVALID_ARGUMENT", field: "expected" });
      catchPatronageError(() => disconfirmation([1, 2], { 0: 1, 1: 2 } as never), { code: "INVALID_ARGUMENT", field: "expected" });
      catchPatronageError(() => disconfirmation([1, 2], [1, "2"] as never), { code: "INVALID_ARGUMENT", field: "expected[1]" });
      catchPatronageError(() => disconfirmation([1], [1], { weights: [-1] }), { code: "INVALID_ARGUMENT", field: "options.weights[0]" });
      catchPatronageError(() => disconfirmation([1], [1], { weights: [0] }), { code: "INVALID_ARGUMENT", field: "options.weights" });
      catchPatronageError(() => disconfirmation({ a: 1 }, { a: 1 }, { weights: { a: 1, z: 2 } }), { code: "INVALID_ARGUMENT", field: "options.weights.z" });
      catchPatronageError(() => disconfirmation([1], [1], { worst: -1 }), { code: "INVALID_ARGUMENT", field: "options.worst" });
      catchPatronageError(() => disconfirmation([1], [1], 5 as never), { code: "INVALID_ARGUMENT", field: "options" });
      catchPatronageError(() => disconfirmation(null as never, [1]), { code: "INVALID_ARGUMENT", field: "perceived" });
      catchPatronageError(() => disconfirmation([1e308], [-1e308]), { code: "INVALID_ARGUMENT", field: "perceived[0]" });
      catchPatronageError(() => disconfirmation({ a: 1e308 }, { a: -1e308 }), { code: "INVALID_ARGUMENT", field: "perceived.a" });
      catchPatronageError(() => disconfirmation([1e308, 1e308], [0, 0]), { code: "INVALID_ARGUMENT", field: "perceived" });
      catchPatronageError(() => disconfirmation([1, 1], [0, 0], { weights: [1e308, 1e308] }), { code: "INVALID_ARGUMENT", field: "options.weights" });
      catchPatronageError(() => disconfirmation([], []), { code: "INSUFFICIENT_DATA", field: "perceived" });
      catchPatronageError(() => disconfirmation({}, {}), { code: "INSUFFICIENT_DATA", field: "perceived" });
    });
  });
});
