import { invalidArgument } from "../_lib/invalidArgument.js";
import type { FitStatistics } from "./FitStatistics.js";
import type { ModelJson } from "./ModelJson.js";
import { readFitStatistics } from "./readFitStatistics.js";

/**
 * What every model of `patronage/models` shares: positive parameters, and the statistics of the fit
 * that produced them, each `null` for a model built from parameters. The models' `fit` returns a
 * {@link Fitted} model, whose statistics are present.
 *
 * @typeParam P - the model's parameters, such as `{ r, alpha, a, b }`.
 */
export abstract class ParametricModel<P extends object> {
  /** The parameters, each a finite number > 0. */
  readonly params: Readonly<P>;
  /** See {@link FitStatistics.logLikelihood}; `null` when not fitted. */
  readonly logLikelihood: number | null;
  /** See {@link FitStatistics.n}; `null` when not fitted. */
  readonly n: number | null;
  /** See {@link FitStatistics.patterns}; `null` when not fitted. */
  readonly patterns: number | null;
  /** See {@link FitStatistics.standardErrors}; `null` when not fitted. */
  readonly standardErrors: { readonly [K in keyof P]: number } | null;
  /** See {@link FitStatistics.covariance}; `null` when not fitted. */
  readonly covariance: readonly (readonly number[])[] | null;
  /** See {@link FitStatistics.aic}; `null` when not fitted. */
  readonly aic: number | null;
  /** See {@link FitStatistics.bic}; `null` when not fitted. */
  readonly bic: number | null;
  /** See {@link FitStatistics.converged}; `null` when not fitted. */
  readonly converged: boolean | null;
  /** See {@link FitStatistics.iterations}; `null` when not fitted. */
  readonly iterations: number | null;
  /** See {@link FitStatistics.penalizer}; `null` when not fitted. */
  readonly penalizer: number | null;

  /**
   * @param params - the parameters; each must be a finite number > 0.
   * @param names - the parameters' names, in declaration order.
   * @param statistics - the statistics of the fit that produced `params`, when there was one
   *   (validated and copied).
   * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `params.<name>` or `fit.<field>`.
   */
  protected constructor(params: P, names: readonly (keyof P & string)[], statistics: FitStatistics<P> | null = null) {
    if (typeof params !== "object" || params === null) throw invalidArgument("params", params, `an object { ${names.join(", ")} }`);
    const copy = {} as Record<keyof P, number>;
    for (const name of names) {
      const value = (params as Record<string, unknown>)[name];
      if (typeof value !== "number" || !(value > 0 && value < Infinity)) throw invalidArgument(`params.${name}`, value, "a finite number > 0");
      copy[name] = value;
    }
    this.params = Object.freeze(copy) as unknown as Readonly<P>;
    const fit = statistics === null || statistics === undefined ? null : readFitStatistics<P>(statistics, "fit", names);
    this.logLikelihood = fit?.logLikelihood ?? null;
    this.n = fit?.n ?? null;
    this.patterns = fit?.patterns ?? null;
    this.standardErrors = fit?.standardErrors ?? null;
    this.covariance = fit?.covariance ?? null;
    this.aic = fit?.aic ?? null;
    this.bic = fit?.bic ?? null;
    this.converged = fit?.converged ?? null;
    this.iterations = fit?.iterations ?? null;
    this.penalizer = fit?.penalizer ?? null;
  }

  /** The model's class name, as written in its JSON. */
  protected abstract get modelName(): string;

  /** The model as plain JSON (parameters and fit statistics); the class's `fromJSON` reads it back. */
  toJSON(): ModelJson<P> {
    const fit: FitStatistics<P> | null =
      this.logLikelihood === null
        ? null
        : {
            logLikelihood: this.logLikelihood,
            n: this.n!,
            patterns: this.patterns!,
            standardErrors: this.standardErrors === null ? null : { ...this.standardErrors },
            covariance: this.covariance === null ? null : this.covariance.map((row) => [...row]),
            aic: this.aic!,
            bic: this.bic!,
            converged: this.converged!,
            iterations: this.iterations!,
            penalizer: this.penalizer!,
          };
    return { model: this.modelName, version: 1, params: { ...this.params }, fit };
  }
}
