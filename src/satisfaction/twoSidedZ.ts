import { normalQuantile } from "../math/index.js";

/**
 * The two-sided normal quantile z = Φ⁻¹(1 − (1 − confidence)/2) of a confidence level, computed as
 * −Φ⁻¹((1 − confidence)/2) from the small tail probability, so it keeps its digits and stays finite
 * up to confidence = 1 − 2⁻⁵³ (where 0.5 + confidence/2 would round to 1 and give +∞). The caller has
 * already checked that `confidence` is in (0, 1) (see `readConfidence`).
 *
 * @internal
 */
export function twoSidedZ(confidence: number): number {
  return -normalQuantile((1 - confidence) / 2);
}
