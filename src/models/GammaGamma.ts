import { compressColumns } from "../_lib/compressColumns.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import type { Rng } from "../math/index.js";
import { PatronageError } from "../PatronageError.js";
import type { FitOptions } from "./FitOptions.js";
import type { FitStatistics } from "./FitStatistics.js";
import type { Fitted } from "./Fitted.js";
import { fitMaximumLikelihood } from "./fitMaximumLikelihood.js";
import type { GammaGammaParams } from "./GammaGammaParams.js";
import { gammaGammaLogDensity } from "./gammaGammaLogDensity.js";
import { gammaGammaProblem } from "./gammaGammaProblem.js";
import type { ModelJson } from "./ModelJson.js";
import { ParametricModel } from "./ParametricModel.js";
import { readModelJson } from "./readModelJson.js";
import { readSpendColumns } from "./readSpendColumns.js";
import type { SpendColumns } from "./SpendColumns.js";
import type { SpendRow } from "./SpendRow.js";

const NAMES = ["p", "q", "gamma"] as const;
const MODEL = "GammaGamma";

/**
 * E[Z | p, q, γ; x, z̄] = (γ + x z̄)·p / (px + q − 1) as (p/d)·γ + (px/d)·z̄ with d = px + q − 1 (so
 * x = 0 gives the population mean pγ/(q − 1)); NaN when d ≤ 0 (the posterior mean of 1/ν is
 * infinite). When px overflows, (q − 1)/(px) is 0 and the value is γ/x + z̄.
 */
function spendOf(p: number, q: number, gamma: number, x: number, zbar: number): number {
  const px = p * x;
  if (px === Infinity) return gamma / x + zbar;
  const d = px + (q - 1);
  if (!(d > 0)) return Number.NaN;
  return (p / d) * gamma + (px / d) * zbar;
}

/**
 * The Gamma-Gamma model of monetary value (Colombo & Jiang 1999; Fader, Hardie & Lee 2005; Fader &
 * Hardie 2013): it predicts a customer's mean spend per transaction from the mean z̄ of their x repeat
 * transactions, shrinking z̄ toward the population mean the fewer transactions there are. It is the
 * monetary half of a lifetime value; a BG/NBD or Pareto/NBD model supplies the number of future
 * transactions (see {@link customerLifetimeValue}).
 *
 * The model. A customer's spends per transaction z₁ … z_x are independent Gamma(p, ν) (shape p,
 * rate ν), so z̄ | ν ~ Gamma(px, νx) and the customer's mean spend is ζ = p/ν; across customers
 * ν ~ Gamma(q, γ) (shape q, rate γ), independent of the number of transactions. Integrating ν out gives
 * the density of a customer's observed mean spend
 *
 *   f(z̄ | p, q, γ; x) = Γ(px + q) / (Γ(px) Γ(q)) · γ^q x^{px} z̄^{px − 1} / (γ + x z̄)^{px + q},
 *
 * the posterior ν | x, z̄ ~ Gamma(px + q, γ + x z̄), and the conditional expectation
 *
 *   E[Z | p, q, γ; x, z̄] = (q − 1)/(px + q − 1) · pγ/(q − 1) + px/(px + q − 1) · z̄
 *                         = (γ + x z̄)·p / (px + q − 1),
 *
 * a weighted average of the population mean pγ/(q − 1) and the customer's own z̄, whose weight on z̄
 * grows with x.
 *
 * Units: `monetaryValue` is the mean spend per repeat transaction (the first purchase excluded) as a
 * double in the currency's unit: statistics, not money, so no `DecimalString` here. γ and every
 * expected spend are in the same unit; p and q are pure numbers.
 *
 * @see P. S. Fader, B. G. S. Hardie & K. L. Lee (2005), "RFM and CLV: Using iso-value curves for
 *   customer base analysis", Journal of Marketing Research 42(4), 415–430 (the spend sub-model and
 *   the conditional expectation of a customer's mean spend).
 * @see P. S. Fader & B. G. S. Hardie (2013), "The Gamma-Gamma model of monetary value", note 025,
 *   http://brucehardie.com/notes/025/ (the density of z̄, the posterior of ν, E[Z | x, z̄], and the
 *   CDNOW estimates p = 6.25, q = 3.74, γ = 15.44, LL = −4,055.92).
 * @see R. Colombo & W. Jiang (1999), "A stochastic RFM model", Journal of Interactive Marketing
 *   13(3), 2–12.
 *
 * @example
 * ```ts
 * import { GammaGamma } from "patronage/models";
 *
 * // The CDNOW estimates of Fader & Hardie (2013).
 * const model = new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 });
 * model.expectedSpend(); //=> 35.21897810218977
 * model.conditionalExpectedSpend({ frequency: 1, monetaryValue: 20 }); //=> 24.638487208008897
 * model.conditionalExpectedSpend({ frequency: 10, monetaryValue: 20 }); //=> 20.639178418148376
 * ```
 */
