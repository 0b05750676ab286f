/** A value that JSON can carry (a perk's data). */
export type TierJson = string | number | boolean | null | readonly TierJson[] | { readonly [key: string]: TierJson };

/** One threshold: the metric's total in the window is at least `atLeast`. */
export interface TierCriterion {
  /** A built-in metric ({@link TIER_METRICS}) or one the programme declares. */
  readonly metric: string;
  /** The least total that qualifies, a decimal string (`spend` in the programme's currency). */
  readonly atLeast: string;
}

/** How a tier is reached. */
export interface TierQualification {
  /** `"any"`: one criterion met is enough; `"all"`: every one must be. */
  readonly combine: "any" | "all";
  /** The thresholds. */
  readonly criteria: readonly TierCriterion[];
}

/** What a tier gives. */
export interface TierBenefits {
  /** The factor on earned points, a decimal string (`"1.2"`): the input an earning rule takes (see `points`). */
  readonly earnMultiplier: string;
  /** Whether the member's points stop expiring while they hold the tier. */
  readonly pointsNeverExpire: boolean;
  /** Anything else the tier gives, as data for the host (free drinks, lounge access …). */
  readonly perks: readonly TierJson[];
}

/** A status level. */
export interface Tier {
  /** Unique within the programme. */
  readonly id: string;
  /** A display name. */
  readonly name?: string | undefined;
  /** Its place on the ladder: higher is better. Ranks are explicit and unique. */
  readonly rank: number;
  /** How it is reached; `null` for the base tier, which every member holds. */
  readonly qualify: TierQualification | null;
  /** What it gives. */
  readonly benefits: TierBenefits;
}

/** A window with periods, or none: the member's whole history (`lifetime`), the calendar year, quarter or month in the programme's zone, or the membership year from the anniversary of joining. */
export interface TierPeriodWindow {
  /** Which. */
  readonly type: "lifetime" | "calendarYear" | "calendarQuarter" | "calendarMonth" | "anniversary";
}

/** A sliding window: the last `days` days, or the last `months` months (one of them is 0). */
export interface TierRollingWindow {
  /** `"rolling"`. */
  readonly type: "rolling";
  /** Days back, or 0. */
  readonly days: number;
  /** Months back (calendar months in the programme's zone), or 0. */
  readonly months: number;
}

/** The window the qualifying metrics are summed over. */
export type TierWindow = TierPeriodWindow | TierRollingWindow;

/** Validity to the end of the window's period in which the tier was reached, or of the next one. */
export interface TierPeriodValidity {
  /** Which. */
  readonly type: "endOfPeriod" | "endOfNextPeriod";
}

/** Validity of a number of months from when the tier was last earned. */
export interface TierMonthsValidity {
  /** `"months"`. */
  readonly type: "months";
  /** How many (≥ 1). */
  readonly months: number;
}

/** How long a tier holds once reached. */
export type TierValidity = TierPeriodValidity | TierMonthsValidity;

/** What happens when a tier's validity ends without being earned again. */
export interface TierDowngrade {
  /** `"recompute"`: to the tier the member qualifies for; `"oneDown"`: at most one level; `"never"`: no downgrade. */
  readonly rule: "recompute" | "oneDown" | "never";
  /** Days of grace after the validity ends before the downgrade. */
  readonly graceDays: number;
}

/** A parsed tier programme (the output of {@link tierProgramSchema}). */
export interface TierProgram {
  /** The programme's id. */
  readonly id: string;
  /** The IANA time zone of its calendar periods. */
  readonly timeZone: string;
  /** Custom metrics the criteria may name, besides the built-in {@link TIER_METRICS}. */
  readonly metrics: readonly string[];
  /** The tiers, as given. */
  readonly tiers: readonly Tier[];
  /** The window the qualifying metrics are summed over. */
  readonly window: TierWindow;
  /** `"immediate"`: the moment a threshold is crossed; `"nextPeriod"`: at the start of the next period. */
  readonly upgrade: "immediate" | "nextPeriod";
  /** How long a tier holds once reached. */
  readonly validity: TierValidity;
  /** What happens when a tier's validity ends. */
  readonly downgrade: TierDowngrade;
  /**
   * What a reversal (a negative row: a refund, a cancelled stay) does to a tier already reached:
   * `"keepStatus"` keeps it to the end of its validity; `"downgradeWithinPeriod"` takes it back when
   * a reversal within the period it was reached in is what takes the window below its criteria
   * (and a next-period upgrade then counts the window at the period's end).
   */
  readonly reversals: "keepStatus" | "downgradeWithinPeriod";
}
