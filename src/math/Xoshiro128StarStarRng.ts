import { invalidArgument } from "../_lib/invalidArgument.js";
import { logPoissonPmf } from "./logPoissonPmf.js";
import type { Rng } from "./Rng.js";
import { splitMix64Mix } from "./splitMix64.js";

const TWO_POW_26 = 67108864;
const TWO_POW_32 = 4294967296;
const TWO_POW_53 = 9007199254740992;
const TWO_POW_MINUS_53 = 1 / TWO_POW_53;
/** Bound on scale-like parameters, so that no draw can overflow (see each method). */
const LIMIT = 1e300;
/** Smallest rate, shape, a or b: keeps 1/x finite, so no draw is NaN or infinite. */
const SMALLEST = 1e-300;
/** Largest Poisson mean: every draw stays far below 2^53. */
const MAX_POISSON_MEAN = 1e15;
/** Smallest geometric p: ln(2^−53) / ln(1 − p) stays below 2^53. */
const MIN_GEOMETRIC_P = 1e-14;
/** A standard normal draw of the polar method is at most √(208 ln 2) ≈ 12.007 in absolute value. */
const MAX_STANDARD_NORMAL = 13;
const ONE_THIRD = 1 / 3;

/**
 * The {@link Rng} implementation: xoshiro128** 1.1 on a four-word `Uint32Array`, plus the cached
 * second draw of the Marsaglia polar method.
 *
 * @internal
 * @see D. Blackman & S. Vigna (2021), "Scrambled linear pseudorandom number generators",
 *   ACM TOMS 47(4), article 36 (arXiv:1805.01407, 2018); C code https://prng.di.unimi.it/xoshiro128starstar.c.
 */
export class Xoshiro128StarStarRng implements Rng {
  /** The state words s[0..3]; never all zero. */
  readonly #s: Uint32Array;
  /** The second standard normal of the last polar pair, when {@link #hasSpare}. */
  #spare = 0;
  #hasSpare = false;

  /**
   * @param state - four words, not all zero; the generator takes ownership of the array.
   */
  constructor(state: Uint32Array) {
    this.#s = state;
  }

  /** One xoshiro128** step: the scrambled output rotl(s1·5, 7)·9, then the linear state update. */
  #next(): number {
    const s = this.#s;
    const s0 = s[0] as number;
    const s1 = s[1] as number;
    const x = Math.imul(s1, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
    const t = s1 << 9;
    const s2 = (s[2] as number) ^ s0;
    const s3 = (s[3] as number) ^ s1;
    s[1] = s1 ^ s2;
    s[0] = s0 ^ s3;
    s[2] = s2 ^ t;
    s[3] = (s3 << 11) | (s3 >>> 21);
    return result;
  }

  /** An integer in [0, 2^53) from the top 27 and 26 bits of two outputs. */
  #bits53(): number {
    return (this.#next() >>> 5) * TWO_POW_26 + (this.#next() >>> 6);
  }

