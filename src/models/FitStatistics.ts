/**
 * What a maximum-likelihood fit reports besides the parameters. Every number is finite.
 *
 * @typeParam P - the model's parameters, such as `{ r, alpha, a, b }`.
 */
export interface FitStatistics<P extends object> {
  /** The maximised log-likelihood: total over customers, weighted, without the penalty. */
  readonly logLikelihood: number;
  /** Customers fitted: the sum of the weights. */
  readonly n: number;
  /** Distinct `(frequency, recency, T)` (or `(frequency, monetaryValue)`) patterns the fit evaluated. */
  readonly patterns: number;
  /**
   * Asymptotic standard errors of the parameters: square roots of the diagonal of
   * {@link FitStatistics.covariance}. `null` when the Hessian of the negative log-likelihood at the
   * optimum is not positive definite (a flat or degenerate likelihood: the parameters are not
   * identified by the data).
   */
  readonly standardErrors: { readonly [K in keyof P]: number } | null;
  /**
   * The parameters' covariance, rows and columns in the order of the parameters' declaration:
   * Σ = D H⁻¹ D, where H is the Hessian of the negative log-likelihood in log-parameters (differences
   * of the analytic gradient) and D = diag(params) (the delta method for the map θ ↦ e^θ). It
   * ignores the penalty. `null` when H is not positive definite.
   */
  readonly covariance: readonly (readonly number[])[] | null;
  /** Akaike's information criterion, 2k − 2·logLikelihood, with k the number of parameters. */
  readonly aic: number;
  /**
   * The Bayesian (Schwarz) information criterion, k·ln n − 2·logLikelihood, with n the sum of the
   * weights: meaningful when weights count customers (not when they are sampling weights summing to 1).
   */
  readonly bic: number;
  /** Whether the optimiser met its convergence test; when `false` the parameters are the best found, not an optimum. */
  readonly converged: boolean;
  /** Optimiser iterations of the start point that won. */
  readonly iterations: number;
  /** The L2 penalty coefficient the fit used (see {@link FitOptions.penalizer}); 0 for plain maximum likelihood. */
  readonly penalizer: number;
}
