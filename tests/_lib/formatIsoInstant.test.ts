import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIsoInstant } from "../../src/_lib/formatIsoInstant.js";

describe("formatIsoInstant", () => {
  it("writes what toISOString writes", () => {
    for (const ms of [0, -1, 1, Date.UTC(2026, 2, 14, 2), Date.UTC(2024, 1, 29, 23, 59, 59, 999), Date.UTC(999, 0, 1), Date.UTC(-1, 0, 1), Date.UTC(10000, 0, 1), 8.64e15, -8.64e15]) {
      expect(formatIsoInstant(ms), String(ms)).toBe(new Date(ms).toISOString());
    }
    expect(() => formatIsoInstant(Number.NaN)).toThrow(RangeError);
    expect(() => formatIsoInstant(8.64e15 + 1)).toThrow(RangeError);
  });

  it("agrees with toISOString over the whole range of Date (fast-check, seed 602)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => formatIsoInstant(ms) === new Date(ms).toISOString()),
      { seed: 602, numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => formatIsoInstant(ms) === new Date(ms).toISOString()),
      { seed: 603, numRuns: 2000 },
    );
  });
});
