import { invalidArgument } from "../_lib/invalidArgument.js";
import { PatronageError } from "../PatronageError.js";
import { advocacyScore } from "./advocacyScore.js";
import { attitudinalScore } from "./attitudinalScore.js";
import { behaviouralScore, expectedPurchasesOf, frequencyComponent, recencyComponent, recencyHalfLife } from "./behaviouralScore.js";
import { checkRecency } from "./checkRecency.js";
import { levelRank, reaches, THRESHOLD_TOLERANCE } from "./levelRank.js";
import { LOYALTY_LEVELS } from "./LOYALTY_LEVELS.js";
import type { LoyaltyClassification } from "./LoyaltyClassification.js";
import type { LoyaltyComponents } from "./LoyaltyComponents.js";
import type { LoyaltyLevelId } from "./LoyaltyLevelId.js";
import type { LoyaltyModelInput } from "./LoyaltyModelInput.js";
import type { LoyaltyParams } from "./loyaltyParams.js";
import type { LoyaltyReason } from "./LoyaltyReason.js";
import type { LoyaltySignals } from "./LoyaltySignals.js";
import { readLoyaltyModel } from "./readLoyaltyModel.js";

/** A number within [min, max] (finite), or NaN for undefined. */
function optionalInRange(value: unknown, field: string, min: number, max: number, expected: string): number {
  if (value === undefined) return NaN;
  if (typeof value !== "number" || !(value >= min && value <= max)) throw invalidArgument(field, value, expected);
  return value;
}

function optionalCount(value: unknown, field: string): number {
  if (value === undefined) return NaN;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) throw invalidArgument(field, value, "a safe integer ≥ 0");
  return value;
}

function optionalPositive(value: unknown, field: string): number {
  if (value === undefined) return NaN;
  if (typeof value !== "number" || !(value > 0 && value < Infinity)) throw invalidArgument(field, value, "a finite number > 0");
  return value;
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const SIGNAL_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["behaviour", "attitude", "incentiveShare", "referrals", "reviews", "shares"]);
const BEHAVIOUR_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["purchases", "windowDays", "daysSinceLastPurchase", "shareOfWallet", "expectedPurchases"]);
const ATTITUDE_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["recommend", "satisfaction", "repurchaseIntent", "brandPreference"]);

/** Throws INVALID_ARGUMENT naming the first own key of `value` that is not in `known` (a typo). */
function rejectUnknownKeys(value: object, known: ReadonlySet<string>, path: string): void {
  for (const key of Object.keys(value)) {
    if (!known.has(key)) {
      throw invalidArgument(`${path}.${key}`, (value as Record<string, unknown>)[key], `absent: ${path} has no key ${JSON.stringify(key)} (known: ${[...known].join(", ")})`);
    }
  }
}

