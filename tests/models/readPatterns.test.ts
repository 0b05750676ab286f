import { describe, expect, it } from "vitest";
import { readPatterns } from "../../src/models/readPatterns.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

describe("readPatterns", () => {
  it("merges patterns, drops zero weights and sums the rest", () => {
    const patterns = readPatterns({ frequency: [1, 1, 0, 2], recency: [2, 2, 0, 3], T: [5, 5, 5, 6], weight: [1, 2, 3, 0] });
    expect(patterns.size).toBe(2);
    expect(Array.from(patterns.weight)).toEqual([3, 3]);
    expect(patterns.n).toBe(6);
  });

  it("refuses data without weight, and weights whose sum overflows", () => {
    catchPatronageError(() => readPatterns({ frequency: [1], recency: [1], T: [1], weight: [0] }), { code: "INSUFFICIENT_DATA", field: "data" });
    catchPatronageError(() => readPatterns({ frequency: [1, 2], recency: [1, 1], T: [1, 1], weight: [1e308, 1e308] }), { code: "INVALID_ARGUMENT", field: "data.weight" });
  });
});
