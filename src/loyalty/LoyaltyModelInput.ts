/**
 * A loyalty model as a caller writes it: every field of {@link LoyaltyModel} is optional and takes
 * its default when left out. Validated by {@link loyaltyModelSchema}.
 */
export interface LoyaltyModelInput {
  /** See {@link LoyaltyModel.behaviour}. */
  readonly behaviour?: {
    /** See {@link LoyaltyModel.behaviour}. */
    readonly weights?: {
      /** Default 0.4. */
      readonly frequency?: number | undefined;
      /** Default 0.3. */
      readonly recency?: number | undefined;
      /** Default 0.3. */
      readonly shareOfWallet?: number | undefined;
    } | undefined;
    /** Default 30 days. */
    readonly defaultPurchaseIntervalDays?: number | undefined;
    /** Default `"purchaseCycle"`. */
    readonly recencyHalfLifeDays?: number | "purchaseCycle" | undefined;
  } | undefined;
  /** See {@link LoyaltyModel.attitude}. */
  readonly attitude?: {
    /** See {@link LoyaltyModel.attitude}. */
    readonly weights?: {
      /** Default 0.4. */
      readonly recommend?: number | undefined;
      /** Default 0.2. */
      readonly satisfaction?: number | undefined;
      /** Default 0.2. */
      readonly repurchaseIntent?: number | undefined;
      /** Default 0.2. */
      readonly brandPreference?: number | undefined;
    } | undefined;
  } | undefined;
  /** See {@link LoyaltyModel.advocacy}. */
  readonly advocacy?: {
    /** Default 1. */
    readonly referralWeight?: number | undefined;
    /** Default 0.5. */
    readonly reviewWeight?: number | undefined;
    /** Default 0.25. */
    readonly shareWeight?: number | undefined;
    /** Default 1. */
    readonly halfSaturation?: number | undefined;
  } | undefined;
  /** See {@link LoyaltyModel.thresholds}. */
  readonly thresholds?: {
    /** Default 0.5. */
    readonly behavioural?: number | undefined;
    /** Default 0.65. */
    readonly attitudinal?: number | undefined;
    /** Default 0.85. */
    readonly veryHighAttitudinal?: number | undefined;
    /** Default 0.5. */
    readonly incentiveShare?: number | undefined;
    /** Default 0.5. */
    readonly advocacy?: number | undefined;
  } | undefined;
}
