import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PatronageError } from "../../src/PatronageError.js";
import { createRng } from "../../src/math/createRng.js";
import { logGamma } from "../../src/math/logGamma.js";
import { logPoissonPmf } from "../../src/math/logPoissonPmf.js";
import { normalCdf } from "../../src/math/normalCdf.js";
import { regularizedGammaP } from "../../src/math/regularizedGammaP.js";
import type { Rng } from "../../src/math/Rng.js";
import { relativeError } from "../_support/accuracy.js";

/** The values written by tests/math/fixtures/rng.py (an independent Python transcription of the C code). */
interface RngFixtures {
  readonly source: string;
  readonly splitMix64Seed0: string;
  readonly cases: readonly {
    readonly seed: number | string;
    readonly state: readonly number[];
    readonly uint32: readonly number[];
    readonly uniform: readonly number[];
  }[];
  readonly integerDice: IntegerCase;
  readonly integerWide: IntegerCase;
  readonly integerFull32: IntegerCase;
  readonly split: {
    readonly seed: number;
    readonly childState: readonly number[];
    readonly child: readonly number[];
    readonly grandchild: readonly number[];
    readonly parentAfter: readonly number[];
  };
  readonly logPoissonPmf: readonly { readonly k: number; readonly mean: number; readonly logPmf: number }[];
}
interface IntegerCase {
  readonly seed: number;
  readonly min: number;
  readonly max: number;
  readonly values: readonly number[];
}

const fixtures = JSON.parse(readFileSync(new URL("./fixtures/rng.json", import.meta.url), "utf8")) as RngFixtures;

// ---------------------------------------------------------------------------------------------
// Statistical helpers. Every distribution test uses a fixed seed and a fixed sample size, so it is
// deterministic; the tolerances are set so that a correct generator would fail with probability
// about 1e-6 on a fresh seed: means within 5 standard errors, Kolmogorov–Smirnov D below the
// asymptotic 1e-6 critical value √(−½ ln(α/2) / n), chi-square below its 1e-6 upper quantile
// (Wilson–Hilferty approximation, z = 4.753).
// ---------------------------------------------------------------------------------------------

const ALPHA = 1e-6;
const Z_ALPHA = 4.753;

function draw(n: number, sample: () => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = sample();
  return out;
}

/** How many of `xs` fail `predicate` (one assertion per sample would dominate the run time). */
function countFailing(xs: Float64Array, predicate: (x: number) => boolean): number {
  let failing = 0;
  for (const x of xs) if (!predicate(x)) failing++;
  return failing;
}

function mean(xs: Float64Array): number {
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}

function variance(xs: Float64Array): number {
  const m = mean(xs);
  let sum = 0;
  for (const x of xs) sum += (x - m) * (x - m);
  return sum / (xs.length - 1);
}

/** Expects the sample mean within 5 standard errors of the true mean. */
function expectMean(xs: Float64Array, trueMean: number, trueSd: number): void {
  const standardError = trueSd / Math.sqrt(xs.length);
  expect(Math.abs(mean(xs) - trueMean)).toBeLessThan(5 * standardError);
}

/** Kolmogorov–Smirnov D of a continuous sample against `cdf`. */
function ksStatistic(xs: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(xs).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i] as number);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

function expectKs(xs: Float64Array, cdf: (x: number) => number): void {
  expect(ksStatistic(xs, cdf)).toBeLessThan(Math.sqrt((-0.5 * Math.log(ALPHA / 2)) / xs.length));
}

function chiSquareCritical(df: number): number {
  const c = 2 / (9 * df);
  return df * (1 - c + Z_ALPHA * Math.sqrt(c)) ** 3;
}

/**
 * Chi-square goodness of fit of an integer sample to a pmf on {0, 1, …}: consecutive values are
 * merged into bins of expected count ≥ 10, and the last bin takes the whole upper tail.
 */
