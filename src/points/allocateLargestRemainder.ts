import { addInt, divFloor, modInt, mulInt, subInt, type ExactInt } from "./exactInt.js";

/**
 * Splits `total` (an integer ≥ 0) over `weights` (integers ≥ 0; with `pick`, over
 * `weights[pick[i]]`) by the largest-remainder
 * method: each part is ⌊total · wᵢ / W⌋, and the points left go one each to the largest remainders
 * (ties to the earlier index). When every weight is 0 the whole total goes to index 0. The parts
 * sum to `total` exactly, and no part exceeds its exact share rounded up. O(n log n): the points
 * left are handed out in order of remainder. Exact on `number | bigint` (see `exactInt.ts`): a
 * safe-integer `total` gives number parts (the earning rules' points), a bigint one (money units in
 * {@link allocateTransactionPrice}) may give bigint parts.
 *
 * @see the Hamilton (largest-remainder) apportionment method.
 * @internal
 */
export function allocateLargestRemainder(total: number, weights: readonly ExactInt[], pick?: readonly number[]): number[];
export function allocateLargestRemainder(total: ExactInt, weights: readonly ExactInt[], pick?: readonly number[]): ExactInt[];
export function allocateLargestRemainder(total: ExactInt, weights: readonly ExactInt[], pick?: readonly number[]): ExactInt[] {
  const n = pick === undefined ? weights.length : pick.length;
  if (n === 1) return [total];
  const parts = new Array<ExactInt>(n);
  for (let i = 0; i < n; i++) parts[i] = 0;
  if (n === 0 || total === 0 || total === 0n) return parts;
  let sum: ExactInt = 0;
  for (let i = 0; i < n; i++) sum = addInt(sum, weights[pick === undefined ? i : (pick[i] as number)] as ExactInt);
  if (sum === 0 || sum === 0n) {
    parts[0] = total;
    return parts;
  }
  if (n === 2) {
    // At most one point is left (the two remainders are each below the sum): to the larger remainder.
    const p0 = mulInt(total, weights[pick === undefined ? 0 : (pick[0] as number)] as ExactInt);
    const p1 = mulInt(total, weights[pick === undefined ? 1 : (pick[1] as number)] as ExactInt);
    const q0 = divFloor(p0, sum);
    const q1 = divFloor(p1, sum);
    parts[0] = q0;
    parts[1] = q1;
    if (addInt(q0, q1) < total) {
      if (modInt(p0, sum) >= modInt(p1, sum)) parts[0] = addInt(q0, 1);
      else parts[1] = addInt(q1, 1);
    }
    return parts;
  }
  const remainders = new Array<ExactInt>(n);
  let given: ExactInt = 0;
  for (let i = 0; i < n; i++) {
    const product = mulInt(total, weights[pick === undefined ? i : (pick[i] as number)] as ExactInt);
    const q = divFloor(product, sum);
    parts[i] = q;
    remainders[i] = modInt(product, sum);
    given = addInt(given, q);
  }
  // Fewer than n points are left: one each to the `left` largest remainders (the earlier index on
  // ties). A few are picked by scanning; more by sorting the indexes, O(n log n).
  const left = Number(subInt(total, given));
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
      parts[best] = addInt(parts[best] as ExactInt, 1);
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
    parts[i] = addInt(parts[i] as ExactInt, 1);
  }
  return parts;
}
