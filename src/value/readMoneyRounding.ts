import { invalidArgument } from "../_lib/invalidArgument.js";
import { ROUNDING_MODES, type RoundingMode } from "../_lib/RoundingMode.js";
import type { MoneyRoundingOptions } from "./MoneyRoundingOptions.js";

/** The largest `scale` accepted: the working precision, 34 significant digits. */
const MAX_SCALE = 34;

/** Validated money rounding: a scale and a rounding mode. @internal */
export interface MoneyRounding {
  /** Decimal places, a safe integer in [0, 34]. */
  readonly scale: number;
  /** The rounding mode. */
  readonly rounding: RoundingMode;
}

/**
 * Reads `scale` (default 2) and `rounding` (default `"half-even"`) from a caller's options,
 * throwing `INVALID_ARGUMENT` naming `${root}.scale` or `${root}.rounding`.
 *
 * @internal
 */
export function readMoneyRounding(options: MoneyRoundingOptions, root: string): MoneyRounding {
  const { scale = 2, rounding = "half-even" } = options;
  if (typeof scale !== "number" || !Number.isSafeInteger(scale) || scale < 0 || scale > MAX_SCALE) {
    throw invalidArgument(`${root}.scale`, scale, `a safe integer in [0, ${MAX_SCALE}]`);
  }
  if (!ROUNDING_MODES.includes(rounding)) {
    throw invalidArgument(`${root}.rounding`, rounding, `one of ${ROUNDING_MODES.map((m) => `"${m}"`).join(", ")}`);
  }
  return { scale, rounding };
}
