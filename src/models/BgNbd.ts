import type { SummaryColumns, SummaryRow } from "../_lib/readSummaryColumns.js";
import type { Rng } from "../math/index.js";
import { bgNbdLikelihood } from "./bgNbdLikelihood.js";
import { bgNbdMethods } from "./bgNbdMethods.js";
import type { FitOptions } from "./FitOptions.js";
import type { FitStatistics } from "./FitStatistics.js";
import type { Fitted } from "./Fitted.js";
import { fitMaximumLikelihood } from "./fitMaximumLikelihood.js";
import { ParametricModel } from "./ParametricModel.js";
import { readModelJson } from "./readModelJson.js";
import { readPatterns } from "./readPatterns.js";
import { sampleBgNbd } from "./sampleBgNbd.js";

/** The parameters of the {@link BgNbd} model; time is in the unit of the data it was fitted on. */
export interface BgNbdParams {
  /** Shape r of the Gamma distribution of purchase rates λ across customers (> 0). */
  readonly r: number;
  /** Rate α of that Gamma distribution, in time units (> 0): the mean purchase rate is r / α per time unit. */
  readonly alpha: number;
  /** First shape a of the Beta distribution of dropout probabilities p across customers (> 0). */
  readonly a: number;
  /** Second shape b of that Beta distribution (> 0): the mean dropout probability per purchase is a / (a + b). */
  readonly b: number;
}

const NAMES = ["r", "alpha", "a", "b"] as const;
const SHIFT = 0;

/**
 * The BG/NBD ("beta-geometric / negative binomial distribution") model of Fader, Hardie & Lee (2005)
 * for non-contractual repeat purchasing: while alive, a customer buys at a Poisson rate λ; after each
 * repeat purchase they drop out for good with probability p; λ ~ Gamma(r, α) and p ~ Beta(a, b)
 * across customers. A customer is summarised by `frequency` x (repeat purchases), `recency` t_x (time
 * from the first to the last purchase) and `T` (time from the first purchase to the end of
 * observation), all times in one unit of your choice (days, weeks…): the model's t, α and every
 * expectation use that unit.
 *
 * Build it from known parameters (`new BgNbd({ r, alpha, a, b })`) or estimate them by maximum
 * likelihood with {@link BgNbd.fit}.
 *
 * @see P. S. Fader, B. G. S. Hardie & K. L. Lee (2005), "'Counting your customers' the easy way: an
 *   alternative to the Pareto/NBD model", Marketing Science 24(2), 275–284.
 * @see P. S. Fader, B. G. S. Hardie & K. L. Lee (2008), "Computing P(alive) using the BG/NBD model"
 *   (http://brucehardie.com/notes/021/).
 *
 * @example
 * ```ts
 * import { BgNbd } from "patronage/models";
 *
 * // The CDNOW estimates of Fader, Hardie & Lee (2005), time in weeks.
 * const model = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
 * model.expectedPurchases(39); //=> 1.1967231933208213
 * model.conditionalExpectedPurchases(39, { frequency: 2, recency: 30.43, T: 38.86 }); //=> 1.226028174767144
 * model.probabilityAlive({ frequency: 2, recency: 30.43, T: 38.86 }); //=> 0.726578570080673
 * ```
 */
export class BgNbd extends ParametricModel<BgNbdParams> {
  /**
   * @param params - r, α, a, b: each a finite number > 0.
   * @param fit - the statistics of the fit that produced `params` (set by {@link BgNbd.fit} and
   *   {@link BgNbd.fromJSON}); `null` or absent for a model built from parameters.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `params.r`, `params.alpha`, … when
   *   a parameter is missing, not finite or not > 0.
   */
  constructor(params: BgNbdParams, fit: FitStatistics<BgNbdParams> | null = null) {
    super(params, [...NAMES], fit);
  }

  /** `"BgNbd"`. */
  protected get modelName(): string {
    return "BgNbd";
  }

