/**
 * The sign of Γ(x): +1 for x > 0; for x < 0 (not an integer), (−1)^⌈−x⌉, that is −1 on (−1, 0),
 * +1 on (−2, −1), and so on (DLMF 5.2.1 with the reflection 5.5.3).
 *
 * @internal
 * @param x - a finite number that is not 0 or a negative integer (a pole of Γ); not checked.
 * @returns +1 or −1.
 */
export function gammaSign(x: number): number {
  return x > 0 || Math.floor(x) % 2 === 0 ? 1 : -1;
}
