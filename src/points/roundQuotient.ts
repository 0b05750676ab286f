import type { RoundingMode } from "../_lib/RoundingMode.js";
import { addInt, mulInt, normInt, type ExactInt } from "./exactInt.js";

/**
 * `numerator / denominator` (integers, `denominator > 0`, either sign of numerator) rounded to an
 * integer in `mode`, exactly: the floor quotient and the remainder are computed exactly — on
 * doubles while both are safe integers (`%` and the division of an exact multiple are exact
 * there), on BigInt beyond — and the remainder is compared with the denominator (twice the
 * remainder for the half modes), so no approximation ever decides a rounding. The result is a
 * number when it is a safe integer, a bigint beyond (see `exactInt.ts`).
 *
 * @internal
 */
export function roundQuotient(numerator: ExactInt, denominator: ExactInt, mode: RoundingMode): ExactInt {
  let floor: ExactInt;
  let remainder: ExactInt;
  if (typeof numerator === "number" && typeof denominator === "number") {
    remainder = numerator % denominator;
    floor = (numerator - remainder) / denominator;
    if (remainder < 0) {
      floor -= 1;
      remainder += denominator;
    }
  } else {
    const d = BigInt(denominator);
    let q = BigInt(numerator) / d;
    let r = BigInt(numerator) % d;
    if (r < 0n) {
      q -= 1n;
      r += d;
    }
    floor = normInt(q);
    remainder = normInt(r);
  }
  if (remainder === 0 || remainder === 0n) return floor;
  const positive = numerator > 0;
  let up: boolean;
  switch (mode) {
    case "floor":
      return floor;
    case "ceil":
      up = true;
      break;
    case "down":
      up = !positive;
      break;
    case "up":
      up = positive;
      break;
    default: {
      const twice = mulInt(remainder, 2);
      if (twice < denominator) up = false;
      else if (twice > denominator) up = true;
      else if (mode === "half-up") up = positive;
      else if (mode === "half-down") up = !positive;
      else up = typeof floor === "number" ? floor % 2 !== 0 : floor % 2n !== 0n;
    }
  }
  return up ? addInt(floor, 1) : floor;
}
