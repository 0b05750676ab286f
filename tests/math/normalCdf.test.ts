import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalCdf } from "../../src/math/normalCdf.js";
import { withinRelative } from "../_support/accuracy.js";
import { special } from "./fixtures/special.js";

// Reference: mpmath ncdf at 60 digits, tests/math/fixtures/special.py.
// Tolerance: relative error ≤ 1e-13 (the foundation issue's bound). normalCdf(-38) = 2.885e-316 is
// subnormal: a double holds it only to ±4.9e-324 (relative 1.7e-8), so there the bound is two
// subnormal ulps — the closest any double can be.
describe("normalCdf", () => {
  it.each(special.normalCdf)("normalCdf(%s) matches mpmath", (x, expected) => {
    expect(withinRelative(normalCdf(x), Number(expected), 1e-13)).toBe(true);
  });

  it("matches its TSDoc example", () => {
    expect(normalCdf(1.959963984540054)).toBe(0.975);
    expect(withinRelative(normalCdf(-38), 2.885428351e-316, 1e-13)).toBe(true);
    expect(normalCdf(110, 100, 5)).toBeCloseTo(0.9772498680518208, 15);
  });

  it("gives the exact limits at ±Infinity and 0 beyond the smallest double", () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-38.5)).toBe(0);
    expect(normalCdf(0)).toBe(0.5);
  });

  it("is monotone and symmetric (laws)", () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), (x, h) => {
        const value = normalCdf(x);
        return normalCdf(x + h) >= value && Math.abs(value + normalCdf(-x) - 1) <= 3.5e-16;
      }),
    );
  });

  it("standardises by mean and sd", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (z, mean, sd) => Math.abs(normalCdf(mean + sd * z, mean, sd) - normalCdf(z)) <= 1e-9,
      ),
    );
  });

  it.each([
    ["x", Number.NaN, 0, 1],
    ["mean", 0, Number.NaN, 1],
    ["mean", 0, Infinity, 1],
    ["sd", 0, 0, 0],
    ["sd", 0, 0, -1],
    ["sd", 0, 0, Infinity],
  ] as const)("throws INVALID_ARGUMENT naming %s", (field, x, mean, sd) => {
    expect(() => normalCdf(x, mean, sd)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field }));
  });
});
