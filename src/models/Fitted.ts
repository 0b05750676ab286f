import type { FitStatistics } from "./FitStatistics.js";
import type { ParametricModel } from "./ParametricModel.js";

/**
 * A model returned by `fit`: the model with its {@link FitStatistics} present (not `null`).
 *
 * @typeParam M - the model class, such as `BgNbd`.
 */
export type Fitted<M extends ParametricModel<object>> = M & FitStatistics<M["params"]>;
