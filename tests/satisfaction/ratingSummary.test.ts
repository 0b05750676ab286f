import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ratingSummary } from "../../src/satisfaction/ratingSummary.js";
import { starRatingScore } from "../../src/satisfaction/starRatingScore.js";
import { wilsonInterval } from "../../src/satisfaction/wilsonInterval.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";
import { ratings } from "./fixtures/ratings.js";

const close = (actual: number | null | undefined, expected: number, tolerance: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
};

const counts5 = fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 5, maxLength: 5 });

describe("ratingSummary", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      expect(ratingSummary([5, 5, 4]).status).toBe("insufficient-data");
      const summary = ratingSummary({ counts: [1, 1, 3, 15, 30] });
      expect(summary.status).toBe("good");
      expect(summary.estimate).toBe(4.44);
      expect(`${summary.meanLowerBound!.toFixed(12).slice(0, -8)}…`).toBe("4.0878…");
      expect(ratingSummary({ counts: [8, 4, 6, 12, 20] }).status).toBe("alert");
      expect(ratingSummary({ counts: [2, 2, 6, 20, 20] }).status).toBe("watch");
    });
  });

  // Reference: tests/satisfaction/fixtures/ratings.py — exact Fractions for the moments, scipy's
  // t quantiles, textbook Wilson bounds in mpmath, the Dirichlet bound as the quadratic form of the
  // Dirichlet covariance in mpmath, the status from a Python transcription of the rule. Tolerance: 1e-12 relative (the t quantile's ~1e-14, the Wilson algebra's rounding).
  describe("reference values", () => {
    it.each(ratings.ratingSummary.map((c) => [c.counts.join(","), c] as const))("counts %s", (_name, c) => {
      const r = ratingSummary({ counts: c.counts }, { confidence: c.confidence });
      expect(r.status).toBe(c.status);
      expect(r.n).toBe(c.n);
      expect(r.distribution).toEqual(c.counts);
      close(r.estimate, c.mean, 1e-15);
      close(r.standardDeviation, c.sd, 1e-13);
      close(r.interval?.lower, c.interval[0], 1e-12);
      close(r.interval?.upper, c.interval[1], 1e-12);
      close(r.meanLowerBound, c.meanLowerBound, 1e-12);
      for (const [share, expected] of [
        [r.goodShare, c.goodShare],
        [r.lowShare, c.lowShare],
      ] as const) {
        close(share?.estimate, expected[0], 1e-15);
        close(share?.interval.lower, expected[1], 1e-12);
        close(share?.interval.upper, expected[2], 1e-12);
        close(share?.lowerBound, expected[3], 1e-12);
      }
      close(r.bayesianMean, c.bayesianMean, 1e-14);
    });
  });

  describe("the rule", () => {
    it("returns insufficient-data, not an error, for no ratings", () => {
      for (const empty of [[], { counts: [0, 0, 0, 0, 0] }, new Uint8Array(0)]) {
        const r = ratingSummary(empty);
        expect(r.status).toBe("insufficient-data");
        expect(r.n).toBe(0);
        expect(r.estimate).toBeNull();
        expect(r.interval).toBeNull();
        expect(r.goodShare).toBeNull();
        expect(r.bayesianMean).toBe(3);
        expect(r.reasons[0]).toMatch(/no ratings/);
      }
      expect(ratingSummary([], { prior: { mean: 4.1, weight: 20 } }).bayesianMean).toBe(4.1);
    });

    it("needs minimumCount ratings, and still reports low ones below it", () => {
      const r = ratingSummary([1, 1, 1]);
      expect(r.status).toBe("insufficient-data");
      expect(r.reasons).toEqual(["only 3 ratings: a status needs at least 10", "3 of 3 ratings (100 %) are below 3 stars: review them"]);
      expect(ratingSummary([5], { minimumCount: 2 }).meanLowerBound).toBe(starRatingScore([5]).score);
      expect(ratingSummary([5], { minimumCount: 2 }).standardDeviation).toBeNull();
      expect(ratingSummary([5], { minimumCount: 2 }).reasons[0]).toBe("only 1 rating: a status needs at least 2");
      expect(ratingSummary([5], { minimumCount: 2 }).warnings).toContain("one rating only: the standard deviation and the interval on the mean are undefined (null)");
      // Two 5-star ratings are little evidence: the Dirichlet bound stays far below 4.
      expect(ratingSummary([5, 5], { minimumCount: 2 }).status).toBe("watch");
    });

    it("alerts at the documented thresholds (3 of 10, 6 of 30, 15 of 100 low ratings)", () => {
      for (const [low, n] of [[3, 10], [6, 30], [15, 100]] as const) {
        expect(ratingSummary({ counts: [low - 1, 0, 0, 0, n - low + 1] }).status).not.toBe("alert");
        expect(ratingSummary({ counts: [low, 0, 0, 0, n - low] }).status).toBe("alert");
      }
    });

    it("explains the alert with its figures", () => {
      const r = ratingSummary({ counts: [8, 4, 6, 12, 20] });
      expect(r.reasons).toEqual([
        "12 of 50 ratings (24 %) are below 3 stars; the 95 % lower bound of that share, 15.6 %, exceeds the alert share 10 %: review what made customers unhappy",
      ]);
    });

    it("mentions a high but not significant low share in a watch", () => {
      const r = ratingSummary({ counts: [1, 1, 2, 3, 3] });
      expect(r.status).toBe("watch");
      expect(r.reasons[1]).toMatch(/^2 of 10 ratings \(20 %\) are below 3 stars, above the alert share 10 %, but not significantly/);
    });

    it("warns about a zero spread, which no longer collapses the bound onto the mean", () => {
      const r = ratingSummary({ counts: [0, 0, 0, 10, 0] });
      expect(r.status).toBe("watch");
      expect(r.meanLowerBound).toBeCloseTo(3.27897, 5);
      expect(r.warnings).toEqual(["all 10 ratings are equal: the t interval on the mean has zero width and understates the uncertainty"]);
    });

    it("does not judge a better rating worse (review 3: ten 4★ good, nine 4★ + one 5★ watch)", () => {
      const tenFours = ratingSummary({ counts: [0, 0, 0, 10, 0] });
      const oneFive = ratingSummary({ counts: [0, 0, 0, 9, 1] });
      expect(oneFive.meanLowerBound!).toBeGreaterThan(tenFours.meanLowerBound!);
      expect([tenFours.status, oneFive.status]).toEqual(["watch", "watch"]);
      expect(ratingSummary({ counts: [0, 0, 0, 0, 10] }).status).toBe("watch");
      expect(ratingSummary({ counts: [0, 0, 0, 0, 20] }).status).toBe("good");
      expect(ratingSummary({ counts: [0, 0, 0, 42, 18] }).status).toBe("good");
    });

    it("decides good by starRatingScore's Dirichlet bound at the one-sided level", () => {
      fc.assert(
        fc.property(counts5, fc.constantFrom(0.8, 0.9, 0.95, 0.99), (counts, confidence) => {
          if (counts.every((c) => c === 0)) return;
          const r = ratingSummary({ counts }, { confidence });
          expect(r.meanLowerBound).toBe(starRatingScore({ counts }, { confidence }).score);
        }),
      );
    });

    it("warns when the t interval is cut at the scale's end", () => {
      const r = ratingSummary({ counts: [0, 0, 0, 1, 11] });
      expect(r.interval!.upper).toBe(5);
      expect(r.warnings).toContain("the t interval on the mean reached past the scale (1 to 5) and was cut at its end");
    });

    it("honours scale, goodAtLeast, alertBelow, alertShare and prior", () => {
      const tenPoint = ratingSummary([9, 10, 8, 9, 10, 10, 9, 8, 10, 9], { scale: 10, goodAtLeast: 8, alertBelow: 5 });
      expect(tenPoint.status).toBe("watch");
      expect(tenPoint.distribution).toHaveLength(10);
      expect(tenPoint.bayesianMean).toBeCloseTo((5.5 * 2 + 92) / 12, 12);
      const values = Array.from({ length: 12 }, () => [9, 10, 8, 9, 10, 10, 9, 8, 10, 9]).flat();
      expect(ratingSummary(values, { scale: 10, goodAtLeast: 8, alertBelow: 5 }).status).toBe("good");
      const strict = ratingSummary({ counts: [2, 2, 6, 20, 20] }, { alertShare: 0.01 });
      expect(strict.status).toBe("alert");
      const lenient = ratingSummary({ counts: [2, 2, 6, 20, 20] }, { goodAtLeast: 3.5 });
      expect(lenient.status).toBe("good");
      expect(ratingSummary([1, 2], { scale: 2, minimumCount: 2 }).lowShare?.count).toBe(1);
    });
  });

  describe("laws", () => {
    it("is never good when the low share's lower bound exceeds alertShare", () => {
      fc.assert(
        fc.property(counts5, fc.double({ min: 0.01, max: 0.5, noNaN: true }), fc.constantFrom(0.8, 0.9, 0.95, 0.99), (counts, alertShare, confidence) => {
          const n = counts.reduce((a, b) => a + b, 0);
          const r = ratingSummary({ counts }, { alertShare, confidence, minimumCount: 2 });
          if (n === 0) return;
          const low = counts[0]! + counts[1]!;
          const bound = wilsonInterval(low, n, { confidence, sides: 1 }).lower;
          if (bound > alertShare) expect(r.status).not.toBe("good");
          if (r.status === "good") expect(r.meanLowerBound!).toBeGreaterThanOrEqual(4);
        }),
      );
    });

    it("keeps bounds ordered and inside the scale, and the shrunk mean between prior and sample mean", () => {
      fc.assert(
        fc.property(counts5, (counts) => {
          const r = ratingSummary({ counts });
          if (r.n < 2) return;
          const mean = r.estimate!;
          expect(r.interval!.lower).toBeGreaterThanOrEqual(1);
          expect(r.interval!.upper).toBeLessThanOrEqual(5);
          expect(r.interval!.lower).toBeLessThanOrEqual(mean);
          expect(r.interval!.upper).toBeGreaterThanOrEqual(mean);
          expect(r.bayesianMean).toBeGreaterThanOrEqual(Math.min(3, mean));
          expect(r.bayesianMean).toBeLessThanOrEqual(Math.max(3, mean));
        }),
      );
    });

    it("never worsens the status when one rating is replaced by a higher one, and a 5★ never lowers meanLowerBound", () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: 80 }), { minLength: 5, maxLength: 5 }),
          fc.integer({ min: 0, max: 3 }),
          fc.integer({ min: 1, max: 4 }),
          fc.constantFrom(0.8, 0.9, 0.95, 0.99, 0.999),
          (counts, from, up, confidence) => {
            const to = Math.min(4, from + up);
            const before = ratingSummary({ counts }, { confidence });
            if (counts[from]! > 0) {
              const better = counts.slice();
              better[from]!--;
              better[to]!++;
              const after = ratingSummary({ counts: better }, { confidence });
              if (before.status === "good") expect(after.status).toBe("good");
              if (before.status !== "alert" && before.status !== "insufficient-data") expect(after.status).not.toBe("alert");
            }
            const plusFive = counts.slice();
            plusFive[4]!++;
            const added = ratingSummary({ counts: plusFive }, { confidence });
            if (before.meanLowerBound !== null) expect(added.meanLowerBound!).toBeGreaterThanOrEqual(before.meanLowerBound);
          },
        ),
        { numRuns: 500 },
      );
    });

    it("gives the same summary for raw ratings, typed arrays and counts, and does not mutate them", () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 80 }), (values) => {
          const copy = values.slice();
          const counts = [0, 0, 0, 0, 0];
          for (const v of values) counts[v - 1]!++;
          const a = ratingSummary(values);
          expect(ratingSummary(Uint8Array.from(values))).toEqual(a);
          expect(ratingSummary({ counts })).toEqual(a);
          expect(values).toEqual(copy);
        }),
      );
    });
  });

  describe("errors", () => {
    it("names the rating or the option", () => {
      catchPatronageError(() => ratingSummary([5, 4, 6]), { code: "INVALID_ARGUMENT", field: "ratings[2]" });
      catchPatronageError(() => ratingSummary([5, 4.5]), { code: "INVALID_ARGUMENT", field: "ratings[1]" });
      catchPatronageError(() => ratingSummary({ counts: [1, 2, 3] }), { code: "INVALID_ARGUMENT", field: "ratings.counts" });
      catchPatronageError(() => ratingSummary([5], null as never), { code: "INVALID_ARGUMENT", field: "options" });
      catchPatronageError(() => ratingSummary([5], { scale: 1 }), { code: "INVALID_ARGUMENT", field: "options.scale" });
      catchPatronageError(() => ratingSummary([5], { goodAtLeast: 6 }), { code: "INVALID_ARGUMENT", field: "options.goodAtLeast" });
      catchPatronageError(() => ratingSummary([5], { alertBelow: 1 }), { code: "INVALID_ARGUMENT", field: "options.alertBelow" });
      catchPatronageError(() => ratingSummary([5], { alertShare: 1 }), { code: "INVALID_ARGUMENT", field: "options.alertShare" });
      catchPatronageError(() => ratingSummary([5], { alertShare: 0 }), { code: "INVALID_ARGUMENT", field: "options.alertShare" });
      catchPatronageError(() => ratingSummary([5], { minimumCount: 1 }), { code: "INVALID_ARGUMENT", field: "options.minimumCount" });
      catchPatronageError(() => ratingSummary([5], { confidence: 1 }), { code: "INVALID_ARGUMENT", field: "options.confidence" });
      catchPatronageError(() => ratingSummary([5], { prior: 3 as never }), { code: "INVALID_ARGUMENT", field: "options.prior" });
      catchPatronageError(() => ratingSummary([5], { prior: { mean: NaN, weight: 1 } }), { code: "INVALID_ARGUMENT", field: "options.prior.mean" });
      catchPatronageError(() => ratingSummary([5], { prior: { mean: 3, weight: -1 } }), { code: "INVALID_ARGUMENT", field: "options.prior.weight" });
      catchPatronageError(() => ratingSummary("55" as never), { code: "INVALID_ARGUMENT", field: "ratings" });
      catchPatronageError(() => ratingSummary([5], { prior: { mean: 0.5, weight: 1 } }), { code: "INVALID_ARGUMENT", field: "options.prior.mean" });
      catchPatronageError(() => ratingSummary([5], { prior: { mean: 5.5, weight: 1 } }), { code: "INVALID_ARGUMENT", field: "options.prior.mean" });
      catchPatronageError(() => ratingSummary([5], { scale: 10, prior: { mean: 5.5, weight: 1, wieght: 2 } as never }), { code: "INVALID_ARGUMENT", field: "options.prior.wieght" });
      catchPatronageError(() => ratingSummary([5], { alertBelow: 4.5 }), { code: "INVALID_ARGUMENT", field: "options.alertBelow" });
      catchPatronageError(() => ratingSummary([5], { goodAtLeast: 2 }), { code: "INVALID_ARGUMENT", field: "options.alertBelow" });
      catchPatronageError(() => ratingSummary([5], { minimumCoun: 3 } as never), { code: "INVALID_ARGUMENT", field: "options.minimumCoun" });
      expect(ratingSummary([5], { alertBelow: 4, goodAtLeast: 4 }).n).toBe(1);
    });
  });
});
