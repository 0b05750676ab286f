import { deepFreeze } from "../_lib/deepFreeze.js";
import type { LoyaltyModel } from "./LoyaltyModel.js";
import { loyaltyModelSchema } from "./loyaltyModelSchema.js";

/**
 * The default {@link LoyaltyModel} (deeply frozen): what {@link loyaltyModelSchema} gives for `{}`.
 * {@link loyaltyModelSchema} explains each default.
 *
 * @example
 * ```ts
 * import { DEFAULT_LOYALTY_MODEL } from "patronage/loyalty";
 *
 * DEFAULT_LOYALTY_MODEL.thresholds;
 * //=> { behavioural: 0.5, attitudinal: 0.65, veryHighAttitudinal: 0.85, incentiveShare: 0.5, advocacy: 0.5 }
 * DEFAULT_LOYALTY_MODEL.behaviour.defaultPurchaseIntervalDays; //=> 30
 * ```
 */
export const DEFAULT_LOYALTY_MODEL: LoyaltyModel = /* @__PURE__ */ deepFreeze(loyaltyModelSchema.parse({}));