function expectDiscreteFit(xs: Float64Array, pmf: (k: number) => number): void {
  const n = xs.length;
  const edges: number[] = []; // bin j holds k in [edges[j], edges[j + 1])
  const expected: number[] = [];
  let cumulative = 0;
  let binStart = 0;
  let binExpected = 0;
  for (let k = 0; cumulative < 1 - 1e-13; k++) {
    const p = pmf(k);
    cumulative += p;
    binExpected += n * p;
    if (binExpected >= 10) {
      edges.push(binStart);
      expected.push(binExpected);
      binStart = k + 1;
      binExpected = 0;
    }
    if (k > 1e8) throw new Error("pmf does not sum to 1");
  }
  // The remaining mass (the unfinished bin and the far tail) joins the last bin.
  expected[expected.length - 1] = (expected.at(-1) as number) + binExpected + n * (1 - cumulative);
  const observed = new Array<number>(expected.length).fill(0);
  for (const x of xs) {
    let j = expected.length - 1;
    while (j > 0 && x < (edges[j] as number)) j--;
    observed[j] = (observed[j] as number) + 1;
  }
  let statistic = 0;
  for (let j = 0; j < expected.length; j++) {
    const e = expected[j] as number;
    statistic += ((observed[j] as number) - e) ** 2 / e;
  }
  expect(expected.length).toBeGreaterThan(1);
  expect(statistic).toBeLessThan(chiSquareCritical(expected.length - 1));
}

/** Chi-square of counts against equal cell probabilities. */
function expectUniformCounts(counts: readonly number[]): void {
  const total = counts.reduce((a, b) => a + b, 0);
  const e = total / counts.length;
  const statistic = counts.reduce((sum, o) => sum + (o - e) ** 2 / e, 0);
  expect(statistic).toBeLessThan(chiSquareCritical(counts.length - 1));
}

function poissonPmf(mu: number): (k: number) => number {
  return (k) => Math.exp(k * Math.log(mu) - mu - logGamma(k + 1));
}

// ---------------------------------------------------------------------------------------------
// A state whose next two outputs are chosen: the output is f(s1) = rotl(5·s1, 7)·9, invertible mod
// 2^32 (9⁻¹ = 954437177, 5⁻¹ = 3435973837), and with s0 = 0 the next s1 is s1 ^ s2.
// ---------------------------------------------------------------------------------------------
function preimage(output: number): number {
  const x = Math.imul(output, 954437177) >>> 0;
  return Math.imul((x >>> 7) | (x << 25), 3435973837) >>> 0;
}
function stateForOutputs(first: number, second: number): number[] {
  const s1 = preimage(first);
  return [0, s1, (preimage(second) ^ s1) >>> 0, 1];
}

function expectInvalid(call: () => unknown, field: string): void {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(PatronageError);
    expect((error as PatronageError).code).toBe("INVALID_ARGUMENT");
    expect((error as PatronageError).field).toBe(field);
    return;
  }
  throw new Error(`expected INVALID_ARGUMENT naming ${field}`);
}

