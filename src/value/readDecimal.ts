import { Decimal } from "../_lib/Decimal.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { toDecimal, type DecimalString } from "../_lib/toDecimal.js";

/** The domain a decimal input must lie in. @internal */
export type DecimalDomain = "any" | "nonNegative" | "fraction";

const EXPECTED: Readonly<Record<DecimalDomain, string>> = {
  any: "a finite number or a decimal string",
  nonNegative: "a finite number or decimal string ≥ 0",
  fraction: "a fraction in [0, 1] (a number or decimal string, 0.9 for 90 %)",
};

const ONE = new Decimal(1);

/**
 * Reads a money amount or a rate (a `number` or a plain-notation {@link DecimalString}) into the
 * library's Decimal and checks its domain, throwing `INVALID_ARGUMENT` naming `field`.
 *
 * @internal
 */
export function readDecimal(value: DecimalString | number, field: string, domain: DecimalDomain = "any"): Decimal {
  if (typeof value !== "number" && typeof value !== "string") throw invalidArgument(field, value, EXPECTED[domain]);
  const decimal = toDecimal(value, field);
  if (domain !== "any" && decimal.isNegative() && !decimal.isZero()) throw invalidArgument(field, value, EXPECTED[domain]);
  if (domain === "fraction" && decimal.greaterThan(ONE)) throw invalidArgument(field, value, EXPECTED[domain]);
  return decimal.isZero() ? decimal.abs() : decimal;
}
