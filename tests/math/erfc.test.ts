import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { erfc } from "../../src/math/erfc.js";
import { relativeError } from "../_support/accuracy.js";
import { special } from "./fixtures/special.js";

// Reference: mpmath erfc at 60 digits, tests/math/fixtures/special.py.
// Tolerance: relative error ≤ 1e-13 (the foundation issue's bound), up to x = 26.5 (erfc = 5.6e-308).
describe("erfc", () => {
  it.each(special.erfc)("erfc(%s) matches mpmath to 1e-13", (x, expected) => {
    expect(relativeError(erfc(x), Number(expected))).toBeLessThanOrEqual(1e-13);
  });

  it("matches its TSDoc example", () => {
    expect(erfc(0)).toBe(1);
    expect(erfc(1)).toBeCloseTo(0.15729920705028513, 16);
    expect(relativeError(erfc(10), 2.088487583762545e-45)).toBeLessThan(1e-15);
  });

  it("underflows to 0 only where the true value is below the smallest double", () => {
    expect(erfc(26.6)).toBeGreaterThan(0); // 1.4e-309, subnormal
    expect(erfc(27.3)).toBe(0);
    expect(erfc(Infinity)).toBe(0);
    expect(erfc(-Infinity)).toBe(2);
  });

  it("is decreasing and satisfies erfc(x) + erfc(−x) = 2 (laws)", () => {
    fc.assert(
      fc.property(fc.double({ min: -27, max: 27, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (x, h) => {
        return erfc(x + h) <= erfc(x) && Math.abs(erfc(x) + erfc(-x) - 2) <= 4.5e-16;
      }),
    );
  });

  it("throws INVALID_ARGUMENT on NaN", () => {
    expect(() => erfc(Number.NaN)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "x" }));
  });
});
