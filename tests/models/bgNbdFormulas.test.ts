import { describe, expect, it } from "vitest";
import {
  conditionalExpectationOf,
  log1pNonNegative,
  logRising,
  logRisingLarge,
  probabilityOfPurchasesOf,
  softplus,
} from "../../src/models/bgNbdFormulas.js";
import { logGamma } from "../../src/math/index.js";
import { relativeError } from "../_support/accuracy.js";

// Internal helpers of BgNbd / MbgNbd; the models' own tests check them against mpmath.
describe("bgNbdFormulas (internal)", () => {
  it("log1pNonNegative agrees with Math.log1p to a few ulps, and at the ends", () => {
    for (const y of [0, 1e-300, 1e-17, 1e-10, 1e-3, 0.5, 1, 7, 1e10, 1e300, Number.MAX_VALUE]) {
      expect(relativeError(log1pNonNegative(y), Math.log1p(y))).toBeLessThanOrEqual(4e-16);
    }
    expect(log1pNonNegative(Infinity)).toBe(Infinity);
  });

  it("softplus is ln(1 + e^d) on both sides of 0", () => {
    expect(softplus(0)).toBe(Math.LN2);
    expect(relativeError(softplus(30), 30 + Math.log1p(Math.exp(-30)))).toBeLessThanOrEqual(1e-16);
    expect(softplus(-800)).toBe(0);
    expect(softplus(-Infinity)).toBe(0);
    expect(softplus(800)).toBe(800);
  });

  it("logRisingLarge matches lnΓ(v + n) − lnΓ(v) (Stirling for v ≥ 10) and logRising's sum", () => {
    for (const v of [1e-8, 0.5, 3, 10, 250, 1e8]) {
      for (const n of [65, 100, 1000, 10_000]) {
        const direct = logGamma(v + n) - logGamma(v);
        expect(Math.abs(logRisingLarge(v, n) - direct)).toBeLessThanOrEqual(1e-13 * Math.max(Math.abs(direct), Math.abs(logGamma(v + n))));
      }
      let sum = 0;
      for (let k = 0; k < 64; k++) sum += Math.log(v + k);
      expect(logRising(v, 64)).toBe(sum);
      expect(Math.abs(logRisingLarge(v, 64) - sum)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(sum)) * (v > 1e6 ? 1e3 : 1));
    }
  });

  it("P(X(t) = n): 0 for n > 0 at t = 0; an underflowing negative binomial tail gives the first term alone", () => {
    expect(probabilityOfPurchasesOf(0.5, 2, 1, 3, 0, 4, 0)).toBe(0);
    expect(probabilityOfPurchasesOf(0.5, 2, 1, 3, 1, 0, 0)).toBe(1);
    const p = probabilityOfPurchasesOf(0.5, 2, 1, 3, 0, 200, 1e-10);
    expect(p >= 0 && Number.isFinite(p)).toBe(true);
  });

  it("the conditional expectation at a + b = 1 exactly (BG/NBD, x = 0: the pole of ₂F₁'s c, removable)", () => {
    const at = (a: number) => conditionalExpectationOf(0.7, 3, a, 1 - a, 0, 10, 0, 0, 5);
    const exact = at(0.25);
    expect(Number.isFinite(exact) && exact > 0).toBe(true);
    // Continuous across it: neighbours at a + b = 1 ± 1e-9.
    const near = conditionalExpectationOf(0.7, 3, 0.25, 0.75 + 1e-9, 0, 10, 0, 0, 5);
    expect(relativeError(near, exact)).toBeLessThanOrEqual(1e-6);
  });

  it("the conditional expectation with a + b + s − 1 − r = 0 (₂F₁ with a zero numerator parameter)", () => {
    // β = a + b − 1 − r = 0: ₂F₁(0, ε; γ; z) = 1.
    const v = conditionalExpectationOf(0.5, 3, 0.6, 0.9, 0, 10, 2, 4, 5);
    expect(Number.isFinite(v) && v > 0).toBe(true);
  });

  it("throws NOT_CONVERGED rather than return an infinite expectation", () => {
    let outcome: unknown;
    try {
      outcome = conditionalExpectationOf(1, 1e-8, 1e-8, 1, 0, 1e308, 0, 0, 0);
    } catch (error) {
      outcome = error;
    }
    if (typeof outcome === "number") expect(Number.isFinite(outcome)).toBe(true);
    else expect(outcome).toMatchObject({ code: "NOT_CONVERGED" });
  });
});
