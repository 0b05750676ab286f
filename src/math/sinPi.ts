/**
 * sin(πx) with the argument reduced exactly (|x| mod 2 and the reflections below are exact in
 * binary floating point), so that sinPi(n) is exactly 0 for every integer and the result is
 * accurate to rounding elsewhere, unlike `Math.sin(Math.PI * x)`.
 *
 * @internal
 * @param x - a finite number.
 * @returns sin(πx).
 */
export function sinPi(x: number): number {
  let sign = x < 0 ? -1 : 1;
  let r = Math.abs(x) % 2;
  if (r >= 1) {
    r -= 1;
    sign = -sign;
  }
  if (r > 0.5) r = 1 - r;
  return sign * (r <= 0.25 ? Math.sin(Math.PI * r) : Math.cos(Math.PI * (0.5 - r)));
}
