import type { TierDowngrade, TierJson, TierPeriodWindow, TierValidity } from "./TierProgram.js";

/** A threshold as written (see {@link TierCriterion}). */
export interface TierCriterionInput {
  /** A built-in metric or one the programme declares. */
  readonly metric: string;
  /** A decimal string or a finite number, ≥ 0. */
  readonly atLeast: string | number;
}

/** How a tier is reached, as written (see {@link TierQualification}). */
export interface TierQualificationInput {
  /** Default `"any"`. */
  readonly combine?: "any" | "all" | undefined;
  /** At least one. */
  readonly criteria: readonly TierCriterionInput[];
}

/** A tier's benefits as written (see {@link TierBenefits}). */
export interface TierBenefitsInput {
  /** Default `"1"`; a decimal string or a number, > 0. */
  readonly earnMultiplier?: string | number | undefined;
  /** Default `false`. */
  readonly pointsNeverExpire?: boolean | undefined;
  /** Default none. */
  readonly perks?: readonly TierJson[] | undefined;
}

/** A tier as written (see {@link Tier}). */
export interface TierInput {
  /** Unique within the programme. */
  readonly id: string;
  /** A display name. */
  readonly name?: string | undefined;
  /** Its place on the ladder: higher is better; unique. */
  readonly rank: number;
  /** Left out (or `null`) for the base tier. */
  readonly qualify?: TierQualificationInput | null | undefined;
  /** Default: a multiplier of `"1"`, points that expire, no perks. */
  readonly benefits?: TierBenefitsInput | undefined;
}

/** A sliding window as written: `days` or `months`, one of them. */
export interface TierRollingWindowInput {
  /** `"rolling"`. */
  readonly type: "rolling";
  /** Days back. */
  readonly days?: number | undefined;
  /** Months back. */
  readonly months?: number | undefined;
}

/** A downgrade rule as written (see {@link TierDowngrade}). */
export interface TierDowngradeInput {
  /** Default `"recompute"`. */
  readonly rule?: TierDowngrade["rule"] | undefined;
  /** Default 0. */
  readonly graceDays?: number | undefined;
}

/** A tier programme as written: the input of {@link tierProgramSchema} (see {@link TierProgram} for what each field means). */
export interface TierProgramInput {
  /** The programme's id. */
  readonly id: string;
  /** An IANA time zone. */
  readonly timeZone: string;
  /** Custom metrics. Default none. */
  readonly metrics?: readonly string[] | undefined;
  /** The tiers: one base tier and the others, in any order. */
  readonly tiers: readonly TierInput[];
  /** Default `{ type: "rolling", months: 12 }`. */
  readonly window?: TierPeriodWindow | TierRollingWindowInput | undefined;
  /** Default `"immediate"`. */
  readonly upgrade?: "immediate" | "nextPeriod" | undefined;
  /** Default `{ type: "months", months: 12 }`. */
  readonly validity?: TierValidity | undefined;
  /** Default `{ rule: "recompute", graceDays: 0 }`. */
  readonly downgrade?: TierDowngradeInput | undefined;
  /** Default `"keepStatus"`. */
  readonly reversals?: "keepStatus" | "downgradeWithinPeriod" | undefined;
}
