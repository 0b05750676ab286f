import { describe, expect, it } from "vitest";
import { readConfidence } from "../../src/satisfaction/readConfidence.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

describe("readConfidence (internal)", () => {
  it("defaults to 0.95 and accepts levels in (0, 1)", () => {
    expect(readConfidence(undefined)).toBe(0.95);
    expect(readConfidence(0.9)).toBe(0.9);
  });

  it("refuses anything else, naming the field", () => {
    for (const value of [0, 1, 95, NaN, "0.95", null]) {
      catchPatronageError(() => readConfidence(value), { code: "INVALID_ARGUMENT", field: "options.confidence" });
    }
    catchPatronageError(() => readConfidence(2, "level"), { code: "INVALID_ARGUMENT", field: "level" });
  });
});