/** A short rendering of a score or threshold: at most three decimals. */
function show(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

/** A score shown against its threshold: with more digits when three would make them look equal. */
function against(x: number, threshold: number): string {
  return show(x) === show(threshold) && Math.abs(x - threshold) > THRESHOLD_TOLERANCE ? String(x) : show(x);
}

function orNull(x: number): number | null {
  return x === x ? x : null;
}

function part(label: string, weight: number, value: number, detail: string): string {
  return weight > 0 ? (value === value ? `${label} ${show(value)} ${detail}` : `${label} missing`) : `${label} off (weight 0)`;
}

/**
 * Classifies one customer into the six-level loyalty model (忠诚度二维模型): scores behavioural
 * loyalty (行为忠诚) and attitudinal loyalty (态度忠诚) in [0, 1], places them on the two-axis grid
 * and splits the two shared cells with the incentive share and advocacy.
 *
 * **Behavioural score** — the weighted mean of the available components (weights renormalised over
 * those present): frequency min(1, purchases / expected), where expected = `expectedPurchases` or
 * windowDays / `defaultPurchaseIntervalDays` (30); recency 2^(−daysSinceLastPurchase / h), h = one
 * expected purchase cycle (windowDays / expected purchases) unless the model fixes it; share of
 * wallet as given. Weights 0.4 / 0.3 / 0.3. With purchases > 0 `daysSinceLastPurchase` is required
 * and ≤ windowDays; with purchases = 0 it is absent or ≥ windowDays, and frequency and recency are
 * both 0.
 *
 * **Attitudinal score** — the weighted mean of recommend / 10, (satisfaction − 1) / 4, repurchase
 * intent and brand preference over those present. Weights 0.4 / 0.2 / 0.2 / 0.2.
 *
 * **Advocacy** — 1 − 2^(−u), u = referrals + 0.5·reviews + 0.25·shares (one referral gives 0.5);
 * `null` when all three are missing.
 *
 * **Level** — behaviour high when behavioural ≥ 0.5, attitude high when attitudinal ≥ 0.65: low/low →
 * `none`; high/low → `mercenary` when incentiveShare ≥ 0.5, else `inertia` (also when the share is
 * missing); low/high → `latent`; high/high → `fanatic` when attitudinal ≥ 0.85 and advocacy ≥ 0.5,
 * else `committed`. A score equal to its threshold counts as high, and so does a score within 1e-12
 * below it (rounding: recommend 9 with satisfaction 4 computes 0.8499999999999999 and is very high). Every threshold and weight can
 * be changed through `config` ({@link loyaltyModelSchema} documents the defaults and why).
 *
 * `reasons` lists each comparison that decided the level, with a code, an English sentence, the
 * value and the threshold. The result depends on the signals and the model only; the input is not
 * modified. {@link classifyLoyaltyBatch} gives identical numbers for columns of signals.
 *
 * @param signals - the customer's behaviour, attitude, incentive share and advocacy counts.
 * @param config - the model (every field optional, see {@link loyaltyModelSchema}); default the
 *   documented defaults.
 * @returns the level, the scores, their components and the reasons.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the signal (`signals.attitude.recommend`)
 *   when one is out of its domain, when `signals` is not an object (an array included), when a key
 *   is unknown (`signals.attitude.satisfction`), or when `daysSinceLastPurchase` is missing or
 *   contradicts purchases and windowDays (see above); `INSUFFICIENT_DATA` naming `signals.behaviour` or
 *   `signals.attitude` when that axis cannot be scored; `INVALID_CONFIG` naming the path under
 *   `config` when the model is invalid.
 * @see Dick & Basu (1994), J. Acad. Mark. Sci. 22(2) 99–113 (the two-axis grid); Reichheld (2003),
 *   HBR 81(12) (likelihood to recommend); Oliver (1999), J. Mark. 63 33–44 (loyalty phases); seed 002
 *   (the six levels).
 *
 * @example
 * ```ts
 * import { classifyLoyalty } from "patronage/loyalty";
 *
 * const fan = classifyLoyalty({
 *   behaviour: { purchases: 14, windowDays: 365, daysSinceLastPurchase: 10, expectedPurchases: 12 },
 *   attitude: { recommend: 10, satisfaction: 5 },
 *   referrals: 2,
 * });
 * fan.level; //=> "fanatic"
 * fan.attitudinal; //=> 1
 * fan.advocacy; //=> 0.75
 * fan.reasons.map((r) => r.code);
 * //=> ["BEHAVIOUR_HIGH", "ATTITUDE_HIGH", "ATTITUDE_VERY_HIGH", "ADVOCATE"]
 *
 * classifyLoyalty({
 *   behaviour: { purchases: 6, windowDays: 180, daysSinceLastPurchase: 20 },
 *   attitude: { recommend: 5, satisfaction: 3 },
 *   incentiveShare: 0.8,
 * }).level; //=> "mercenary"
 *
 * classifyLoyalty({
 *   behaviour: { purchases: 0, windowDays: 90 },
 *   attitude: { recommend: 9, satisfaction: 4 },
 * }).level; //=> "latent"
 * ```
 */
export function classifyLoyalty(signals: LoyaltySignals, config?: LoyaltyModelInput): LoyaltyClassification {
  const p = readLoyaltyModel(config);
  if (!isObject(signals)) throw invalidArgument("signals", signals, "an object of loyalty signals (not an array)");
  rejectUnknownKeys(signals, SIGNAL_KEYS, "signals");
  const b: unknown = signals.behaviour;
  const a: unknown = signals.attitude;
  if (b !== undefined && !isObject(b)) throw invalidArgument("signals.behaviour", b, "an object { purchases, windowDays, … }");
  if (a !== undefined && !isObject(a)) throw invalidArgument("signals.attitude", a, "an object { recommend?, satisfaction?, … }");

  let purchases = NaN;
  let windowDays = NaN;
  let days = NaN;
  let share = NaN;
  let expected = NaN;
  if (b !== undefined) {
    rejectUnknownKeys(b, BEHAVIOUR_KEYS, "signals.behaviour");
    const beh = b as Record<string, unknown>;
    purchases = optionalCount(beh["purchases"], "signals.behaviour.purchases");
    if (purchases !== purchases) throw invalidArgument("signals.behaviour.purchases", undefined, "a safe integer ≥ 0");
    windowDays = optionalPositive(beh["windowDays"], "signals.behaviour.windowDays");
    if (windowDays !== windowDays) throw invalidArgument("signals.behaviour.windowDays", undefined, "a finite number > 0");
    days = optionalInRange(beh["daysSinceLastPurchase"], "signals.behaviour.daysSinceLastPurchase", 0, Number.MAX_VALUE, "a finite number ≥ 0");
    share = optionalInRange(beh["shareOfWallet"], "signals.behaviour.shareOfWallet", 0, 1, "a fraction in [0, 1]");
    expected = optionalPositive(beh["expectedPurchases"], "signals.behaviour.expectedPurchases");
    checkRecency(purchases, windowDays, days, "signals.behaviour.daysSinceLastPurchase");
  }
  let recommend = NaN;
  let satisfaction = NaN;
  let intent = NaN;
  let preference = NaN;
  if (a !== undefined) {
    rejectUnknownKeys(a, ATTITUDE_KEYS, "signals.attitude");
    const att = a as Record<string, unknown>;
    recommend = optionalInRange(att["recommend"], "signals.attitude.recommend", 0, 10, "a number from 0 to 10");
    satisfaction = optionalInRange(att["satisfaction"], "signals.attitude.satisfaction", 1, 5, "a number from 1 to 5");
    intent = optionalInRange(att["repurchaseIntent"], "signals.attitude.repurchaseIntent", 0, 1, "a fraction in [0, 1]");
    preference = optionalInRange(att["brandPreference"], "signals.attitude.brandPreference", 0, 1, "a fraction in [0, 1]");
  }
  const incentive = optionalInRange(signals.incentiveShare, "signals.incentiveShare", 0, 1, "a fraction in [0, 1]");
  const referrals = optionalCount(signals.referrals, "signals.referrals");
  const reviews = optionalCount(signals.reviews, "signals.reviews");
  const sharesCount = optionalCount(signals.shares, "signals.shares");

  const behavioural = behaviouralScore(p, purchases, windowDays, days, share, expected);
  if (behavioural !== behavioural) {
    throw new PatronageError(
      "INSUFFICIENT_DATA",
      b === undefined
        ? "signals.behaviour is missing: the behavioural axis needs purchases and windowDays"
        : "signals.behaviour holds no signal with a weight > 0: the behavioural weights of the model leave nothing to score",
      { field: "signals.behaviour", value: b },
    );
  }
  const attitudinal = attitudinalScore(p, recommend, satisfaction, intent, preference);
  if (attitudinal !== attitudinal) {
    throw new PatronageError(
      "INSUFFICIENT_DATA",
      "signals.attitude holds no usable answer: the attitudinal axis needs recommend, satisfaction, repurchaseIntent or brandPreference (with a weight > 0)",
      { field: "signals.attitude", value: a },
    );
  }
  const advocacy = advocacyScore(p, referrals, reviews, sharesCount);
  const rank = levelRank(p, behavioural, attitudinal, incentive, advocacy);

  const frequency = p.wFrequency > 0 ? frequencyComponent(p, purchases, windowDays, expected) : NaN;
  const recency = p.wRecency > 0 && (days === days || purchases === 0) ? recencyComponent(p, purchases, days, windowDays, expected) : NaN;
  const components: LoyaltyComponents = {
    frequency: orNull(frequency),
    recency: orNull(recency),
    shareOfWallet: p.wShare > 0 ? orNull(share) : null,
    recommend: p.wRecommend > 0 ? orNull(recommend / 10) : null,
    satisfaction: p.wSatisfaction > 0 ? orNull((satisfaction - 1) / 4) : null,
    repurchaseIntent: p.wIntent > 0 ? orNull(intent) : null,
    brandPreference: p.wPreference > 0 ? orNull(preference) : null,
  };
  const reasons = explain(p, components, { purchases, windowDays, days, expected, recommend, satisfaction }, behavioural, attitudinal, incentive, advocacy);
  return {
    level: (LOYALTY_LEVELS[rank] as { id: LoyaltyLevelId }).id,
    behavioural,
    attitudinal,
    incentiveShare: orNull(incentive),
    advocacy: orNull(advocacy),
    components,
    reasons,
  };
}

interface Raw {
  readonly purchases: number;
  readonly windowDays: number;
  readonly days: number;
  readonly expected: number;
  readonly recommend: number;
  readonly satisfaction: number;
}

function explain(
  p: LoyaltyParams,
  c: LoyaltyComponents,
  raw: Raw,
  behavioural: number,
  attitudinal: number,
  incentive: number,
  advocacy: number,
): LoyaltyReason[] {
  const reasons: LoyaltyReason[] = [];
  const expectedPurchases = expectedPurchasesOf(p, raw.windowDays, raw.expected);
  const behaviourParts = [
    part("frequency", p.wFrequency, c.frequency ?? NaN, `from ${raw.purchases} purchases in ${show(raw.windowDays)} days against ${show(expectedPurchases)} expected`),
    part(
      "recency",
      p.wRecency,
      c.recency ?? NaN,
      raw.purchases === 0
        ? "as no purchase falls in the window"
        : `from ${show(raw.days)} days since the last purchase at a half-life of ${show(recencyHalfLife(p, raw.windowDays, raw.expected))} days`,
    ),
    part("share of wallet", p.wShare, c.shareOfWallet ?? NaN, "as given"),
  ].join("; ");
  const bHigh = reaches(behavioural, p.tBehavioural);
  reasons.push({
    code: bHigh ? "BEHAVIOUR_HIGH" : "BEHAVIOUR_LOW",
    message: `behavioural score ${against(behavioural, p.tBehavioural)} ${bHigh ? "≥" : "<"} threshold ${p.tBehavioural}, so behaviour is ${bHigh ? "high" : "low"} (${behaviourParts})`,
    value: behavioural,
    threshold: p.tBehavioural,
  });
  const attitudeParts = [
    part("recommend", p.wRecommend, c.recommend ?? NaN, `from ${show(raw.recommend)}/10`),
    part("satisfaction", p.wSatisfaction, c.satisfaction ?? NaN, `from ${show(raw.satisfaction)}/5`),
    part("repurchase intent", p.wIntent, c.repurchaseIntent ?? NaN, "as given"),
    part("brand preference", p.wPreference, c.brandPreference ?? NaN, "as given"),
  ].join("; ");
  const aHigh = reaches(attitudinal, p.tAttitudinal);
  reasons.push({
    code: aHigh ? "ATTITUDE_HIGH" : "ATTITUDE_LOW",
    message: `attitudinal score ${against(attitudinal, p.tAttitudinal)} ${aHigh ? "≥" : "<"} threshold ${p.tAttitudinal}, so attitude is ${aHigh ? "high" : "low"} (${attitudeParts})`,
    value: attitudinal,
    threshold: p.tAttitudinal,
  });
  if (bHigh && !aHigh) {
    if (incentive !== incentive) {
      reasons.push({
        code: "INCENTIVE_UNKNOWN",
        message: "incentive share not given, so the repeat buying is taken as habit (inertia), not bought with incentives",
        value: null,
        threshold: p.tIncentive,
      });
    } else {
      const driven = reaches(incentive, p.tIncentive);
      reasons.push({
        code: driven ? "INCENTIVE_DRIVEN" : "NOT_INCENTIVE_DRIVEN",
        message: driven
          ? `incentive share ${against(incentive, p.tIncentive)} ≥ threshold ${p.tIncentive}: the repeat buying is bought with promotions, points or rebates (mercenary)`
          : `incentive share ${against(incentive, p.tIncentive)} < threshold ${p.tIncentive}: the repeat buying comes from habit or convenience (inertia)`,
        value: incentive,
        threshold: p.tIncentive,
      });
    }
  } else if (bHigh && aHigh) {
    const veryHigh = reaches(attitudinal, p.tVeryHigh);
    reasons.push({
      code: veryHigh ? "ATTITUDE_VERY_HIGH" : "ATTITUDE_NOT_VERY_HIGH",
      message: `attitudinal score ${against(attitudinal, p.tVeryHigh)} ${veryHigh ? "≥" : "<"} very-high threshold ${p.tVeryHigh}`,
      value: attitudinal,
      threshold: p.tVeryHigh,
    });
    if (veryHigh) {
      if (advocacy !== advocacy) {
        reasons.push({
          code: "ADVOCACY_UNKNOWN",
          message: "referrals, reviews and shares not given, so active advocacy cannot be shown (committed)",
          value: null,
          threshold: p.tAdvocacy,
        });
      } else {
        const advocate = reaches(advocacy, p.tAdvocacy);
        reasons.push({
          code: advocate ? "ADVOCATE" : "NOT_ADVOCATE",
          message: `advocacy ${against(advocacy, p.tAdvocacy)} ${advocate ? "≥" : "<"} threshold ${p.tAdvocacy} from referrals, reviews and shares: ${advocate ? "spreads the brand (fanatic)" : "does not yet spread the brand (committed)"}`,
          value: advocacy,
          threshold: p.tAdvocacy,
        });
      }
    }
  }
  return reasons;
}
