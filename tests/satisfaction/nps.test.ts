import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng } from "../../src/math/index.js";
import { nps, type NpsMethod } from "../../src/satisfaction/nps.js";

interface Bounds {
  standardError: number;
  lower: number;
  upper: number;
  clamped: boolean;
}
interface NpsCase {
  promoters: number;
  passives: number;
  detractors: number;
  confidence: number;
  score: number;
  wald: Bounds;
  adjustedWald: Bounds;
}
const fixture = JSON.parse(readFileSync(new URL("./fixtures/nps.json", import.meta.url), "utf8")) as { nps: NpsCase[] };

const groups = fc.tuple(fc.nat(400), fc.nat(400), fc.nat(400)).filter(([p, q, d]) => p + q + d > 0);
const asCounts = ([promoters, passives, detractors]: [number, number, number]) => ({ promoters, passives, detractors });

describe("examples", () => {
  it("mirrors the TSDoc example of nps", () => {
    const result = nps({ promoters: 60, passives: 25, detractors: 15 });
    expect(result.score).toBe(45);
    expect(result.interval).toEqual({ lower: 29.343111201734096, upper: 58.03552957496493, confidence: 0.95, method: "adjusted-wald" });
    expect(nps({ promoters: 60, passives: 25, detractors: 15 }, { method: "wald" }).interval.lower).toBe(30.49759087485795);
    expect(nps({ promoters: 60, passives: 25, detractors: 15 }, { method: "bootstrap", seed: 1 }).interval).toEqual({
      lower: 29,
      upper: 59,
      confidence: 0.95,
      method: "bootstrap",
    });
    expect(nps(Uint8Array.of(10, 9, 8, 6, 10)).score).toBe(40);
    expect(nps([10, 10, 10], { method: "wald" }).warnings).toEqual([
      "only 3 answers: the interval is approximate and wide",
      "all 3 answers are promoters",
      "the Wald interval has zero width because the answers do not vary; use the adjusted Wald interval",
    ]);
  });
});

