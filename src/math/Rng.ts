/**
 * A seeded pseudo-random generator with distribution draws, made by {@link createRng}.
 *
 * The core is xoshiro128** 1.1 (Blackman & Vigna), a 128-bit-state generator of period 2^128 − 1,
 * written with 32-bit integer operations only (`Math.imul`, `>>> 0`): {@link Rng.nextUint32},
 * {@link Rng.uniform}, {@link Rng.integer}, {@link Rng.fill} and {@link Rng.split} give the same
 * values for the same seed on every platform and JavaScript engine. The other draws
 * ({@link Rng.normal}, {@link Rng.exponential}, {@link Rng.gamma}, {@link Rng.beta},
 * {@link Rng.poisson}, {@link Rng.geometric}) also call `Math.log`, `Math.exp`, `Math.log1p` or
 * `Math.pow`, which ECMAScript does not require to be correctly rounded: they are reproducible on one
 * engine (Node.js runs V8's port of fdlibm), but their last bits, and in rare cases a rejection
 * decision, may differ between engines. The values in the example are those of Node.js.
 *
 * Every method advances the generator; none allocates per draw. The generator is not
 * cryptographically secure: never use it for secrets, tokens or anything an adversary may predict.
 *
 * @example
 * ```ts
 * import { createRng } from "patronage/math";
 *
 * const rng = createRng("demo");
 * rng.normal(100, 15); //=> 105.85649820134476
 * rng.poisson(3); //=> 2
 * const saved = rng.getState(); //=> [1260470051, 1592750315, 749275476, 96226783, 1.881216994794506]
 * const wait = rng.exponential(2); //=> 0.022826672743503057
 * rng.setState(saved);
 * rng.exponential(2) === wait; //=> true
 * rng.gamma(2, 3); //=> 16.397893105945368
 * rng.beta(2, 5); //=> 0.15084829703017613
 * rng.geometric(0.25); //=> 3
 * ```
 */
export interface Rng {
  /**
   * The next 32-bit output of xoshiro128**: an integer in [0, 2^32), each value equally likely.
   *
   * @returns an integer in [0, 4294967295].
   */
  nextUint32(): number;

  /**
   * A uniform double in [0, 1) with 53 random bits: two 32-bit outputs a, b give
   * ((a >>> 5)·2^26 + (b >>> 6)) / 2^53, so every multiple of 2^−53 in [0, 1) is equally likely.
   * It can return 0 and never returns 1.
   *
   * @returns a double in [0, 1), a multiple of 2^−53.
   */
  uniform(): number;
  /**
   * A uniform double in [min, max): min + (max − min)·u with u = {@link Rng.uniform}(). When
   * rounding makes that reach max (possible for u close to 1, or when max − min is a few ulps), the
   * draw is repeated, so max itself is never returned.
   *
   * @param min - the lower bound, included: a finite number.
   * @param max - the upper bound, excluded: a finite number > min with max − min finite.
   * @returns a double in [min, max).
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` when min is not finite (field `"min"`),
   *   or max is not finite, not > min, or max − min overflows (field `"max"`).
   */
  uniform(min: number, max: number): number;

  /**
   * A uniform integer in [minInclusive, maxInclusive], without bias: for a range of n ≤ 2^32 values
   * it redraws 32-bit outputs below 2^32 mod n and returns minInclusive + (output mod n); for wider
   * ranges (up to 2^53 values) it does the same with 53-bit draws from two outputs.
   *
   * @param minInclusive - the smallest value: a safe integer.
   * @param maxInclusive - the largest value: a safe integer with
   *   0 ≤ maxInclusive − minInclusive < 2^53.
   * @returns a safe integer in [minInclusive, maxInclusive].
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` when minInclusive is not a safe integer
   *   (field `"minInclusive"`), or maxInclusive is not a safe integer, is below minInclusive, or
   *   spans 2^53 or more values from it (field `"maxInclusive"`).
   * @see D. Lemire (2019), "Fast random integer generation in an interval", ACM TOMACS 29(1), article 3
   *   (the threshold rejection method, as in OpenBSD's arc4random_uniform).
   */
  integer(minInclusive: number, maxInclusive: number): number;

  /**
   * A normal draw by the Marsaglia polar method: two uniforms u, v in (−1, 1) with
   * 0 < s = u² + v² < 1 give the independent standard normals u·√(−2 ln s / s) and v·√(−2 ln s / s).
   * The second is kept for the next call (and is part of {@link Rng.getState}). A standard normal
   * draw is at most 12.02 in absolute value (s ≥ 2^−104).
   *
   * @param mean - the mean: a finite number with |mean| ≤ 1e300 (default 0).
   * @param sd - the standard deviation: a finite number with 0 ≤ sd ≤ 1e300 (default 1); sd = 0
   *   returns mean.
   * @returns a finite double.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `"mean"` or `"sd"` when it is out
   *   of its domain.
   * @see G. Marsaglia & T. A. Bray (1964), "A convenient method for generating normal variables",
   *   SIAM Review 6(3), 260–264.
   */
  normal(mean?: number, sd?: number): number;

  /**
   * An exponential draw by inversion: −ln(1 − u) / rate with u = {@link Rng.uniform}() (1 − u is
   * exact and in (0, 1], so the draw is finite and at most 36.74 / rate).
   *
   * @param rate - the rate λ (mean 1/λ): a finite number ≥ 1e-300 (default 1).
   * @returns a double ≥ 0.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `"rate"` when it is out of its
   *   domain.
   * @see L. Devroye (1986), Non-Uniform Random Variate Generation, Springer, §II.2 (inversion).
   */
  exponential(rate?: number): number;

