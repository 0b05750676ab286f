/**
 * `patronage/points`: the books of a loyalty programme — a programme schema with exact earning
 * rules, a dry-run earn calculator with a trace, and an event-sourced points ledger (lots, expiry,
 * holds, refunds, transfers, double-entry postings, idempotent commands, replay and snapshots),
 * with the finance around it (liability, IFRS 15 allocation and revenue recognition).
 *
 * @packageDocumentation
 */
export { allocateTransactionPrice } from "./allocateTransactionPrice.js";
export type { AllocateTransactionPriceOptions } from "./AllocateTransactionPriceOptions.js";
export { calculateAward } from "./calculateAward.js";
export { calculateEarn } from "./calculateEarn.js";
export type { CapUsageQuery, EarnContext, OccurrenceQuery } from "./EarnContext.js";
export type { EarnCap, EarnCapInput } from "./EarnCap.js";
export type { EarnConditions, EarnConditionsInput } from "./EarnConditions.js";
export type { EarnAward, EarnResult, EarnTraceEntry } from "./EarnResult.js";
export type {
  EarnRule,
  EarnRuleBase,
  EarnRuleBaseInput,
  EarnRuleInput,
  EventRule,
  FixedRule,
  MultiplierRule,
  SpendRule,
} from "./EarnRule.js";
export type {
  AfterExpiryPolicy,
  EndOfYearExpiryPolicy,
  ExpiryPolicy,
  ExpiryPolicyInput,
  InactivityExpiryPolicy,
  LotExpiryPolicy,
  LotExpiryPolicyInput,
  MonthsAfterEarnMonthExpiryPolicy,
  NeverExpiryPolicy,
} from "./ExpiryPolicy.js";
export type { LineFilter } from "./LineFilter.js";
export type { LockPolicy, LockPolicyInput } from "./LockPolicy.js";
export type { NegativeBalancePolicy, NegativeBalancePolicyInput } from "./NegativeBalancePolicy.js";
export type { PerformanceObligation } from "./PerformanceObligation.js";
export type { PointsAccount, PointsPosting } from "./PointsPosting.js";
export type { PointsAwardInput } from "./PointsAwardInput.js";
export type { PointsBalance } from "./PointsBalance.js";
export type {
  ActivateCommand,
  AdjustCommand,
  AwardCommand,
  CaptureCommand,
  EarnCommand,
  ExpireCommand,
  HoldCommand,
  PointsCommand,
  PointsCommandBase,
  RedeemCommand,
  ReleaseCommand,
  ReverseEarnCommand,
  ReverseRedemptionCommand,
  TransferCommand,
} from "./PointsCommand.js";
export { pointsCommandSchema } from "./pointsCommandSchema.js";
export type {
  ActivatedEvent,
  AdjustedEvent,
  AwardedEvent,
  CapturedEvent,
  EarnedEvent,
  EarnReversedEvent,
  ExpiredEvent,
  HeldEvent,
  LotMove,
  NewLot,
  PointsEvent,
  PointsEventBase,
  RedeemedEvent,
  RedemptionReversedEvent,
  ReleasedEvent,
  TransferredInEvent,
  TransferredOutEvent,
  UsageCount,
} from "./PointsEvent.js";
export type { PointsExpirySchedule } from "./PointsExpirySchedule.js";
export { PointsLedger, type ExecuteOptions, type LiabilityOptions, type PointsLedgerOptions } from "./PointsLedger.js";
export type { PointsByMonth, PointsLiability, PointsRollforward } from "./PointsLiability.js";
export type { PointsLot, PointsLotSource } from "./PointsLot.js";
export type { PointsOrder, PointsOrderLine } from "./PointsOrder.js";
export type { PointsCommandResult, PointsOutcome, PointsRefusal, PointsRefusalReason, PointsSuccess } from "./PointsOutcome.js";
export type { PointsProgram } from "./PointsProgram.js";
export type { PointsProgramInput } from "./PointsProgramInput.js";
export { pointsProgramSchema } from "./pointsProgramSchema.js";
export type { PointsRedemptionPeriod, PointsRevenueInput } from "./PointsRevenueInput.js";
export type { PointsRevenuePeriod, PointsRevenueSchedule } from "./PointsRevenueSchedule.js";
export type { PointsSnapshot, PointsSnapshotColumns, PointsSnapshotStrings } from "./PointsSnapshot.js";
export type { PointsStatement, PointsStatementEntry } from "./PointsStatement.js";
export type { PriceAllocation, PriceAllocationLine } from "./PriceAllocation.js";
export { recognizePointsRevenue } from "./recognizePointsRevenue.js";