describe("nps", () => {
  // Reference: tests/satisfaction/fixtures/nps.py (mpmath at 50 digits, Rocks 2016 formulas).
  // Tolerance: 1e-11 NPS points absolute (the values are at most 100; binary64 gives ~1e-14).
  it.each(fixture.nps.map((c) => [`${c.promoters}/${c.passives}/${c.detractors} at ${c.confidence}`, c] as const))(
    "matches the reference Wald and adjusted-Wald intervals for %s",
    (_, c) => {
      const counts = { promoters: c.promoters, passives: c.passives, detractors: c.detractors };
      for (const [method, ref] of [
        ["wald", c.wald],
        ["adjusted-wald", c.adjustedWald],
      ] as const) {
        const r = nps(counts, { method, confidence: c.confidence });
        expect(Math.abs(r.score - c.score)).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(r.standardError - ref.standardError)).toBeLessThanOrEqual(1e-11);
        expect(Math.abs(r.interval.lower - ref.lower)).toBeLessThanOrEqual(1e-11);
        expect(Math.abs(r.interval.upper - ref.upper)).toBeLessThanOrEqual(1e-11);
        expect(r.warnings.includes("the interval was clamped to [−100, 100]")).toBe(ref.clamped);
      }
    },
  );

  it("reads raw answers, typed arrays, eleven counts and group counts alike", () => {
    const answers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 9, 7];
    const counts = { counts: [1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 2] };
    const expected = nps({ promoters: 4, passives: 3, detractors: 7 });
    for (const input of [answers, Uint8Array.from(answers), Int16Array.from(answers), Float64Array.from(answers), counts]) {
      expect(nps(input)).toEqual(expected);
    }
    expect(expected.score).toBeCloseTo((100 * (4 - 7)) / 14, 12);
    expect(expected.shares).toEqual({ promoters: 4 / 14, passives: 3 / 14, detractors: 7 / 14 });
    // An NpsResult is valid input: its counts are read.
    expect(nps(expected)).toEqual(expected);
  });

  it("treats one answer, all promoters and no passives as ordinary cases", () => {
    const one = nps([10]);
    expect(one.score).toBe(100);
    expect(one.interval.upper - one.interval.lower).toBeGreaterThan(0);
    expect(one.warnings).toEqual([
      "only 1 answer: the interval is approximate and wide",
      "the only answer is a promoter",
      "the interval excludes the score 100: with so few answers, the adjustment pulls its centre toward 0",
    ]);
    const allPromoters = nps({ promoters: 200, passives: 0, detractors: 0 });
    expect(allPromoters.score).toBe(100);
    expect(allPromoters.interval.upper).toBe(100);
    expect(allPromoters.interval.lower).toBeLessThan(100);
    expect(allPromoters.warnings).toEqual(["all 200 answers are promoters", "the interval was clamped to [−100, 100]"]);
    const wald = nps({ promoters: 200, passives: 0, detractors: 0 }, { method: "wald" });
    expect(wald.interval).toMatchObject({ lower: 100, upper: 100 });
    expect(wald.standardError).toBe(0);
    const noPassives = nps({ promoters: 30, passives: 0, detractors: 20 });
    expect(noPassives.score).toBe(20);
    expect(noPassives.warnings).toEqual([]);
    expect(nps({ promoters: 0, passives: 1, detractors: 0 }, { method: "wald" }).warnings).toContain("the only answer is a passive");
    expect(nps({ promoters: 0, passives: 0, detractors: 40 }).warnings).toContain("all 40 answers are detractors");
  });

  it("bootstraps deterministically, by seed, rng or the default seed", () => {
    const counts = { promoters: 40, passives: 35, detractors: 25 };
    const a = nps(counts, { method: "bootstrap", seed: 7 });
    expect(nps(counts, { method: "bootstrap", seed: 7 })).toEqual(a);
    expect(nps(counts, { method: "bootstrap", rng: createRng(7) })).toEqual(a);
    expect(nps(counts, { method: "bootstrap" })).toEqual(nps(counts, { method: "bootstrap", seed: "patronage:nps" }));
    expect(nps(counts, { method: "bootstrap", seed: 8 }).interval).not.toEqual(a.interval);
    expect(a.interval.lower).toBeLessThan(a.score);
    expect(a.interval.upper).toBeGreaterThan(a.score);
    const few = nps(counts, { method: "bootstrap", seed: 7, resamples: 100 });
    expect(few.interval.method).toBe("bootstrap");
  });

  it("bootstraps close to the Wald interval for a large sample", () => {
    // 10,000 answers: the sampling distribution is close to normal, so the percentile interval
    // should agree with Wald to within Monte Carlo error (5,000 resamples: ≈ 0.3 points here).
    const counts = { promoters: 4500, passives: 3000, detractors: 2500 };
    const boot = nps(counts, { method: "bootstrap", seed: 2026, resamples: 5000 });
    const wald = nps(counts, { method: "wald" });
    expect(Math.abs(boot.interval.lower - wald.interval.lower)).toBeLessThan(0.3);
    expect(Math.abs(boot.interval.upper - wald.interval.upper)).toBeLessThan(0.3);
    expect(Math.abs(boot.standardError / wald.standardError - 1)).toBeLessThan(0.05);
  });

  it("handles 10 million answers in a Uint8Array", () => {
    const answers = new Uint8Array(10_000_000);
    for (let i = 0; i < answers.length; i++) answers[i] = i % 11;
    const r = nps(answers);
    expect(r.n).toBe(10_000_000);
    expect(r.promoters + r.passives + r.detractors).toBe(r.n);
  });

  it("throws INVALID_ARGUMENT naming the bad answer, count or option", () => {
    const bad: [() => unknown, string][] = [
      [() => nps([10, 9, 11]), "answers[2]"],
      [() => nps([10, 9.5]), "answers[1]"],
      [() => nps([-1]), "answers[0]"],
      [() => nps(Uint8Array.of(3, 200)), "answers[1]"],
      [() => nps({ promoters: 1, passives: -1, detractors: 0 }), "answers.passives"],
      [() => nps({ promoters: 1.5, passives: 0, detractors: 0 }), "answers.promoters"],
      [() => nps({ promoters: 1, passives: 0 } as never), "answers.detractors"],
      [() => nps({ promoters: Number.MAX_SAFE_INTEGER, passives: 1, detractors: 0 }), "answers"],
      [() => nps({ counts: [1, 2] }), "answers.counts"],
      [() => nps(42 as never), "answers"],
      [() => nps([1], null as never), "options"],
      [() => nps([1], { method: "score" as never }), "options.method"],
      [() => nps([1], { confidence: 1 }), "options.confidence"],
      [() => nps([1], { method: "bootstrap", resamples: 10 }), "options.resamples"],
      [() => nps([1], { method: "bootstrap", resamples: 1000.5 }), "options.resamples"],
      [() => nps([1], { method: "bootstrap", seed: 1.5 }), "options.seed"],
      [() => nps([1], { method: "bootstrap", seed: 1, rng: createRng(1) }), "options.seed"],
      [() => nps([1], { method: "bootstrap", rng: {} as never }), "options.rng"],
      // Review 3: only the bootstrap draws, so a seed or generator with another method is a mistake.
      [() => nps([1], { seed: 7 }), "options.seed"],
      [() => nps([1], { method: "wald", rng: createRng(1) }), "options.rng"],
      [() => nps([1], { method: "adjusted-wald", resamples: 5000 }), "options.resamples"],
      [() => nps([1], { metod: "wald" } as never), "options.metod"],
    ];
    for (const [call, field] of bad) expect(call).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field }));
  });

  it("throws INSUFFICIENT_DATA on no answer", () => {
    for (const empty of [[], new Uint8Array(0), { counts: new Array<number>(11).fill(0) }, { promoters: 0, passives: 0, detractors: 0 }]) {
      expect(() => nps(empty)).toThrow(expect.objectContaining({ code: "INSUFFICIENT_DATA", field: "answers" }));
    }
  });
});