export class GammaGamma extends ParametricModel<GammaGammaParams> {
  /**
   * The total weight of the customers the fit skipped because they made no repeat transaction
   * (frequency 0): their mean repeat spend is undefined, so they carry no information about the
   * spend model. {@link FitStatistics.n} counts the customers fitted. `null` when the model was
   * built from parameters without fit statistics.
   */
  readonly skipped: number | null;

  /**
   * @param params - the parameters p, q, γ, each a finite number > 0.
   * @param fit - the statistics of the fit that produced `params`, when there was one, with
   *   `skipped` (the weight of the frequency-0 customers; 0 when absent).
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `params.p`, `params.q`,
   *   `params.gamma` or `fit.skipped`.
   */
  constructor(params: GammaGammaParams, fit: (FitStatistics<GammaGammaParams> & { readonly skipped?: number }) | null = null) {
    super(params, NAMES, fit);
    const skipped = fit?.skipped ?? 0;
    if (typeof skipped !== "number" || !(skipped >= 0 && skipped < Infinity)) throw invalidArgument("fit.skipped", skipped, "a finite number ≥ 0");
    this.skipped = fit === null ? null : skipped;
  }

  /** `"GammaGamma"`. */
  protected get modelName(): string {
    return MODEL;
  }

  /**
   * Fits the model by maximum likelihood to the customers who made at least one repeat transaction.
   *
   * Customers with frequency 0 are skipped (their mean repeat spend does not exist) and their total
   * weight is returned as `skipped`; the others are merged into distinct weighted
   * `(frequency, monetaryValue)` patterns and the log-likelihood
   * Σ w·ln f(z̄ | p, q, γ; x) is maximised over ln p, ln q, ln γ by BFGS with its analytic gradient,
   * from deterministic start points scaled to the data's mean spend. The reported `logLikelihood` is
   * the full log-density of the observed mean spends, every constant included (x^{px} and
   * z̄^{px − 1}): the figure Fader & Hardie (2013) report, −4,055.92 on CDNOW.
   *
   * Check the model's assumption before relying on it: spend must be independent of frequency (the
   * correlation of frequency and monetaryValue over the repeat buyers should be near 0).
   *
   * @param data - the customers, as rows {@link SpendRow} or columns {@link SpendColumns}.
   * @param options - penalizer, iteration budget and an extra start point ({@link FitOptions}).
   * @returns the fitted model, with its {@link FitStatistics} (`n` = weight of the customers
   *   fitted, `patterns` = distinct `(frequency, monetaryValue)` pairs among them) and `skipped`.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the malformed field
   *   (`data[3].monetaryValue`, `data.frequency[3]`, `options.penalizer`, …: frequency a safe
   *   integer ≥ 0, monetaryValue finite and > 0 when frequency > 0 (≥ 0 otherwise), weight finite
   *   ≥ 0); `INSUFFICIENT_DATA` when no customer with frequency > 0 has weight > 0;
   *   `NOT_CONVERGED` when the likelihood is not finite at any start point or the parameters run
   *   off to 0 or ∞. On degenerate data (all spends equal, a handful of customers) the likelihood
   *   may have no maximum: the estimates grow huge with `converged` false or `standardErrors`
   *   `null`. A penalizer can tame them, but it penalises γ in the currency's unit and can push q
   *   below 1 (then a new customer's spend is undefined): prefer more data, or check the fit.
   * @see P. S. Fader & B. G. S. Hardie (2013), "The Gamma-Gamma model of monetary value", note 025.
   *
   * @example
   * ```ts
   * import { GammaGamma } from "patronage/models";
   *
   * const model = GammaGamma.fit({
   *   frequency: [0, 1, 1, 2, 2, 3, 4, 5, 6, 8, 0],
   *   monetaryValue: [0, 12.5, 40, 22, 31.5, 18, 55, 26, 24.75, 35, 0],
   * });
   * model.skipped; //=> 2
   * model.n; //=> 9
   * model.converged; //=> true
   * model.conditionalExpectedSpend({ frequency: 2, monetaryValue: 30 }).toFixed(2); //=> "30.24"
   * ```
   */
  static fit(
    data: readonly SpendRow[] | SpendColumns,
    options: FitOptions = {},
  ): Fitted<GammaGamma> & {
    /** The total weight of the frequency-0 customers the fit skipped (see {@link GammaGamma.skipped}). */
    readonly skipped: number;
  } {
    const rows = readSpendColumns(data, "data");
    const { frequency, monetaryValue, weight } = rows;
    let skipped = 0;
    let repeat = 0;
    for (let i = 0; i < rows.length; i++) {
      if (frequency[i] === 0) skipped += weight === null ? 1 : weight[i]!;
      else repeat++;
    }
    const f = new Float64Array(repeat);
    const m = new Float64Array(repeat);
    const w = weight === null ? null : new Float64Array(repeat);
    for (let i = 0, k = 0; i < rows.length; i++) {
      if (frequency[i] === 0) continue;
      f[k] = frequency[i]!;
      m[k] = monetaryValue[i]!;
      if (w !== null) w[k] = weight![i]!;
      k++;
    }
    const compressed = compressColumns([f, m], w);
    const keep: number[] = [];
    let n = 0;
    let spend = 0;
    for (let p = 0; p < compressed.size; p++) {
      const wp = compressed.weight[p]!;
      if (wp > 0) {
        keep.push(p);
        n += wp;
        spend += wp * compressed.columns[1]![p]!;
      }
    }
    if (!(n > 0)) {
      throw new PatronageError(
        "INSUFFICIENT_DATA",
        "data holds no customer with frequency > 0 and weight > 0: the Gamma-Gamma model is fitted on repeat buyers only",
        { field: "data" },
      );
    }
    const pick = (column: Float64Array) => Float64Array.from(keep, (p) => column[p]!);
    // Start points with the data's mean spend: pγ/(q − 1) equals it at each.
    const mean = Math.min(spend / n, 1e300);
    const starts = [
      [1, 2, mean],
      [4, 4, 0.75 * mean],
    ];
    const problem = gammaGammaProblem(pick(compressed.columns[0]!), pick(compressed.columns[1]!), pick(compressed.weight), starts);
    const { params, statistics } = fitMaximumLikelihood(problem, options);
    return new GammaGamma(params, { ...statistics, skipped }) as Fitted<GammaGamma> & { readonly skipped: number };
  }

