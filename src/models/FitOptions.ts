/** Options of a model's `fit`. Every field is optional. */
export interface FitOptions {
  /**
   * The L2 penalty coefficient λ, a finite number ≥ 0 (default 0). The fit minimises
   * −logLikelihood / n + λ·Σ params², the mean negative log-likelihood per customer plus λ times the
   * sum of the squared parameters: the scale of lifetimes' `penalizer_coef`, so the same λ shrinks
   * the same way there and here. The penalty acts on the parameters in the data's units — BG/NBD's
   * α is in the time unit, Gamma-Gamma's γ in the currency — so the same λ pulls differently on data
   * in days or weeks, in cents or dollars. Use it to tame the runaway parameters of small or
   * degenerate samples (b → ∞ in BG/NBD when nobody seems to drop out), with λ of order 0.001–0.1
   * for time measured in weeks, and check the result; the reported log-likelihood is the unpenalised
   * one at the penalised optimum.
   */
  readonly penalizer?: number;
  /** The most optimiser iterations per start point; a safe integer ≥ 1 (default 500). */
  readonly maxIterations?: number;
  /**
   * An extra start point, tried first, beside the model's deterministic ones: parameters of the
   * model (each a finite number > 0), such as the estimates of an earlier fit.
   */
  readonly initialParams?: Readonly<Record<string, number>>;
}
