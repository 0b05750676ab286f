import { describe, expect, it } from "vitest";
import { compareNps } from "../../src/satisfaction/compareNps.js";
import { nps } from "../../src/satisfaction/nps.js";
import { npsSampleSize } from "../../src/satisfaction/npsSampleSize.js";
import { twoSidedZ } from "../../src/satisfaction/twoSidedZ.js";
import { wilsonInterval } from "../../src/satisfaction/wilsonInterval.js";

// Reference: mpmath, sqrt(2)*erfinv(c) at 50 digits — 0.95 → 1.959963984540054, 0.5 →
// 0.6744897501960817, 0.9999999999999999 (the largest double below 1) → 8.29236107581359…
// Tolerance 1e-14 (toBeCloseTo digits), 1e-9 at the extreme level (the tail 5.55e−17 itself rounds).
describe("twoSidedZ", () => {
  it("is −Φ⁻¹((1 − c)/2)", () => {
    expect(twoSidedZ(0.95)).toBeCloseTo(1.959963984540054, 14);
    expect(twoSidedZ(0.5)).toBeCloseTo(0.6744897501960817, 14);
  });

  it("stays finite at confidence 0.9999999999999999, where 0.5 + c/2 rounds to 1 (review 3)", () => {
    const c = 0.9999999999999999;
    expect(0.5 + c / 2).toBe(1);
    const z = twoSidedZ(c);
    expect(Number.isFinite(z)).toBe(true);
    expect(z).toBeCloseTo(8.292361075813596, 9);
    for (const interval of [nps([10, 0, 7], { confidence: c }).interval, nps([10, 0, 7], { method: "wald", confidence: c }).interval, compareNps([10, 0], [10, 10], { confidence: c }).interval, wilsonInterval(3, 10, { confidence: c })]) {
      expect(Number.isFinite(interval.lower)).toBe(true);
      expect(Number.isFinite(interval.upper)).toBe(true);
      expect(interval.lower).toBeLessThan(interval.upper);
    }
    const size = npsSampleSize({ marginOfError: 5, confidence: c });
    expect(Number.isSafeInteger(size.n)).toBe(true);
    expect(size.n).toBe(Math.ceil(z * z * 400 * (1 - 1e-12)));
  });
});
