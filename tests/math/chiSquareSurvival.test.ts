import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chiSquareSurvival } from "../../src/math/chiSquareSurvival.js";
import { regularizedGammaQ } from "../../src/math/regularizedGammaQ.js";
import { relativeError, withinRelative } from "../_support/accuracy.js";
import { groupBy, incomplete } from "./fixtures/incomplete.js";

// Reference: mpmath gammainc(df/2, x/2, inf, regularized=True) at 50 digits, written by
// tests/math/fixtures/incomplete.py (same grid as chiSquareCdf), including the x where the
// p-value is 1e-20, 1e-100 and 1e-300.
// Tolerance: 1e-12 relative (the worst measured is 2.0e-13, at a p-value of 1e-300); values below
// the normal range to within two subnormal ulps.
const TOLERANCE = 1e-12;

describe("chiSquareSurvival", () => {
  it.each(groupBy(incomplete.chiSquare, 1))("matches mpmath for df = %s", (_df, rows) => {
    for (const [x, df, , q] of rows) {
      const actual = chiSquareSurvival(x, df);
      expect(withinRelative(actual, Number(q), TOLERANCE), `Q(${x}; ${df}) = ${actual}, mpmath ${q}`).toBe(true);
    }
  });

  it("keeps p-values near 1e-300 to full relative accuracy", () => {
    const tiny = incomplete.chiSquare.filter(([, , , q]) => Number(q) > 1e-305 && Number(q) < 1e-295);
    expect(tiny.length).toBeGreaterThanOrEqual(10);
    for (const [x, df, , q] of tiny) {
      expect(relativeError(chiSquareSurvival(x, df), Number(q))).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  it("matches its TSDoc example", () => {
    expect(relativeError(chiSquareSurvival(10, 4), 0.04042768199451279)).toBeLessThanOrEqual(1e-15);
    expect(relativeError(chiSquareSurvival(1400, 10), 9.920391479800458e-295)).toBeLessThanOrEqual(1e-15);
  });

  it("returns the exact ends 1 at x = 0 and 0 at x = ∞", () => {
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(chiSquareSurvival(Infinity, 3)).toBe(0);
  });

  it("is Q(df/2, x/2) and non-increasing in x (law)", () => {
    const df = fc.double({ min: Math.log(0.1), max: Math.log(1e4), noNaN: true }).map(Math.exp);
    const x = fc.double({ min: 0, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(x, x, df, (x1, x2, degrees) => {
        const [lo, hi] = x1 <= x2 ? [x1, x2] : [x2, x1];
        const upper = chiSquareSurvival(lo, degrees);
        const isQ = upper === regularizedGammaQ(degrees / 2, lo / 2);
        return isQ && chiSquareSurvival(hi, degrees) <= upper * (1 + 2 * TOLERANCE);
      }),
    );
  });

  it.each([
    ["x", Number.NaN, 1],
    ["x", -1, 1],
    ["df", 1, 0],
    ["df", 1, Number.NaN],
    ["df", 1, Infinity],
  ] as const)("throws INVALID_ARGUMENT naming %s", (field, x, df) => {
    expect(() => chiSquareSurvival(x, df)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field }));
  });
});
