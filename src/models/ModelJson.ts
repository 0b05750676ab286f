import type { FitStatistics } from "./FitStatistics.js";

/**
 * A model as JSON: what `toJSON()` returns and `fromJSON()` reads back. Plain numbers, so it survives
 * `JSON.stringify` and a database column unchanged.
 *
 * @typeParam P - the model's parameters.
 */
export interface ModelJson<P extends object> {
  /** The model's class name: `"BgNbd"`, `"MbgNbd"` or `"GammaGamma"`. */
  readonly model: string;
  /** The format version, 1. */
  readonly version: 1;
  /** The parameters. */
  readonly params: Readonly<P>;
  /** The fit statistics, or `null` for a model built from parameters. */
  readonly fit: FitStatistics<P> | null;
}
