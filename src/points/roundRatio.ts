import type { RoundingMode } from "../_lib/RoundingMode.js";
import { addInt, divFloor, modInt, mulInt, type ExactInt } from "./exactInt.js";

/**
 * The exact ratio n / d (n ≥ 0, d > 0, integers) rounded to an integer with `mode`: the quotient
 * and remainder are computed exactly (doubles while safe, BigInt beyond), and the remainder is
 * compared with d (twice the remainder for the half modes), so no approximation ever decides a
 * rounding.
 *
 * @internal
 */
export function roundRatio(n: ExactInt, d: ExactInt, mode: RoundingMode): ExactInt {
  let q: ExactInt;
  let r: ExactInt;
  if (typeof n === "number" && typeof d === "number") {
    r = n % d;
    q = (n - r) / d;
  } else {
    q = divFloor(n, d);
    r = modInt(n, d);
  }
  if (r === 0 || r === 0n) return q;
  let up: boolean;
  switch (mode) {
    case "floor":
    case "down":
      return q;
    case "ceil":
    case "up":
      up = true;
      break;
    default: {
      const twice = mulInt(r, 2);
      if (twice > d) up = true;
      else if (twice < d) up = false;
      else up = mode === "half-up" || (mode === "half-even" && (typeof q === "number" ? q % 2 === 1 : q % 2n === 1n));
    }
  }
  return up ? addInt(q, 1) : q;
}
