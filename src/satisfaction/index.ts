/**
 * `patronage/satisfaction`: survey and service scores with honest uncertainty — NPS, CSAT, CES,
 * service ratings, star rankings, delivered value and expectation gaps — each an object with its
 * estimate, its interval (with the confidence level and the method) and warnings.
 *
 * @packageDocumentation
 */
export type { AnswerCounts } from "./AnswerCounts.js";
export {
  bayesianAverage,
  type BayesianAverageOptions,
  type BayesianAveragePrior,
  type BayesianAverageResult,
  type RatingTotals,
} from "./bayesianAverage.js";
export { ces, type CesEasy, type CesOptions, type CesResult } from "./ces.js";
export { compareNps, type CompareNpsOptions, type NpsComparison } from "./compareNps.js";
export { csat, type CsatMean, type CsatOptions, type CsatResult } from "./csat.js";
export {
  deliveredValue,
  type CustomerCostComponents,
  type CustomerValueComponents,
  type DeliveredValueInput,
  type DeliveredValueResult,
} from "./deliveredValue.js";
export {
  disconfirmation,
  type DisconfirmationItem,
  type DisconfirmationOptions,
  type DisconfirmationResult,
  type ItemScores,
} from "./disconfirmation.js";
export type { Interval } from "./Interval.js";
export { nps, type NpsGroupCounts, type NpsInput, type NpsMethod, type NpsOptions, type NpsResult, type NpsShares } from "./nps.js";
export { npsSampleSize, type NpsExpectedShares, type NpsSampleSizeOptions, type NpsSampleSizeResult } from "./npsSampleSize.js";
export { ratingSummary, type RatingShare, type RatingStatus, type RatingSummaryOptions, type RatingSummaryResult } from "./ratingSummary.js";
export { starRatingScore, type StarRatingScoreOptions, type StarRatingScoreResult } from "./starRatingScore.js";
export { wilsonInterval, type WilsonIntervalOptions } from "./wilsonInterval.js";
