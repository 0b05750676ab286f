import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digamma } from "../../src/math/digamma.js";
import { relativeError } from "../_support/accuracy.js";
import { special } from "./fixtures/special.js";

// Reference: mpmath psi(0, x) at 60 digits, tests/math/fixtures/special.py.
// Tolerance: relative error ≤ 1e-13 for x > 0 (including next to the root 1.4616…); for x < 0,
// 1e-13 relative to the reflection's terms |ψ(1 − x)| + |π cot(πx)|.
describe("digamma", () => {
  it.each(special.digamma)("digamma(%s) matches mpmath", (x, expected) => {
    const reference = Number(expected);
    const actual = digamma(x);
    if (x > 0) expect(relativeError(actual, reference)).toBeLessThanOrEqual(1e-13);
    else {
      const scale = Math.abs(digamma(1 - x)) + Math.abs(Math.PI / Math.tan(Math.PI * x));
      expect(Math.abs(actual - reference)).toBeLessThanOrEqual(1e-13 * scale);
    }
  });

  it("matches its TSDoc example", () => {
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 15);
    expect(digamma(0.5)).toBeCloseTo(-1.9635100260214235, 15);
  });

  it("satisfies the recurrence ψ(x + 1) = ψ(x) + 1/x (law)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 1e5, noNaN: true }), (x) => {
        const lhs = digamma(x + 1);
        const rhs = digamma(x) + 1 / x;
        return Math.abs(lhs - rhs) <= 1e-13 * (Math.abs(lhs) + 1 / x + 1);
      }),
    );
  });

  it.each([0, -3, Number.NaN, Infinity, -Infinity])("throws INVALID_ARGUMENT for %s", (x) => {
    expect(() => digamma(x)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "x" }));
  });
});
