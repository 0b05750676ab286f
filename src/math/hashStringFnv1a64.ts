import { multiplyUint64 } from "./multiplyUint64.js";

/** FNV-1a 64-bit offset basis 0xcbf29ce484222325, in 32-bit halves. */
const OFFSET_HIGH = 0xcbf29ce4;
const OFFSET_LOW = 0x84222325;
/** FNV 64-bit prime 2^40 + 2^8 + 0xb3 = 0x100000001b3, in 32-bit halves. */
const PRIME_HIGH = 0x100;
const PRIME_LOW = 0x1b3;

/**
 * The FNV-1a 64-bit hash of the UTF-8 encoding of `text`, computed with 32-bit operations. A lone
 * UTF-16 surrogate is encoded as U+FFFD, as `TextEncoder` does. Writes the low half of the hash to
 * `out[0]` and the high half to `out[1]`.
 *
 * @internal
 * @param text - any string (the empty string hashes to the offset basis).
 * @param out - receives the hash.
 * @see G. Fowler, L. C. Noll, K.-P. Vo & D. Eastlake, "The FNV Non-Cryptographic Hash Algorithm",
 *   IETF draft-eastlake-fnv, §2 (FNV-1a) and §2.1 (64-bit parameters).
 */
export function hashStringFnv1a64(text: string, out: Uint32Array): void {
  out[0] = OFFSET_LOW;
  out[1] = OFFSET_HIGH;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        c = 0xfffd;
      }
    }
    if (c < 0x80) {
      addByte(c, out);
    } else if (c < 0x800) {
      addByte(0xc0 | (c >>> 6), out);
      addByte(0x80 | (c & 0x3f), out);
    } else if (c < 0x10000) {
      addByte(0xe0 | (c >>> 12), out);
      addByte(0x80 | ((c >>> 6) & 0x3f), out);
      addByte(0x80 | (c & 0x3f), out);
    } else {
      addByte(0xf0 | (c >>> 18), out);
      addByte(0x80 | ((c >>> 12) & 0x3f), out);
      addByte(0x80 | ((c >>> 6) & 0x3f), out);
      addByte(0x80 | (c & 0x3f), out);
    }
  }
}

/** One FNV-1a round: xor the byte into the low half, then multiply by the FNV prime mod 2^64. */
function addByte(byte: number, out: Uint32Array): void {
  multiplyUint64(out[1] as number, ((out[0] as number) ^ byte) >>> 0, PRIME_HIGH, PRIME_LOW, out, 0);
}
