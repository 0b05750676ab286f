import { Decimal as DecimalJs } from "decimal.js";

/**
 * How a value is rounded to a scale. `"floor"` and `"ceil"` round toward −∞ and +∞; `"down"` and
 * `"up"` toward and away from zero; the `"half-*"` modes round to the nearest and break ties
 * upward (away from zero), downward (toward zero) or to the even neighbour (banker's rounding).
 */
export type RoundingMode = "floor" | "ceil" | "down" | "up" | "half-up" | "half-down" | "half-even";

/** Every {@link RoundingMode}, in a stable order. */
export const ROUNDING_MODES: readonly RoundingMode[] = [
  "floor",
  "ceil",
  "down",
  "up",
  "half-up",
  "half-down",
  "half-even",
];

const TO_DECIMAL_JS: Readonly<Record<RoundingMode, DecimalJs.Rounding>> = {
  floor: DecimalJs.ROUND_FLOOR,
  ceil: DecimalJs.ROUND_CEIL,
  down: DecimalJs.ROUND_DOWN,
  up: DecimalJs.ROUND_UP,
  "half-up": DecimalJs.ROUND_HALF_UP,
  "half-down": DecimalJs.ROUND_HALF_DOWN,
  "half-even": DecimalJs.ROUND_HALF_EVEN,
};

/** The decimal.js rounding constant of a {@link RoundingMode}. */
export function toDecimalRounding(mode: RoundingMode): DecimalJs.Rounding {
  return TO_DECIMAL_JS[mode];
}
