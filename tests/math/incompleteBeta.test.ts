import { describe, expect, it } from "vitest";
import { incompleteBeta } from "../../src/math/incompleteBeta.js";
import { relativeError } from "../_support/accuracy.js";

// The internal kernel behind regularizedBeta, studentTCdf and studentTQuantile; its accuracy is
// tested through those (tests/math/fixtures/incomplete.json). These tests cover what the public
// functions cannot reach: the complement flag at the ends and the refusal to return NaN.
describe("incompleteBeta (internal)", () => {
  it("returns the exact ends for both flags", () => {
    expect(incompleteBeta(0, 1, 2, 3, false)).toBe(0);
    expect(incompleteBeta(0, 1, 2, 3, true)).toBe(1);
    expect(incompleteBeta(1, 0, 2, 3, false)).toBe(1);
    expect(incompleteBeta(1, 0, 2, 3, true)).toBe(0);
  });

  it("takes y = 1 − x as given, so a y more precise than 1 − x is used (reference: mpmath)", () => {
    // I_x(5e5, ½) with x = 1/(1 + r²), y = r²/(1 + r²), r = 1.96/1000: 2·P(T ≤ −1.96) for df = 1e6.
    const r2 = (1.96 * 1.96) / 1e6;
    const value = incompleteBeta(1 / (1 + r2), r2 / (1 + r2), 5e5, 0.5, false);
    expect(relativeError(value, 2 * 0.0249980337926348953)).toBeLessThanOrEqual(1e-13);
  });

  it("throws NOT_CONVERGED instead of returning NaN", () => {
    expect(() => incompleteBeta(Number.NaN, Number.NaN, 2, 3, false)).toThrow(
      expect.objectContaining({ code: "NOT_CONVERGED" }),
    );
  });
});
