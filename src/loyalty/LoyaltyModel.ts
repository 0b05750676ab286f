/**
 * The resolved parameters of the loyalty model: weights of the score components, the thresholds of
 * the grid and the advocacy scale. {@link loyaltyModelSchema} fills every field left out with its
 * default (given in brackets below; {@link DEFAULT_LOYALTY_MODEL} holds them all).
 */
export interface LoyaltyModel {
  /** How the behavioural score (行为忠诚) is computed. */
  readonly behaviour: {
    /**
     * Weights of the behavioural components, each in [0, 1e6] (a weight of 0 switches a component off);
     * at least one is > 0. Missing components drop out and the rest are renormalised.
     */
    readonly weights: {
      /** Purchase frequency relative to what a loyal buyer buys [0.4]. */
      readonly frequency: number;
      /** Recency of the last purchase, decaying with a half-life [0.3]. */
      readonly recency: number;
      /** Share of wallet, the customer's category spend that goes to the brand [0.3]. */
      readonly shareOfWallet: number;
    };
    /**
     * The interval, in days > 0, between purchases of a loyal buyer of the category, used when a
     * customer's `expectedPurchases` is not given: expected purchases = windowDays / interval [30].
     */
    readonly defaultPurchaseIntervalDays: number;
    /**
     * The half-life of the recency score in days > 0, or `"purchaseCycle"`: one expected purchase
     * cycle, windowDays / expectedPurchases (or `defaultPurchaseIntervalDays` when the customer's
     * expected purchases or window is not known) ["purchaseCycle"].
     */
    readonly recencyHalfLifeDays: number | "purchaseCycle";
  };
  /** How the attitudinal score (态度忠诚) is computed. */
  readonly attitude: {
    /**
     * Weights of the attitudinal components, each in [0, 1e6], at least one > 0. Missing components drop
     * out and the rest are renormalised.
     */
    readonly weights: {
      /** Likelihood to recommend, 0–10, scored recommend / 10 [0.4]. */
      readonly recommend: number;
      /** Satisfaction, 1–5, scored (satisfaction − 1) / 4 [0.2]. */
      readonly satisfaction: number;
      /** Repurchase intent, a fraction in [0, 1] [0.2]. */
      readonly repurchaseIntent: number;
      /** Relative brand preference, a fraction in [0, 1] [0.2]. */
      readonly brandPreference: number;
    };
  };
  /** How advocacy (referrals, reviews, shares) is scored: 1 − 2^(−units / halfSaturation). */
  readonly advocacy: {
    /** Units per referral made, in [0, 1e6] [1]. */
    readonly referralWeight: number;
    /** Units per review written, in [0, 1e6] [0.5]. */
    readonly reviewWeight: number;
    /** Units per share of the brand's content, in [0, 1e6] [0.25]. */
    readonly shareWeight: number;
    /** The number of units, ≥ 1e-6, at which advocacy reaches 0.5 [1]. */
    readonly halfSaturation: number;
  };
  /** The thresholds of the grid, each a score in [0, 1]; a score at the threshold (or within 1e-12 below it) counts as high. */
  readonly thresholds: {
    /** Behavioural score from which behaviour is high [0.5]. */
    readonly behavioural: number;
    /** Attitudinal score from which attitude is high [0.65]. */
    readonly attitudinal: number;
    /** Attitudinal score from which attitude is very high (fanatic), ≥ `attitudinal` [0.85]. */
    readonly veryHighAttitudinal: number;
    /** Incentive share from which a high-behaviour, low-attitude customer is mercenary [0.5]. */
    readonly incentiveShare: number;
    /** Advocacy score from which a very-high-attitude customer is an advocate (fanatic) [0.5]. */
    readonly advocacy: number;
  };
}
