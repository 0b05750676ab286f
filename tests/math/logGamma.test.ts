import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPatronageError } from "../../src/isPatronageError.js";
import { logGamma } from "../../src/math/logGamma.js";
import { relativeError } from "../_support/accuracy.js";
import { special } from "./fixtures/special.js";

// Reference: mpmath loggamma (log|Γ| for x < 0) at 60 digits, tests/math/fixtures/special.py.
// Tolerance: relative error ≤ 1e-13 (the foundation issue's bound), including next to the zeros at 1 and 2.
describe("logGamma", () => {
  it.each(special.logGamma)("logGamma(%s) matches mpmath to 1e-13", (x, expected) => {
    expect(relativeError(logGamma(x), Number(expected))).toBeLessThanOrEqual(1e-13);
  });

  it("is exactly 0 at 1 and 2", () => {
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
  });

  it("matches its TSDoc example", () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 15);
    expect(logGamma(5)).toBe(3.1780538303479458);
    expect(logGamma(0.5)).toBe(0.5723649429247001);
    expect(logGamma(-0.5)).toBe(1.2655121234846454);
  });

  it("satisfies the recurrence lnΓ(x + 1) = lnΓ(x) + ln x (law)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), (x) => {
        const lhs = logGamma(x + 1);
        const rhs = logGamma(x) + Math.log(x);
        return Math.abs(lhs - rhs) <= 1e-12 * Math.max(1, Math.abs(lhs));
      }),
    );
  });

  it.each([0, -1, -2, -1e10, Number.NaN, Infinity, -Infinity, 3e305])("throws INVALID_ARGUMENT for %s", (x) => {
    expect(() => logGamma(x)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "x" }));
  });

  it("names the value in its message", () => {
    try {
      logGamma(-2);
      expect.unreachable();
    } catch (error) {
      expect(isPatronageError(error, "INVALID_ARGUMENT")).toBe(true);
      expect((error as Error).message).toBe(
        "x must be a finite number that is not zero or a negative integer; received -2",
      );
    }
  });
});
