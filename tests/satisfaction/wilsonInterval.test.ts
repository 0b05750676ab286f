import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../../src/satisfaction/wilsonInterval.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";
import { closeTo, readCsatFixtures } from "./fixtures/csat.js";

const fixtures = readCsatFixtures();

describe("wilsonInterval", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      const a = wilsonInterval(81, 100);
      // "0.7222…" in the example: the printed digits, truncated.
      expect(String(a.lower)).toMatch(/^0\.7222/);
      expect(String(a.upper)).toMatch(/^0\.8748/);
      expect(a.confidence).toBe(0.95);
      expect(a.method).toBe("wilson");
      expect(wilsonInterval(0, 10).lower).toBe(0);
      const b = wilsonInterval(95, 100, { confidence: 0.9, sides: 1 });
      expect(String(b.lower)).toMatch(/^0\.9140/);
      expect(b).toMatchObject({ upper: 1, confidence: 0.9, method: "wilson-lower" });
      const c = wilsonInterval(81, 100, { continuityCorrection: true });
      expect(String(c.lower)).toMatch(/^0\.7166/);
      expect(String(c.upper)).toMatch(/^0\.8789/);
      expect(c).toMatchObject({ confidence: 0.95, method: "wilson-cc" });
    });
  });

  // Source: tests/satisfaction/fixtures/csat.py — Wilson's closed form in mpmath at 50 digits,
  // cross-checked against scipy.stats.binomtest(...).proportion_ci(method="wilson").
  // Tolerance: 1e-13 relative (normalQuantile is accurate to ~1e-16; the bounds are well conditioned).
  it.each(fixtures.wilson)("matches mpmath/scipy: $successes of $n at $confidence, $sides-sided, correction $continuityCorrection", (c) => {
    const r = wilsonInterval(c.successes, c.n, { confidence: c.confidence, sides: c.sides, continuityCorrection: c.continuityCorrection });
    expect(r.method).toBe(`${c.continuityCorrection ? "wilson-cc" : "wilson"}${c.sides === 1 ? "-lower" : ""}`);
    expect(closeTo(r.lower, c.lower, 1e-13), `lower ${r.lower} vs ${c.lower}`).toBe(true);
    expect(closeTo(r.upper, c.upper, 1e-13), `upper ${r.upper} vs ${c.upper}`).toBe(true);
    expect(r.confidence).toBe(c.confidence);
  });

  it("gives exact ends at x = 0 and x = n, and upper = 1 one-sided", () => {
    expect(wilsonInterval(0, 7).lower).toBe(0);
    expect(wilsonInterval(7, 7).upper).toBe(1);
    expect(wilsonInterval(3, 7, { sides: 1 }).upper).toBe(1);
    expect(wilsonInterval(0, 1, { sides: 1 })).toEqual({ lower: 0, upper: 1, confidence: 0.95, method: "wilson-lower" });
    expect(wilsonInterval(3, 10, { sides: 1, continuityCorrection: true }).method).toBe("wilson-cc-lower");
  });

  it("ranks 4 of 4 below 95 of 100 by the one-sided lower bound (as the TSDoc says)", () => {
    expect(wilsonInterval(4, 4, { sides: 1 }).lower).toBeLessThan(wilsonInterval(95, 100, { sides: 1 }).lower);
  });

  it("keeps relative accuracy far in the tail (1 of 10^9)", () => {
    const r = wilsonInterval(1, 1e9);
    expect(r.lower / 1.765245549569631796406597e-10 - 1).toBeLessThan(1e-13);
    expect(r.upper / 5.66493424329743786318537e-9 - 1).toBeLessThan(1e-13);
  });

  it("law: the continuity correction only widens the interval, and keeps it in [0, 1] around x / n", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 0.999, noNaN: true }), (n, u, confidence) => {
        const x = Math.min(n, Math.floor(u * n));
        const plain = wilsonInterval(x, n, { confidence });
        const corrected = wilsonInterval(x, n, { confidence, continuityCorrection: true });
        expect(corrected.lower).toBeLessThanOrEqual(plain.lower);
        expect(corrected.upper).toBeGreaterThanOrEqual(plain.upper);
        expect(corrected.lower).toBeGreaterThanOrEqual(0);
        expect(corrected.upper).toBeLessThanOrEqual(1);
        expect(corrected.lower).toBeLessThanOrEqual(x / n);
        expect(corrected.upper).toBeGreaterThanOrEqual(x / n);
      }),
    );
  });

  it("is symmetric: the interval of n − x failures mirrors that of x successes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, u) => {
        const x = Math.floor(u * n);
        const a = wilsonInterval(x, n);
        const b = wilsonInterval(n - x, n);
        expect(Math.abs(a.lower - (1 - b.upper))).toBeLessThan(1e-12);
        expect(Math.abs(a.upper - (1 - b.lower))).toBeLessThan(1e-12);
      }),
    );
  });

  it("law: lies in [0, 1] and contains the point estimate x / n", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 0.999, noNaN: true }),
        fc.constantFrom<1 | 2>(1, 2),
        (n, u, confidence, sides) => {
          const x = Math.min(n, Math.floor(u * n));
          const r = wilsonInterval(x, n, { confidence, sides });
          expect(r.lower).toBeGreaterThanOrEqual(0);
          expect(r.upper).toBeLessThanOrEqual(1);
          expect(r.lower).toBeLessThanOrEqual(x / n);
          expect(r.upper).toBeGreaterThanOrEqual(x / n);
        },
      ),
    );
  });

  it("law: narrows as n grows at a fixed share", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 2, max: 50 }), (a, b, k) => {
        // share a / (a + b) at n = a + b and at n = k·(a + b)
        const small = wilsonInterval(a, a + b);
        const large = wilsonInterval(k * a, k * (a + b));
        expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
      }),
    );
  });

  it("law: a higher confidence gives a wider interval that contains the narrower one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, u) => {
        const x = Math.floor(u * n);
        const narrow = wilsonInterval(x, n, { confidence: 0.8 });
        const wide = wilsonInterval(x, n, { confidence: 0.99 });
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
        expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper);
      }),
    );
  });

  it("throws INVALID_ARGUMENT naming the field", () => {
    const bad = (run: () => unknown, field: string) => catchPatronageError(run, { code: "INVALID_ARGUMENT", field });
    bad(() => wilsonInterval(1, 0), "n");
    bad(() => wilsonInterval(1, 2.5), "n");
    bad(() => wilsonInterval(1, Number.NaN), "n");
    bad(() => wilsonInterval(1, "10" as never), "n");
    bad(() => wilsonInterval(11, 10), "successes");
    bad(() => wilsonInterval(-1, 10), "successes");
    bad(() => wilsonInterval(0.5, 10), "successes");
    bad(() => wilsonInterval(1, 10, null as never), "options");
    bad(() => wilsonInterval(1, 10, { confidence: 1 }), "options.confidence");
    bad(() => wilsonInterval(1, 10, { confidence: 95 }), "options.confidence");
    bad(() => wilsonInterval(1, 10, { sides: 3 as never }), "options.sides");
    bad(() => wilsonInterval(1, 10, { continuityCorrection: 1 as never }), "options.continuityCorrection");
  });
});