  /**
   * Reads back a model written by {@link GammaGamma.toJSON}.
   *
   * @param json - the parsed JSON: `{ model: "GammaGamma", version: 1, params, fit }`, with
   *   `fit.skipped` (optional, 0 when absent).
   * @returns the model, with its fit statistics when the JSON has them.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the malformed field
   *   (`json.model`, `json.fit.skipped`, `json.params.q`, …).
   *
   * @example
   * ```ts
   * import { GammaGamma } from "patronage/models";
   *
   * const model = new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 });
   * const copy = GammaGamma.fromJSON(JSON.parse(JSON.stringify(model)));
   * copy.params; //=> { p: 6.25, q: 3.74, gamma: 15.44 }
   * ```
   */
  static fromJSON(json: unknown): GammaGamma {
    const { params, fit } = readModelJson<GammaGammaParams>(json, MODEL, [...NAMES]);
    if (fit === null) return new GammaGamma(params);
    const skipped = ((json as { fit: { skipped?: unknown } }).fit.skipped ?? 0) as number;
    if (!(typeof skipped === "number" && skipped >= 0 && skipped < Infinity)) {
      throw invalidArgument("json.fit.skipped", skipped, "a finite number ≥ 0");
    }
    return new GammaGamma(params, { ...fit, skipped });
  }

