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

/** The parameters of the {@link MbgNbd} model (named as in BG/NBD); time is in the unit of the data it was fitted on. */
export interface MbgNbdParams {
  /** Shape r of the Gamma distribution of purchase rates λ across customers (> 0). */
  readonly r: number;
  /** Rate α of that Gamma distribution, in time units (> 0): the mean purchase rate is r / α per time unit. */
  readonly alpha: number;
  /** First shape a of the Beta distribution of dropout probabilities p across customers (> 0). */
  readonly a: number;
  /** Second shape b of that Beta distribution (> 0): the mean dropout probability per purchase (the first included) is a / (a + b). */
  readonly b: number;
}

const NAMES = ["r", "alpha", "a", "b"] as const;
const SHIFT = 1;

/**
 * The MBG/NBD (modified BG/NBD) model of Batislam, Denizel & Filiztekin (2007) for non-contractual
 * repeat purchasing. As in the BG/NBD, a customer buys at a Poisson rate λ while alive, and
 * λ ~ Gamma(r, α), p ~ Beta(a, b) across customers; but the dropout coin (probability p) is thrown
 * after every purchase including the first, so a customer may drop out right after their first
 * purchase. P(alive) is then below 1 even for customers without repeat purchases, and falls the
 * longer they stay silent — where the BG/NBD keeps every such customer alive for ever. It is the
 * MBG/CNBD-k model of the R package BTYDplus with k = 1 (`mbgnbd.*` there). A customer is summarised
 * by `frequency` x (repeat purchases), `recency` t_x and `T`, all in one time unit of your choice:
 * the model's t, α and every expectation use that unit.
 *
 * In every formula below s = 1 marks the extra coin: each is the BG/NBD's with b + x − 1 replaced by
 * b + x, B(a, b + x) by B(a, b + x + 1), and the second likelihood term present for x = 0 too.
 *
 * @see D. Batislam, M. Denizel & A. Filiztekin (2007), "Empirical validation and comparison of models
 *   for customer base analysis", International Journal of Research in Marketing 24(3), 201–209.
 * @see M. Platzer & T. Reutterer (2016), "Ticking away the moments: timing regularity helps to better
 *   predict customer activity", Marketing Science 35(5), 779–799 (MBG/CNBD-k), and the R package
 *   BTYDplus (https://github.com/mplatzer/BTYDplus): `mbgcnbd.LL`, `mbgcnbd.PAlive`,
 *   `mbgcnbd.ConditionalExpectedTransactions` with k = 1.
 * @see P. S. Fader, B. G. S. Hardie & K. L. Lee (2005), Marketing Science 24(2), 275–284 (the BG/NBD
 *   it modifies).
 *
 * @example
 * ```ts
 * import { MbgNbd } from "patronage/models";
 *
 * // The CDNOW estimates of BTYDplus, time in weeks.
 * const model = new MbgNbd({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 });
 * model.expectedPurchases(39); //=> 1.1829536655971686
 * model.conditionalExpectedPurchases(39, { frequency: 2, recency: 30.43, T: 38.86 }); //=> 1.2629606232673654
 * model.probabilityAlive({ frequency: 2, recency: 30.43, T: 38.86 }); //=> 0.7062022651184873
 * ```
 */
export class MbgNbd extends ParametricModel<MbgNbdParams> {
  /**
   * @param params - r, α, a, b: each a finite number > 0.
   * @param fit - the statistics of the fit that produced `params` (set by {@link MbgNbd.fit} and
   *   {@link MbgNbd.fromJSON}); `null` or absent for a model built from parameters.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `params.r`, `params.alpha`, … when
   *   a parameter is missing, not finite or not > 0.
   */
  constructor(params: MbgNbdParams, fit: FitStatistics<MbgNbdParams> | null = null) {
    super(params, [...NAMES], fit);
  }

  /** `"MbgNbd"`. */
  protected get modelName(): string {
    return "MbgNbd";
  }

