import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEventInstant } from "../../src/points/parseEventInstant.js";

// parseEventInstant reads what toISOString writes exactly as Date.parse does; other text falls back to it.
describe("parseEventInstant", () => {
  it("equals Date.parse on toISOString output (property, seeded)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_000_000_000_000, max: 253_402_300_799_999 }), (ms) => {
        const text = new Date(ms).toISOString();
        expect(parseEventInstant(text)).toBe(Date.parse(text));
      }),
      { seed: 5, numRuns: 2000 },
    );
  });

  it("equals Date.parse on near-canonical and invalid text", () => {
    for (const text of [
      "2026-02-29T00:00:00.000Z",
      "2024-02-29T23:59:59.999Z",
      "2100-02-29T00:00:00.000Z",
      "2000-02-29T00:00:00.000Z",
      "2026-04-31T00:00:00.000Z",
      "2026-12-31T23:59:59.999Z",
      "2026-13-01T00:00:00.000Z",
      "2026-00-10T00:00:00.000Z",
      "2026-01-00T00:00:00.000Z",
      "2026-01-01T24:00:00.000Z",
      "2026-01-01T23:60:00.000Z",
      "2026-01-01T23:00:60.000Z",
      "2026-01-01T00:00:00.00aZ",
      "2026-01-01T00:00:00.000+",
      "1969-12-31T23:59:59.999Z",
      "1970-01-01T00:00:00.000Z",
      "2026-03-14T10:00:00+08:00",
      "2026-03-14",
      "not a date",
      "",
    ]) {
      expect(parseEventInstant(text), text).toBe(Date.parse(text));
    }
  });
});