  /**
   * The model as plain JSON: {@link ParametricModel.toJSON}, with `fit.skipped` beside the fit
   * statistics when the model was fitted.
   *
   * @returns `{ model: "GammaGamma", version: 1, params, fit }`.
   */
  override toJSON(): ModelJson<GammaGammaParams> {
    const json = super.toJSON();
    if (json.fit === null) return json;
    const fit: FitStatistics<GammaGammaParams> & { readonly skipped: number } = { ...json.fit, skipped: this.skipped ?? 0 };
    return { ...json, fit };
  }

  /**
   * The mean spend per transaction of a customer drawn from the population (a new customer):
   * E[Z] = E[p/ν] = pγ/(q − 1).
   *
   * @returns pγ/(q − 1), finite and > 0, in the currency's unit.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` with field `params.q` when q ≤ 1: the
   *   mean of p/ν with ν ~ Gamma(q, γ) is then infinite, a property of the parameters (the argument
   *   of the model), not of missing data or of an optimiser, so neither `INSUFFICIENT_DATA` nor
   *   `NOT_CONVERGED` fits; also when pγ/(q − 1) overflows a double.
   * @see P. S. Fader & B. G. S. Hardie (2013), note 025 (the population mean pγ/(q − 1)).
   *
   * @example
   * ```ts
   * import { GammaGamma } from "patronage/models";
   *
   * new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 }).expectedSpend(); //=> 35.21897810218977
   * new GammaGamma({ p: 2, q: 0.9, gamma: 10 }).expectedSpend(); // throws INVALID_ARGUMENT (params.q)
   * ```
   */
  expectedSpend(): number {
    return this.spend(0, 0, "the population mean spend");
  }

  /**
   * A customer's expected mean spend per transaction given their x repeat transactions of mean z̄:
   * E[Z | p, q, γ; x, z̄] = (γ + x z̄)·p / (px + q − 1), the weighted average
   * (q − 1)/(px + q − 1)·pγ/(q − 1) + px/(px + q − 1)·z̄ of the population mean and z̄. With
   * frequency 0 it is the population mean {@link GammaGamma.expectedSpend} (monetaryValue is then
   * ignored). With frequency ≥ 1 it is finite whenever px + q > 1, also when q ≤ 1.
   *
   * @param customer - `{ frequency, monetaryValue }` as in {@link SpendRow}.
   * @returns the expected spend per transaction, finite and > 0, in the unit of `monetaryValue`.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `customer.frequency` or
   *   `customer.monetaryValue` when malformed; with field `params.q` when px + q ≤ 1 (the posterior
   *   mean of 1/ν is infinite: for frequency 0 that is q ≤ 1) or the value overflows.
   * @see P. S. Fader, B. G. S. Hardie & K. L. Lee (2005), JMR 42(4), and Fader & Hardie (2013),
   *   note 025: the conditional expectation E(Z | p, q, γ, z̄, x).
   *
   * @example
   * ```ts
   * import { GammaGamma } from "patronage/models";
   *
   * const model = new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 });
   * model.conditionalExpectedSpend({ frequency: 1, monetaryValue: 20 }); //=> 24.638487208008897
   * model.conditionalExpectedSpend({ frequency: 0, monetaryValue: 0 }); //=> 35.21897810218977
   * ```
   */
  conditionalExpectedSpend(customer: { readonly frequency: number; readonly monetaryValue: number }): number {
    const { x, zbar } = readCustomer(customer);
    return this.spend(x, zbar, "the expected spend of customer");
  }

