import type { Rng } from "../math/index.js";

/** Below this many trials the draw counts uniforms directly. */
const DIRECT = 32;

/**
 * An exact Binomial(trials, p) draw in O(log trials) beta draws, by Knuth's order-statistic
 * splitting: with a = 1 + ⌊t/2⌋, X ~ Beta(a, t + 1 − a) is the a-th smallest of t uniforms; if
 * X ≥ p, the count is that of the a − 1 uniforms below X that fall below p, Binomial(a − 1, p/X);
 * otherwise it is a plus Binomial(t − a, (p − X)/(1 − X)) among those above X. Below 32 trials it
 * counts uniforms below p. No allocation.
 *
 * @param trials - a safe integer ≥ 0.
 * @param p - a probability in [0, 1].
 * @see D. E. Knuth (1997), The Art of Computer Programming, vol. 2, 3rd ed., §3.4.1 F (binomial
 *   distribution via beta splitting).
 * @internal
 */
export function sampleBinomial(rng: Rng, trials: number, p: number): number {
  let t = trials;
  let q = p;
  let count = 0;
  while (t >= DIRECT) {
    if (q <= 0) return count;
    if (q >= 1) return count + t;
    const a = 1 + Math.floor(t / 2);
    const b = t + 1 - a;
    const x = rng.beta(a, b);
    if (x >= q) {
      t = a - 1;
      q = q / x;
    } else {
      count += a;
      t = b - 1;
      q = (q - x) / (1 - x);
    }
  }
  if (q <= 0) return count;
  if (q >= 1) return count + t;
  for (let i = 0; i < t; i++) if (rng.uniform() < q) count++;
  return count;
}
