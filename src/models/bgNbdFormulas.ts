import { hyp2f1, logGamma, regularizedBeta } from "../math/index.js";
import { PatronageError } from "../PatronageError.js";

/**
 * Formulas shared by the BG/NBD (`shift` 0) and the MBG/NBD (`shift` 1) for one customer.
 *
 * The two models differ only in where the dropout coin is thrown: BG/NBD after each repeat purchase,
 * MBG/NBD also right after the first purchase (time 0). Writing s = shift, every formula of
 * Batislam, Denizel & Filiztekin (2007) is the one of Fader, Hardie & Lee (2005) with x replaced by
 * x + s wherever the dropout probability's Beta posterior appears: B(a, b + x + s), a / (b + x + s − 1),
 * ₂F₁(r + x, b + x + s; a + b + x + s − 1; z), and the second likelihood term present when x + s > 0.
 *
 * @internal
 */
export type Shift = 0 | 1;

/** |a − 1| below which the conditional expectation is interpolated in a. */
const NEAR_ONE = 1e-3;

/** Gaps between frequencies up to this size are summed term by term instead of through log-Γ. */
const SMALL_GAP = 64;

/**
 * lnΓ(v + n) − lnΓ(v) for v > 0 and an integer n ≥ 0: Σ_{k<n} ln(v + k) for small n (exact even
 * for v ≫ n), else the difference of log-Γ values.
 *
 * @internal
 */
export function logRising(v: number, n: number): number {
  if (n <= SMALL_GAP) {
    let sum = 0;
    for (let k = 0; k < n; k++) sum += Math.log(v + k);
    return sum;
  }
  return logRisingLarge(v, n);
}

/**
 * lnΓ(v + n) − lnΓ(v) for large n without the cancellation of two large log-Γ values when v is
 * large too: for v ≥ 10, Stirling's series differenced by hand,
 * (v − ½) log1p(n / v) + n (ln(v + n) − 1) + c(v + n) − c(v) with
 * c(y) = 1/(12y) − 1/(360y³) + 1/(1260y⁵) − 1/(1680y⁷) (DLMF 5.11.1; truncation below 1e-12);
 * otherwise lnΓ(v + n) − lnΓ(v), where lnΓ(v) is small.
 *
 * @internal
 */
export function logRisingLarge(v: number, n: number): number {
  if (v < 10) return logGamma(v + n) - logGamma(v);
  const w = v + n;
  return (v - 0.5) * Math.log1p(n / v) + n * (Math.log(w) - 1) + stirlingTail(w) - stirlingTail(v);
}

function stirlingTail(y: number): number {
  const y2 = 1 / (y * y);
  return (1 / 12 - y2 * (1 / 360 - y2 * (1 / 1260 - y2 / 1680))) / y;
}

/**
 * ln B(a, b + n) − ln B(a, b) = Σ_{k<n} ln((b + k) / (a + b + k)) for an integer n ≥ 0, each term
 * as −log1p(a / (b + k)) (nothing cancels for a ≪ b), or through log-Γ for large n.
 *
 * @internal
 */
export function logBetaRatio(a: number, b: number, n: number): number {
  if (n <= SMALL_GAP) {
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const ratio = a / (b + k);
      // a/(b + k) overflows only for extreme parameters (a ≈ 1e300, b ≈ 1e-300): then by logarithms.
      sum -= ratio < Infinity ? Math.log1p(ratio) : Math.log(a + b + k) - Math.log(b + k);
    }
    return sum;
  }
  return logRisingLarge(b, n) - logRisingLarge(a + b, n);
}

/**
 * ln(1 + y) for y ≥ 0 to a few ulps (Goldberg 1991, "What every computer scientist should know about
 * floating-point arithmetic", Theorem 4): y·ln(u)/(u − 1) with u = 1 ⊕ y, which cancels the rounding
 * of u; one Math.log, cheaper than Math.log1p in V8, for the per-customer loops.
 *
 * @internal
 */
