/**
 * `patronage/tiers`: membership tier rules — status levels with explicit ranks, what qualifies for
 * them (points, spend, orders, visits or custom metrics over a window), for how long, and what they
 * give. Independent of `patronage/points`: activity comes in as data.
 *
 * @packageDocumentation
 */
export { tierBenefits } from "./tierBenefits.js";
export { tierProgramSchema } from "./tierProgramSchema.js";
export { TIER_METRICS } from "./TIER_METRICS.js";
export type {
  Tier,
  TierBenefits,
  TierCriterion,
  TierDowngrade,
  TierJson,
  TierMonthsValidity,
  TierPeriodValidity,
  TierPeriodWindow,
  TierProgram,
  TierQualification,
  TierRollingWindow,
  TierValidity,
  TierWindow,
} from "./TierProgram.js";
export type {
  TierBenefitsInput,
  TierCriterionInput,
  TierDowngradeInput,
  TierInput,
  TierProgramInput,
  TierQualificationInput,
  TierRollingWindowInput,
} from "./TierProgramInput.js";
export { evaluateTier } from "./evaluateTier.js";
export type { EvaluateTierOptions } from "./evaluateTier.js";
export { tierTimeline } from "./tierTimeline.js";
export type { TierTimelineOptions } from "./tierTimeline.js";
export type { TierActivityRow, TierOverride } from "./TierActivity.js";
export type { TierChange } from "./TierChange.js";
export type { TierEvaluation, TierProgress } from "./TierEvaluation.js";
export { tierDistribution } from "./tierDistribution.js";
export type { TierDistributionResult, TierShare } from "./TierDistributionResult.js";
export { evaluateTierBatch } from "./evaluateTierBatch.js";
export type { TierBatchColumns, TierBatchOptions, TierBatchResult } from "./TierBatch.js";
