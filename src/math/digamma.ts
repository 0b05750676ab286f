import { invalidArgument } from "../_lib/invalidArgument.js";

/** The positive root x₀ of ψ, split into a double and its remainder (mpmath, 40 digits). */
const ROOT_HIGH = 1.4616321449683622;
const ROOT_LOW = 9.549995429965697e-17;

/**
 * ψ^{(k)}(x₀) / k! for k = 1..42 (mpmath, 50 digits): the Taylor series of ψ about its root, used
 * on [1, 2], where |x − x₀| ≤ 0.54 and the terms shrink by a factor 0.37 or more.
 */
const ROOT_SERIES = [
  9.6767224544762117043e-1, -4.4276316898359210609e-1, 2.5849976095565101062e-1, -1.639427054424065275e-1,
  1.0782405069126236576e-1, -7.2199561256454710926e-2, 4.8804288164143107225e-2, -3.3161126474847359292e-2,
  2.259764823221810466e-2, -1.5424765904948959139e-2, 1.0538791616612175388e-2, -7.204534386356868241e-3,
  4.9267813957298534464e-3, -3.3698016554393280828e-3, 2.3051263267349278369e-3, -1.5769367714301972593e-3,
  1.0788252019162965807e-3, -7.3807093899600512957e-4, 5.0495326583460203518e-4, -3.4546802510630769956e-4,
  2.3635601564027052792e-4, -1.6170622091974803449e-4, 1.1063372768747410904e-4, -7.5691795821950659192e-5,
  5.178575795222080869e-5, -3.5430070947659606316e-5, 2.4240066118601317653e-5, -1.6584242271854133375e-5,
  1.1346384584663849807e-5, -7.7628176684620944253e-6, 5.3110609208898633873e-6, -3.6336507898010456684e-6,
  2.4860227331295379489e-6, -1.7008538854332606582e-6, 1.1636675363548842703e-6, -7.9614254312419704004e-7,
  5.4469419306694452785e-7, -3.7266161283438229589e-7, 2.5496265520215542567e-7, -1.7443695117727745218e-7,
  1.1934394829830242779e-7, -8.1651151894884088408e-8,
] as const;

/** B_{2k} / (2k) for k = 1..8: ψ(x) ~ ln x − 1/(2x) − Σ B_{2k} / (2k x^{2k}) (DLMF 5.11.2). */
const ASYMPTOTIC = [1 / 12, -1 / 120, 1 / 252, -1 / 240, 1 / 132, -691 / 32760, 1 / 12, -3617 / 8160] as const;

function digammaPositive(x: number): number {
  if (x >= 10) {
    const w = 1 / (x * x);
    let series = ASYMPTOTIC[7];
    for (let k = 6; k >= 0; k--) series = series * w + (ASYMPTOTIC[k] as number);
    return Math.log(x) - 0.5 / x - series * w;
  }
  // Bring x into [1, 2]: ψ(x) = ψ(x + 1) − 1/x below, ψ(x) = ψ(x − 1) + 1/(x − 1) above.
  let y = x;
  let shift = 0;
  while (y < 1) {
    shift -= 1 / y;
    y += 1;
  }
  while (y > 2) {
    y -= 1;
    shift += 1 / y;
  }
  const delta = y - ROOT_HIGH - ROOT_LOW;
  let sum = ROOT_SERIES[ROOT_SERIES.length - 1] as number;
  for (let k = ROOT_SERIES.length - 2; k >= 0; k--) sum = sum * delta + (ROOT_SERIES[k] as number);
  return sum * delta + shift;
}

/**
 * The digamma function ψ(x) = Γ′(x) / Γ(x).
 *
 * Method: for x ≥ 10, the asymptotic series with eight Bernoulli terms (DLMF 5.11.2); for
 * 0 < x < 10, the recurrence ψ(x + 1) = ψ(x) + 1/x (DLMF 5.5.2) into [1, 2] and there a Taylor
 * series about the positive root x₀ = 1.4616321449683623…, so the relative accuracy holds next to
 * the zero (as Boost.Math does with a rational approximation); for x < 0, the reflection ψ(1 − x) − ψ(x) = π cot(πx) (DLMF 5.5.4). Relative error is
 * below 1e-14 for x > 0; for x < 0 the error is relative to the terms of the reflection, so it is
 * absolute (about 1e-15 · |π cot(πx)|) close to the negative zeros.
 *
 * @param x - a finite number that is not 0 or a negative integer (the poles of ψ).
 * @returns ψ(x).
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` when x is NaN, infinite or a pole.
 * @see NIST DLMF §5.5, §5.11 (https://dlmf.nist.gov/5).
 *
 * @example
 * ```ts
 * import { digamma } from "patronage/math";
 *
 * digamma(1); //=> -0.5772156649015329 (−γ)
 * digamma(0.5); //=> -1.9635100260214235 (−γ − 2 ln 2)
 * ```
 */
export function digamma(x: number): number {
  if (x > 0 && x < Infinity) return digammaPositive(x);
  if (!(x < 0) || x === -Infinity || Number.isInteger(x)) {
    throw invalidArgument("x", x, "a finite number that is not zero or a negative integer");
  }
  // ψ(x) = ψ(1 − x) − π / tan(πx), with πx reduced exactly: tan(πx) = tan(π·(x mod 1)).
  const r = x - Math.floor(x);
  return digammaPositive(1 - x) - Math.PI / Math.tan(Math.PI * r);
}