  /**
   * {@link GammaGamma.conditionalExpectedSpend} for many customers in one pass over typed arrays.
   * Weights, when given, are validated and ignored.
   *
   * @param customers - rows {@link SpendRow} or columns {@link SpendColumns}.
   * @returns one expected spend per customer, in input order.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the malformed field
   *   (`customers[3].monetaryValue`, `customers.frequency[3]`); with field `params.q` when
   *   px + q ≤ 1 for some customer (the message names the first).
   *
   * @example
   * ```ts
   * import { GammaGamma } from "patronage/models";
   *
   * const model = new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 });
   * model.conditionalExpectedSpendBatch({ frequency: [0, 1, 10], monetaryValue: [0, 20, 20] });
   * //=> Float64Array [35.21897810218977, 24.638487208008897, 20.639178418148376]
   * ```
   */
  conditionalExpectedSpendBatch(customers: SpendColumns | readonly SpendRow[]): Float64Array {
    const { frequency, monetaryValue, length } = readSpendColumns(customers, "customers");
    const { p, gamma } = this.params;
    const qm1 = this.params.q - 1;
    const out = new Float64Array(length);
    for (let i = 0; i < length; i++) {
      const x = frequency[i]!;
      const px = p * x;
      const d = px + qm1;
      const value = px < Infinity ? (p / d) * gamma + (px / d) * monetaryValue[i]! : gamma / x + monetaryValue[i]!;
      if (!(d > 0 && value < Infinity)) {
        const root = Array.isArray(customers) ? `customers[${i}]` : `customers.frequency[${i}]`;
        this.spend(x, monetaryValue[i]!, `the expected spend of ${root}`); // throws
      }
      out[i] = value;
    }
    return out;
  }

  /**
   * The log-likelihood of one customer: the log-density ln f(z̄ | p, q, γ; x) of their observed mean
   * spend (see {@link GammaGamma}), or 0 for frequency 0 (the fit skips such customers, so the sum
   * over all customers, weighted, is the fit's `logLikelihood`). Evaluated as
   * −ln B(px, q) − q ln(1 + x z̄/γ) − px ln(1 + γ/(x z̄)) − ln z̄, accurate for frequencies of
   * 10,000 and spends of 1e9.
   *
   * @param customer - `{ frequency, monetaryValue }` as in {@link SpendRow}.
   * @returns the log-density (a density of z̄ in the currency's unit, so it may be positive).
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `customer.frequency` or
   *   `customer.monetaryValue` when malformed, or `customer.frequency` when p·frequency overflows.
   * @see P. S. Fader & B. G. S. Hardie (2013), note 025 (the density of z̄ and the likelihood).
   *
   * @example
   * ```ts
   * import { GammaGamma } from "patronage/models";
   *
   * const model = new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 });
   * model.logLikelihoodOf({ frequency: 1, monetaryValue: 35.5 }); //=> -4.206189637286619
   * model.logLikelihoodOf({ frequency: 0, monetaryValue: 0 }); //=> 0
   * ```
   */
  logLikelihoodOf(customer: { readonly frequency: number; readonly monetaryValue: number }): number {
    const { x, zbar } = readCustomer(customer);
    if (x === 0) return 0;
    const { p, q, gamma } = this.params;
    if (!(p * x < Infinity)) throw invalidArgument("customer.frequency", x, `a safe integer with p·frequency finite (p = ${p})`);
    const value = gammaGammaLogDensity(p, q, gamma, x, zbar);
    if (!Number.isFinite(value)) {
      throw new PatronageError("INVALID_ARGUMENT", `the log-density of customer is not a finite double (${value}) with p = ${p}, q = ${q}, gamma = ${gamma}`, { field: "params" });
    }
    return value;
  }

