/**
 * Answers given as counts per scale point, as a warehouse would send them: `counts[i]` is the number
 * of answers equal to the scale's lowest point + i (for a 1–5 scale, `counts[0]` counts the 1s).
 */
export interface AnswerCounts {
  /** One safe integer ≥ 0 per scale point, lowest point first. */
  readonly counts: ArrayLike<number>;
}
