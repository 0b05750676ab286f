import { parseWithSchema } from "../_lib/parseWithSchema.js";
import { DEFAULT_LOYALTY_MODEL } from "./DEFAULT_LOYALTY_MODEL.js";
import type { LoyaltyModelInput } from "./LoyaltyModelInput.js";
import { loyaltyModelSchema } from "./loyaltyModelSchema.js";
import { loyaltyParams, type LoyaltyParams } from "./loyaltyParams.js";

let defaults: LoyaltyParams | undefined;

/**
 * Validates a caller's model (`undefined` = the defaults, parsed once) and flattens it.
 *
 * @throws {@link index!PatronageError} `INVALID_CONFIG` naming the path under `config`.
 * @internal
 */
export function readLoyaltyModel(config: LoyaltyModelInput | undefined): LoyaltyParams {
  if (config === undefined) return (defaults ??= loyaltyParams(DEFAULT_LOYALTY_MODEL));
  return loyaltyParams(parseWithSchema(loyaltyModelSchema, config, "config", "INVALID_CONFIG"));
}