  /**
   * Maximum-likelihood estimates of r, α, a, b from customers' (frequency, recency, T) summaries.
   *
   * The likelihood (Batislam et al. 2007) is
   * L = B(a, b + x + 1)/B(a, b) · Γ(r + x)α^r / (Γ(r)(α + T)^{r+x}) + B(a + 1, b + x)/B(a, b) · Γ(r + x)α^r / (Γ(r)(α + t_x)^{r+x}),
   * evaluated as ln L = A₁ + A₂ + ln(e^{A₃} + e^{A₄}) with
   * A₁ = lnΓ(r + x) − lnΓ(r) + r ln α, A₂ = ln B(a, b + x + 1) − ln B(a, b), A₃ = −(r + x) ln(α + T),
   * A₄ = ln(a / (b + x)) − (r + x) ln(α + t_x) (every x), by log-sum-exp, so it is finite for
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
   * @see Batislam, Denizel & Filiztekin (2007), IJRM 24(3) (the MBG/NBD likelihood); BTYDplus
   *   `mbgcnbd.LL` with k = 1.
   *
   * @example
   * ```ts
   * import { MbgNbd } from "patronage/models";
   * import { createRng } from "patronage/math";
   *
   * const truth = new MbgNbd({ r: 0.5, alpha: 5, a: 0.8, b: 2.5 });
   * const model = MbgNbd.fit(truth.sample(5000, 39, createRng(7)));
   * model.converged; //=> true
   * model.n; //=> 5000
   * model.params.r.toFixed(3); //=> "0.569"
   * model.params.a.toFixed(3); //=> "0.693"
   * ```
   */
  static fit(data: readonly SummaryRow[] | SummaryColumns, options: FitOptions = {}): Fitted<MbgNbd> {
    const patterns = readPatterns(data);
    const { params, statistics } = fitMaximumLikelihood(bgNbdLikelihood(patterns, SHIFT), options);
    return new MbgNbd(params, statistics) as Fitted<MbgNbd>;
  }

  /**
   * Reads a model back from {@link ParametricModel.toJSON}'s output.
   *
   * @param json - `{ model: "MbgNbd", version: 1, params, fit }`, as `toJSON()` wrote it.
   * @returns the model, with its fit statistics if it had any.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the malformed field (`json.model`,
   *   `json.params.alpha`, `json.fit.logLikelihood`…).
   *
   * @example
   * ```ts
   * import { MbgNbd } from "patronage/models";
   *
   * const model = new MbgNbd({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 });
   * MbgNbd.fromJSON(JSON.parse(JSON.stringify(model))).params.alpha; //=> 4.414
   * ```
   */
  static fromJSON(json: unknown): MbgNbd {
    const { params, fit } = readModelJson<MbgNbdParams>(json, "MbgNbd", [...NAMES]);
    return new MbgNbd(params, fit);
  }

  /**
   * E[X(t)]: the expected number of repeat purchases of a new customer in the first t time units
   * after their first purchase (Batislam et al. 2007):
   * b/(a − 1) · [1 − (α / (α + t))^r ₂F₁(r, b + 1; a + b; t / (α + t))] — the conditional expectation
   * at x = t_x = T = 0, where P(alive) = b / (a + b).
   * Evaluated through Euler's transformation and −expm1 so nothing cancels (see
   * {@link MbgNbd.conditionalExpectedPurchases}); finite for every a, including a ≤ 1 and a = 1
   * (where the formula is 0/0: within |a − 1| < 0.001 the value is interpolated in a, relative
   * error ≤ 1e-9 against mpmath, measured 2.2e-10; elsewhere ≤ 1e-10, measured 7e-12 — except just
   * outside that band with large frequency and horizon, where the error grows like 1e-12/|a − 1|:
   * 1.7e-9 at a = 0.9989, x = 5,000, t = 10,000).
   *
   * @param t - the horizon, a finite number ≥ 0 in the model's time unit.
   * @returns the expected repeat purchases, ≥ 0 (0 at t = 0).
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `t`; `NOT_CONVERGED` if the
   *   value overflows (t astronomically large beside α with a < 1).
   * @see Batislam, Denizel & Filiztekin (2007), IJRM 24(3) (E[X(t)] of the MBG/NBD).
   *
   * @example
   * ```ts
   * import { MbgNbd } from "patronage/models";
   *
   * new MbgNbd({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }).expectedPurchases(39); //=> 1.1829536655971686
   * ```
   */
  expectedPurchases(t: number): number {
    return bgNbdMethods.expectedPurchases(this.params, SHIFT, t);
  }

