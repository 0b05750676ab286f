/**
 * `patronage/models`: probabilistic models of customers' purchases and spend — BG/NBD, MBG/NBD,
 * Gamma-Gamma — fitted by maximum likelihood, and model-based customer lifetime value.
 *
 * @packageDocumentation
 */
export { BgNbd, type BgNbdParams } from "./BgNbd.js";
export {
  customerLifetimeValue,
  type CustomerLifetimeValueOptions,
  type CustomerLifetimeValueResult,
  type SpendModel,
  type TransactionModel,
  type ValuedCustomerColumns,
  type ValuedCustomerRow,
} from "./customerLifetimeValue.js";
export type { FitOptions } from "./FitOptions.js";
export type { FitStatistics } from "./FitStatistics.js";
export type { Fitted } from "./Fitted.js";
export { GammaGamma } from "./GammaGamma.js";
export { MbgNbd, type MbgNbdParams } from "./MbgNbd.js";
export type { GammaGammaParams } from "./GammaGammaParams.js";
export type { ModelJson } from "./ModelJson.js";
export { ParametricModel } from "./ParametricModel.js";
export type { SpendColumns } from "./SpendColumns.js";
export type { SpendRow } from "./SpendRow.js";