describe("nps laws", () => {
  it("keeps the Wald interval around the score and every bound in [−100, 100]", () => {
    fc.assert(
      fc.property(groups, fc.constantFrom<NpsMethod>("wald", "adjusted-wald"), fc.double({ min: 0.5, max: 0.999, noNaN: true }), (g, method, confidence) => {
        const r = nps(asCounts(g), { method, confidence });
        const { lower, upper } = r.interval;
        if (!(lower >= -100 && upper <= 100 && lower <= upper)) return false;
        if (!Number.isFinite(r.standardError) || r.standardError < 0) return false;
        // Wald is centred on the score; adjusted Wald (centre pulled toward 0 by up to 300/(n + 3)
        // points) contains it, or says it does not — with very few answers or a low confidence.
        const contains = lower <= r.score && r.score <= upper;
        if (method === "wald") return contains;
        return contains !== r.warnings.some((w) => w.startsWith("the interval excludes the score"));
      }),
    );
  });

  it("contains the score with adjusted Wald at 95% from 2 answers on", () => {
    fc.assert(
      fc.property(groups.filter(([p, q, d]) => p + q + d >= 2), (g) => {
        const r = nps(asCounts(g));
        return r.interval.lower <= r.score && r.score <= r.interval.upper;
      }),
    );
  });

  it("never lowers the score when an answer becomes a promoter", () => {
    fc.assert(
      fc.property(groups, fc.constantFrom("passives", "detractors" as const), (g, from) => {
        const counts = asCounts(g);
        if (counts[from] === 0) return true;
        const moved = { ...counts, [from]: counts[from] - 1, promoters: counts.promoters + 1 };
        const added = { ...counts, promoters: counts.promoters + 1 };
        return nps(moved).score > nps(counts).score && nps(added).score >= nps(counts).score;
      }),
    );
  });

  it("bootstraps the same interval for the same seed, within [−100, 100]", () => {
    fc.assert(
      fc.property(groups, fc.integer(), (g, seed) => {
        const a = nps(asCounts(g), { method: "bootstrap", seed, resamples: 200 });
        const b = nps(asCounts(g), { method: "bootstrap", seed, resamples: 200 });
        return (
          a.interval.lower === b.interval.lower &&
          a.interval.upper === b.interval.upper &&
          a.interval.lower >= -100 &&
          a.interval.upper <= 100 &&
          a.interval.lower <= a.interval.upper
        );
      }),
      { numRuns: 50 },
    );
  });
});