  /**
   * E[X(T, T + t] | x, t_x, T]: a customer's expected repeat purchases in the next t time units,
   * given their history (Batislam et al. 2007; FHL 2005 eq. 10 with the extra coin):
   * [(a + b + x)/(a − 1)] · [1 − ((α + T)/(α + T + t))^{r + x} ₂F₁(r + x, b + x + 1; a + b + x; t/(α + T + t))]
   * / [1 + (a/(b + x)) ((α + T)/(α + t_x))^{r + x}].
   * The denominator is 1 / P(alive) ({@link MbgNbd.probabilityAlive}). The bracket is computed by
   * Euler's transformation ((1 − z)^{r+x} ₂F₁(r + x, b + x + 1; c; z) = (1 − z)^{a−1} ₂F₁(a + b − r, a − 1; c; z))
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
   * @see Batislam, Denizel & Filiztekin (2007), IJRM 24(3); BTYDplus `mbgcnbd.ConditionalExpectedTransactions` (k = 1).
   *
   * @example
   * ```ts
   * import { MbgNbd } from "patronage/models";
   *
   * const model = new MbgNbd({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 });
   * model.conditionalExpectedPurchases(39, { frequency: 2, recency: 30.43, T: 38.86 }); //=> 1.2629606232673654
   * ```
   */
  conditionalExpectedPurchases(t: number, customer: { frequency: number; recency: number; T: number }): number {
    return bgNbdMethods.conditionalExpectedPurchases(this.params, SHIFT, t, customer);
  }

  /**
   * P(alive | x, t_x, T): the probability that the customer has not dropped out by T
   * (Batislam et al. 2007): 1 / (1 + (a / (b + x)) ((α + T) / (α + t_x))^{r + x}), below 1 also for
   * x = 0 (the customer may have dropped out right after the first purchase). Evaluated as a logistic
   * function of the log-odds, with ln((α + T)/(α + t_x)) = log1p((T − t_x)/(α + t_x)).
   *
   * @param customer - `{ frequency, recency, T }` (see {@link MbgNbd.conditionalExpectedPurchases}).
   * @returns a probability in [0, 1], non-increasing in T at fixed frequency and recency.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `customer.frequency`,
   *   `customer.recency` or `customer.T`.
   * @see Batislam, Denizel & Filiztekin (2007), IJRM 24(3); BTYDplus `mbgcnbd.PAlive` (k = 1).
   *
   * @example
   * ```ts
   * import { MbgNbd } from "patronage/models";
   *
   * const model = new MbgNbd({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 });
   * model.probabilityAlive({ frequency: 2, recency: 30.43, T: 38.86 }); //=> 0.7062022651184873
   * model.probabilityAlive({ frequency: 0, recency: 0, T: 38.86 }); //=> 0.38973508091876286
   * ```
   */
  probabilityAlive(customer: { frequency: number; recency: number; T: number }): number {
    return bgNbdMethods.probabilityAlive(this.params, SHIFT, customer);
  }

