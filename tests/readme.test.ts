import { describe, expect, it } from "vitest";
import { isPatronageError } from "../src/index.js";
import { createRng, hyp2f1, logGamma, minimize, normalCdf, normalQuantile } from "../src/math/index.js";

// Mirrors the "short tour" of README.md.
describe("README tour", () => {
  it("gives the values the README shows", () => {
    expect(logGamma(0.5)).toBe(0.5723649429247001);
    expect(Math.abs(normalCdf(-38) - 2.885428351e-316)).toBeLessThanOrEqual(2 * Number.MIN_VALUE);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(hyp2f1(1, 1, 2, 0.5)).toBeCloseTo(1.3862943611198906, 14);
    const rng = createRng(42);
    expect(rng.gamma(2, 3)).toBeGreaterThan(0);
    const fit = minimize(([a = 0, b = 0]) => (a - 1) ** 2 + 10 * (b + 2) ** 2, [0, 0]);
    expect(fit.x[0]).toBeCloseTo(1, 7);
    expect(fit.x[1]).toBeCloseTo(-2, 7);
    try {
      normalQuantile(1.5);
      expect.unreachable();
    } catch (error) {
      expect(isPatronageError(error, "INVALID_ARGUMENT")).toBe(true);
      expect((error as Error).message).toBe("p must be a probability in (0, 1); received 1.5");
    }
  });
});