  /**
   * A gamma draw (density x^(shape−1) e^(−x/scale) / (Γ(shape) scale^shape)) by Marsaglia and
   * Tsang's squeeze-and-reject method for shape ≥ 1; for shape < 1, Gamma(shape + 1)·u^(1/shape)
   * with u uniform on (0, 1] (the boost from the same paper). A very small shape can give 0 when
   * the draw underflows.
   *
   * @param shape - the shape k: a finite number ≥ 1e-300.
   * @param scale - the scale θ (mean k·θ): a finite number > 0 with max(shape, 1)·scale ≤ 1e300
   *   (default 1).
   * @returns a finite double ≥ 0.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `"shape"` or `"scale"` when it is
   *   out of its domain (the bounds keep every draw finite and never NaN).
   * @see G. Marsaglia & W. W. Tsang (2000), "A simple method for generating gamma variables",
   *   ACM TOMS 26(3), 363–372.
   */
  gamma(shape: number, scale?: number): number;

  /**
   * A beta draw X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b), computed from the logarithms of the two
   * gamma draws as 1 / (1 + exp(ln Y − ln X)) so that neither underflow (small a or b) nor
   * overflow (huge a or b) can produce NaN. When a or b is small, draws closer to 0 or 1 than a
   * double can tell apart round to exactly 0 or 1.
   *
   * @param a - the first shape α: a finite number ≥ 1e-300.
   * @param b - the second shape β: a finite number ≥ 1e-300.
   * @returns a double in [0, 1].
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `"a"` or `"b"` when it is not a
   *   finite number ≥ 1e-300.
   * @see L. Devroye (1986), Non-Uniform Random Variate Generation, Springer, §IX.4.1 (beta from two
   *   gammas).
   */
  beta(a: number, b: number): number;

  /**
   * A Poisson draw: Knuth's multiplication method for mean < 10, and Hörmann's transformed rejection
   * with squeeze (PTRS) for mean ≥ 10, whose acceptance test uses Loader's saddle-point form of the
   * log-probability so it stays accurate for large means. mean = 0 returns 0.
   *
   * @param mean - the mean λ: a finite number with 0 ≤ mean ≤ 1e15 (so every draw is a safe
   *   integer).
   * @returns a safe integer ≥ 0.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `"mean"` when it is out of its
   *   domain.
   * @see D. E. Knuth (1997), The Art of Computer Programming, vol. 2, 3rd ed., §3.4.1 F.
   * @see W. Hörmann (1993), "The transformed rejection method for generating Poisson random
   *   variables", Insurance: Mathematics and Economics 12(1), 39–45.
   */
  poisson(mean: number): number;

  /**
   * A geometric draw counting the FAILURES before the first success in Bernoulli(p) trials, so the
   * support is {0, 1, 2, …} and P(X = k) = (1 − p)^k·p (add 1 for the number of trials). It uses
   * inversion, ⌊ln u / ln(1 − p)⌋ with u uniform on (0, 1]; p = 1 returns 0.
   *
   * @param p - the success probability: a number in [1e-14, 1] (so every draw is a safe integer).
   * @returns a safe integer ≥ 0.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `"p"` when it is out of its
   *   domain.
   * @see L. Devroye (1986), Non-Uniform Random Variate Generation, Springer, §X.2 (inversion).
   */
  geometric(p: number): number;

  /**
   * Fills `array` with {@link Rng.uniform} draws, in order (the values equal that many successive
   * `uniform()` calls), in one tight loop over local state.
   *
   * @param array - the array to overwrite.
   * @returns `array` itself.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `"array"` when it is not a
   *   `Float64Array`.
   */
  fill(array: Float64Array): Float64Array;

  /**
   * A new, independent generator derived deterministically from this one: four 32-bit outputs of
   * this generator (which advances by four steps) are taken as two 64-bit words, and the child's
   * state is the SplitMix64 finaliser of each. Splittable enough, not provably independent: the
   * child starts at an unrelated, pseudo-random point of the 2^128 − 1 cycle (the finaliser is
   * non-linear, xoshiro is linear), so the chance that n streams of length L ever overlap is about
   * n²·L / 2^128 — below 2^−60 for a million streams of 2^28 draws. The child has no cached normal.
   *
   * @returns a new generator; this one advances by four outputs.
   * @see G. L. Steele, D. Lea & C. H. Flood (2014), "Fast splittable pseudorandom number generators",
   *   OOPSLA 2014 (splitting by seeding from the parent's output through a mixing function).
   */
  split(): Rng;

  /**
   * The full state as a plain, JSON-serialisable array: the four xoshiro128** words s[0..3]
   * (integers in [0, 2^32)), followed by the cached second normal draw when there is one (five
   * numbers). Pass it to {@link Rng.setState} to resume the stream exactly.
   *
   * @returns a new array of 4 or 5 numbers.
   */
  getState(): number[];

  /**
   * Restores a state returned by {@link Rng.getState} (from this or any other generator), so the
   * next draws repeat the ones that followed it.
   *
   * @param state - four integers in [0, 2^32), not all zero, optionally followed by a finite number
   *   (the cached normal draw).
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `"state"` when it is not such an
   *   array.
   */
  setState(state: readonly number[]): void;
}