  /**
   * P(X(t) = n): the probability that a new customer makes exactly n repeat purchases in the first t
   * time units (FHL 2005 eq. 8 with the extra coin; Batislam et al. 2007):
   * B(a, b + n + 1)/B(a, b) · Γ(r + n)/(Γ(r) n!) (α/(α + t))^r (t/(α + t))^n
   * + B(a + 1, b + n)/B(a, b) · [1 − (α/(α + t))^r Σ_{j<n} Γ(r + j)/(Γ(r) j!) (t/(α + t))^j]
   * (for n = 0 the bracket is 1: the customers who dropped out at once),
   * where the bracket (the negative binomial tail) is evaluated as the regularised incomplete beta
   * function I_{t/(α+t)}(n, r), never as a difference.
   *
   * @param n - the number of repeat purchases, a safe integer ≥ 0.
   * @param t - the horizon, a finite number ≥ 0 in the model's time unit.
   * @returns a probability in [0, 1]; Σ_n P(X(t) = n) = 1.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `n` or `t`.
   * @see Batislam, Denizel & Filiztekin (2007), IJRM 24(3); Fader, Hardie & Lee (2005), eq. 8, for the BG/NBD analogue.
   *
   * @example
   * ```ts
   * import { MbgNbd } from "patronage/models";
   *
   * const model = new MbgNbd({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 });
   * model.probabilityOfPurchases(0, 39); //=> 0.5824731894932889
   * model.probabilityOfPurchases(2, 39); //=> 0.0868948256734905
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
   * @param customer - `{ frequency, recency, T }` (see {@link MbgNbd.conditionalExpectedPurchases}).
   * @returns a probability in [0, 1] (1 at t = 0), non-increasing in t.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `t` or the customer's field.
   * @see Fader, Hardie & Lee (2005), Marketing Science 24(2), §3 (the posterior of λ given alive),
   *   and {@link MbgNbd.probabilityAlive}.
   *
   * @example
   * ```ts
   * import { MbgNbd } from "patronage/models";
   *
   * const model = new MbgNbd({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 });
   * model.probabilityNoPurchase(39, { frequency: 2, recency: 30.43, T: 38.86 }); //=> 0.4400059091777069
   * ```
   */
  probabilityNoPurchase(t: number, customer: { frequency: number; recency: number; T: number }): number {
    return bgNbdMethods.probabilityNoPurchase(this.params, SHIFT, t, customer);
  }

  /**
   * The log-likelihood of one customer's history (Batislam et al. 2007), evaluated as in
   * {@link MbgNbd.fit}: finite for any valid customer and parameters.
   *
   * @param customer - `{ frequency, recency, T }` (see {@link MbgNbd.conditionalExpectedPurchases}).
   * @returns ln L(r, α, a, b | x, t_x, T), ≤ 0 only when T is large enough (it is a density in t_x).
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the customer's field.
   * @see Batislam, Denizel & Filiztekin (2007), IJRM 24(3); BTYDplus `mbgcnbd.LL` (k = 1).
   *
   * @example
   * ```ts
   * import { MbgNbd } from "patronage/models";
   *
   * const model = new MbgNbd({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 });
   * model.logLikelihoodOf({ frequency: 2, recency: 30.43, T: 38.86 }); //=> -9.48555131453393
   * ```
   */
  logLikelihoodOf(customer: { frequency: number; recency: number; T: number }): number {
    return bgNbdMethods.logLikelihoodOf(this.params, SHIFT, customer);
  }

  /**
   * {@link MbgNbd.conditionalExpectedPurchases} for many customers. The ₂F₁ factor depends only on
   * (frequency, T), so it is computed once per distinct pair and shared.
   *
   * @param t - the horizon, a finite number ≥ 0 in the model's time unit.
   * @param customers - rows `{ frequency, recency, T }` or columns of equal length (weights ignored).
   * @returns one expectation per customer, in input order.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `t` or the customer's field
   *   (`customers[3].recency`, `customers.T[7]`).
   * @see Batislam, Denizel & Filiztekin (2007), IJRM 24(3); BTYDplus `mbgcnbd.ConditionalExpectedTransactions` (k = 1).
   *
   * @example
   * ```ts
   * import { MbgNbd } from "patronage/models";
   *
   * const model = new MbgNbd({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 });
   * model.conditionalExpectedPurchasesBatch(39, { frequency: [2, 0], recency: [30.43, 0], T: [38.86, 38.86] });
   * //=> Float64Array [1.2629606232673654, 0.15401274667514694]
   * ```
   */
  conditionalExpectedPurchasesBatch(t: number, customers: SummaryColumns | readonly SummaryRow[]): Float64Array {
    return bgNbdMethods.conditionalExpectedPurchasesBatch(this.params, SHIFT, t, customers);
  }

