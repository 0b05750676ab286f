import { describe, expect, it } from "vitest";
import { gaussLegendre } from "../../src/models/gaussLegendre.js";

describe("gaussLegendre", () => {
  it.each([1, 2, 5, 16, 33])("integrates polynomials of degree ≤ 2n − 1 exactly (n = %i)", (n) => {
    const { nodes, weights } = gaussLegendre(n);
    expect(Array.from(nodes)).toEqual([...nodes].sort((a, b) => a - b));
    for (let degree = 0; degree <= 2 * n - 1; degree++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += weights[i]! * nodes[i]! ** degree;
      // ∫₋₁¹ x^k dx = 2/(k + 1) for even k, 0 for odd k.
      expect(sum).toBeCloseTo(degree % 2 === 0 ? 2 / (degree + 1) : 0, 13);
    }
  });
});
