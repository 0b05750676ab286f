/**
 * One customer's repeat spend, as the Gamma-Gamma model takes it (see {@link GammaGamma}).
 *
 * Statistics regime: `monetaryValue` is a double in the currency's unit (dollars, not cents, say),
 * not a `DecimalString`.
 */
export interface SpendRow {
  /** Repeat transactions x: purchases after the first; a safe integer ≥ 0. */
  readonly frequency: number;
  /**
   * The mean spend per repeat transaction z̄ (the first purchase excluded), in the currency's unit as
   * a number: finite and > 0 when `frequency` > 0; finite and ≥ 0 (conventionally 0, and ignored)
   * when `frequency` is 0.
   */
  readonly monetaryValue: number;
  /** How many customers share this row; a finite number ≥ 0, default 1. */
  readonly weight?: number;
}
