import { invalidArgument } from "../_lib/invalidArgument.js";

/** Wichura's AS 241 (PPND16) coefficients, as published. Central region |p − ½| ≤ 0.425. */
const A = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457,
  67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
] as const;
const B = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061,
  28729.085735721942674, 5226.495278852854561,
] as const;
/** Intermediate tail, r = √(−ln min(p, 1 − p)) ≤ 5. */
const C = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258,
  0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
] as const;
const D = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459,
  0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
] as const;
/** Far tail, r > 5. */
const E = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093,
  0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
] as const;
const F = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4,
  1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15,
] as const;

function ratio(num: readonly number[], den: readonly number[], r: number): number {
  let n = num[7] as number;
  let d = den[7] as number;
  for (let i = 6; i >= 0; i--) {
    n = n * r + (num[i] as number);
    d = d * r + (den[i] as number);
  }
  return n / d;
}

/**
 * The quantile (inverse cumulative distribution function) of the normal distribution: the x with
 * P(X ≤ x) = p for X ~ Normal(mean, sd²).
 *
 * Method: Wichura's AS 241 (PPND16) rational approximations, accurate to about 1e-16 relative
 * for 1e-300 < p < 1 − 1e-16 (`normalQuantile(1e-300)` = −37.0471…). Near p = 1 the accuracy is
 * limited by p itself (1 − p carries fewer digits than p): for an upper quantile, pass the small
 * tail probability and negate, `-normalQuantile(1 - p)`.
 *
 * @param p - a probability in the open interval (0, 1).
 * @param mean - the mean (default 0), finite.
 * @param sd - the standard deviation (default 1), finite and > 0.
 * @returns the p-quantile.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` when p is not in (0, 1) (the quantiles of
 *   0 and 1 are infinite), or mean or sd are invalid.
 * @see M. J. Wichura (1988), "Algorithm AS 241: The percentage points of the normal distribution",
 *   Applied Statistics 37(3), 477–484.
 *
 * @example
 * ```ts
 * import { normalQuantile } from "patronage/math";
 *
 * normalQuantile(0.975); //=> 1.959963984540054
 * normalQuantile(1e-300); //=> -37.04710395803639
 * normalQuantile(0.5, 100, 15); //=> 100
 * ```
 */
export function normalQuantile(p: number, mean = 0, sd = 1): number {
  if (!(p > 0 && p < 1)) throw invalidArgument("p", p, "a probability in (0, 1)");
  if (!Number.isFinite(mean)) throw invalidArgument("mean", mean, "a finite number");
  if (!(sd > 0) || sd === Infinity) throw invalidArgument("sd", sd, "a finite number > 0");
  const q = p - 0.5;
  let z: number;
  if (Math.abs(q) <= 0.425) {
    z = q * ratio(A, B, 0.180625 - q * q);
  } else {
    const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    z = r <= 5 ? ratio(C, D, r - 1.6) : ratio(E, F, r - 5);
    if (q < 0) z = -z;
  }
  return mean + sd * z;
}
