import { multiplyUint64 } from "./multiplyUint64.js";

/**
 * The SplitMix64 output function ("mix64", variant 13 of Stafford's MurmurHash3 finaliser) of the
 * 64-bit word `high·2^32 + low`: a bijection of 64-bit words, written with 32-bit operations.
 * Writes the low half to `out[offset]` and the high half to `out[offset + 1]`.
 *
 * @internal
 * @param high - bits 32–63 (a uint32).
 * @param low - bits 0–31 (a uint32).
 * @param out - receives the result.
 * @param offset - where in `out` to write.
 * @see G. L. Steele, D. Lea & C. H. Flood (2014), "Fast splittable pseudorandom number generators",
 *   OOPSLA 2014, doi:10.1145/2660193.2660195; C code https://prng.di.unimi.it/splitmix64.c.
 */
export function splitMix64Mix(high: number, low: number, out: Uint32Array, offset: number): void {
  let h = high >>> 0;
  let l = low >>> 0;
  // z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9
  l = (l ^ ((l >>> 30) | (h << 2))) >>> 0;
  h = (h ^ (h >>> 30)) >>> 0;
  // The products go through out[offset..offset + 1], which receives the result at the end anyway.
  multiplyUint64(h, l, 0xbf58476d, 0x1ce4e5b9, out, offset);
  l = out[offset] as number;
  h = out[offset + 1] as number;
  // z = (z ^ (z >>> 27)) * 0x94d049bb133111eb
  l = (l ^ ((l >>> 27) | (h << 5))) >>> 0;
  h = (h ^ (h >>> 27)) >>> 0;
  multiplyUint64(h, l, 0x94d049bb, 0x133111eb, out, offset);
  l = out[offset] as number;
  h = out[offset + 1] as number;
  // z ^ (z >>> 31)
  out[offset] = l ^ ((l >>> 31) | (h << 1));
  out[offset + 1] = h ^ (h >>> 31);
}

/**
 * Seeds a 128-bit state from the 64-bit word `high·2^32 + low` with SplitMix64, as Blackman and
 * Vigna recommend for the xoshiro family: the generator starts at the seed, adds the golden gamma
 * 0x9e3779b97f4a7c15 before each output, and its first two outputs fill `out[0..3]` (each low half
 * first). The two outputs are distinct images of a bijection, so the four words are never all zero.
 *
 * @internal
 * @param high - bits 32–63 of the seed (a uint32).
 * @param low - bits 0–31 of the seed (a uint32).
 * @param out - receives the four state words.
 * @see G. L. Steele, D. Lea & C. H. Flood (2014), "Fast splittable pseudorandom number generators",
 *   OOPSLA 2014; https://prng.di.unimi.it/ ("we suggest to use a SplitMix64 to initialize the state").
 */
export function splitMix64Seed(high: number, low: number, out: Uint32Array): void {
  let h = high >>> 0;
  let l = low >>> 0;
  for (let i = 0; i < 4; i += 2) {
    // x += 0x9e3779b97f4a7c15, with the carry from the low half.
    const sum = l + 0x7f4a7c15;
    l = sum >>> 0;
    h = (h + 0x9e3779b9 + (sum > 0xffffffff ? 1 : 0)) >>> 0;
    splitMix64Mix(h, l, out, i);
  }
}
