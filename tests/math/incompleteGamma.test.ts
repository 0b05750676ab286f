import { describe, expect, it } from "vitest";
import { incompleteGamma } from "../../src/math/incompleteGamma.js";

// The internal kernel behind regularizedGammaP/Q and the chi-square functions; its accuracy is
// tested through those (tests/math/fixtures/incomplete.json). These tests cover what the public
// functions cannot reach: the refusal to return NaN.
describe("incompleteGamma (internal)", () => {
  it("returns the exact ends for both flags", () => {
    expect(incompleteGamma(2, 0, false)).toBe(0);
    expect(incompleteGamma(2, 0, true)).toBe(1);
    expect(incompleteGamma(2, Infinity, false)).toBe(1);
    expect(incompleteGamma(2, Infinity, true)).toBe(0);
  });

  it("throws NOT_CONVERGED instead of returning NaN", () => {
    expect(() => incompleteGamma(2, Number.NaN, true)).toThrow(expect.objectContaining({ code: "NOT_CONVERGED" }));
  });
});
