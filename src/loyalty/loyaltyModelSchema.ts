import { z } from "zod";
import type { LoyaltyModel } from "./LoyaltyModel.js";
import type { LoyaltyModelInput } from "./LoyaltyModelInput.js";

/** The largest weight: bounds every weighted sum far from overflow. */
const MAX_WEIGHT = 1e6;
const weight = (fallback: number) => z.number().finite().min(0).max(MAX_WEIGHT).default(fallback);
const score = (fallback: number) => z.number().min(0).max(1).default(fallback);
const positive = (fallback: number) => z.number().finite().positive().default(fallback);

/**
 * The zod schema of a {@link LoyaltyModel}: strict objects (an unknown key is an error), every field
 * optional with its documented default, weights in [0, 1e6] with at least one > 0 per axis,
 * `advocacy.halfSaturation` ≥ 1e-6, `defaultPurchaseIntervalDays` and a fixed half-life > 0,
 * thresholds in [0, 1] with `veryHighAttitudinal ≥ attitudinal`. {@link classifyLoyalty} and
 * {@link classifyLoyaltyBatch} parse their `config` with it and throw
 * {@link index!PatronageError} `INVALID_CONFIG` naming the path (`config.thresholds.behavioural`).
 *
 * The defaults, and why:
 * - behaviour: frequency 0.4, recency 0.3, share of wallet 0.3 — the frequency and recency of RFM
 *   (Hughes 1994; Fader, Hardie & Lee 2005) plus share of wallet, the behavioural loyalty measure of
 *   Cooil et al. (2007); a loyal buyer buys every 30 days unless the customer's expected purchases
 *   say otherwise; recency halves every expected purchase cycle.
 * - attitude: recommend 0.4 (Reichheld 2003 found likelihood to recommend the single best predictor
 *   of repurchase and referral), satisfaction, repurchase intent and brand preference 0.2 each (the
 *   affective, conative and cognitive phases of Oliver 1999; relative attitude in Dick & Basu 1994).
 * - thresholds: behaviour high from 0.5 (half of what a loyal buyer shows); attitude high from 0.65
 *   and very high from 0.85, so that a recommend-only answer follows the NPS bands of Reichheld
 *   (2003): 7/10 (passive, 0.7) is high, 6/10 (detractor, 0.6) is not; 9/10 (promoter, 0.9) is very
 *   high, 8/10 (0.8) is not. With satisfaction: a passive, 7/10, satisfied, 4/5, scores 0.717
 *   (high); a detractor, 6/10, with 3/5 scores 0.567 (low); a promoter, 9/10, with 4/5 scores 0.85
 *   (very high: every threshold comparison allows 1e-12 for rounding, and this mean computes
 *   0.8499999999999999); 10/10 with 3/5 scores 0.833 and 8/10 with 4/5 0.783 (not very high);
 *   mercenary from an incentive share of 0.5 (at least half of the purchases driven by
 *   promotions, points or rebates); advocate from an advocacy of 0.5 (one referral, two reviews or
 *   four shares).
 *
 * @see Dick & Basu (1994), J. Acad. Mark. Sci. 22(2) 99–113; Reichheld (2003), The one number you
 *   need to grow, Harvard Business Review 81(12) 46–54; Oliver (1999), Whence consumer loyalty?,
 *   Journal of Marketing 63 (special issue) 33–44; Cooil, Keiningham, Aksoy & Hsu (2007), J. Mark.
 *   71(1) 67–83.
 *
 * @example
 * ```ts
 * import { loyaltyModelSchema } from "patronage/loyalty";
 *
 * const model = loyaltyModelSchema.parse({ thresholds: { behavioural: 0.6 } });
 * model.thresholds.behavioural; //=> 0.6
 * model.thresholds.attitudinal; //=> 0.65
 * model.attitude.weights.recommend; //=> 0.4
 * model.behaviour.recencyHalfLifeDays; //=> "purchaseCycle"
 * ```
 */
export const loyaltyModelSchema: z.ZodType<LoyaltyModel, LoyaltyModelInput> = /* @__PURE__ */ z
  .object({
    behaviour: z
      .object({
        weights: z
          .object({ frequency: weight(0.4), recency: weight(0.3), shareOfWallet: weight(0.3) })
          .strict()
          .prefault({}),
        defaultPurchaseIntervalDays: positive(30),
        recencyHalfLifeDays: z.union([z.number().finite().positive(), z.literal("purchaseCycle")]).default("purchaseCycle"),
      })
      .strict()
      .prefault({}),
    attitude: z
      .object({
        weights: z
          .object({
            recommend: weight(0.4),
            satisfaction: weight(0.2),
            repurchaseIntent: weight(0.2),
            brandPreference: weight(0.2),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    advocacy: z
      .object({
        referralWeight: weight(1),
        reviewWeight: weight(0.5),
        shareWeight: weight(0.25),
        halfSaturation: z.number().finite().min(1e-6).default(1),
      })
      .strict()
      .prefault({}),
    thresholds: z
      .object({
        behavioural: score(0.5),
        attitudinal: score(0.65),
        veryHighAttitudinal: score(0.85),
        incentiveShare: score(0.5),
        advocacy: score(0.5),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .superRefine((model, ctx) => {
    const b = model.behaviour.weights;
    if (b.frequency + b.recency + b.shareOfWallet <= 0) {
      ctx.addIssue({ code: "custom", path: ["behaviour", "weights"], message: "at least one behavioural weight must be > 0" });
    }
    const a = model.attitude.weights;
    if (a.recommend + a.satisfaction + a.repurchaseIntent + a.brandPreference <= 0) {
      ctx.addIssue({ code: "custom", path: ["attitude", "weights"], message: "at least one attitudinal weight must be > 0" });
    }
    if (model.thresholds.veryHighAttitudinal < model.thresholds.attitudinal) {
      ctx.addIssue({
        code: "custom",
        path: ["thresholds", "veryHighAttitudinal"],
        message: "must be ≥ thresholds.attitudinal",
      });
    }
  });