  /** A double in [0, 1): {@link #bits53} scaled exactly by 2^−53. */
  #uniform(): number {
    return this.#bits53() * TWO_POW_MINUS_53;
  }

  /** A standard normal by the Marsaglia polar method, caching the second value of each pair. */
  #standardNormal(): number {
    if (this.#hasSpare) {
      this.#hasSpare = false;
      return this.#spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      // 2·uniform − 1 is exact: a multiple of 2^−52 in [−1, 1).
      u = 2 * this.#uniform() - 1;
      v = 2 * this.#uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.#spare = v * f;
    this.#hasSpare = true;
    return u * f;
  }

  /**
   * Marsaglia & Tsang for d = shape − ⅓ with shape ≥ 1: returns v such that d·v ~ Gamma(shape).
   * v ≤ (1 + 12.01/(3√d))³ ≤ 205.
   */
  #marsagliaTsang(d: number): number {
    const c = 1 / (3 * Math.sqrt(d));
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.#standardNormal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = 1 - this.#uniform();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return v;
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return v;
    }
  }

  /** ln of a Gamma(shape, 1) draw, shape ≥ 1e-300: finite, never under- or overflowing. */
  #logGammaDraw(shape: number): number {
    if (shape >= 1) {
      const d = shape - ONE_THIRD;
      return Math.log(d) + Math.log(this.#marsagliaTsang(d));
    }
    const d = shape + 1 - ONE_THIRD;
    const logBoosted = Math.log(d) + Math.log(this.#marsagliaTsang(d));
    return logBoosted + Math.log(1 - this.#uniform()) / shape;
  }

  /** Hörmann's PTRS for mean ≥ 10 (constants from the paper, Table 1 / algorithm PTRS). */
  #poissonPtrs(mean: number): number {
    const b = 0.931 + 2.53 * Math.sqrt(mean);
    const a = -0.059 + 0.02483 * b;
    const logInverseAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = this.#uniform() - 0.5;
      const v = 1 - this.#uniform();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + logInverseAlpha - Math.log(a / (us * us) + b) <= logPoissonPmf(k, mean)) return k;
    }
  }

  nextUint32(): number {
    return this.#next();
  }

  uniform(): number;
  uniform(min: number, max: number): number;
  uniform(min?: number, max?: number): number {
    if (min === undefined && max === undefined) return this.#uniform();
    if (typeof min !== "number" || !Number.isFinite(min)) throw invalidArgument("min", min, "a finite number");
    if (typeof max !== "number" || !(max > min) || !Number.isFinite(max - min)) {
      throw invalidArgument("max", max, `a finite number > min (${min}) with max − min finite`);
    }
    const width = max - min;
    let x: number;
    do {
      x = min + width * this.#uniform();
    } while (x >= max);
    return x;
  }

  integer(minInclusive: number, maxInclusive: number): number {
    if (!Number.isSafeInteger(minInclusive)) throw invalidArgument("minInclusive", minInclusive, "a safe integer");
    const span = maxInclusive - minInclusive;
    if (!Number.isSafeInteger(maxInclusive) || !(span >= 0 && span < TWO_POW_53)) {
      throw invalidArgument(
        "maxInclusive",
        maxInclusive,
        `a safe integer from minInclusive (${minInclusive}) to minInclusive + 2^53 − 1`,
      );
    }
    const n = span + 1;
    if (n <= TWO_POW_32) {
      const threshold = TWO_POW_32 % n;
      let r = this.#next();
      while (r < threshold) r = this.#next();
      return minInclusive + (r % n);
    }
    const threshold = TWO_POW_53 % n;
    let r = this.#bits53();
    while (r < threshold) r = this.#bits53();
    return minInclusive + (r % n);
  }

  normal(mean = 0, sd = 1): number {
    if (typeof mean !== "number" || !(Math.abs(mean) <= LIMIT)) {
      throw invalidArgument("mean", mean, "a finite number with |mean| ≤ 1e300");
    }
    if (typeof sd !== "number" || !(sd >= 0 && sd <= LIMIT)) throw invalidArgument("sd", sd, "a number in [0, 1e300]");
    return mean + sd * this.#standardNormal();
  }

  exponential(rate = 1): number {
    if (typeof rate !== "number" || !(rate >= SMALLEST && rate < Infinity)) {
      throw invalidArgument("rate", rate, "a finite number ≥ 1e-300");
    }
    // log1p(−u) = ln(1 − u) with 1 − u exact in (0, 1]; u = 0 gives +0, not −0.
    return -Math.log1p(-this.#uniform()) / rate;
  }

  gamma(shape: number, scale = 1): number {
    if (typeof shape !== "number" || !(shape >= SMALLEST && shape < Infinity)) {
      throw invalidArgument("shape", shape, "a finite number ≥ 1e-300");
    }
    if (typeof scale !== "number" || !(scale > 0 && (shape < 1 ? scale : shape * scale) <= LIMIT)) {
      throw invalidArgument("scale", scale, "a finite number > 0 with max(shape, 1) × scale ≤ 1e300");
    }
    if (shape >= 1) {
      const d = shape - ONE_THIRD;
      return d * this.#marsagliaTsang(d) * scale;
    }
    // Boost: Gamma(shape) = Gamma(shape + 1) · U^(1/shape) with U uniform on (0, 1].
    const d = shape + 1 - ONE_THIRD;
    const boosted = d * this.#marsagliaTsang(d);
    return boosted * Math.pow(1 - this.#uniform(), 1 / shape) * scale;
  }

  beta(a: number, b: number): number {
    if (typeof a !== "number" || !(a >= SMALLEST && a < Infinity)) {
      throw invalidArgument("a", a, "a finite number ≥ 1e-300");
    }
    if (typeof b !== "number" || !(b >= SMALLEST && b < Infinity)) {
      throw invalidArgument("b", b, "a finite number ≥ 1e-300");
    }
    const logX = this.#logGammaDraw(a);
    const logY = this.#logGammaDraw(b);
    return 1 / (1 + Math.exp(logY - logX));
  }

  poisson(mean: number): number {
    if (typeof mean !== "number" || !(mean >= 0 && mean <= MAX_POISSON_MEAN)) {
      throw invalidArgument("mean", mean, "a number in [0, 1e15]");
    }
    if (mean >= 10) return this.#poissonPtrs(mean);
    // Knuth: the number of uniforms whose running product stays above e^−mean.
    const limit = Math.exp(-mean);
    let k = 0;
    let product = this.#uniform();
    while (product > limit) {
      k++;
      product *= this.#uniform();
    }
    return k;
  }

  geometric(p: number): number {
    if (typeof p !== "number" || !(p >= MIN_GEOMETRIC_P && p <= 1)) {
      throw invalidArgument("p", p, "a probability in [1e-14, 1]");
    }
    if (p === 1) return 0;
    // ⌊ln U / ln(1 − p)⌋ with U = 1 − uniform in (0, 1]; U = 1 gives +0 / negative = +0.
    return Math.floor(Math.log1p(-this.#uniform()) / Math.log1p(-p));
  }

  fill(array: Float64Array): Float64Array {
    if (!(array instanceof Float64Array)) throw invalidArgument("array", array, "a Float64Array");
    const s = this.#s;
    let s0 = s[0] as number;
    let s1 = s[1] as number;
    let s2 = s[2] as number;
    let s3 = s[3] as number;
    const n = array.length;
    for (let i = 0; i < n; i++) {
      let x = Math.imul(s1, 5);
      const high = Math.imul((x << 7) | (x >>> 25), 9) >>> 5;
      let t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      x = Math.imul(s1, 5);
      const low = Math.imul((x << 7) | (x >>> 25), 9) >>> 6;
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      array[i] = (high * TWO_POW_26 + low) * TWO_POW_MINUS_53;
    }
    s[0] = s0;
    s[1] = s1;
    s[2] = s2;
    s[3] = s3;
    return array;
  }

  split(): Rng {
    const w0 = this.#next();
    const w1 = this.#next();
    const w2 = this.#next();
    const w3 = this.#next();
    const child = new Uint32Array(4);
    // The finaliser is a bijection and (w0, w1, w2, w3) is never all zero (xoshiro128** is
    // 4-dimensionally equidistributed and misses only the zero 4-tuple), so the child state is not all zero.
    splitMix64Mix(w1, w0, child, 0);
    splitMix64Mix(w3, w2, child, 2);
    return new Xoshiro128StarStarRng(child);
  }

  getState(): number[] {
    const s = this.#s;
    const words = [s[0] as number, s[1] as number, s[2] as number, s[3] as number];
    if (this.#hasSpare) words.push(this.#spare);
    return words;
  }

  setState(state: readonly number[]): void {
    if (!Array.isArray(state) || (state.length !== 4 && state.length !== 5)) {
      throw invalidArgument("state", state, "an array of 4 or 5 numbers returned by getState()");
    }
    let any = 0;
    for (let i = 0; i < 4; i++) {
      const word: unknown = state[i];
      if (typeof word !== "number" || !Number.isInteger(word) || word < 0 || word >= TWO_POW_32) {
        throw invalidArgument(`state[${i}]`, word, "an integer in [0, 2^32)");
      }
      any |= word;
    }
    if (any === 0) throw invalidArgument("state", state, "four words that are not all zero");
    const spare: unknown = state[4];
    if (state.length === 5 && (typeof spare !== "number" || !(Math.abs(spare) <= MAX_STANDARD_NORMAL))) {
      throw invalidArgument("state[4]", spare, "a standard normal draw, a number in [−13, 13]");
    }
    const s = this.#s;
    for (let i = 0; i < 4; i++) s[i] = state[i] as number;
    this.#hasSpare = state.length === 5;
    this.#spare = this.#hasSpare ? (spare as number) : 0;
  }
}
