import type { FitStatistics } from "./FitStatistics.js";

/**
 * A model returned by `fit`: the model with its {@link FitStatistics} present (not `null`).
 *
 * @typeParam M - the model class, such as `BgNbd`.
 */
export type Fitted<M extends { readonly params: object }> = M & FitStatistics<M["params"]>;
