import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ces } from "../../src/satisfaction/ces.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";
import { closeTo, readCsatFixtures } from "./fixtures/csat.js";

const fixtures = readCsatFixtures();

describe("ces", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      const result = ces([7, 6, 5, 5, 4, 6, 7, 3, 6, 5], { version: "2.0" });
      expect(result.score).toBe(5.4);
      expect(result.direction).toBe("higher-is-better");
      expect(result.easy.score).toBe(80);
      expect(String(result.easy.interval.lower)).toMatch(/^49\.01/);
      expect(String(result.easy.interval.upper)).toMatch(/^94\.33/);
      expect(result.easy.interval).toMatchObject({ confidence: 0.95, method: "wilson" });
      expect(ces({ counts: [40, 30, 15, 10, 5] }, { version: "1.0" }).easy.score).toBe(70);
    });
  });

  // Source: tests/satisfaction/fixtures/csat.py — Wilson by formula in mpmath (cross-checked with
  // scipy binomtest wilson), mean ± t·s/√n with t from mpmath (cross-checked with scipy
  // t.interval), cut to the scale. Tolerance: 1e-13 relative on the shares, 1e-12 on the t bounds.
  it.each(fixtures.ces)("matches mpmath/scipy: CES $version, counts $counts at $confidence", (c) => {
    const r = ces({ counts: c.counts }, { version: c.version, confidence: c.confidence });
    expect(closeTo(r.easy.score, c.easy, 1e-15)).toBe(true);
    expect(closeTo(r.easy.interval.lower, c.easyLower, 1e-13), `${r.easy.interval.lower} vs ${c.easyLower}`).toBe(true);
    expect(closeTo(r.easy.interval.upper, c.easyUpper, 1e-13), `${r.easy.interval.upper} vs ${c.easyUpper}`).toBe(true);
    expect(closeTo(r.score, c.mean, 1e-14)).toBe(true);
    if (c.sd === null) {
      expect(r.standardDeviation).toBeNull();
      expect(r.interval).toBeNull();
    } else {
      expect(closeTo(r.standardDeviation!, c.sd, 1e-13)).toBe(true);
      expect(closeTo(r.interval!.lower, c.meanLower!, 1e-12), `${r.interval!.lower} vs ${c.meanLower}`).toBe(true);
      expect(closeTo(r.interval!.upper, c.meanUpper!, 1e-12), `${r.interval!.upper} vs ${c.meanUpper}`).toBe(true);
      expect(r.warnings.some((w) => w.includes("was cut"))).toBe(c.cut);
    }
  });

  it("states the version's scale and direction", () => {
    const v2 = ces([1, 7], { version: "2.0" });
    expect(v2).toMatchObject({ version: "2.0", direction: "higher-is-better", scale: { min: 1, max: 7 }, distribution: [1, 0, 0, 0, 0, 0, 1] });
    const v1 = ces(Uint8Array.of(1, 5), { version: "1.0" });
    expect(v1).toMatchObject({ version: "1.0", direction: "lower-is-better", scale: { min: 1, max: 5 }, distribution: [1, 0, 0, 0, 1] });
  });

  it("counts as easy 5–7 under CES 2.0 and 1–2 under CES 1.0", () => {
    expect(ces([4, 5, 6, 7, 1], { version: "2.0" }).easy.count).toBe(3);
    expect(ces([1, 2, 3, 4, 5], { version: "1.0" }).easy.count).toBe(2);
  });

  it("reads arrays, typed arrays and counts alike", () => {
    const answers = [1, 2, 2, 3, 5, 5, 5, 4];
    const fromCounts = ces({ counts: [1, 2, 1, 1, 3] }, { version: "1.0" });
    expect(ces(answers, { version: "1.0" })).toEqual(fromCounts);
    expect(ces(Int32Array.from(answers), { version: "1.0" })).toEqual(fromCounts);
  });

  it("law: under CES 2.0 an added 7 never lowers the score nor the easy share; under CES 1.0 an added 1 never raises the score", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 80 }), (answers) => {
        const v2 = ces(answers, { version: "2.0" });
        const v2More = ces([...answers, 7], { version: "2.0" });
        expect(v2More.score).toBeGreaterThanOrEqual(v2.score - 1e-12);
        expect(v2More.easy.score).toBeGreaterThanOrEqual(v2.easy.score);
        const v1 = ces(answers, { version: "1.0" });
        const v1More = ces([...answers, 1], { version: "1.0" });
        expect(v1More.score).toBeLessThanOrEqual(v1.score + 1e-12);
        expect(v1More.easy.score).toBeGreaterThanOrEqual(v1.easy.score);
      }),
    );
  });

  it("throws INSUFFICIENT_DATA on no answer and INVALID_ARGUMENT naming the field", () => {
    catchPatronageError(() => ces([], { version: "2.0" }), { code: "INSUFFICIENT_DATA", field: "answers" });
    const bad = (run: () => unknown, field: string) => catchPatronageError(run, { code: "INVALID_ARGUMENT", field });
    bad(() => ces([1, 6], { version: "1.0" }), "answers[1]");
    bad(() => ces([7, 8], { version: "2.0" }), "answers[1]");
    bad(() => ces([1, 0], { version: "2.0" }), "answers[1]");
    bad(() => ces({ counts: [1, 2, 3, 4, 5] }, { version: "2.0" }), "answers.counts");
    bad(() => ces([1], {} as never), "options.version");
    bad(() => ces([1], { version: "3.0" } as never), "options.version");
    bad(() => ces([1], { version: 2 } as never), "options.version");
    bad(() => ces([1], undefined as never), "options");
    bad(() => ces([1], { version: "2.0", confidence: 2 }), "options.confidence");
    bad(() => ces([1], { version: "2.0", scale: 7 } as never), "options.scale");
  });
});
