import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nps } from "../../src/satisfaction/nps.js";
import { npsSampleSize } from "../../src/satisfaction/npsSampleSize.js";

interface SizeCase {
  marginOfError: number;
  confidence: number;
  n: number;
  variance: number;
  expected?: { promoters: number; detractors: number };
}
const fixture = JSON.parse(readFileSync(new URL("./fixtures/nps.json", import.meta.url), "utf8")) as { sampleSize: SizeCase[] };

describe("examples", () => {
  it("mirrors the TSDoc example of npsSampleSize", () => {
    expect(npsSampleSize({ marginOfError: 5 }).n).toBe(1537);
    expect(npsSampleSize({ marginOfError: 5, confidence: 0.9, expected: { promoters: 0.5, detractors: 0.2 } })).toEqual({
      n: 661,
      marginOfError: 5,
      confidence: 0.9,
      expected: { promoters: 0.5, detractors: 0.2 },
      variance: 0.61,
    });
  });
});

describe("npsSampleSize", () => {
  // Reference: tests/satisfaction/fixtures/nps.py (mpmath at 50 digits: ⌈z²·V·10⁴/m²⌉). Exact.
  it.each(fixture.sampleSize.map((c) => [`±${c.marginOfError} at ${c.confidence}`, c] as const))("matches the reference n for %s", (_, c) => {
    const r = npsSampleSize({ marginOfError: c.marginOfError, confidence: c.confidence, ...(c.expected ? { expected: c.expected } : {}) });
    expect(r.n).toBe(c.n);
    expect(r.variance).toBeCloseTo(c.variance, 14);
    expect(r.expected).toEqual(c.expected ?? { promoters: 0.5, detractors: 0.5 });
  });

  it("delivers the margin: a Wald interval at the planned n and shares is no wider than asked", () => {
    const plan = npsSampleSize({ marginOfError: 4, expected: { promoters: 0.5, detractors: 0.2 } });
    const promoters = Math.round(plan.n * 0.5);
    const detractors = Math.round(plan.n * 0.2);
    const r = nps({ promoters, passives: plan.n - promoters - detractors, detractors }, { method: "wald" });
    expect((r.interval.upper - r.interval.lower) / 2).toBeLessThanOrEqual(4.01);
  });

  it("throws INVALID_ARGUMENT naming the field", () => {
    const bad: [unknown, string][] = [
      [null, "options"],
      [{}, "options.marginOfError"],
      [{ marginOfError: 0 }, "options.marginOfError"],
      [{ marginOfError: 201 }, "options.marginOfError"],
      [{ marginOfError: 1e-300 }, "options.marginOfError"],
      [{ marginOfError: 5, confidence: 95 }, "options.confidence"],
      [{ marginOfError: 5, expected: 0.5 }, "options.expected"],
      [{ marginOfError: 5, expected: { promoters: 1.2, detractors: 0 } }, "options.expected.promoters"],
      [{ marginOfError: 5, expected: { promoters: 0.7, detractors: 0.4 } }, "options.expected.detractors"],
      [{ marginOfError: 5, expected: { promoters: 0.7 } }, "options.expected.detractors"],
      // Review 3: no slack above 1 (the old check let 1 + 1e-12 through).
      [{ marginOfError: 5, expected: { promoters: 0.5, detractors: 0.5 + 5e-13 } }, "options.expected.detractors"],
      [{ marginOfError: 5, expected: { promoters: 0.5, detractors: 0.5, passives: 0 } }, "options.expected.passives"],
      [{ marginOfError: 5, sides: 1 }, "options.sides"],
    ];
    for (const [input, field] of bad) {
      expect(() => npsSampleSize(input as never)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field }));
    }
    expect(npsSampleSize({ marginOfError: 5, expected: { promoters: 0.6, detractors: 0.4 } }).n).toBeGreaterThan(0);
  });
});

describe("npsSampleSize laws", () => {
  const shares = fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([a, b]) => ({ promoters: a, detractors: b * (1 - a) }));

  it("never needs more than the worst case, and needs more for a smaller margin", () => {
    fc.assert(
      fc.property(shares, fc.double({ min: 0.5, max: 50, noNaN: true }), fc.constantFrom(0.8, 0.9, 0.95, 0.99), (expected, m, confidence) => {
        const worst = npsSampleSize({ marginOfError: m, confidence });
        const planned = npsSampleSize({ marginOfError: m, confidence, expected });
        const tighter = npsSampleSize({ marginOfError: m / 2, confidence, expected });
        return planned.n <= worst.n && tighter.n >= planned.n && Number.isSafeInteger(planned.n) && planned.n >= 1 && planned.variance <= 1;
      }),
    );
  });
});