describe("createRng", () => {
  describe("golden values (tests/math/fixtures/rng.py, exact equality)", () => {
    // The Python reference transcribes Vigna's xoshiro128starstar.c and splitmix64.c with explicit
    // 32/64-bit masking; its first 16 outputs for the integer seeds were also checked against the
    // compiled C code when the fixture was made.
    it.each(fixtures.cases.map((c) => [JSON.stringify(c.seed), c] as const))(
      "seed %s: state, first 16 uint32 and first 8 uniforms",
      (_, c) => {
        const rng = createRng(c.seed);
        expect(rng.getState()).toEqual(c.state);
        expect(c.uint32.map(() => rng.nextUint32())).toEqual(c.uint32);
        const again = createRng(c.seed);
        expect(c.uniform.map(() => again.uniform())).toEqual(c.uniform);
      },
    );

    it("seeds with SplitMix64 as published (first output for seed 0 is 0xe220a8397b1dcdaf)", () => {
      expect(fixtures.splitMix64Seed0).toBe("0xe220a8397b1dcdaf");
      const [low, high] = createRng(0).getState();
      expect((high as number).toString(16)).toBe("e220a839");
      expect((low as number).toString(16)).toBe("7b1dcdaf");
    });

    it.each([fixtures.integerDice, fixtures.integerWide, fixtures.integerFull32])(
      "integer($min, $max) for seed $seed matches the reference rejection sampler",
      ({ seed, min, max, values }) => {
        const rng = createRng(seed);
        expect(values.map(() => rng.integer(min, max))).toEqual(values);
      },
    );

    it("split() children match the reference", () => {
      const { seed, childState, child, grandchild, parentAfter } = fixtures.split;
      const parent = createRng(seed);
      const c = parent.split();
      expect(c.getState()).toEqual(childState);
      const g = c.split();
      expect(child.map(() => c.nextUint32())).toEqual(child);
      expect(grandchild.map(() => g.nextUint32())).toEqual(grandchild);
      expect(parentAfter.map(() => parent.nextUint32())).toEqual(parentAfter);
    });

    it("fill() gives the same values as successive uniform() calls", () => {
      const a = createRng("fill");
      const b = createRng("fill");
      const filled = a.fill(new Float64Array(1001));
      expect(Array.from(filled)).toEqual(Array.from({ length: 1001 }, () => b.uniform()));
      expect(a.getState()).toEqual(b.getState());
      const empty = new Float64Array(0);
      expect(a.fill(empty)).toBe(empty);
      expect(a.nextUint32()).toBe(b.nextUint32());
    });
  });

  describe("examples", () => {
    it("matches the createRng TSDoc example", () => {
      const rng = createRng(42);
      expect(rng.nextUint32()).toBe(1776835114);
      expect(rng.uniform()).toBe(0.969787284761548);
      expect(rng.integer(1, 6)).toBe(3);
      expect(rng.split().nextUint32()).toBe(3115419941);
      expect(createRng("customer-42").nextUint32()).toBe(3869604372);
      expect(Array.from(createRng(7).fill(new Float64Array(3)))).toEqual([
        0.4193505224726699, 0.6968157502682852, 0.4836025107011258,
      ]);
    });

    it("matches the Rng TSDoc example (continuous values to 12 digits, integers exactly)", () => {
      const rng = createRng("demo");
      expect(rng.normal(100, 15)).toBeCloseTo(105.85649820134476, 10);
      expect(rng.poisson(3)).toBe(2);
      const saved = rng.getState();
      expect(saved.slice(0, 4)).toEqual([1260470051, 1592750315, 749275476, 96226783]);
      expect(saved[4]).toBeCloseTo(1.881216994794506, 12);
      const wait = rng.exponential(2);
      expect(wait).toBeCloseTo(0.022826672743503057, 12);
      rng.setState(saved);
      expect(rng.exponential(2) === wait).toBe(true);
      expect(rng.gamma(2, 3)).toBeCloseTo(16.397893105945368, 10);
      expect(rng.beta(2, 5)).toBeCloseTo(0.15084829703017613, 12);
      expect(rng.geometric(0.25)).toBe(3);
    });
  });

  describe("seeds", () => {
    it("reads an integer seed as a 64-bit two's-complement word", () => {
      // -1 is 2^64 - 1; 2^32 differs from 0 only in the high word; -0 is 0.
      expect(createRng(-0).getState()).toEqual(createRng(0).getState());
      expect(createRng(2 ** 32).getState()).not.toEqual(createRng(0).getState());
      expect(createRng(-1).getState()).not.toEqual(createRng(1).getState());
    });

    it("hashes strings by UTF-8 bytes, reading lone surrogates as U+FFFD", () => {
      expect(createRng("\uD800").getState()).toEqual(createRng("\uFFFD").getState());
      expect(createRng("\uDC00x").getState()).toEqual(createRng("\uFFFDx").getState());
      expect(createRng("a\uD83Cb").getState()).toEqual(createRng("a\uFFFDb").getState());
      expect(createRng("\uD83C\uDF0D").getState()).toEqual(createRng("🌍").getState());
      expect(createRng("").getState()).toHaveLength(4);
    });

    it("gives different streams for different seeds", () => {
      const first = (seed: number | string): number[] => {
        const rng = createRng(seed);
        return [rng.nextUint32(), rng.nextUint32(), rng.nextUint32()];
      };
      const seen = new Set<string>();
      const seeds: (number | string)[] = [0, 1, 2, -1, 2 ** 32, 2 ** 53 - 1, "", "0", "1", "a", "b", "ab", "ba"];
      for (const seed of seeds) seen.add(JSON.stringify(first(seed)));
      expect(seen.size).toBe(seeds.length);
    });

    it("is deterministic: the same seed gives the same stream (property)", () => {
      fc.assert(
        fc.property(fc.oneof(fc.maxSafeInteger(), fc.string({ unit: "grapheme" })), (seed) => {
          const a = createRng(seed);
          const b = createRng(seed);
          for (let i = 0; i < 8; i++) if (a.nextUint32() !== b.nextUint32()) return false;
          return a.normal() === b.normal() && a.poisson(30) === b.poisson(30);
        }),
        { numRuns: 200 },
      );
    });

    it.each([
      ["NaN", Number.NaN],
      ["Infinity", Infinity],
      ["-Infinity", -Infinity],
      ["1.5", 1.5],
      ["2^53", 2 ** 53],
      ["-(2^53)", -(2 ** 53)],
      ["undefined", undefined],
      ["null", null],
      ["a bigint", 1n],
      ["an object", {}],
    ])("rejects %s with INVALID_ARGUMENT naming seed", (_, seed) => {
      expectInvalid(() => createRng(seed as never), "seed");
    });
  });

  describe("state and splitting", () => {
    it("getState/setState resume every kind of draw exactly, through JSON", () => {
      const rng = createRng("resume");
      rng.normal(); // leaves a cached normal, so the state has five numbers
      const saved = JSON.parse(JSON.stringify(rng.getState())) as number[];
      expect(saved).toHaveLength(5);
      const run = (r: Rng): number[] => [
        r.normal(),
        r.normal(3, 2),
        r.uniform(),
        r.uniform(-2, 5),
        r.integer(-10, 10),
        r.exponential(0.5),
        r.gamma(0.4),
        r.gamma(7.5, 2),
        r.beta(0.5, 3),
        r.poisson(4),
        r.poisson(250),
        r.geometric(0.2),
        r.nextUint32(),
        r.fill(new Float64Array(3))[2] as number,
      ];
      const first = run(rng);
      const other = createRng(999);
      other.setState(saved);
      expect(run(other)).toEqual(first);
      rng.setState(saved);
      expect(run(rng)).toEqual(first);
    });

    it("getState has four words when no normal is cached, and setState clears a cached one", () => {
      const rng = createRng(5);
      expect(rng.getState()).toHaveLength(4);
      const fresh = rng.getState();
      rng.normal();
      expect(rng.getState()).toHaveLength(5);
      rng.setState(fresh);
      expect(rng.getState()).toEqual(fresh);
    });

    it("getState returns a copy", () => {
      const rng = createRng(5);
      const state = rng.getState();
      state[0] = 123;
      expect(rng.getState()[0]).not.toBe(123);
    });

    it("split() is deterministic, differs from the parent, and gives distinct children", () => {
      const a = createRng(11);
      const b = createRng(11);
      const childA = a.split();
      const childB = b.split();
      expect(childA.getState()).toEqual(childB.getState());
      expect(childA.getState()).not.toEqual(a.getState());
      const secondChild = a.split();
      const streams = [a, childA, secondChild, childA.split()].map((r) =>
        JSON.stringify(Array.from({ length: 4 }, () => r.nextUint32())),
      );
      expect(new Set(streams).size).toBe(4);
    });

    it("split() children carry no cached normal", () => {
      const parent = createRng(12);
      parent.normal();
      expect(parent.split().getState()).toHaveLength(4);
      expect(parent.getState()).toHaveLength(5);
    });

    it("split() streams are uncorrelated with their parent (sample correlation within 5 SE)", () => {
      const parent = createRng(13);
      const child = parent.split();
      const n = 20_000;
      const x = draw(n, () => parent.uniform());
      const y = draw(n, () => child.uniform());
      let sum = 0;
      for (let i = 0; i < n; i++) sum += ((x[i] as number) - 0.5) * ((y[i] as number) - 0.5);
      const correlation = sum / n / (1 / 12);
      expect(Math.abs(correlation)).toBeLessThan(5 / Math.sqrt(n));
    });

    it.each([
      ["not an array", "nope", "state"],
      ["too short", [1, 2, 3], "state"],
      ["too long", [1, 2, 3, 4, 0, 6], "state"],
      ["a fraction", [1, 2.5, 3, 4], "state[1]"],
      ["a negative word", [1, 2, -3, 4], "state[2]"],
      ["a word ≥ 2^32", [1, 2, 3, 2 ** 32], "state[3]"],
      ["a non-number word", ["1", 2, 3, 4], "state[0]"],
      ["all zero", [0, 0, 0, 0], "state"],
      ["a non-finite spare", [1, 2, 3, 4, Number.NaN], "state[4]"],
      ["an impossible spare", [1, 2, 3, 4, 20], "state[4]"],
    ])("setState rejects %s", (_, state, field) => {
      const rng = createRng(1);
      const before = rng.getState();
      expectInvalid(() => rng.setState(state as never), field);
      expect(rng.getState()).toEqual(before);
    });
  });

  describe("uniform", () => {
    it("is in [0, 1), a multiple of 2^-53, and never 1 even for all-ones outputs", () => {
      const rng = createRng(21);
      const xs = rng.fill(new Float64Array(100_000));
      expect(countFailing(xs, (x) => x >= 0 && x < 1 && Number.isInteger(x * 2 ** 53))).toBe(0);
      let odd = 0;
      for (const x of xs) odd += (x * 2 ** 53) % 2;
      // The lowest of the 53 bits is random too (fair coin within 5 SE).
      expect(Math.abs(odd / xs.length - 0.5)).toBeLessThan(5 * Math.sqrt(0.25 / xs.length));
      rng.setState(stateForOutputs(0xffffffff, 0xffffffff));
      expect(rng.uniform()).toBe(1 - 2 ** -53);
      rng.setState(stateForOutputs(0xffffffff, 0xffffffff));
      expect(rng.uniform(0, 1)).toBe(1 - 2 ** -53);
      rng.setState(stateForOutputs(0xffffffff, 0xffffffff));
      expect(rng.fill(new Float64Array(1))[0]).toBe(1 - 2 ** -53);
      rng.setState(stateForOutputs(0, 0));
      expect(rng.uniform()).toBe(0);
    });

    it("passes Kolmogorov–Smirnov and a 100-cell chi-square (n = 100,000)", () => {
      const xs = createRng(22).fill(new Float64Array(100_000));
      expectKs(xs, (x) => x);
      const counts = new Array<number>(100).fill(0);
      for (const x of xs) counts[Math.floor(x * 100)]! += 1;
      expectUniformCounts(counts);
    });

    it("uniform(min, max) is uniform on [min, max) (KS, n = 20,000)", () => {
      const rng = createRng(23);
      const xs = draw(20_000, () => rng.uniform(-3, 5));
      expect(countFailing(xs, (x) => x >= -3 && x < 5)).toBe(0);
      expectKs(xs, (x) => (x + 3) / 8);
    });

    it("uniform(min, max) never returns max, even when rounding would give it", () => {
      const rng = createRng(24);
      // Only 1 and 1 + 2^-52 lie in that interval; 1 + 2^-52·u rounds to the latter for u > ½.
      for (let i = 0; i < 200; i++) expect(rng.uniform(1, 1 + 2 ** -52)).toBe(1);
      const wide = rng.uniform(-8e307, 8e307);
      expect(Number.isFinite(wide)).toBe(true);
    });

    it.each([
      ["min NaN", Number.NaN, 1, "min"],
      ["min Infinity", -Infinity, 1, "min"],
      ["min a string", "0", 1, "min"],
      ["max missing", 0, undefined, "max"],
      ["max equal to min", 2, 2, "max"],
      ["max below min", 2, 1, "max"],
      ["max NaN", 0, Number.NaN, "max"],
      ["max − min overflowing", -1e308, 1.7e308, "max"],
    ])("rejects %s", (_, min, max, field) => {
      expectInvalid(() => createRng(1).uniform(min as number, max as number), field);
    });

    it("does not type-check with one argument", () => {
      // @ts-expect-error uniform takes no argument or both bounds.
      expectInvalid(() => createRng(1).uniform(5), "max");
    });
  });

  describe("integer", () => {
    it("is unbiased on a die (chi-square, n = 60,000)", () => {
      const rng = createRng(31);
      const counts = [0, 0, 0, 0, 0, 0];
      const xs = draw(60_000, () => rng.integer(1, 6));
      expect(countFailing(xs, (k) => k >= 1 && k <= 6 && Number.isInteger(k))).toBe(0);
      for (const k of xs) counts[k - 1]! += 1;
      expectUniformCounts(counts);
    });

    it("is unbiased where plain modulo is not: 3·2^30 values (32-bit path), 3·2^51 values (53-bit path)", () => {
      // With output mod n, the first third of these ranges would be twice as likely as the rest.
      for (const [n, seed] of [
        [3 * 2 ** 30, 32],
        [3 * 2 ** 51, 33],
      ] as const) {
        const rng = createRng(seed);
        const counts = [0, 0, 0];
        for (let i = 0; i < 30_000; i++) {
          const k = rng.integer(-5, n - 6) + 5;
          counts[Math.floor((3 * k) / n)]! += 1;
        }
        expectUniformCounts(counts);
      }
    });

    it("covers its bounds, including a single value and the widest range", () => {
      const rng = createRng(34);
      expect(rng.integer(7, 7)).toBe(7);
      const seen = new Set<number>();
      for (let i = 0; i < 200; i++) seen.add(rng.integer(-1, 1));
      expect([...seen].sort()).toEqual([-1, 0, 1]);
      for (let i = 0; i < 100; i++) {
        const k = rng.integer(-(2 ** 52), 2 ** 52 - 1);
        expect(Number.isSafeInteger(k) && k >= -(2 ** 52) && k < 2 ** 52).toBe(true);
      }
      // 0 .. 2^53 − 1 is exactly 2^53 values, the widest range allowed.
      expect(Number.isSafeInteger(rng.integer(0, 2 ** 53 - 1))).toBe(true);
      const top = rng.integer(Number.MAX_SAFE_INTEGER - 2, Number.MAX_SAFE_INTEGER);
      expect(top >= Number.MAX_SAFE_INTEGER - 2).toBe(true);
    });

    it.each([
      ["minInclusive NaN", Number.NaN, 1, "minInclusive"],
      ["minInclusive a fraction", 0.5, 1, "minInclusive"],
      ["minInclusive unsafe", -(2 ** 53), 1, "minInclusive"],
      ["maxInclusive a fraction", 0, 1.5, "maxInclusive"],
      ["maxInclusive unsafe", 0, 2 ** 53, "maxInclusive"],
      ["maxInclusive below minInclusive", 3, 2, "maxInclusive"],
      ["a range of more than 2^53 values", -1, 2 ** 53 - 1, "maxInclusive"],
    ])("rejects %s", (_, min, max, field) => {
      expectInvalid(() => createRng(1).integer(min, max), field);
    });
  });

  describe("normal", () => {
    it("fits N(0, 1) (KS with normalCdf, mean within 5 SE, variance within 5 SE; n = 50,000)", () => {
      const rng = createRng(41);
      const xs = draw(50_000, () => rng.normal());
      expectKs(xs, (x) => normalCdf(x));
      expectMean(xs, 0, 1);
      expect(Math.abs(variance(xs) - 1)).toBeLessThan(5 * Math.sqrt(2 / xs.length));
    });

    it("fits N(100, 15²) (KS, n = 20,000)", () => {
      const rng = createRng(42);
      const xs = draw(20_000, () => rng.normal(100, 15));
      expectKs(xs, (x) => normalCdf(x, 100, 15));
    });

    it("sd = 0 returns the mean; extreme parameters stay finite", () => {
      const rng = createRng(43);
      expect(rng.normal(3, 0)).toBe(3);
      for (let i = 0; i < 100; i++) expect(Number.isFinite(rng.normal(-1e300, 1e300))).toBe(true);
    });

    it.each([
      ["mean NaN", Number.NaN, 1, "mean"],
      ["mean Infinity", Infinity, 1, "mean"],
      ["mean above 1e300", 2e300, 1, "mean"],
      ["mean a string", "0", 1, "mean"],
      ["sd negative", 0, -1, "sd"],
      ["sd NaN", 0, Number.NaN, "sd"],
      ["sd above 1e300", 0, 2e300, "sd"],
    ])("rejects %s", (_, m, sd, field) => {
      expectInvalid(() => createRng(1).normal(m as number, sd), field);
    });
  });

  describe("exponential", () => {
    it("fits Exp(2.5) (KS and mean within 5 SE; n = 50,000)", () => {
      const rng = createRng(51);
      const xs = draw(50_000, () => rng.exponential(2.5));
      expectKs(xs, (x) => -Math.expm1(-2.5 * x));
      expectMean(xs, 0.4, 0.4);
      expectMean(draw(20_000, () => rng.exponential()), 1, 1);
    });

    it("returns +0, not −0, for a zero uniform, and stays finite at the smallest rate", () => {
      const rng = createRng(52);
      rng.setState(stateForOutputs(0, 0));
      expect(Object.is(rng.exponential(3), 0)).toBe(true);
      rng.setState(stateForOutputs(0xffffffff, 0xffffffff));
      const largest = rng.exponential(1e-300);
      expect(Number.isFinite(largest)).toBe(true);
      expect(largest).toBeCloseTo(53 * Math.LN2 * 1e300, -290);
    });

    it.each([[0], [-1], [Number.NaN], [Infinity], [1e-301], ["1"]])("rejects rate %s", (rate) => {
      expectInvalid(() => createRng(1).exponential(rate as number), "rate");
    });
  });

  describe("gamma", () => {
    it.each([
      [0.3, 1, 61],
      [1, 2, 62],
      [2.5, 0.5, 63],
      [50, 3, 64],
    ])("fits Gamma(shape %s, scale %s) (KS with regularizedGammaP, mean in 5 SE; n = 20,000)", (shape, scale, seed) => {
      const rng = createRng(seed);
      const xs = draw(20_000, () => rng.gamma(shape, scale));
      expect(countFailing(xs, (x) => x >= 0 && Number.isFinite(x))).toBe(0);
      expectKs(xs, (x) => (x <= 0 ? 0 : regularizedGammaP(shape, x / scale)));
      expectMean(xs, shape * scale, Math.sqrt(shape) * scale);
    });

    it("defaults scale to 1 and handles extreme shapes", () => {
      const rng = createRng(65);
      expectMean(draw(20_000, () => rng.gamma(4)), 4, 2);
      for (let i = 0; i < 100; i++) {
        const tiny = rng.gamma(1e-300);
        expect(tiny >= 0 && Number.isFinite(tiny)).toBe(true);
        expect(Number.isFinite(rng.gamma(1e300))).toBe(true);
        expect(Number.isFinite(rng.gamma(0.5, 1e300))).toBe(true);
      }
    });

    it.each([
      ["shape 0", 0, 1, "shape"],
      ["shape negative", -1, 1, "shape"],
      ["shape below 1e-300", 1e-301, 1, "shape"],
      ["shape NaN", Number.NaN, 1, "shape"],
      ["shape Infinity", Infinity, 1, "shape"],
      ["scale 0", 1, 0, "scale"],
      ["scale NaN", 1, Number.NaN, "scale"],
      ["scale Infinity", 0.5, Infinity, "scale"],
      ["shape × scale above 1e300", 1e10, 1e291, "scale"],
      ["scale above 1e300 with shape < 1", 0.5, 1.5e300, "scale"],
    ])("rejects %s", (_, shape, scale, field) => {
      expectInvalid(() => createRng(1).gamma(shape, scale), field);
    });
  });

  describe("beta", () => {
    it("fits Beta(2, 5) (KS with I_x(2, 5) = Σ_{j=2..6} C(6, j) x^j (1 − x)^{6−j}; n = 20,000)", () => {
      const rng = createRng(71);
      const xs = draw(20_000, () => rng.beta(2, 5));
      const binomial = [1, 6, 15, 20, 15, 6, 1];
      expectKs(xs, (x) => {
        let sum = 0;
        for (let j = 2; j <= 6; j++) sum += (binomial[j] as number) * x ** j * (1 - x) ** (6 - j);
        return sum;
      });
      expectMean(xs, 2 / 7, Math.sqrt(10 / (49 * 8)));
    });

    it("fits Beta(½, ½) (KS with the arcsine law (2/π) asin √x; n = 20,000)", () => {
      const rng = createRng(72);
      const xs = draw(20_000, () => rng.beta(0.5, 0.5));
      expectKs(xs, (x) => (2 / Math.PI) * Math.asin(Math.sqrt(x)));
    });

    it.each([
      [0.05, 0.08, 73],
      [1e6, 2e6, 74],
      [0.7, 40, 75],
    ])("Beta(%s, %s) has mean a/(a+b) within 5 SE and stays in [0, 1] (n = 20,000)", (a, b, seed) => {
      const rng = createRng(seed);
      const xs = draw(20_000, () => rng.beta(a, b));
      expect(countFailing(xs, (x) => x >= 0 && x <= 1)).toBe(0);
      expectMean(xs, a / (a + b), Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1))));
    });

    it("never returns NaN at the extremes of its domain", () => {
      const rng = createRng(76);
      for (const [a, b] of [
        [1e-300, 1e-300],
        [1e-300, 1e300],
        [Number.MAX_VALUE, Number.MAX_VALUE],
        [1e-300, 1],
      ] as const) {
        for (let i = 0; i < 50; i++) {
          const x = rng.beta(a, b);
          expect(x >= 0 && x <= 1).toBe(true);
        }
      }
    });

    it.each([
      ["a 0", 0, 1, "a"],
      ["a NaN", Number.NaN, 1, "a"],
      ["a Infinity", Infinity, 1, "a"],
      ["b negative", 1, -2, "b"],
      ["b below 1e-300", 1, 1e-301, "b"],
      ["b a string", 1, "2", "b"],
    ])("rejects %s", (_, a, b, field) => {
      expectInvalid(() => createRng(1).beta(a, b as number), field);
    });
  });

  describe("poisson", () => {
    it.each([
      [0.3, 81, 30_000],
      [3.5, 82, 30_000],
      [9.99, 83, 30_000],
      [10, 84, 30_000],
      [57.25, 85, 30_000],
      [10_000, 86, 20_000],
    ])("fits Poisson(%s) (chi-square against the pmf, mean within 5 SE)", (mu, seed, n) => {
      const rng = createRng(seed);
      const xs = draw(n, () => rng.poisson(mu));
      expect(countFailing(xs, (x) => Number.isSafeInteger(x) && x >= 0)).toBe(0);
      expectDiscreteFit(xs, poissonPmf(mu));
      expectMean(xs, mu, Math.sqrt(mu));
    });

    it("has mean and variance λ at λ = 1e12 (within 5 SE; n = 20,000), and safe integers at 1e15", () => {
      const rng = createRng(87);
      const xs = draw(20_000, () => rng.poisson(1e12));
      expect(countFailing(xs, (x) => Number.isSafeInteger(x))).toBe(0);
      expectMean(xs, 1e12, 1e6);
      expect(Math.abs(variance(xs) / 1e12 - 1)).toBeLessThan(5 * Math.sqrt(2 / xs.length));
      for (let i = 0; i < 100; i++) expect(Number.isSafeInteger(rng.poisson(1e15))).toBe(true);
    });

    it("returns 0 for mean 0, and survives a zero uniform in the rejection step", () => {
      const rng = createRng(88);
      expect(rng.poisson(0)).toBe(0);
      rng.setState(stateForOutputs(0, 0)); // u = −½, so us = 0 and the first proposal is −∞
      const k = rng.poisson(20);
      expect(Number.isSafeInteger(k) && k >= 0).toBe(true);
    });

    it.each([[-1], [Number.NaN], [Infinity], [1.01e15], ["3"]])("rejects mean %s", (m) => {
      expectInvalid(() => createRng(1).poisson(m as number), "mean");
    });

    // Reference: mpmath 1.3.0 at 60 digits, k ln μ − μ − lnΓ(k + 1) (tests/math/fixtures/rng.py).
    // Tolerance: relative error ≤ 1e-13, or absolute ≤ 1e-13 where the value is near 0.
    it.each(fixtures.logPoissonPmf.map((c) => [c.k, c.mean, c.logPmf] as const))(
      "the internal log-pmf of the rejection test matches mpmath at k = %s, mean = %s",
      (k, mu, expected) => {
        const actual = logPoissonPmf(k, mu);
        expect(Math.min(relativeError(actual, expected), Math.abs(actual - expected))).toBeLessThan(1e-13);
      },
    );
  });

  describe("geometric", () => {
    it.each([
      [0.3, 91],
      [0.9, 92],
      [0.02, 93],
    ])("fits Geometric(p = %s), failures before a success (chi-square, mean in 5 SE, n = 30,000)", (p, seed) => {
      const rng = createRng(seed);
      const xs = draw(30_000, () => rng.geometric(p));
      expect(countFailing(xs, (x) => Number.isSafeInteger(x) && x >= 0)).toBe(0);
      expectDiscreteFit(xs, (k) => (1 - p) ** k * p);
      expectMean(xs, (1 - p) / p, Math.sqrt(1 - p) / p);
    });

    it("returns 0 for p = 1, +0 for a uniform of 0, and safe integers at p = 1e-14", () => {
      const rng = createRng(94);
      expect(rng.geometric(1)).toBe(0);
      rng.setState(stateForOutputs(0, 0));
      expect(Object.is(rng.geometric(0.5), 0)).toBe(true);
      rng.setState(stateForOutputs(0xffffffff, 0xffffffff));
      const largest = rng.geometric(1e-14);
      expect(Number.isSafeInteger(largest)).toBe(true);
      expect(largest).toBeGreaterThan(3.6e15);
    });

    it.each([[0], [-0.5], [1.5], [Number.NaN], [9e-15], ["0.5"]])("rejects p %s", (p) => {
      expectInvalid(() => createRng(1).geometric(p as number), "p");
    });
  });

  describe("fill", () => {
    it("rejects anything but a Float64Array", () => {
      expectInvalid(() => createRng(1).fill([0, 0] as never), "array");
      expectInvalid(() => createRng(1).fill(new Float32Array(2) as never), "array");
    });
  });
});
