import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { starRatingScore } from "../../src/satisfaction/starRatingScore.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";
import { ratings } from "./fixtures/ratings.js";

const close = (actual: number, expected: number, tolerance: number) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
};

const counts5 = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 5, maxLength: 5 });

describe("starRatingScore", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      // The TSDoc prints the first four decimals followed by "…" (truncated, not rounded).
      const printed = (x: number) => `${x.toFixed(12).slice(0, -8)}…`;
      expect(printed(starRatingScore([5]).score)).toBe("2.4065…");
      expect(printed(starRatingScore({ counts: [2, 3, 10, 60, 125] }).score)).toBe("4.3856…");
      expect(printed(starRatingScore({ counts: [2, 3, 10, 60, 125] }, { z: 1.65 }).score)).toBe("4.3853…");
    });
  });

  // Reference: tests/satisfaction/fixtures/ratings.py — mpmath at 50 digits, the variance as the
  // quadratic form of the Dirichlet covariance matrix, z from mpmath's erfinv. Tolerance 1e-13
  // relative (the library's normal quantile is good to ~1e-15; the sums round at ~1e-16 per term).
  describe("reference values", () => {
    it.each(ratings.starRatingScore.map((c) => [`${c.counts.join(",")} ${c.confidence ?? ""}${c.zOption ?? ""}`, c] as const))("counts %s", (_name, c) => {
      const options = c.zOption !== undefined ? { z: c.zOption } : c.confidence !== undefined ? { confidence: c.confidence } : {};
      const r = starRatingScore({ counts: c.counts }, options);
      close(r.estimate, c.mean, 1e-14);
      close(r.standardDeviation, c.sd, 1e-13);
      close(r.z, c.z, 1e-14);
      close(r.score, c.score, 1e-13);
      expect(r.interval).toEqual({ lower: r.score, upper: c.counts.length, confidence: c.confidence ?? (c.zOption === undefined ? 0.95 : r.interval.confidence), method: "dirichlet-normal" });
      expect(r.n).toBe(c.counts.reduce((a, b) => a + b, 0));
    });
  });

  it("scores no ratings by the prior alone, with a warning", () => {
    const r = starRatingScore([]);
    expect(r.estimate).toBe(3);
    expect(r.n).toBe(0);
    expect(r.warnings).toEqual(["no ratings: the score is the uniform prior's alone"]);
    expect(starRatingScore({ counts: [0, 0, 0] }).estimate).toBe(2);
  });

  it("reads raw ratings, typed arrays and scales", () => {
    expect(starRatingScore([1, 5, 5, 4])).toEqual(starRatingScore({ counts: [1, 0, 0, 1, 2] }));
    expect(starRatingScore(Uint8Array.of(1, 5, 5, 4))).toEqual(starRatingScore({ counts: [1, 0, 0, 1, 2] }));
    expect(starRatingScore([7, 10], { scale: 10 }).interval.upper).toBe(10);
    expect(starRatingScore({ counts: [0, 4, 1] }, { scale: 3 }).estimate).toBe(17 / 8);
    expect(starRatingScore([5], { z: 1.65 }).interval.confidence).toBeCloseTo(0.950528532, 9);
  });

  describe("laws", () => {
    it("rises when a 5-star rating is added and falls when a 1-star rating is added", () => {
      fc.assert(
        fc.property(counts5, (counts) => {
          const base = starRatingScore({ counts }).score;
          const up = starRatingScore({ counts: [counts[0]!, counts[1]!, counts[2]!, counts[3]!, counts[4]! + 1] }).score;
          const down = starRatingScore({ counts: [counts[0]! + 1, counts[1]!, counts[2]!, counts[3]!, counts[4]!] }).score;
          expect(up).toBeGreaterThan(base);
          expect(down).toBeLessThan(base);
        }),
      );
    });

    it("keeps the posterior mean inside (1, K) and the score below it", () => {
      fc.assert(
        fc.property(counts5, fc.double({ min: 0.01, max: 5, noNaN: true }), (counts, z) => {
          const r = starRatingScore({ counts }, { z });
          expect(r.estimate).toBeGreaterThan(1);
          expect(r.estimate).toBeLessThan(5);
          expect(r.score).toBeLessThan(r.estimate);
          expect(r.standardDeviation).toBeGreaterThan(0);
        }),
      );
    });
  });

  describe("errors", () => {
    it("names the rating, the counts or the option", () => {
      catchPatronageError(() => starRatingScore([5, 0]), { code: "INVALID_ARGUMENT", field: "ratings[1]" });
      catchPatronageError(() => starRatingScore({ counts: [1, -1, 0, 0, 0] }), { code: "INVALID_ARGUMENT", field: "ratings.counts[1]" });
      catchPatronageError(() => starRatingScore({ counts: [1] }), { code: "INVALID_ARGUMENT", field: "ratings.counts" });
      catchPatronageError(() => starRatingScore({ counts: [1, 2, 3] }, { scale: 5 }), { code: "INVALID_ARGUMENT", field: "ratings.counts" });
      catchPatronageError(() => starRatingScore({ counts: null as never }), { code: "INVALID_ARGUMENT", field: "ratings.counts" });
      catchPatronageError(() => starRatingScore([5], { scale: 1 }), { code: "INVALID_ARGUMENT", field: "options.scale" });
      catchPatronageError(() => starRatingScore([5], { z: 0 }), { code: "INVALID_ARGUMENT", field: "options.z" });
      catchPatronageError(() => starRatingScore([5], { z: 40 }), { code: "INVALID_ARGUMENT", field: "options.z" });
      catchPatronageError(() => starRatingScore([5], { z: 1, confidence: 0.9 }), { code: "INVALID_ARGUMENT", field: "options.z" });
      catchPatronageError(() => starRatingScore([5], { confidence: 0 }), { code: "INVALID_ARGUMENT", field: "options.confidence" });
      catchPatronageError(() => starRatingScore([5], 3 as never), { code: "INVALID_ARGUMENT", field: "options" });
      catchPatronageError(() => starRatingScore(null as never), { code: "INVALID_ARGUMENT", field: "ratings" });
    });
  });
});
