/**
 * What a customer thinks and feels about the brand (态度忠诚), from surveys or observed preference.
 * Every field is optional, but at least one must be given for the attitude to be scored; averages of
 * several answers are accepted, so the scale values need not be integers.
 */
export interface AttitudeSignals {
  /** Likelihood to recommend, the NPS question, on 0–10. */
  readonly recommend?: number;
  /** Satisfaction (CSAT) on 1–5. */
  readonly satisfaction?: number;
  /** Stated intention to buy again, a fraction in [0, 1] (a 1–5 answer maps to (answer − 1) / 4). */
  readonly repurchaseIntent?: number;
  /**
   * Relative preference for the brand over alternatives, a fraction in [0, 1] (for instance the
   * share of choice occasions it is the first choice, or a rescaled preference rating).
   */
  readonly brandPreference?: number;
}
