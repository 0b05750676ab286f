/**
 * `log(1 + x) − x` without the cancellation of the direct formula near 0.
 *
 * For −0.5 ≤ x ≤ 1 it uses y = x / (2 + x), for which log(1 + x) = 2 atanh(y) and x − 2y = x·y, so
 * log(1 + x) − x = −x·y + 2 Σ_{k≥1} y^{2k+1} / (2k + 1), with |y| ≤ ⅓ (DLMF 4.6.4 with 4.37.24).
 * Outside that range the direct formula has no harmful cancellation.
 *
 * @internal
 * @param x - a finite number > −1.
 * @returns log(1 + x) − x.
 */
export function log1pmx(x: number): number {
  if (x < -0.5 || x > 1) return Math.log1p(x) - x;
  const y = x / (2 + x);
  const y2 = y * y;
  let power = y * y2;
  let sum = 0;
  for (let k = 3; k < 80; k += 2) {
    const term = power / k;
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
    power *= y2;
  }
  return 2 * sum - x * y;
}
