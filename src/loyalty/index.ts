/**
 * `patronage/loyalty`: the six-level loyalty model read on a behavioural and an attitudinal axis —
 * none, inertia, mercenary, latent, committed, fanatic — with its scores and reasons, a columnar
 * batch form, distributions, migration between periods, and the playbook of each level.
 *
 * @packageDocumentation
 */
export type { AttitudeSignals } from "./AttitudeSignals.js";
export type { BehaviourSignals } from "./BehaviourSignals.js";
export type { BilingualText } from "./BilingualText.js";
export { classifyLoyalty } from "./classifyLoyalty.js";
export { classifyLoyaltyBatch, type ClassifyLoyaltyBatchOptions } from "./classifyLoyaltyBatch.js";
export { DEFAULT_LOYALTY_MODEL } from "./DEFAULT_LOYALTY_MODEL.js";
export type { DickBasuLoyalty } from "./DickBasuLoyalty.js";
export { LOYALTY_LEVELS } from "./LOYALTY_LEVELS.js";
export type { LoyaltyAssignment } from "./LoyaltyAssignment.js";
export type { LoyaltyBatchResult } from "./LoyaltyBatchResult.js";
export type { LoyaltyClassification } from "./LoyaltyClassification.js";
export type { LoyaltyColumn, LoyaltyColumns } from "./LoyaltyColumns.js";
export type { LoyaltyComponents } from "./LoyaltyComponents.js";
export { loyaltyDistribution } from "./loyaltyDistribution.js";
export type { LoyaltyDistributionResult } from "./LoyaltyDistributionResult.js";
export type { LoyaltyLevel } from "./LoyaltyLevel.js";
export type { LoyaltyLevelId } from "./LoyaltyLevelId.js";
export { loyaltyMigration } from "./loyaltyMigration.js";
export type { LoyaltyMigrationResult } from "./LoyaltyMigrationResult.js";
export type { LoyaltyModel } from "./LoyaltyModel.js";
export type { LoyaltyModelInput } from "./LoyaltyModelInput.js";
export { loyaltyModelSchema } from "./loyaltyModelSchema.js";
export { loyaltyPlaybook } from "./loyaltyPlaybook.js";
export type { LoyaltyPlaybookEntry } from "./LoyaltyPlaybookEntry.js";
export type { LoyaltyReason } from "./LoyaltyReason.js";
export type { LoyaltyReasonCode } from "./LoyaltyReasonCode.js";
export type { LoyaltySignals } from "./LoyaltySignals.js";
export { toDickBasu } from "./toDickBasu.js";
