import type { LoyaltyModel } from "./LoyaltyModel.js";

/**
 * A {@link LoyaltyModel} flattened into numbers for the scoring kernels (one property read per
 * parameter, no nested objects in the hot loop). `halfLife` is NaN for `"purchaseCycle"`.
 *
 * @internal
 */
export interface LoyaltyParams {
  /** The model it was built from. */
  readonly model: LoyaltyModel;
  /** Behavioural weights. */
  readonly wFrequency: number;
  /** Behavioural weights. */
  readonly wRecency: number;
  /** Behavioural weights. */
  readonly wShare: number;
  /** Default purchase interval in days. */
  readonly interval: number;
  /** Fixed recency half-life in days, NaN for one purchase cycle. */
  readonly halfLife: number;
  /** Attitudinal weights. */
  readonly wRecommend: number;
  /** Attitudinal weights. */
  readonly wSatisfaction: number;
  /** Attitudinal weights. */
  readonly wIntent: number;
  /** Attitudinal weights. */
  readonly wPreference: number;
  /** Advocacy units per referral, review, share. */
  readonly uReferral: number;
  /** Advocacy units per review. */
  readonly uReview: number;
  /** Advocacy units per share. */
  readonly uShare: number;
  /** ln 2 / halfSaturation. */
  readonly advocacyRate: number;
  /** Thresholds. */
  readonly tBehavioural: number;
  /** Thresholds. */
  readonly tAttitudinal: number;
  /** Thresholds. */
  readonly tVeryHigh: number;
  /** Thresholds. */
  readonly tIncentive: number;
  /** Thresholds. */
  readonly tAdvocacy: number;
}

/**
 * Flattens a resolved model into {@link LoyaltyParams}.
 *
 * @internal
 */
export function loyaltyParams(model: LoyaltyModel): LoyaltyParams {
  const h = model.behaviour.recencyHalfLifeDays;
  return {
    model,
    wFrequency: model.behaviour.weights.frequency,
    wRecency: model.behaviour.weights.recency,
    wShare: model.behaviour.weights.shareOfWallet,
    interval: model.behaviour.defaultPurchaseIntervalDays,
    halfLife: h === "purchaseCycle" ? NaN : h,
    wRecommend: model.attitude.weights.recommend,
    wSatisfaction: model.attitude.weights.satisfaction,
    wIntent: model.attitude.weights.repurchaseIntent,
    wPreference: model.attitude.weights.brandPreference,
    uReferral: model.advocacy.referralWeight,
    uReview: model.advocacy.reviewWeight,
    uShare: model.advocacy.shareWeight,
    advocacyRate: Math.LN2 / model.advocacy.halfSaturation,
    tBehavioural: model.thresholds.behavioural,
    tAttitudinal: model.thresholds.attitudinal,
    tVeryHigh: model.thresholds.veryHighAttitudinal,
    tIncentive: model.thresholds.incentiveShare,
    tAdvocacy: model.thresholds.advocacy,
  };
}
