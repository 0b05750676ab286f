import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csat } from "../../src/satisfaction/csat.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";
import { closeTo, readCsatFixtures } from "./fixtures/csat.js";

const fixtures = readCsatFixtures();

/** Raw answers 1..k from counts per scale point. */
function expand(counts: readonly number[]): number[] {
  const out: number[] = [];
  counts.forEach((c, i) => {
    for (let j = 0; j < c; j++) out.push(i + 1);
  });
  return out;
}

describe("csat", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      const result = csat([5, 4, 4, 3, 5, 2, 4, 5, 1, 4]);
      expect(result.score).toBe(70);
      expect(String(result.interval.lower)).toMatch(/^39\.677/);
      expect(String(result.interval.upper)).toMatch(/^89\.220/);
      expect(result.interval).toMatchObject({ confidence: 0.95, method: "wilson" });
      expect(result.mean.value).toBe(3.7);
      expect(String(result.mean.interval?.lower)).toMatch(/^2\.7432/);
      expect(String(result.mean.interval?.upper)).toMatch(/^4\.6567/);
      expect(result.mean.interval).toMatchObject({ confidence: 0.95, method: "t" });
      expect(result.distribution).toEqual([1, 1, 1, 4, 3]);
      expect(result.warnings).toEqual(["small sample: 10 answers (fewer than 30); the intervals are wide"]);
      expect(csat({ counts: [2, 3, 5, 20, 30, 25, 15] }, { scale: 7 }).score).toBe(40);
    });
  });

  // Source: tests/satisfaction/fixtures/csat.py — Wilson by formula in mpmath (cross-checked with
  // scipy binomtest wilson), mean ± t·s/√n with t from mpmath (cross-checked with scipy
  // t.interval), cut to [1, scale]. Tolerance: 1e-13 relative on the shares, 1e-12 on the t bounds.
  it.each(fixtures.csat)("matches mpmath/scipy: counts $counts, scale $scale, ≥ $satisfiedAtLeast at $confidence", (c) => {
    const r = csat({ counts: c.counts }, { scale: c.scale, satisfiedAtLeast: c.satisfiedAtLeast, confidence: c.confidence });
    expect(closeTo(r.score, c.score, 1e-15)).toBe(true);
    expect(closeTo(r.interval.lower, c.lower, 1e-13), `${r.interval.lower} vs ${c.lower}`).toBe(true);
    expect(closeTo(r.interval.upper, c.upper, 1e-13), `${r.interval.upper} vs ${c.upper}`).toBe(true);
    expect(closeTo(r.mean.value, c.mean, 1e-14)).toBe(true);
    if (c.sd === null) {
      expect(r.mean.standardDeviation).toBeNull();
      expect(r.mean.interval).toBeNull();
    } else {
      expect(closeTo(r.mean.standardDeviation!, c.sd, 1e-13)).toBe(true);
      expect(closeTo(r.mean.interval!.lower, c.meanLower!, 1e-12), `${r.mean.interval!.lower} vs ${c.meanLower}`).toBe(true);
      expect(closeTo(r.mean.interval!.upper, c.meanUpper!, 1e-12), `${r.mean.interval!.upper} vs ${c.meanUpper}`).toBe(true);
      expect(r.warnings.some((w) => w.includes("was cut"))).toBe(c.cut);
    }
  });

  it("reads arrays, typed arrays and counts alike", () => {
    const counts = [3, 1, 2, 4, 7, 9, 12];
    const answers = expand(counts);
    const fromCounts = csat({ counts }, { scale: 7 });
    expect(csat(answers, { scale: 7 })).toEqual(fromCounts);
    expect(csat(Uint8Array.from(answers), { scale: 7 })).toEqual(fromCounts);
    expect(csat(Float64Array.from(answers), { scale: 7 })).toEqual(fromCounts);
    expect(fromCounts.satisfiedAtLeast).toBe(6);
    expect(fromCounts.satisfied).toBe(21);
    expect(fromCounts.n).toBe(38);
  });

  it("defaults: scale 5, top two boxes, 95 %; scale 2 counts only the 2s", () => {
    const r = csat([1, 5]);
    expect(r).toMatchObject({ scale: 5, satisfiedAtLeast: 4, score: 50 });
    expect(csat([1, 2, 2], { scale: 2 })).toMatchObject({ satisfiedAtLeast: 2 });
    expect(csat([1, 2, 3, 9, 10], { scale: 10 }).satisfiedAtLeast).toBe(9);
  });

  it("reports one answer with a null standard deviation and interval, and says so", () => {
    const r = csat([4]);
    expect(r.score).toBe(100);
    expect(r.interval.upper).toBe(100);
    expect(r.mean).toEqual({ value: 4, standardDeviation: null, interval: null });
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[1]).toMatch(/one answer only/);
  });

  it("warns on equal answers (zero-width t interval) and on a cut interval; none for a large sample", () => {
    const equal = csat([3, 3, 3]);
    expect(equal.mean.interval).toMatchObject({ lower: 3, upper: 3 });
    expect(equal.warnings.some((w) => w.includes("zero width"))).toBe(true);
    const cut = csat([5, 5, 5, 4]);
    expect(cut.mean.interval!.upper).toBe(5);
    expect(cut.warnings.some((w) => w.includes("was cut"))).toBe(true);
    expect(csat({ counts: [10, 10, 10, 10, 10] }).warnings).toEqual([]);
  });

  it("handles counts in the billions", () => {
    const r = csat({ counts: [1e9, 2e9, 3e9, 4e9, 5e9] });
    expect(r.n).toBe(15e9);
    expect(r.score).toBe(60);
    expect(r.interval.lower).toBeLessThan(60);
    expect(r.interval.upper).toBeGreaterThan(60);
    expect(r.mean.value).toBeCloseTo(11 / 3, 12);
  });

  it("agrees with a naive oracle on random answers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }).chain((scale) => fc.tuple(fc.constant(scale), fc.array(fc.integer({ min: 1, max: scale }), { minLength: 2, maxLength: 200 }), fc.integer({ min: 2, max: scale }))), ([scale, answers, satisfiedAtLeast]) => {
        const r = csat(answers, { scale, satisfiedAtLeast });
        const n = answers.length;
        const top = answers.filter((a) => a >= satisfiedAtLeast).length;
        const mean = answers.reduce((s, a) => s + a, 0) / n;
        const sd = Math.sqrt(answers.reduce((s, a) => s + (a - mean) ** 2, 0) / (n - 1));
        expect(r.n).toBe(n);
        expect(r.satisfied).toBe(top);
        expect(r.score).toBeCloseTo((100 * top) / n, 12);
        expect(r.mean.value).toBeCloseTo(mean, 12);
        expect(r.mean.standardDeviation).toBeCloseTo(sd, 12);
        expect(r.distribution.reduce((s, c) => s + c, 0)).toBe(n);
        expect(r.interval.lower).toBeLessThanOrEqual(r.score);
        expect(r.interval.upper).toBeGreaterThanOrEqual(r.score);
        expect(r.interval.lower).toBeGreaterThanOrEqual(0);
        expect(r.interval.upper).toBeLessThanOrEqual(100);
        expect(r.mean.interval!.lower).toBeGreaterThanOrEqual(1);
        expect(r.mean.interval!.upper).toBeLessThanOrEqual(scale);
        expect(r.mean.interval!.lower).toBeLessThanOrEqual(r.mean.value);
        expect(r.mean.interval!.upper).toBeGreaterThanOrEqual(r.mean.value);
      }),
    );
  });

  it("law: adding a satisfied answer never lowers the top-box share (nor a dissatisfied one raises it)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 100 }), fc.integer({ min: 4, max: 5 }), fc.integer({ min: 1, max: 3 }), (answers, good, bad) => {
        const before = csat(answers).score;
        expect(csat([...answers, good]).score).toBeGreaterThanOrEqual(before);
        expect(csat([...answers, bad]).score).toBeLessThanOrEqual(before);
      }),
    );
  });

  it("law: purity — the input is not modified", () => {
    const answers = Uint8Array.of(1, 2, 3, 4, 5);
    const counts = { counts: [1, 2, 3, 4, 5] };
    csat(answers);
    csat(counts);
    expect(Array.from(answers)).toEqual([1, 2, 3, 4, 5]);
    expect(counts).toEqual({ counts: [1, 2, 3, 4, 5] });
  });

  it("throws INSUFFICIENT_DATA on no answer and INVALID_ARGUMENT naming the field", () => {
    catchPatronageError(() => csat([]), { code: "INSUFFICIENT_DATA", field: "answers" });
    catchPatronageError(() => csat(new Uint8Array(0)), { code: "INSUFFICIENT_DATA", field: "answers" });
    catchPatronageError(() => csat({ counts: [0, 0, 0, 0, 0] }), { code: "INSUFFICIENT_DATA", field: "answers" });
    const bad = (run: () => unknown, field: string) => catchPatronageError(run, { code: "INVALID_ARGUMENT", field });
    bad(() => csat([1, 2, 6]), "answers[2]");
    bad(() => csat([1, 0]), "answers[1]");
    bad(() => csat([1, 2.5]), "answers[1]");
    bad(() => csat(Uint8Array.of(5, 9), { scale: 7 }), "answers[1]");
    bad(() => csat({ counts: [1, 2, 3] }), "answers.counts");
    bad(() => csat({ counts: [1, 2, 3, -1, 0] }), "answers.counts[3]");
    bad(() => csat([1], { scale: 1 }), "options.scale");
    bad(() => csat([1], { scale: 4.5 }), "options.scale");
    bad(() => csat([1], { scale: 101 }), "options.scale");
    bad(() => csat([1], { satisfiedAtLeast: 6 }), "options.satisfiedAtLeast");
    bad(() => csat([1], { satisfiedAtLeast: 1 }), "options.satisfiedAtLeast");
    bad(() => csat([1], { satisfiedAtLeast: 3.5 }), "options.satisfiedAtLeast");
    bad(() => csat([1], { confidence: 0 }), "options.confidence");
    bad(() => csat([1], { scael: 7 } as never), "options.scael");
  });
});
