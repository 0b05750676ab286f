/**
 * The low 64 bits of the product of two unsigned 64-bit integers, each given as two 32-bit halves,
 * computed with 32-bit operations only (16-bit limbs for the high half of the low product), so the
 * result is exact on every JavaScript engine.
 *
 * @internal
 * @param aHigh - bits 32–63 of the first factor (a uint32).
 * @param aLow - bits 0–31 of the first factor (a uint32).
 * @param bHigh - bits 32–63 of the second factor (a uint32).
 * @param bLow - bits 0–31 of the second factor (a uint32).
 * @param out - receives the product: `out[offset]` the low half, `out[offset + 1]` the high half.
 * @param offset - where in `out` to write.
 */
export function multiplyUint64(
  aHigh: number,
  aLow: number,
  bHigh: number,
  bLow: number,
  out: Uint32Array,
  offset: number,
): void {
  // High 32 bits of the 64-bit product aLow × bLow, by 16-bit limbs (every partial product < 2^32).
  const a1 = aLow >>> 16;
  const a0 = aLow & 0xffff;
  const b1 = bLow >>> 16;
  const b0 = bLow & 0xffff;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const middle = ((a0 * b0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const carry = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (middle >>> 16);
  out[offset] = Math.imul(aLow, bLow);
  out[offset + 1] = carry + Math.imul(aLow, bHigh) + Math.imul(aHigh, bLow);
}
