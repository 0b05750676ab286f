import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { erf } from "../../src/math/erf.js";
import { erfc } from "../../src/math/erfc.js";
import { relativeError } from "../_support/accuracy.js";
import { special } from "./fixtures/special.js";

// Reference: mpmath erf at 60 digits, tests/math/fixtures/special.py. Tolerance: relative 1e-13.
describe("erf", () => {
  it.each(special.erf)("erf(%s) matches mpmath to 1e-13", (x, expected) => {
    expect(relativeError(erf(x), Number(expected))).toBeLessThanOrEqual(1e-13);
  });

  it("matches its TSDoc example", () => {
    expect(erf(0.5)).toBe(0.5204998778130465);
    expect(erf(-1)).toBeCloseTo(-0.8427007929497149, 15);
  });

  it("is odd, bounded and 1 − erfc (laws)", () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        const value = erf(x);
        return value === -erf(-x) && Math.abs(value) <= 1 && Math.abs(value - (1 - erfc(x))) <= 2e-16;
      }),
    );
  });

  it("reaches ±1 at ±Infinity and throws on NaN", () => {
    expect(erf(Infinity)).toBe(1);
    expect(erf(-Infinity)).toBe(-1);
    expect(() => erf(Number.NaN)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "x" }));
  });
});
