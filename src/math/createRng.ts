import { invalidArgument } from "../_lib/invalidArgument.js";
import { hashStringFnv1a64 } from "./hashStringFnv1a64.js";
import type { Rng } from "./Rng.js";
import { splitMix64Seed } from "./splitMix64.js";
import { Xoshiro128StarStarRng } from "./Xoshiro128StarStarRng.js";

const TWO_POW_32 = 4294967296;

/**
 * Creates a seeded, fast pseudo-random generator with distribution draws (see {@link Rng}).
 *
 * The generator is xoshiro128** 1.1 (Blackman & Vigna 2018): 128 bits of state, period 2^128 − 1,
 * 4-dimensionally equidistributed 32-bit outputs, and no systematic failures in TestU01's BigCrush
 * according to its authors. It runs on 32-bit integer arithmetic only, so a seed gives the same
 * integer and uniform stream on every platform and engine.
 *
 * Seeding: an integer seed is read as a 64-bit two's-complement word (so −1 is 2^64 − 1); a string
 * seed is first hashed to a 64-bit word with FNV-1a 64 over its UTF-8 bytes (lone surrogates read as
 * U+FFFD; the empty string is allowed). The 64-bit word then seeds SplitMix64, whose first two
 * outputs fill the four state words, as Vigna recommends: distinct 64-bit words give distinct,
 * unrelated states (the first output is a bijection of the seed), and the state is never all zero.
 * Two different strings, or a string and an integer, map to the same word with probability 2^−64
 * per pair.
 *
 * The generator is deterministic and not cryptographically secure.
 *
 * @param seed - a safe integer (`Number.isSafeInteger`), or any string.
 * @returns a new generator.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `"seed"` when it is neither a safe
 *   integer nor a string (NaN, ±Infinity, 1.5, 2^53 …).
 * @see D. Blackman & S. Vigna (2018), "Scrambled linear pseudorandom number generators",
 *   arXiv:1805.01407 (ACM TOMS 47(4), 2021); reference code https://prng.di.unimi.it/xoshiro128starstar.c.
 * @see G. L. Steele, D. Lea & C. H. Flood (2014), "Fast splittable pseudorandom number generators",
 *   OOPSLA 2014 (SplitMix64, used for seeding and for {@link Rng.split}).
 * @see G. Fowler, L. C. Noll, K.-P. Vo & D. Eastlake, "The FNV Non-Cryptographic Hash Algorithm",
 *   IETF draft-eastlake-fnv (FNV-1a 64, used for string seeds).
 *
 * @example
 * ```ts
 * import { createRng } from "patronage/math";
 *
 * const rng = createRng(42);
 * rng.nextUint32(); //=> 1776835114
 * rng.uniform(); //=> 0.969787284761548
 * rng.integer(1, 6); //=> 3
 * rng.split().nextUint32(); //=> 3115419941 (a child stream)
 * createRng("customer-42").nextUint32(); //=> 3869604372
 * createRng(7).fill(new Float64Array(3));
 * //=> Float64Array [0.4193505224726699, 0.6968157502682852, 0.4836025107011258]
 * ```
 */
export function createRng(seed: number | string): Rng {
  const state = new Uint32Array(4);
  if (typeof seed === "string") {
    hashStringFnv1a64(seed, state);
    splitMix64Seed(state[1] as number, state[0] as number, state);
  } else if (Number.isSafeInteger(seed)) {
    splitMix64Seed(Math.floor(seed / TWO_POW_32), seed, state);
  } else {
    throw invalidArgument("seed", seed, "a safe integer or a string");
  }
  return new Xoshiro128StarStarRng(state);
}