  /**
   * Maximum-likelihood estimates of r, α, a, b from customers' (frequency, recency, T) summaries.
   *
   * The likelihood is FHL (2005) eq. 6, evaluated as ln L = A₁ + A₂ + ln(e^{A₃} + e^{A₄}) with
   * A₁ = lnΓ(r + x) − lnΓ(r) + r ln α, A₂ = ln B(a, b + x) − ln B(a, b), A₃ = −(r + x) ln(α + T),
   * A₄ = ln(a / (b + x − 1)) − (r + x) ln(α + t_x) (x > 0), by log-sum-exp, so it is finite for
   * any frequency (tested to 10,000), T = 0, recency = 0 and parameters from 1e-8 to 1e8. Identical
   * (frequency, recency, T) are merged into weighted patterns first (the likelihood is the same),
   * and the frequency-only terms are computed once per distinct frequency. BFGS with the analytic
   * gradient (digamma differences) runs in log-parameters from the given `initialParams` and three
   * deterministic start points (α scaled to the data's repeat-purchase rate), and the best optimum
   * is kept; standard errors come from the Hessian by the delta method.
   *
   * @param data - customers as rows `{ frequency, recency, T, weight? }` or as columns of equal
   *   length; frequency a safe integer ≥ 0, 0 ≤ recency ≤ T finite, recency 0 when frequency is 0,
   *   weight (default 1) a finite number ≥ 0.
   * @param options - see {@link FitOptions}: `penalizer` (L2, lifetimes' scale), `maxIterations`,
   *   `initialParams`.
   * @returns the fitted model, its {@link FitStatistics} present.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the customer's field
   *   (`data[3].recency`, `data.T[7]`) or the option; `INSUFFICIENT_DATA` when the total weight is 0;
   *   `NOT_CONVERGED` when the likelihood cannot be maximised (e.g. no customer ever repeat-purchases,
   *   so a parameter runs off to 0 or ∞: try `options.penalizer`).
   * @see Fader, Hardie & Lee (2005), Marketing Science 24(2), eq. 6 (the likelihood), and its
   *   technical appendix for the log-likelihood as implemented in Excel.
   *
   * @example
   * ```ts
   * import { BgNbd } from "patronage/models";
   * import { createRng } from "patronage/math";
   *
   * const truth = new BgNbd({ r: 0.5, alpha: 5, a: 0.8, b: 2.5 });
   * const model = BgNbd.fit(truth.sample(5000, 39, createRng(7)));
   * model.converged; //=> true
   * model.n; //=> 5000
   * model.params.r.toFixed(3); //=> "0.499"
   * model.params.a.toFixed(3); //=> "0.735"
   * ```
   */
  static fit(data: readonly SummaryRow[] | SummaryColumns, options: FitOptions = {}): Fitted<BgNbd> {
    const patterns = readPatterns(data);
    const { params, statistics } = fitMaximumLikelihood(bgNbdLikelihood(patterns, SHIFT), options);
    return new BgNbd(params, statistics) as Fitted<BgNbd>;
  }

  /**
   * Reads a model back from {@link ParametricModel.toJSON}'s output.
   *
   * @param json - `{ model: "BgNbd", version: 1, params, fit }`, as `toJSON()` wrote it.
   * @returns the model, with its fit statistics if it had any.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the malformed field (`json.model`,
   *   `json.params.alpha`, `json.fit.logLikelihood`…).
   *
   * @example
   * ```ts
   * import { BgNbd } from "patronage/models";
   *
   * const model = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
   * BgNbd.fromJSON(JSON.parse(JSON.stringify(model))).params.alpha; //=> 4.414
   * ```
   */
  static fromJSON(json: unknown): BgNbd {
    const { params, fit } = readModelJson<BgNbdParams>(json, "BgNbd", [...NAMES]);
    return new BgNbd(params, fit);
  }

  /**
   * E[X(t)]: the expected number of repeat purchases of a new customer in the first t time units
   * after their first purchase (FHL 2005 eq. 9):
   * (a + b − 1)/(a − 1) · [1 − (α / (α + t))^r ₂F₁(r, b; a + b − 1; t / (α + t))].
   * Evaluated through Euler's transformation and −expm1 so nothing cancels (see
   * {@link BgNbd.conditionalExpectedPurchases}); finite for every a, including a ≤ 1 and a = 1
   * (where the formula is 0/0: within |a − 1| < 0.001 the value is interpolated in a, relative
   * error ≤ 1e-9 against mpmath, measured 2.2e-10; elsewhere ≤ 1e-10, measured 7e-12 — except just
   * outside that band with large frequency and horizon, where the error grows like 1e-12/|a − 1|:
   * 1.7e-9 at a = 0.9989, x = 5,000, t = 10,000).
   *
   * @param t - the horizon, a finite number ≥ 0 in the model's time unit.
   * @returns the expected repeat purchases, ≥ 0 (0 at t = 0).
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `t`; `NOT_CONVERGED` if the
   *   value overflows (t astronomically large beside α with a < 1).
   * @see Fader, Hardie & Lee (2005), Marketing Science 24(2), eq. 9.
   *
   * @example
   * ```ts
   * import { BgNbd } from "patronage/models";
   *
   * new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }).expectedPurchases(39); //=> 1.1967231933208213
   * ```
   */
  expectedPurchases(t: number): number {
    return bgNbdMethods.expectedPurchases(this.params, SHIFT, t);
  }