export function log1pNonNegative(y: number): number {
  const u = 1 + y;
  if (u === 1) return y;
  // Past 2^53, 1 + y rounds to y and ln(1 + y) = ln y to within 2^−53 (also for y = ∞).
  if (y > 9007199254740992) return Math.log(y);
  return (Math.log(u) * y) / (u - 1);
}

/**
 * ln(u / v) for u, v > 0, through the logarithms when the quotient overflows or underflows.
 *
 * @internal
 */
export function logRatio(u: number, v: number): number {
  const ratio = u / v;
  return ratio > 0 && ratio < Infinity ? Math.log(ratio) : Math.log(u) - Math.log(v);
}

/**
 * ln of the odds that a customer with history (x, t_x, T) has dropped out, given the history:
 * ln(a / (b + x + s − 1)) + (r + x)·ln((α + T) / (α + t_x)), or −∞ when x + s = 0 (a BG/NBD
 * customer without repeat purchases cannot have dropped out).
 *
 * @internal
 */
export function logOddsDead(r: number, alpha: number, a: number, b: number, s: Shift, x: number, tx: number, T: number): number {
  if (x + s === 0) return -Infinity;
  return logRatio(a, b + (x + s - 1)) + (r + x) * log1pNonNegative((T - tx) / (alpha + tx));
}

/**
 * P(alive | x, t_x, T) = 1 / (1 + odds of being dead).
 *
 * @internal
 */
export function probabilityAliveOf(r: number, alpha: number, a: number, b: number, s: Shift, x: number, tx: number, T: number): number {
  const d = logOddsDead(r, alpha, a, b, s, x, tx, T);
  if (d <= 0) return 1 / (1 + Math.exp(d));
  const e = Math.exp(-d);
  return e / (1 + e);
}

/**
 * The log-likelihood of one customer (FHL 2005 eq. 6; Batislam et al. 2007 eq. 3), written
 * ln L = A₁ + A₂ + ln(e^{A₃} + e^{A₄}) with A₁ = lnΓ(r + x) − lnΓ(r) + r ln α,
 * A₂ = ln B(a, b + x + s) − ln B(a, b), A₃ = −(r + x) ln(α + T) (A₁ + A₃ formed as
 * lnΓ(r + x) − lnΓ(r) − r log1p(T/α) − x ln(α + T), so that r ln α and r ln(α + T) never cancel), and
 * A₄ − A₃ = ln(a / (b + x + s − 1)) + (r + x) ln((α + T) / (α + t_x)) (log-sum-exp; no difference of
 * likelihood terms is ever formed).
 *
 * @internal
 */
export function logLikelihoodOf(r: number, alpha: number, a: number, b: number, s: Shift, x: number, tx: number, T: number): number {
  const common = logRising(r, x) + logBetaRatio(a, b, x + s);
  const d = logOddsDead(r, alpha, a, b, s, x, tx, T);
  // A₁ + A₃ = lnΓ(r + x) − lnΓ(r) − r ln(1 + T/α) − x ln(α + T): r ln α never meets r ln(α + T).
  // When the dropout term dominates (d > 0) the sum is taken around A₄ instead, so that neither
  // term is ever a large number cancelled by another.
  if (d > 0) {
    const a14 = logRatio(a, b + (x + s - 1)) - r * Math.log1p(tx / alpha) - (x === 0 ? 0 : x * Math.log(alpha + tx));
    return common + a14 + softplus(-d);
  }
  const a13 = -r * Math.log1p(T / alpha) - (x === 0 ? 0 : x * Math.log(alpha + T));
  return common + a13 + softplus(d);
}

/** ln(1 + e^d), finite for every d < ∞ (0 for d = −∞). */
export function softplus(d: number): number {
  return d > 0 ? d + Math.log1p(Math.exp(-d)) : Math.log1p(Math.exp(d));
}

