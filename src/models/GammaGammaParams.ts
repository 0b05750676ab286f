/**
 * The parameters of the Gamma-Gamma model of monetary value (see {@link GammaGamma}), each a finite
 * number > 0. A customer's spends per transaction are Gamma(p, ν) (shape p, rate ν), so their mean
 * is ζ = p/ν; across customers ν is Gamma(q, γ) (shape q, rate γ).
 */
export interface GammaGammaParams {
  /** The shape p of a customer's spend per transaction: larger p, less variation around the customer's mean (coefficient of variation 1/√p). */
  readonly p: number;
  /** The shape q of ν across customers: larger q, less heterogeneity between customers' means (the population mean exists for q > 1, its variance for q > 2). */
  readonly q: number;
  /** The rate γ of ν across customers, in the currency's unit: it scales spends (mean spend pγ/(q − 1)). */
  readonly gamma: number;
}
