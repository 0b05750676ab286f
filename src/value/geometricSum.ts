import { Decimal } from "../_lib/Decimal.js";

/** Σ_{k=0}^{n−1} ρ^k and ρ^n. @internal */
export interface GeometricSum {
  /** 1 + ρ + … + ρ^(n−1) (0 when n = 0). */
  readonly sum: Decimal;
  /** ρ^n. */
  readonly power: Decimal;
}

const ONE = new Decimal(1);

/**
 * The geometric sum 1 + ρ + … + ρ^(n−1), with ρ^n, for 0 ≤ ρ and n a safe integer ≥ 0, by binary
 * powering in O(log n) decimal operations: S(2k) = S(k)·(1 + ρ^k), S(k + 1) = 1 + ρ·S(k). Every
 * intermediate is a sum or product of non-negative numbers, so there is no cancellation (unlike the
 * closed form (1 − ρ^n) / (1 − ρ) when ρ is close to 1), and ρ = 1 needs no special case. Each of
 * the ≤ 4·log2(n) operations rounds to 34 significant digits.
 *
 * @internal
 */
export function geometricSum(rho: Decimal, n: number): GeometricSum {
  let sum = new Decimal(0);
  let power = ONE;
  const bits = n.toString(2);
  if (n === 0) return { sum, power };
  for (let b = 0; b < bits.length; b++) {
    // k → 2k
    sum = sum.times(ONE.plus(power));
    power = power.times(power);
    if (bits[b] === "1") {
      // k → k + 1
      sum = ONE.plus(rho.times(sum));
      power = power.times(rho);
    }
  }
  return { sum, power };
}