  /**
   * E[X(T, T + t] | x, t_x, T]: a customer's expected repeat purchases in the next t time units,
   * given their history (FHL 2005 eq. 10):
   * [(a + b + x − 1)/(a − 1)] · [1 − ((α + T)/(α + T + t))^{r + x} ₂F₁(r + x, b + x; a + b + x − 1; t/(α + T + t))]
   * / [1 + δ_{x>0} (a/(b + x − 1)) ((α + T)/(α + t_x))^{r + x}].
   * The denominator is 1 / P(alive) ({@link BgNbd.probabilityAlive}). The bracket is computed by
   * Euler's transformation ((1 − z)^{r+x} ₂F₁(r + x, b + x; c; z) = (1 − z)^{a−1} ₂F₁(a + b − 1 − r, a − 1; c; z))
   * when that series is the bounded one, and as −expm1(·) − e^{(·)}(₂F₁ − 1), so it neither
   * overflows for large x (tested to 10,000) nor cancels against 1; at a = 1 (0/0) the value is the
   * cubic interpolant in a through a = 1 ± 0.001, 1 ± 0.002 (relative error ≤ 1e-9 there, ≤ 1e-10
   * elsewhere against mpmath at 50 digits, but about 1e-12/|a − 1| just outside |a − 1| < 0.001 when
   * frequency and horizon are large: 1.7e-9 at a = 0.9989, x = 5,000, t = 10,000).
   *
   * @param t - the horizon, a finite number ≥ 0 in the model's time unit.
   * @param customer - `{ frequency, recency, T }`: frequency a safe integer ≥ 0, 0 ≤ recency ≤ T
   *   finite, recency 0 when frequency is 0.
   * @returns the expected repeat purchases in (T, T + t], ≥ 0.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `t` or `customer.frequency`,
   *   `customer.recency`, `customer.T`; `NOT_CONVERGED` if ₂F₁ cannot be evaluated or the value
   *   overflows.
   * @see Fader, Hardie & Lee (2005), Marketing Science 24(2), eq. 10.
   *
   * @example
   * ```ts
   * import { BgNbd } from "patronage/models";
   *
   * const model = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
   * model.conditionalExpectedPurchases(39, { frequency: 2, recency: 30.43, T: 38.86 }); //=> 1.226028174767144
   * ```
   */
  conditionalExpectedPurchases(t: number, customer: { frequency: number; recency: number; T: number }): number {
    return bgNbdMethods.conditionalExpectedPurchases(this.params, SHIFT, t, customer);
  }

  /**
   * P(alive | x, t_x, T): the probability that the customer has not dropped out by T
   * (FHL 2008, eq. 2): 1 / (1 + δ_{x>0} (a / (b + x − 1)) ((α + T) / (α + t_x))^{r + x}); 1 for
   * x = 0 (in BG/NBD a customer can only drop out after a repeat purchase). Evaluated as a logistic
   * function of the log-odds, with ln((α + T)/(α + t_x)) = log1p((T − t_x)/(α + t_x)).
   *
   * @param customer - `{ frequency, recency, T }` (see {@link BgNbd.conditionalExpectedPurchases}).
   * @returns a probability in [0, 1], non-increasing in T at fixed frequency and recency.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `customer.frequency`,
   *   `customer.recency` or `customer.T`.
   * @see Fader, Hardie & Lee (2008), "Computing P(alive) using the BG/NBD model", eq. 2.
   *
   * @example
   * ```ts
   * import { BgNbd } from "patronage/models";
   *
   * const model = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
   * model.probabilityAlive({ frequency: 2, recency: 30.43, T: 38.86 }); //=> 0.726578570080673
   * model.probabilityAlive({ frequency: 0, recency: 0, T: 38.86 }); //=> 1
   * ```
   */
  probabilityAlive(customer: { frequency: number; recency: number; T: number }): number {
    return bgNbdMethods.probabilityAlive(this.params, SHIFT, customer);
  }

