import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareNps } from "../../src/satisfaction/compareNps.js";
import { nps } from "../../src/satisfaction/nps.js";

interface Groups {
  promoters: number;
  passives: number;
  detractors: number;
}
interface Entry {
  standardError: number;
  lower: number;
  upper: number;
  z: number | null;
  pValue: number | null;
}
interface CompareCase {
  a: Groups;
  b: Groups;
  confidence: number;
  difference: number;
  wald: Entry;
  adjustedWald: Entry;
}
const fixture = JSON.parse(readFileSync(new URL("./fixtures/nps.json", import.meta.url), "utf8")) as { compare: CompareCase[] };

const groups = fc
  .tuple(fc.nat(300), fc.nat(300), fc.nat(300))
  .filter(([p, q, d]) => p + q + d > 0)
  .map(([promoters, passives, detractors]) => ({ promoters, passives, detractors }));

describe("examples", () => {
  it("mirrors the TSDoc example of compareNps", () => {
    const q1 = { promoters: 180, passives: 120, detractors: 100 };
    const q2 = { promoters: 220, passives: 110, detractors: 70 };
    const change = compareNps(q1, q2);
    expect(change.difference).toBe(17.5);
    expect(change.pValue).toBe(0.0017691773619949995);
    expect(change.interval).toEqual({ lower: 6.480761334091836, upper: 28.258692760200987, confidence: 0.95, method: "adjusted-wald" });
  });
});

describe("compareNps", () => {
  // Reference: tests/satisfaction/fixtures/nps.py (mpmath at 50 digits; p-values also checked with
  // scipy.stats.norm.sf). Tolerance: 1e-11 points absolute for bounds and standard errors, 1e-12
  // absolute for z, 1e-12 relative for the p-value.
  it.each(fixture.compare.map((c, i) => [i, c] as const))("matches the reference comparison %i", (_, c) => {
    for (const [method, ref] of [
      ["wald", c.wald],
      ["adjusted-wald", c.adjustedWald],
    ] as const) {
      const r = compareNps(c.a, c.b, { method, confidence: c.confidence });
      expect(Math.abs(r.difference - c.difference)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(r.standardError - ref.standardError)).toBeLessThanOrEqual(1e-11);
      expect(Math.abs(r.interval.lower - ref.lower)).toBeLessThanOrEqual(1e-11);
      expect(Math.abs(r.interval.upper - ref.upper)).toBeLessThanOrEqual(1e-11);
      if (ref.z === null) {
        expect(r.z).toBeNull();
        expect(r.pValue).toBeNull();
      } else {
        expect(Math.abs(r.z! - ref.z)).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(r.pValue! - ref.pValue!)).toBeLessThanOrEqual(1e-12 * ref.pValue! + 1e-300);
      }
    }
  });

  it("accepts answers, counts and nps() results alike", () => {
    const a = [10, 9, 9, 8, 7, 6, 3, 10, 10, 0];
    const b = Uint8Array.of(10, 10, 9, 9, 9, 8, 8, 7, 5, 10);
    const expected = compareNps(a, b);
    expect(compareNps(nps(a), nps(b, { method: "bootstrap" }))).toEqual(expected);
    expect(compareNps({ counts: [1, 0, 0, 1, 0, 0, 1, 1, 1, 2, 3] }, b)).toEqual(expected);
    expect(expected.scoreA).toBe(20);
    expect(expected.scoreB).toBe(50);
    expect(expected.nA).toBe(10);
    expect(expected.warnings).toEqual(["a has only 10 answers: the comparison is approximate", "b has only 10 answers: the comparison is approximate"]);
  });

  it("has no test when Wald sees no variation, and says so", () => {
    const r = compareNps({ promoters: 10, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 10 }, { method: "wald" });
    expect(r.difference).toBe(-200);
    expect(r.z).toBeNull();
    expect(r.pValue).toBeNull();
    expect(r.interval).toMatchObject({ lower: -200, upper: -200 });
    expect(r.warnings).toContain("the standard error is 0 because neither sample's answers vary: no test is defined; use the adjusted Wald method");
    const adjusted = compareNps({ promoters: 10, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 10 });
    expect(adjusted.pValue).toBeLessThan(1e-6);
    expect(adjusted.interval.lower).toBeGreaterThanOrEqual(-200);
  });

  it("clamps to [−200, 200] and flags a raw difference outside the adjusted interval", () => {
    const r = compareNps([0], [10]);
    expect(r.difference).toBe(200);
    expect(r.interval.upper).toBeLessThan(200);
    expect(r.warnings).toContain("the interval excludes the raw difference 200: with so few answers, the adjustment pulls it toward 0");
    const wide = compareNps([0, 0, 0, 10], [10, 10, 10, 0], { confidence: 0.999 });
    expect(wide.interval.upper).toBe(200);
    expect(wide.warnings).toContain("the interval was clamped to [−200, 200]");
  });

  it("throws on bad samples and options", () => {
    expect(() => compareNps([11], [10])).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "a[0]" }));
    expect(() => compareNps([10], { promoters: -1, passives: 0, detractors: 0 })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "b.promoters" }));
    expect(() => compareNps([10], [])).toThrow(expect.objectContaining({ code: "INSUFFICIENT_DATA", field: "b" }));
    expect(() => compareNps([10], [10], { method: "bootstrap" as never })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "options.method" }));
    expect(() => compareNps([10], [10], { confidence: 0 })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "options.confidence" }));
    expect(() => compareNps([10], [10], "x" as never)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "options" }));
  });
});

describe("compareNps laws", () => {
  it("rejects at level 1 − confidence exactly when the interval excludes 0", () => {
    fc.assert(
      fc.property(groups, groups, fc.constantFrom("wald", "adjusted-wald" as const), fc.constantFrom(0.9, 0.95, 0.99), (a, b, method, confidence) => {
        const r = compareNps(a, b, { method, confidence });
        if (r.pValue === null) return r.standardError === 0;
        if (!(r.pValue >= 0 && r.pValue <= 1 && r.interval.lower >= -200 && r.interval.upper <= 200)) return false;
        const clamped = r.warnings.includes("the interval was clamped to [−200, 200]");
        const excludes = r.interval.lower > 0 || r.interval.upper < 0;
        // Away from the boundary (1e-9 in p) the two decisions agree; clamping never moves 0.
        if (Math.abs(r.pValue - (1 - confidence)) < 1e-9 || clamped) return true;
        return excludes === r.pValue < 1 - confidence;
      }),
    );
  });

  it("is antisymmetric: swapping a and b negates the difference, z and the interval", () => {
    fc.assert(
      fc.property(groups, groups, (a, b) => {
        const ab = compareNps(a, b);
        const ba = compareNps(b, a);
        return (
          ab.difference === -ba.difference &&
          Math.abs(ab.z! + ba.z!) <= 1e-12 &&
          ab.pValue === ba.pValue &&
          Math.abs(ab.interval.lower + ba.interval.upper) <= 1e-9 &&
          Math.abs(ab.interval.upper + ba.interval.lower) <= 1e-9
        );
      }),
    );
  });

  it("gives p = 1 and an interval around 0 for identical samples", () => {
    fc.assert(
      fc.property(groups, (a) => {
        const r = compareNps(a, a);
        return r.difference === 0 && r.z === 0 && r.pValue === 1 && r.interval.lower <= 0 && r.interval.upper >= 0;
      }),
    );
  });
});
