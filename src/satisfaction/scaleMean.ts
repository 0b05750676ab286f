import { studentTQuantile } from "../math/index.js";
import type { Interval } from "./Interval.js";

/** The mean of answers on a bounded scale, with its t interval. @internal */
export interface ScaleMean {
  /** The arithmetic mean of the answers. */
  readonly value: number;
  /** The sample standard deviation (divisor n − 1); `null` when n = 1. */
  readonly standardDeviation: number | null;
  /** The t interval on the mean, cut at the scale's ends; `null` when n = 1. */
  readonly interval: Interval | null;
}

/**
 * The mean, sample standard deviation and Student t interval mean ± t(1 − α/2, n − 1)·s/√n of
 * answers tallied per scale point (`counts[i]` answers equal `min + i`), with the bounds cut to
 * [min, max]. Two passes over the counts (mean, then squared deviations), so the variance does not
 * suffer the cancellation of Σx² − n·x̄². Pushes a sentence to `warnings` for n = 1 (no interval),
 * for answers that are all equal (zero-width interval) and for a bound that was cut; `unit` names one answer in those sentences ("answer", "rating").
 *
 * @internal
 */
export function scaleMean(counts: Float64Array, n: number, min: number, max: number, confidence: number, warnings: string[], unit = "answer"): ScaleMean {
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += counts[i]! * (min + i);
  const value = Math.min(max, Math.max(min, sum / n));
  if (n < 2) {
    warnings.push(`one ${unit} only: the standard deviation and the interval on the mean are undefined (null)`);
    return { value, standardDeviation: null, interval: null };
  }
  let squares = 0;
  for (let i = 0; i < counts.length; i++) {
    const d = min + i - value;
    squares += counts[i]! * d * d;
  }
  const standardDeviation = Math.sqrt(squares / (n - 1));
  const t = -studentTQuantile((1 - confidence) / 2, n - 1);
  const half = (t * standardDeviation) / Math.sqrt(n);
  let lower = value - half;
  let upper = value + half;
  if (standardDeviation === 0) {
    warnings.push(`all ${n} ${unit}s are equal: the t interval on the mean has zero width and understates the uncertainty`);
  }
  if (lower < min || upper > max) {
    warnings.push(`the t interval on the mean reached past the scale (${min} to ${max}) and was cut at its end`);
    lower = Math.max(min, lower);
    upper = Math.min(max, upper);
  }
  return { value, standardDeviation, interval: { lower, upper, confidence, method: "t" } };
}
