import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logBeta } from "../../src/math/logBeta.js";
import { logGamma } from "../../src/math/logGamma.js";
import { relativeError } from "../_support/accuracy.js";
import { special } from "./fixtures/special.js";

// Reference: mpmath log(beta(a, b)) at 60 digits, tests/math/fixtures/special.py.
// Tolerance: relative error ≤ 1e-13, except where ln B is within 0.01 of zero (B(a, b) ≈ 1), where
// relative error is not meaningful and the bound is 1e-15 absolute.
describe("logBeta", () => {
  it.each(special.logBeta)("logBeta(%s, %s) matches mpmath", (a, b, expected) => {
    const reference = Number(expected);
    const actual = logBeta(a, b);
    if (Math.abs(reference) < 0.01) expect(Math.abs(actual - reference)).toBeLessThanOrEqual(1e-15);
    else expect(relativeError(actual, reference)).toBeLessThanOrEqual(1e-13);
  });

  it("matches its TSDoc example", () => {
    expect(logBeta(2, 3)).toBe(-2.4849066497880004);
    expect(logBeta(0.5, 0.5)).toBe(1.1447298858494002);
  });

  it("is symmetric and agrees with the log-gamma sum (law)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (a, b) => {
        const value = logBeta(a, b);
        const direct = logGamma(a) + logGamma(b) - logGamma(a + b);
        const scale = Math.abs(logGamma(a)) + Math.abs(logGamma(b)) + Math.abs(logGamma(a + b));
        return value === logBeta(b, a) && Math.abs(value - direct) <= 1e-14 * Math.max(1, scale);
      }),
    );
  });

  it.each([
    ["a", 0, 1],
    ["a", -1, 1],
    ["a", Number.NaN, 1],
    ["a", Infinity, 1],
    ["b", 1, 0],
    ["b", 1, Number.NaN],
  ] as const)("throws INVALID_ARGUMENT naming %s", (field, a, b) => {
    expect(() => logBeta(a, b)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field }));
  });
});
