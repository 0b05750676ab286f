import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chiSquareCdf } from "../../src/math/chiSquareCdf.js";
import { chiSquareSurvival } from "../../src/math/chiSquareSurvival.js";
import { regularizedGammaP } from "../../src/math/regularizedGammaP.js";
import { relativeError, withinRelative } from "../_support/accuracy.js";
import { groupBy, incomplete } from "./fixtures/incomplete.js";

// Reference: mpmath gammainc(df/2, 0, x/2, regularized=True) at 50 digits, written by
// tests/math/fixtures/incomplete.py. Grid: df in {0.5, 1, 2, 3, 5, 10, 30, 100, 1e3, 1e4, 1e5},
// x in {1e-10, 0.01, 0.5, df/2, df ± √(2df), df, 2df, 3df + 30} and the points where the upper
// tail is 1e-20, 1e-100 and 1e-300.
// Tolerance: 1e-12 relative (the worst measured is 8.9e-14); values below the normal range to
// within two subnormal ulps.
const TOLERANCE = 1e-12;

describe("chiSquareCdf", () => {
  it.each(groupBy(incomplete.chiSquare, 1))("matches mpmath for df = %s", (_df, rows) => {
    for (const [x, df, p] of rows) {
      const actual = chiSquareCdf(x, df);
      expect(withinRelative(actual, Number(p), TOLERANCE), `F(${x}; ${df}) = ${actual}, mpmath ${p}`).toBe(true);
    }
  });

  it("matches its TSDoc example", () => {
    expect(relativeError(chiSquareCdf(2, 2), 0.6321205588285578)).toBeLessThanOrEqual(1e-15);
    expect(relativeError(chiSquareCdf(10, 4), 0.9595723180054873)).toBeLessThanOrEqual(1e-15);
  });

  it("returns the exact ends 0 at x = 0 and 1 at x = ∞", () => {
    expect(chiSquareCdf(0, 3)).toBe(0);
    expect(chiSquareCdf(Infinity, 3)).toBe(1);
  });

  it("is P(df/2, x/2) and adds up to 1 with the survival function (law)", () => {
    const df = fc.double({ min: Math.log(0.1), max: Math.log(1e4), noNaN: true }).map(Math.exp);
    const x = fc.double({ min: 0, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(x, df, (value, degrees) => {
        const cdf = chiSquareCdf(value, degrees);
        const sum = cdf + chiSquareSurvival(value, degrees);
        return cdf === regularizedGammaP(degrees / 2, value / 2) && Math.abs(sum - 1) <= 1e-14;
      }),
    );
  });

  it.each([
    ["x", Number.NaN, 1],
    ["x", -1, 1],
    ["df", 1, 0],
    ["df", 1, -2],
    ["df", 1, Number.NaN],
    ["df", 1, Infinity],
  ] as const)("throws INVALID_ARGUMENT naming %s", (field, x, df) => {
    expect(() => chiSquareCdf(x, df)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field }));
  });
});
