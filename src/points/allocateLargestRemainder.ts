import { addInt, divFloor, modInt, mulInt, type ExactInt } from "./exactInt.js";

/**
 * Splits `total` (a safe integer ≥ 0) over `weights` (integers ≥ 0; with `pick`, over
 * `weights[pick[i]]`) by the largest-remainder
 * method: each part is ⌊total · wᵢ / W⌋, and the points left go one each to the largest remainders
 * (ties to the earlier index). When every weight is 0 the whole total goes to index 0. The parts
 * sum to `total` exactly, and no part exceeds its exact share rounded up. O(n log n): the points
 * left are handed out in order of remainder.
 *
 * @see the Hamilton (largest-remainder) apportionment method.
 * @internal
 */
export function allocateLargestRemainder(total: number, weights: readonly ExactInt[], pick?: readonly number[]): number[] {
  const n = pick === undefined ? weights.length : pick.length;
  const parts: number[] = [];
  for (let i = 0; i < n; i++) parts.push(0);
  if (n === 0 || total === 0) return parts;
  let sum: ExactInt = 0;
  for (let i = 0; i < n; i++) sum = addInt(sum, weights[pick === undefined ? i : (pick[i] as number)] as ExactInt);
  if (sum === 0 || sum === 0n) {
    parts[0] = total;
    return parts;
  }
  if (n === 1) {
    parts[0] = total;
    return parts;
  }
  const remainders = new Array<ExactInt>(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const product = mulInt(total, weights[pick === undefined ? i : (pick[i] as number)] as ExactInt);
    const q = Number(divFloor(product, sum));
    parts[i] = q;
    remainders[i] = modInt(product, sum);
    given += q;
  }
  // Fewer than n points are left: one each to the `left` largest remainders (the earlier index on
  // ties). A few are picked by scanning; more by sorting the indexes, O(n log n).
  const left = total - given;
  if (left === 0) return parts;
  if (left <= 4) {
    for (let k = 0; k < left; k++) {
      let best = -1;
      let bestRemainder: ExactInt = -1;
      for (let i = 0; i < n; i++) {
        const r = remainders[i] as ExactInt;
        if (r > bestRemainder) {
          best = i;
          bestRemainder = r;
        }
      }
      parts[best] = (parts[best] as number) + 1;
      remainders[best] = -1;
    }
    return parts;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => {
    const ra = remainders[a] as ExactInt;
    const rb = remainders[b] as ExactInt;
    return ra > rb ? -1 : ra < rb ? 1 : a - b;
  });
  for (let k = 0; k < left; k++) {
    const i = order[k] as number;
    parts[i] = (parts[i] as number) + 1;
  }
  return parts;
}