/** F(u, v; w; z) − 1 without forming 1 + small − 1: the series itself for small z, else hyp2f1 − 1. */
function hyp2f1Minus1(u: number, v: number, w: number, z: number): number {
  if (z === 0) return 0;
  if (z <= 0.5) {
    let term = (u * v * z) / w;
    let sum = term;
    for (let k = 1; k < 2000 && term !== 0; k++) {
      const ratio = ((u + k) * (v + k) * z) / ((w + k) * (k + 1));
      term *= ratio;
      sum += term;
      if (Math.abs(ratio) < 0.9 && Math.abs(term) <= 1e-17 * Math.abs(sum)) {
        return sum;
      }
    }
    if (term === 0) return sum;
  }
  return hyp2f1(u, v, w, z) - 1;
}

/**
 * K = (a + b + x + s − 1)·[1 − ((α + T) / (α + T + t))^{r + x} ₂F₁(r + x, b + x + s; a + b + x + s − 1; z)] / (a − 1),
 * z = t / (α + T + t): the expected purchases in (T, T + t] of a customer alive at T (FHL 2005
 * eq. 10 without its P(alive) denominator). With L = ln(1 − z), ε = a − 1, γ = a + b + x + s − 1:
 * when x + r + 1 − a ≥ 0 Euler's transformation writes the bracket as
 * 1 − e^{εL} ₂F₁(a + b + s − 1 − r, ε; γ; z) (whose c − a − b = x + r − ε ≥ 0, so it stays bounded
 * even for x in the thousands), otherwise 1 − e^{(r + x)L} ₂F₁(r + x, b + x + s; γ; z) (whose
 * c − a − b = ε − r − x > 0); either way bracket = −expm1(P·L) − e^{P·L}·(₂F₁ − 1), so nothing
 * cancels against 1. For |a − 1| < 1e-3 (where bracket / ε is 0/0) K is the cubic through a = 1 ± h,
 * 1 ± 2h (h = 1e-3), K being analytic in a.
 */
function aliveExpectation(r: number, alpha: number, a: number, b: number, s: Shift, x: number, T: number, t: number): number {
  if (t === 0) return 0;
  const q = t / (alpha + T);
  // z rounds to 1 only for t ≳ 1e16·(α + T); hyp2f1 needs z < 1 when c − a − b = 0.
  const z = Math.min(t / (alpha + T + t), 1 - Number.EPSILON / 2);
  const L = -Math.log1p(q);
  const epsilon = a - 1;
  if (Math.abs(epsilon) >= NEAR_ONE) return aliveExpectationAt(r, a, b, s, x, z, L);
  // Lagrange cubic through ε = −2h, −h, h, 2h evaluated at ε.
  const h = NEAR_ONE;
  const u = epsilon / h;
  const k1 = aliveExpectationAt(r, 1 - 2 * h, b, s, x, z, L);
  const k2 = aliveExpectationAt(r, 1 - h, b, s, x, z, L);
  const k3 = aliveExpectationAt(r, 1 + h, b, s, x, z, L);
  const k4 = aliveExpectationAt(r, 1 + 2 * h, b, s, x, z, L);
  const l1 = ((u + 1) * (u - 1) * (u - 2)) / -12;
  const l2 = ((u + 2) * (u - 1) * (u - 2)) / 6;
  const l3 = ((u + 2) * (u + 1) * (u - 2)) / -6;
  const l4 = ((u + 2) * (u + 1) * (u - 1)) / 12;
  return l1 * k1 + l2 * k2 + l3 * k3 + l4 * k4;
}

function aliveExpectationAt(r: number, a: number, b: number, s: Shift, x: number, z: number, L: number): number {
  const epsilon = a - 1;
  const gamma = a + b + (x + s - 1);
  let power: number;
  let scaledF1: number; // γ·(₂F₁ − 1)
  if (x + r - epsilon >= 0) {
    power = epsilon;
    const beta = a + b + s - 1 - r;
    // γ·(F(β, ε; γ; z) − 1) → βεz·F(β + 1, ε + 1; 2; z) as γ → 0 (BG/NBD, x = 0, a + b → 1).
    scaledF1 = Math.abs(gamma) < 1e-10 ? beta * epsilon * z * hyp2f1(beta + 1, epsilon + 1, 2, z) : gamma * hyp2f1Minus1(beta, epsilon, gamma, z);
  } else {
    power = r + x;
    scaledF1 = gamma * hyp2f1Minus1(r + x, b + x + s, gamma, z);
  }
  const pl = power * L;
  return (-gamma * Math.expm1(pl) - Math.exp(pl) * scaledF1) / epsilon;
}

