import type { RoundingMode } from "../_lib/RoundingMode.js";

/**
 * `numerator / denominator` rounded to an integer in `mode`, exactly (`denominator > 0n`).
 *
 * @internal
 */
export function roundQuotient(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  let floor = numerator / denominator;
  let remainder = numerator % denominator;
  if (remainder < 0n) {
    floor -= 1n;
    remainder += denominator;
  }
  if (remainder === 0n) return floor;
  const positive = numerator > 0n;
  switch (mode) {
    case "floor":
      return floor;
    case "ceil":
      return floor + 1n;
    case "down":
      return positive ? floor : floor + 1n;
    case "up":
      return positive ? floor + 1n : floor;
    default: {
      const twice = 2n * remainder;
      if (twice < denominator) return floor;
      if (twice > denominator) return floor + 1n;
      if (mode === "half-up") return positive ? floor + 1n : floor;
      if (mode === "half-down") return positive ? floor : floor + 1n;
      return floor % 2n === 0n ? floor : floor + 1n;
    }
  }
}
