import { describe, expect, it } from "vitest";
import { compressSummaries } from "../../src/value/compressSummaries.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

describe("compressSummaries", () => {
  it("merges columns with weights", () => {
    const out = compressSummaries({ frequency: [1, 1, 0], recency: [2, 2, 0], T: [5, 5, 5], weight: [2, 3, 1] });
    expect(out.size).toBe(2);
    expect(Array.from(out.weight)).toEqual([5, 1]);
    expect(Array.from(out.T)).toEqual([5, 5]);
    expect(Array.from(out.patternOf)).toEqual([0, 0, 1]);
  });

  it("validates with the parameter name rows", () => {
    catchPatronageError(() => compressSummaries([{ frequency: 1, recency: 3, T: 2 }]), { code: "INVALID_ARGUMENT", field: "rows[0].recency" });
  });

  describe("examples", () => {
    it("matches its TSDoc example", () => {
      const patterns = compressSummaries([
        { frequency: 2, recency: 30.43, T: 38.86 },
        { frequency: 0, recency: 0, T: 38.86 },
        { frequency: 2, recency: 30.43, T: 38.86 },
      ]);
      expect(patterns.size).toBe(2);
      expect(Array.from(patterns.weight)).toEqual([2, 1]);
      expect(Array.from(patterns.patternOf)).toEqual([0, 1, 0]);
    });
  });
});
