import { expm1OverS } from "./expm1OverS.js";
import { sinPi } from "./sinPi.js";
import { STIRLING_COEFFICIENTS } from "./stirlingCorrection.js";

/** ln(1 + t) / t, continuous at t = 0 (relative accuracy to rounding, via `Math.log1p`). */
function log1pOverT(t: number): number {
  return t === 0 ? 1 : Math.log1p(t) / t;
}

/** The quotient for x ≥ 10 and x + h ≥ 10, by differencing Stirling's series term by term. */
function stirlingQuotient(x: number, h: number, sum: number): number {
  // With t = h / x, lnΓ(x + h) − lnΓ(x) = (x − ½) ln(1 + t) + h ln(x + h) − h
  //   + Σ c_k x^{1−2k} ((1 + t)^{1−2k} − 1);
  // every difference is written with log1p / expm1, so nothing cancels as h → 0.
  const t = h / x;
  const l = log1pOverT(t);
  const w = 1 / (x * x);
  let power = w;
  let correction = 0;
  for (let k = 1; k <= 8; k++) {
    const odd = 1 - 2 * k;
    correction += (STIRLING_COEFFICIENTS[k - 1] as number) * odd * power * l * expm1OverS(odd * t * l);
    power *= w;
  }
  return ((x - 0.5) * l) / x + Math.log(sum) - 1 + correction;
}

/**
 * The difference quotient (ln|Γ(x + h)| − ln|Γ(x)|) / h, and its limit ψ(x) (the digamma function)
 * at h = 0, without the cancellation of subtracting two values of log Γ: accurate to a few units of
 * rounding relative to the terms below, also for |h| ≪ 1. Used by the degenerate-case (c − a − b
 * close to an integer) branch of `hyp2f1`, where (Γ(x + ε) / Γ(x) − 1) / ε is needed for ε → 0.
 *
 * Method: for x ≥ 10 and x + h ≥ 10, Stirling's series (DLMF 5.11.1) with each term differenced
 * by log1p / expm1; below, the recurrence Γ(x + 1) = xΓ(x) (DLMF 5.5.1), each step contributing
 * ln|(u + h) / u| / h; for x < 0, the reflection formula (DLMF 5.5.3) with
 * sin(π(x + h)) / sin(πx) = cos(πh) + cot(πx) sin(πh). The recurrence takes about
 * max(0, 10 − x, 10 − x − h) steps, so callers keep x and x + h moderate or positive.
 *
 * Next to a pole of Γ(x + h) the quotient depends on x + h to full relative precision, which
 * x + h rounded from a rounded h may not have: `sum` passes x + h exactly when the caller has it
 * (as c − a, say, rather than b + m + ε).
 *
 * @internal
 * @param x - a finite number, not 0 or a negative integer; not checked.
 * @param h - a finite step with x + h also not 0 or a negative integer; not checked.
 * @param sum - x + h, as exactly as the caller knows it (default: x + h rounded).
 * @returns (ln|Γ(x + h)| − ln|Γ(x)|) / h, or ψ(x) when h = 0.
 */
export function logGammaDifferenceQuotient(x: number, h: number, sum: number = x + h): number {
  if (x < 0) {
    // ln|Γ(x)| = ln π − ln|sin πx| − lnΓ(1 − x), so the quotient is
    // −ln|sin π(x + h) / sin πx| / h + Q(1 − x, −h), and sin π(x + h) / sin πx = 1 + r with
    // r = cot(πx) sin(πh) − 2 sin²(πh / 2).
    const f = x - Math.round(x);
    const cot = Math.cos(Math.PI * f) / sinPi(f);
    const half = Math.sin((Math.PI * h) / 2);
    const rOverH = h === 0 ? Math.PI * cot : (cot * Math.sin(Math.PI * h) - 2 * half * half) / h;
    const r = rOverH * h;
    const logRatio = Math.abs(r) < 0.5 ? log1pOverT(r) * rOverH : Math.log(Math.abs(sinPi(sum) / sinPi(x))) / h;
    return logGammaDifferenceQuotient(1 - x, -h, 1 - sum) - logRatio;
  }
  // Q(x, h) = Q(x + 1, h) − ln|(x + h) / x| / h, until both x and x + h reach 10.
  let u = x;
  let v = sum;
  let shift = 0;
  while (u < 10 || v < 10) {
    const t = h / u;
    shift += Math.abs(t) < 0.5 ? log1pOverT(t) / u : Math.log(Math.abs(v / u)) / h;
    u += 1;
    v += 1;
  }
  return stirlingQuotient(u, h, v) - shift;
}
