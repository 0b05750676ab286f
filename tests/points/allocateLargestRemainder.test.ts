import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateLargestRemainder } from "../../src/points/allocateLargestRemainder.js";

/** The definition, one point at a time to the largest remainder left (ties to the earlier index). */
function naive(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0 || total === 0) return weights.map(() => 0);
  if (sum === 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  const rem = weights.map((w) => (total * w) % sum);
  for (let left = total - parts.reduce((s, p) => s + p, 0); left > 0; left--) {
    let best = 0;
    for (let i = 1; i < rem.length; i++) if ((rem[i] as number) > (rem[best] as number)) best = i;
    parts[best] = (parts[best] as number) + 1;
    rem[best] = -1;
  }
  return parts;
}

describe("allocateLargestRemainder", () => {
  it("gives the points left to the largest remainders, ties to the earlier index", () => {
    expect(allocateLargestRemainder(29, [1, 1, 1])).toEqual([10, 10, 9]);
    expect(allocateLargestRemainder(6, [10, 20, 35])).toEqual([1, 2, 3]);
    // Many points left (sorted path): 9 over ten equal weights → the first nine.
    expect(allocateLargestRemainder(9, new Array(10).fill(1))).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(allocateLargestRemainder(7, [5, 5, 0, 0], [3, 0, 2, 1])).toEqual([0, 4, 0, 3]);
    expect(allocateLargestRemainder(5, [0, 0])).toEqual([5, 0]);
    expect(allocateLargestRemainder(8, [10n ** 20n, 3n * 10n ** 20n, 10n ** 20n, 10n ** 20n, 10n ** 20n, 10n ** 20n, 10n ** 20n])).toEqual(naive(8, [1, 3, 1, 1, 1, 1, 1]));
  });

  it("equals the one-at-a-time definition (few and many points left)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 }), (total, weights) => {
        expect(allocateLargestRemainder(total, weights)).toEqual(naive(total, weights));
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });

  it("is O(n log n): 100,000 weights with 99,999 points left in well under a second", () => {
    const n = 100_000;
    const weights = Array.from({ length: n }, (_, i) => 1 + (i % 7));
    const total = weights.reduce((s, w) => s + w, 0) - 1;
    const started = performance.now();
    const parts = allocateLargestRemainder(n - 1, weights);
    const elapsed = performance.now() - started;
    expect(parts.reduce((s, p) => s + p, 0)).toBe(n - 1);
    expect(total).toBeGreaterThan(n);
    // Quadratic before: about 25 s for this size.
    expect(elapsed).toBeLessThan(1_000);
  });
});
