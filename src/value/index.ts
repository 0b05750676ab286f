/**
 * `patronage/value`: from transactions to per-customer summaries, and customer value by formula —
 * historic and retention CLV, referral value, and lifecycle + indirect value.
 *
 * @packageDocumentation
 */
export type { SummaryColumns, SummaryRow } from "../_lib/readSummaryColumns.js";
export { compressSummaries, type CompressedSummaries } from "./compressSummaries.js";
export type { TimeUnit } from "./TimeUnit.js";
export { timeUnitDays } from "./timeUnitDays.js";