  /**
   * Draws customers' mean spends from the model: for each customer, ν ~ Gamma(q, γ), then
   * z̄ = mean of x draws of Gamma(p, ν), drawn as z̄ = (γ/x)·G/H with G ~ Gamma(px, 1) and
   * H ~ Gamma(q, 1) (two gamma draws per customer, in that order: H, then G). A customer with
   * frequency 0 gets monetaryValue 0 and consumes no draw. Extremely small px can underflow a draw
   * to 0.
   *
   * @param count - the number of customers, a safe integer ≥ 0.
   * @param frequency - each customer's number of repeat transactions: one safe integer ≥ 0 for all,
   *   or one per customer (length `count`).
   * @param rng - the random generator (`createRng(seed)` from patronage/math).
   * @returns `{ frequency, monetaryValue }` as `Float64Array` columns of length `count`, ready for
   *   {@link GammaGamma.fit}.
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `count`, `frequency` (or
   *   `frequency[i]`) or `rng`; with field `params` when a draw overflows a double.
   *
   * @example
   * ```ts
   * import { createRng } from "patronage/math";
   * import { GammaGamma } from "patronage/models";
   *
   * const model = new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 });
   * const { frequency, monetaryValue } = model.sample(3, [0, 1, 5], createRng(42));
   * frequency; //=> Float64Array [0, 1, 5]
   * monetaryValue[0]; //=> 0
   * ```
   */
  sample(
    count: number,
    frequency: number | ArrayLike<number>,
    rng: Rng,
  ): {
    /** Each customer's repeat transactions, as given. */
    frequency: Float64Array;
    /** Each customer's drawn mean spend per repeat transaction (0 for frequency 0). */
    monetaryValue: Float64Array;
  } {
    if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) throw invalidArgument("count", count, "a safe integer ≥ 0");
    const frequencies = new Float64Array(count);
    if (typeof frequency === "number") {
      if (!(Number.isSafeInteger(frequency) && frequency >= 0)) throw invalidArgument("frequency", frequency, "a safe integer ≥ 0, or an array of them");
      frequencies.fill(frequency);
    } else {
      if (typeof frequency !== "object" || frequency === null || frequency.length !== count) {
        throw invalidArgument("frequency", frequency, `a safe integer ≥ 0, or an array of ${count} of them`);
      }
      for (let i = 0; i < count; i++) {
        const x = frequency[i];
        if (typeof x !== "number" || !(Number.isSafeInteger(x) && x >= 0)) throw invalidArgument(`frequency[${i}]`, x, "a safe integer ≥ 0");
        frequencies[i] = x;
      }
    }
    if (typeof rng !== "object" || rng === null || typeof rng.gamma !== "function") throw invalidArgument("rng", rng, "a random generator (createRng)");
    const { p, q, gamma } = this.params;
    const monetaryValue = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const x = frequencies[i]!;
      if (x === 0) continue;
      const h = rng.gamma(q);
      const g = rng.gamma(p * x);
      const value = (gamma / x) * (g / h);
      if (!(value < Infinity)) {
        throw new PatronageError("INVALID_ARGUMENT", `a draw of the mean spend overflows a double (p = ${p}, q = ${q}, gamma = ${gamma})`, { field: "params" });
      }
      monetaryValue[i] = value;
    }
    return { frequency: frequencies, monetaryValue };
  }

  /** E[Z | x, z̄], or the `params.q` error naming `what`. */
  private spend(x: number, zbar: number, what: string): number {
    const { p, q, gamma } = this.params;
    const value = spendOf(p, q, gamma, x, zbar);
    if (value < Infinity) return value;
    const reason = Number.isNaN(value)
      ? x === 0
        ? `needs q > 1 (the mean of p/ν with ν ~ Gamma(q, γ) is infinite for q ≤ 1)`
        : `needs p·frequency + q > 1 (frequency ${x}; the posterior mean of 1/ν is infinite otherwise)`
      : `overflows a double`;
    throw new PatronageError("INVALID_ARGUMENT", `${what} ${reason}; the model has p = ${p}, q = ${q}, gamma = ${gamma}`, {
      field: "params.q",
      value: q,
    });
  }
}

function readCustomer(customer: { readonly frequency: number; readonly monetaryValue: number }): { x: number; zbar: number } {
  if (typeof customer !== "object" || customer === null) throw invalidArgument("customer", customer, "an object { frequency, monetaryValue }");
  const { frequency: x, monetaryValue: zbar } = customer;
  if (typeof x !== "number" || !(Number.isSafeInteger(x) && x >= 0)) throw invalidArgument("customer.frequency", x, "a safe integer ≥ 0");
  if (typeof zbar !== "number" || !(zbar < Infinity && (zbar > 0 || (zbar === 0 && x === 0)))) {
    throw invalidArgument("customer.monetaryValue", zbar, x > 0 ? "a finite number > 0 when frequency > 0" : "a finite number ≥ 0");
  }
  return { x, zbar };
}
