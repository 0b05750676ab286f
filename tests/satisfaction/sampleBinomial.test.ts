import { describe, expect, it } from "vitest";
import { chiSquareSurvival, createRng, logGamma } from "../../src/math/index.js";
import { sampleBinomial } from "../../src/satisfaction/sampleBinomial.js";

function pmf(n: number, p: number, k: number): number {
  return Math.exp(logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

// A chi-square goodness-of-fit test against the exact binomial pmf, cells pooled so that each
// expects ≥ 20 draws. A correct sampler fails with probability 1e-4 per case; the seeds are fixed,
// so the test is deterministic.
function gof(n: number, p: number, draws: number, seed: number): number {
  const rng = createRng(seed);
  const observed = new Float64Array(n + 1);
  for (let i = 0; i < draws; i++) observed[sampleBinomial(rng, n, p)]!++;
  let chi = 0;
  let cells = 0;
  let o = 0;
  let e = 0;
  for (let k = 0; k <= n; k++) {
    o += observed[k]!;
    e += draws * pmf(n, p, k);
    if (e >= 20 && k < n) {
      chi += (o - e) ** 2 / e;
      cells++;
      o = 0;
      e = 0;
    }
  }
  chi += e > 0 ? (o - e) ** 2 / e : 0;
  cells++;
  return chiSquareSurvival(chi, cells - 1);
}

describe("sampleBinomial", () => {
  it.each([
    [20, 0.3],
    [31, 0.9],
    [200, 0.45],
    [1000, 0.07],
    [5000, 0.5],
  ])("draws Binomial(%i, %f) (chi-square p > 1e-4)", (n, p) => {
    expect(gof(n, p, 20_000, n)).toBeGreaterThan(1e-4);
  });

  it("returns the trivial draws at p = 0 and p = 1 and for 0 trials", () => {
    const rng = createRng(1);
    expect(sampleBinomial(rng, 1000, 0)).toBe(0);
    expect(sampleBinomial(rng, 1000, 1)).toBe(1000);
    expect(sampleBinomial(rng, 10, 0)).toBe(0);
    expect(sampleBinomial(rng, 10, 1)).toBe(10);
    expect(sampleBinomial(rng, 0, 0.5)).toBe(0);
  });

  it("has the binomial mean and variance for 10 million trials", () => {
    const rng = createRng(3);
    const n = 10_000_000;
    const p = 0.42;
    let sum = 0;
    let squares = 0;
    const draws = 4000;
    for (let i = 0; i < draws; i++) {
      const x = sampleBinomial(rng, n, p);
      expect(Number.isInteger(x) && x >= 0 && x <= n).toBe(true);
      sum += x;
      squares += x * x;
    }
    const mean = sum / draws;
    const variance = squares / draws - mean * mean;
    const sd = Math.sqrt(n * p * (1 - p));
    expect(Math.abs(mean - n * p)).toBeLessThan((4 * sd) / Math.sqrt(draws));
    expect(Math.abs(variance / (n * p * (1 - p)) - 1)).toBeLessThan(0.1);
  });
});