  /**
   * P(X(t) = n): the probability that a new customer makes exactly n repeat purchases in the first t
   * time units (FHL 2005 eq. 8):
   * B(a, b + n)/B(a, b) · Γ(r + n)/(Γ(r) n!) (α/(α + t))^r (t/(α + t))^n
   * + δ_{n>0} B(a + 1, b + n − 1)/B(a, b) · [1 − (α/(α + t))^r Σ_{j<n} Γ(r + j)/(Γ(r) j!) (t/(α + t))^j],
   * where the bracket (the negative binomial tail) is evaluated as the regularised incomplete beta
   * function I_{t/(α+t)}(n, r), never as a difference.
   *
   * @param n - the number of repeat purchases, a safe integer ≥ 0.
   * @param t - the horizon, a finite number ≥ 0 in the model's time unit.
   * @returns a probability in [0, 1]; Σ_n P(X(t) = n) = 1.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `n` or `t`.
   * @see Fader, Hardie & Lee (2005), Marketing Science 24(2), eq. 8.
   *
   * @example
   * ```ts
   * import { BgNbd } from "patronage/models";
   *
   * const model = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
   * model.probabilityOfPurchases(0, 39); //=> 0.5737863520960094
   * model.probabilityOfPurchases(2, 39); //=> 0.08542975953906078
   * ```
   */
  probabilityOfPurchases(n: number, t: number): number {
    return bgNbdMethods.probabilityOfPurchases(this.params, SHIFT, n, t);
  }

  /**
   * P(no purchase in (T, T + t] | x, t_x, T) = 1 − P(alive)·[1 − ((α + T)/(α + T + t))^{r + x}]:
   * a customer who dropped out never buys again, and one alive at T (rate λ ~ Gamma(r + x, α + T)
   * a posteriori) stays without purchase with probability ((α + T)/(α + T + t))^{r + x}.
   *
   * @param t - the horizon, a finite number ≥ 0 in the model's time unit.
   * @param customer - `{ frequency, recency, T }` (see {@link BgNbd.conditionalExpectedPurchases}).
   * @returns a probability in [0, 1] (1 at t = 0), non-increasing in t.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `t` or the customer's field.
   * @see Fader, Hardie & Lee (2005), Marketing Science 24(2), §3 (the posterior of λ given alive),
   *   and Fader, Hardie & Lee (2008) for P(alive).
   *
   * @example
   * ```ts
   * import { BgNbd } from "patronage/models";
   *
   * const model = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
   * model.probabilityNoPurchase(39, { frequency: 2, recency: 30.43, T: 38.86 }); //=> 0.44537286208299565
   * ```
   */
  probabilityNoPurchase(t: number, customer: { frequency: number; recency: number; T: number }): number {
    return bgNbdMethods.probabilityNoPurchase(this.params, SHIFT, t, customer);
  }

  /**
   * The log-likelihood of one customer's history (FHL 2005 eq. 6), evaluated as in
   * {@link BgNbd.fit}: finite for any valid customer and parameters.
   *
   * @param customer - `{ frequency, recency, T }` (see {@link BgNbd.conditionalExpectedPurchases}).
   * @returns ln L(r, α, a, b | x, t_x, T), ≤ 0 only when T is large enough (it is a density in t_x).
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the customer's field.
   * @see Fader, Hardie & Lee (2005), Marketing Science 24(2), eq. 6.
   *
   * @example
   * ```ts
   * import { BgNbd } from "patronage/models";
   *
   * const model = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
   * model.logLikelihoodOf({ frequency: 2, recency: 30.43, T: 38.86 }); //=> -9.45860630706627
   * ```
   */
  logLikelihoodOf(customer: { frequency: number; recency: number; T: number }): number {
    return bgNbdMethods.logLikelihoodOf(this.params, SHIFT, customer);
  }

  /**
   * {@link BgNbd.conditionalExpectedPurchases} for many customers. The ₂F₁ factor depends only on
   * (frequency, T), so it is computed once per distinct pair and shared.
   *
   * @param t - the horizon, a finite number ≥ 0 in the model's time unit.
   * @param customers - rows `{ frequency, recency, T }` or columns of equal length (weights ignored).
   * @returns one expectation per customer, in input order.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `t` or the customer's field
   *   (`customers[3].recency`, `customers.T[7]`).
   * @see Fader, Hardie & Lee (2005), Marketing Science 24(2), eq. 10.
   *
   * @example
   * ```ts
   * import { BgNbd } from "patronage/models";
   *
   * const model = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
   * model.conditionalExpectedPurchasesBatch(39, { frequency: [2, 0], recency: [30.43, 0], T: [38.86, 38.86] });
   * //=> Float64Array [1.226028174767144, 0.19509805201126232]
   * ```
   */
  conditionalExpectedPurchasesBatch(t: number, customers: SummaryColumns | readonly SummaryRow[]): Float64Array {
    return bgNbdMethods.conditionalExpectedPurchasesBatch(this.params, SHIFT, t, customers);
  }