  /**
   * {@link MbgNbd.probabilityAlive} for many customers.
   *
   * @param customers - rows `{ frequency, recency, T }` or columns of equal length (weights ignored).
   * @returns one probability per customer, in input order.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the customer's field.
   * @see Batislam, Denizel & Filiztekin (2007), IJRM 24(3); BTYDplus `mbgcnbd.PAlive` (k = 1).
   *
   * @example
   * ```ts
   * import { MbgNbd } from "patronage/models";
   *
   * const model = new MbgNbd({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 });
   * model.probabilityAliveBatch([{ frequency: 2, recency: 30.43, T: 38.86 }, { frequency: 0, recency: 0, T: 10 }]);
   * //=> Float64Array [0.7062022651184873, 0.5222337327821048]
   * ```
   */
  probabilityAliveBatch(customers: SummaryColumns | readonly SummaryRow[]): Float64Array {
    return bgNbdMethods.probabilityAliveBatch(this.params, SHIFT, customers);
  }

  /**
   * {@link MbgNbd.probabilityNoPurchase} for many customers.
   *
   * @param t - the horizon, a finite number ≥ 0 in the model's time unit.
   * @param customers - rows `{ frequency, recency, T }` or columns of equal length (weights ignored).
   * @returns one probability per customer, in input order.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `t` or the customer's field.
   * @see Fader, Hardie & Lee (2005), Marketing Science 24(2), §3, and {@link MbgNbd.probabilityAlive}.
   *
   * @example
   * ```ts
   * import { MbgNbd } from "patronage/models";
   *
   * const model = new MbgNbd({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 });
   * model.probabilityNoPurchaseBatch(39, [{ frequency: 2, recency: 30.43, T: 38.86 }]); //=> Float64Array [0.4400059091777069]
   * ```
   */
  probabilityNoPurchaseBatch(t: number, customers: SummaryColumns | readonly SummaryRow[]): Float64Array {
    return bgNbdMethods.probabilityNoPurchaseBatch(this.params, SHIFT, t, customers);
  }

  /**
   * {@link MbgNbd.logLikelihoodOf} for many customers (unweighted: one value per row).
   *
   * @param customers - rows `{ frequency, recency, T }` or columns of equal length (weights ignored).
   * @returns one log-likelihood per customer, in input order.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the customer's field.
   * @see Batislam, Denizel & Filiztekin (2007), IJRM 24(3); BTYDplus `mbgcnbd.LL` (k = 1).
   *
   * @example
   * ```ts
   * import { MbgNbd } from "patronage/models";
   *
   * const model = new MbgNbd({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 });
   * model.logLikelihoodBatch([{ frequency: 2, recency: 30.43, T: 38.86 }]); //=> Float64Array [-9.48555131453393]
   * ```
   */
  logLikelihoodBatch(customers: SummaryColumns | readonly SummaryRow[]): Float64Array {
    return bgNbdMethods.logLikelihoodBatch(this.params, SHIFT, customers);
  }

  /**
   * Simulates customers from the model, each observed for T time units after their first purchase:
   * λ ~ Gamma(r, α), p ~ Beta(a, b); purchases at rate λ; right after the first purchase and after
   * each repeat purchase the customer drops out with probability p. Drawn exactly, without stepping
   * through time: N ~ Poisson(λT) purchase opportunities, K ~ Geometric(p) (failures before the
   * first success) repeat purchases before dropout, x = min(N, K), and the
   * last purchase time t_x = T·Beta(x, N − x + 1) (the x-th of N uniform order statistics). A
   * dropout probability below 1e-14 is treated as never dropping out.
   *
   * @param count - the number of customers, a safe integer ≥ 0.
   * @param T - each customer's observation time: one finite number ≥ 0 for all, or an array of
   *   `count` of them.
   * @param rng - the random generator ({@link math!createRng}); the draws are reproducible per seed.
   * @returns columns `{ frequency, recency, T }` of length `count`, which {@link MbgNbd.fit} accepts.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `count`, `T` (or `T[i]`) or `rng`;
   *   also naming `T` when a drawn customer's λT exceeds 1e15 (the Poisson draw's domain: a tiny α).
   * @see Batislam, Denizel & Filiztekin (2007), IJRM 24(3) (the model's assumptions).
   *
   * @example
   * ```ts
   * import { MbgNbd } from "patronage/models";
   * import { createRng } from "patronage/math";
   *
   * const model = new MbgNbd({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 });
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
