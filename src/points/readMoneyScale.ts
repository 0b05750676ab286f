import { invalidArgument } from "../_lib/invalidArgument.js";
import { ROUNDING_MODES, type RoundingMode } from "../_lib/RoundingMode.js";

/** The largest `decimals` accepted by the finance functions of `patronage/points`. */
const MAX_DECIMALS = 12;

/**
 * Reads `decimals` (default 2; a safe integer in [0, 12]) and `rounding` (default `"half-up"`),
 * throwing `INVALID_ARGUMENT` naming `${root}.decimals` or `${root}.rounding`.
 *
 * @internal
 */
export function readMoneyScale(
  decimals: unknown,
  rounding: unknown,
  root: string,
): { readonly decimals: number; readonly rounding: RoundingMode } {
  const scale = decimals === undefined ? 2 : decimals;
  if (typeof scale !== "number" || !Number.isSafeInteger(scale) || scale < 0 || scale > MAX_DECIMALS) {
    throw invalidArgument(`${root}.decimals`, decimals, `a safe integer in [0, ${MAX_DECIMALS}]`);
  }
  const mode = rounding === undefined ? "half-up" : rounding;
  if (!ROUNDING_MODES.includes(mode as RoundingMode)) {
    throw invalidArgument(`${root}.rounding`, rounding, `one of ${ROUNDING_MODES.map((m) => `"${m}"`).join(", ")}`);
  }
  return { decimals: scale, rounding: mode as RoundingMode };
}
