import { Decimal } from "../_lib/Decimal.js";
import { mulInt, normInt, pow10, type ExactInt } from "./exactInt.js";
import { formatScaled } from "./formatScaled.js";

/** An exact decimal `units / 10^scale`, with no trailing zero in its fraction. @internal */
export interface ScaledDecimal {
  readonly units: ExactInt;
  readonly scale: number;
}

/**
 * Reads a plain-notation decimal string or a finite number (through its shortest round-trip
 * digits, so `0.1` is one tenth) into a {@link ScaledDecimal}; `null` when it is neither or is
 * negative (`"-0"` is zero).
 *
 * @internal
 */
export function readScaledDecimal(value: unknown): ScaledDecimal | null {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value) && value >= 0) return { units: value, scale: 0 };
    if (!Number.isFinite(value) || value < 0) return null;
    // Shortest digits of at most 15 significant digits: r / 10^k is correctly rounded, and such
    // decimals round-trip, so r / 10^k === value means r·10^−k is the value's shortest decimal.
    for (let k = 1; k <= 15; k++) {
      const p = pow10(k) as number;
      const r = Math.round(value * p);
      if (r > 999_999_999_999_999) break;
      if (r / p === value) return r % 10 === 0 ? readScaledDecimal(String(value)) : { units: r, scale: k };
    }
    return readScaledDecimal(new Decimal(value).toFixed());
  }
  if (typeof value !== "string") return null;
  const len = value.length;
  let i = 0;
  let negative = false;
  const sign = value.charCodeAt(0);
  if (sign === 43 || sign === 45) {
    negative = sign === 45;
    i = 1;
  }
  const start = i;
  // One pass: the digits as an integer (exact while there are at most 15 of them: < 10^15 < 2^53),
  // the position of the point, and the zeros ending the fraction (trimmed from the result).
  let units = 0;
  let digits = 0;
  let point = -1;
  let zeros = 0;
  for (; i < len; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) {
      digits++;
      units = units * 10 + c;
      if (point >= 0) zeros = c === 0 ? zeros + 1 : 0;
    } else if (c === -2 && point < 0) {
      point = i;
    } else {
      return null;
    }
  }
  if (digits === 0) return null;
  const scale = point < 0 ? 0 : len - point - 1 - zeros;
  if (digits <= 15) {
    if (negative && units !== 0) return null;
    // units is a multiple of 10^zeros, so the division is exact.
    return { units: zeros === 0 ? units : units / (pow10(zeros) as number), scale };
  }
  const text = point < 0 ? value.slice(start) : value.slice(start, point) + value.slice(point + 1, len - zeros);
  const big = normInt(BigInt(text));
  if (negative && big !== 0) return null;
  return { units: big, scale };
}

/** `d` at a larger scale: its units × 10^(scale − d.scale). @internal */
export function unitsAt(d: ScaledDecimal, scale: number): ExactInt {
  return scale === d.scale ? d.units : mulInt(d.units, pow10(scale - d.scale));
}

/** Integer `units` at `scale` as a canonical plain decimal string (no trailing fraction zeros). @internal */
export function formatTrimmed(units: ExactInt, scale: number): string {
  const text = formatScaled(BigInt(units), scale);
  return scale === 0 ? text : text.replace(/\.?0+$/, "");
}