  /**
   * {@link BgNbd.probabilityAlive} for many customers.
   *
   * @param customers - rows `{ frequency, recency, T }` or columns of equal length (weights ignored).
   * @returns one probability per customer, in input order.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the customer's field.
   * @see Fader, Hardie & Lee (2008), "Computing P(alive) using the BG/NBD model", eq. 2.
   *
   * @example
   * ```ts
   * import { BgNbd } from "patronage/models";
   *
   * const model = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
   * model.probabilityAliveBatch([{ frequency: 2, recency: 30.43, T: 38.86 }, { frequency: 0, recency: 0, T: 10 }]);
   * //=> Float64Array [0.726578570080673, 1]
   * ```
   */
  probabilityAliveBatch(customers: SummaryColumns | readonly SummaryRow[]): Float64Array {
    return bgNbdMethods.probabilityAliveBatch(this.params, SHIFT, customers);
  }

  /**
   * {@link BgNbd.probabilityNoPurchase} for many customers.
   *
   * @param t - the horizon, a finite number ≥ 0 in the model's time unit.
   * @param customers - rows `{ frequency, recency, T }` or columns of equal length (weights ignored).
   * @returns one probability per customer, in input order.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `t` or the customer's field.
   * @see Fader, Hardie & Lee (2005), Marketing Science 24(2), §3.
   *
   * @example
   * ```ts
   * import { BgNbd } from "patronage/models";
   *
   * const model = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
   * model.probabilityNoPurchaseBatch(39, [{ frequency: 2, recency: 30.43, T: 38.86 }]); //=> Float64Array [0.44537286208299565]
   * ```
   */
  probabilityNoPurchaseBatch(t: number, customers: SummaryColumns | readonly SummaryRow[]): Float64Array {
    return bgNbdMethods.probabilityNoPurchaseBatch(this.params, SHIFT, t, customers);
  }

  /**
   * {@link BgNbd.logLikelihoodOf} for many customers (unweighted: one value per row).
   *
   * @param customers - rows `{ frequency, recency, T }` or columns of equal length (weights ignored).
   * @returns one log-likelihood per customer, in input order.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the customer's field.
   * @see Fader, Hardie & Lee (2005), Marketing Science 24(2), eq. 6.
   *
   * @example
   * ```ts
   * import { BgNbd } from "patronage/models";
   *
   * const model = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
   * model.logLikelihoodBatch([{ frequency: 2, recency: 30.43, T: 38.86 }]); //=> Float64Array [-9.45860630706627]
   * ```
   */
  logLikelihoodBatch(customers: SummaryColumns | readonly SummaryRow[]): Float64Array {
    return bgNbdMethods.logLikelihoodBatch(this.params, SHIFT, customers);
  }

  /**
   * Simulates customers from the model, each observed for T time units after their first purchase:
   * λ ~ Gamma(r, α), p ~ Beta(a, b); purchases at rate λ; after each repeat purchase the customer
   * drops out with probability p. Drawn exactly, without stepping through time: N ~ Poisson(λT)
   * purchase opportunities, K ~ 1 + Geometric(p) purchases until dropout, x = min(N, K), and the
   * last purchase time t_x = T·Beta(x, N − x + 1) (the x-th of N uniform order statistics). A
   * dropout probability below 1e-14 is treated as never dropping out.
   *
   * @param count - the number of customers, a safe integer ≥ 0.
   * @param T - each customer's observation time: one finite number ≥ 0 for all, or an array of
   *   `count` of them.
   * @param rng - the random generator ({@link math!createRng}); the draws are reproducible per seed.
   * @returns columns `{ frequency, recency, T }` of length `count`, which {@link BgNbd.fit} accepts.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `count`, `T` (or `T[i]`) or `rng`;
   *   also naming `T` when a drawn customer's λT exceeds 1e15 (the Poisson draw's domain: a tiny α).
   * @see Fader, Hardie & Lee (2005), Marketing Science 24(2), §2 (the model's assumptions).
   *
   * @example
   * ```ts
   * import { BgNbd } from "patronage/models";
   * import { createRng } from "patronage/math";
   *
   * const model = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
   * const customers = model.sample(3, 39, createRng(1));
   * customers.frequency; //=> Float64Array [0, 2, 0]
   * ```
   */
  sample(
    count: number,
    T: number | ArrayLike<number>,
    rng: Rng,
  ): {
    /** Repeat purchases of each simulated customer. */
    frequency: Float64Array;
    /** Time from the first to the last purchase (0 without repeat purchases). */
    recency: Float64Array;
    /** Time from the first purchase to the end of observation: the `T` given. */
    T: Float64Array;
  } {
    return sampleBgNbd(this.params, SHIFT, count, T, rng);
  }
}
