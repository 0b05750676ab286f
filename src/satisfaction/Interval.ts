/**
 * A confidence (or credible) interval as the satisfaction scores report it: the bounds, the
 * confidence level they were computed at, and the method's name, so a reader knows what the range
 * means.
 */
export interface Interval {
  /** The lower bound, in the unit of the estimate. */
  readonly lower: number;
  /** The upper bound, in the unit of the estimate. */
  readonly upper: number;
  /** The confidence level, a probability in (0, 1) such as 0.95. */
  readonly confidence: number;
  /** How the interval was computed, such as `"wilson"`, `"adjusted-wald"`, `"bootstrap"`, `"t"`. */
  readonly method: string;
}
