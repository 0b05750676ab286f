/**
 * `patronage/value`: from transactions to per-customer summaries, and customer value by formula —
 * historic and retention CLV, referral value, and lifecycle + indirect value.
 *
 * @packageDocumentation
 */
export type { SummaryColumns, SummaryRow } from "../_lib/readSummaryColumns.js";
export {
  calibrationHoldout,
  type CalibrationHoldoutColumns,
  type CalibrationHoldoutOptions,
  type CalibrationHoldoutResult,
  type CalibrationHoldoutSummary,
} from "./calibrationHoldout.js";
export type { RoundingMode } from "../_lib/RoundingMode.js";
export type { DecimalString } from "../_lib/toDecimal.js";
export { compressSummaries, type CompressedSummaries } from "./compressSummaries.js";
export { customerValue, type CustomerValueParts, type CustomerValueResult } from "./customerValue.js";
export { historicClv, type HistoricClvOptions } from "./historicClv.js";
export type { MarginTiming } from "./MarginTiming.js";
export type { MoneyRoundingOptions } from "./MoneyRoundingOptions.js";
export type { PerPeriodMoney } from "./PerPeriodMoney.js";
export type { PurchasePeriod } from "./PurchasePeriod.js";
export { referralValue, type Referral, type ReferralValueOptions } from "./referralValue.js";
export { retentionClv, type RetentionClvOptions } from "./retentionClv.js";
export {
  summarizeTransactions,
  type CustomerSummary,
  type CustomerSummaryColumns,
  type SummarizeTransactionsOptions,
  type SummarizeTransactionsResult,
} from "./summarizeTransactions.js";
export type { TimeUnit } from "./TimeUnit.js";
export { timeUnitDays } from "./timeUnitDays.js";
export type { Transaction } from "./Transaction.js";
