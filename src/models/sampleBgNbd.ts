import { assertSafeInteger } from "../_lib/assertSafeInteger.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import type { Rng } from "../math/index.js";
import type { Shift } from "./bgNbdFormulas.js";

/** The largest Poisson mean the generator draws from. */
const MAX_POISSON_MEAN = 1e15;

/** Smallest dropout probability the geometric draw accepts; below it the customer never drops out in practice. */
const MIN_P = 1e-14;

/**
 * Simulates `count` customers of the BG/NBD (`shift` 0) or MBG/NBD (`shift` 1), customer i observed
 * for T[i] from the first purchase. λ ~ Gamma(r, 1/α) and p ~ Beta(a, b); the purchase opportunities
 * of (0, T] are N ~ Poisson(λT); the number of repeat purchases made before dropping out is
 * K ~ Geometric(p) on {s', s' + 1, …} (failures before the first success, plus 1 for BG/NBD, whose
 * first coin is thrown after the first repeat purchase; MBG/NBD throws one at time 0). Then
 * x = min(N, K) and, given N, the x-th of N uniform arrival times is T·Beta(x, N − x + 1).
 *
 * @internal
 */
export function sampleBgNbd(
  params: { readonly r: number; readonly alpha: number; readonly a: number; readonly b: number },
  s: Shift,
  count: number,
  T: number | ArrayLike<number>,
  rng: Rng,
): { frequency: Float64Array; recency: Float64Array; T: Float64Array } {
  assertSafeInteger(count, "count", 0);
  const horizon = new Float64Array(count);
  if (typeof T === "number") {
    if (!(T >= 0 && T < Infinity)) throw invalidArgument("T", T, "a finite number ≥ 0, or an array of them");
    horizon.fill(T);
  } else {
    if (typeof T !== "object" || T === null || T.length !== count) throw invalidArgument("T", T, `a finite number ≥ 0, or an array of ${count} of them`);
    for (let i = 0; i < count; i++) {
      const v = T[i];
      if (typeof v !== "number" || !(v >= 0 && v < Infinity)) throw invalidArgument(`T[${i}]`, v, "a finite number ≥ 0");
      horizon[i] = v;
    }
  }
  if (typeof rng !== "object" || rng === null || typeof rng.uniform !== "function") throw invalidArgument("rng", rng, "an Rng (createRng)");
  const { r, alpha, a, b } = params;
  const frequency = new Float64Array(count);
  const recency = new Float64Array(count);
  const scale = 1 / alpha;
  for (let i = 0; i < count; i++) {
    const Ti = horizon[i]!;
    const lambda = rng.gamma(r, scale);
    const p = rng.beta(a, b);
    const mean = lambda * Ti;
    if (mean > MAX_POISSON_MEAN) {
      throw invalidArgument("T", T, `short enough that a customer's expected purchases λT stay ≤ 1e15 (a draw of λ = ${lambda} gives λT = ${mean}; α = ${alpha} is a very short time scale)`);
    }
    const n = Ti === 0 ? 0 : rng.poisson(mean);
    const k = p < MIN_P ? Infinity : rng.geometric(p) + (1 - s);
    const x = n < k ? n : k;
    frequency[i] = x;
    recency[i] = x === 0 ? 0 : x === n ? Ti * Math.pow(rng.uniform(), 1 / n) : Ti * rng.beta(x, n - x + 1);
  }
  return { frequency, recency, T: horizon };
}