function finite(value: number, what: string): number {
  if (Number.isFinite(value)) return value;
  throw new PatronageError("NOT_CONVERGED", `${what} is not finite in double precision (${value}): the horizon or the parameters are too extreme`);
}

/**
 * E[X(T, T + t] | x, t_x, T] = K · P(alive | x, t_x, T) (FHL 2005 eq. 10; Batislam et al. 2007 eq. 6).
 *
 * @internal
 */
export function conditionalExpectationOf(r: number, alpha: number, a: number, b: number, s: Shift, t: number, x: number, tx: number, T: number): number {
  const k = aliveExpectation(r, alpha, a, b, s, x, T, t);
  return finite(k * probabilityAliveOf(r, alpha, a, b, s, x, tx, T), "the expected number of purchases");
}

/**
 * The same as {@link conditionalExpectationOf} with K for a pattern given: K is shared by every
 * customer of one (x, T).
 *
 * @internal
 */
export function aliveExpectationOf(r: number, alpha: number, a: number, b: number, s: Shift, t: number, x: number, T: number): number {
  return finite(aliveExpectation(r, alpha, a, b, s, x, T, t), "the expected number of purchases");
}

/**
 * P(no purchase in (T, T + t] | x, t_x, T) = P(dead) + P(alive)·((α + T) / (α + T + t))^{r + x}:
 * a customer who has dropped out never buys again, and one who is alive at T stays without purchase
 * with probability E[e^{−λt}] under the posterior λ ~ Gamma(r + x, α + T). Both terms are ≥ 0, so
 * nothing cancels even when the result is tiny (P(dead) from the log-odds, not as 1 − P(alive)).
 *
 * @internal
 */
export function probabilityNoPurchaseOf(r: number, alpha: number, a: number, b: number, s: Shift, t: number, x: number, tx: number, T: number): number {
  const stay = Math.exp(-(r + x) * Math.log1p(t / (alpha + T)));
  const d = logOddsDead(r, alpha, a, b, s, x, tx, T);
  const alive = probabilityAliveOf(r, alpha, a, b, s, x, tx, T);
  const dead = d <= 0 ? Math.exp(d) / (1 + Math.exp(d)) : 1 / (1 + Math.exp(-d));
  return Math.min(1, dead + alive * stay);
}

/**
 * P(X(t) = n) for a new customer (FHL 2005 eq. 8; for MBG/NBD with x + s as above):
 * B(a, b + n + s)/B(a, b) · Γ(r + n)/(Γ(r) n!) (α/(α + t))^r (t/(α + t))^n
 * + [n + s > 0] B(a + 1, b + n + s − 1)/B(a, b) · P(N(t) ≥ n), where N(t) is negative binomial and
 * P(N(t) ≥ n) = I_{t/(α + t)}(n, r) (the regularised incomplete beta function: 1 − Σ_{j<n}, without
 * the subtraction).
 *
 * @internal
 */
export function probabilityOfPurchasesOf(r: number, alpha: number, a: number, b: number, s: Shift, n: number, t: number): number {
  if (t === 0) return n === 0 ? 1 : 0;
  const lnBeta = logBetaRatio(a, b, n + s);
  const logP = Math.log(alpha / (alpha + t));
  const logQ = -Math.log1p(alpha / t);
  const first = Math.exp(lnBeta + logRising(r, n) - logGamma(n + 1) + r * logP + (n === 0 ? 0 : n * logQ));
  if (n + s === 0) return first;
  const tail = n === 0 ? 1 : regularizedBeta(t / (alpha + t), n, r);
  const second = tail === 0 ? 0 : Math.exp(lnBeta + logRatio(a, b + (n + s - 1)) + Math.log(tail));
  return Math.min(1, first + second);
}
