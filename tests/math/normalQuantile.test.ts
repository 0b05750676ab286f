import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalCdf } from "../../src/math/normalCdf.js";
import { normalQuantile } from "../../src/math/normalQuantile.js";
import { relativeError } from "../_support/accuracy.js";
import { special } from "./fixtures/special.js";

// Reference: mpmath, solving log Φ(x) = log p at 60 digits, tests/math/fixtures/special.py.
// Tolerance: relative error ≤ 1e-13 (the foundation issue's bound), down to p = 1e-300.
describe("normalQuantile", () => {
  it.each(special.normalQuantile)("normalQuantile(%s) matches mpmath to 1e-13", (p, expected) => {
    expect(relativeError(normalQuantile(p), Number(expected))).toBeLessThanOrEqual(1e-13);
  });

  it("matches its TSDoc example", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(1e-300)).toBeCloseTo(-37.0470962993612, 12);
    expect(normalQuantile(0.5, 100, 15)).toBe(100);
  });

  // Above x ≈ 3, p = Φ(x) is so close to 1 that p itself no longer holds x to 1e-9 (see the TSDoc).
  it("inverts normalCdf (law)", () => {
    fc.assert(
      fc.property(fc.double({ min: -37, max: 3, noNaN: true }), (x) => {
        const p = normalCdf(x);
        return Math.abs(normalQuantile(p) - x) <= 1e-9 * Math.max(1, Math.abs(x));
      }),
    );
  });

  it("is increasing (law)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1, noNaN: true, maxExcluded: true }), fc.double({ min: 1e-300, max: 1, noNaN: true, maxExcluded: true }), (p, q) => {
        const [lo, hi] = p < q ? [p, q] : [q, p];
        return normalQuantile(lo) <= normalQuantile(hi);
      }),
    );
  });

  it.each([
    ["p", 0, 0, 1],
    ["p", 1, 0, 1],
    ["p", -0.1, 0, 1],
    ["p", Number.NaN, 0, 1],
    ["mean", 0.5, Number.NaN, 1],
    ["sd", 0.5, 0, 0],
  ] as const)("throws INVALID_ARGUMENT naming %s", (field, p, mean, sd) => {
    expect(() => normalQuantile(p, mean, sd)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field }));
  });
});
