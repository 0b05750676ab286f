import type { Decimal } from "../_lib/Decimal.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import type { DecimalString } from "../_lib/toDecimal.js";
import type { PerPeriodMoney } from "./PerPeriodMoney.js";
import { readDecimal } from "./readDecimal.js";

/** A validated per-period flow: a constant, or one Decimal per period. @internal */
export type ReadFlow = { readonly constant: Decimal } | { readonly perPeriod: readonly Decimal[] };

/**
 * Reads a {@link PerPeriodMoney}: a constant amount, or an array whose elements are each checked
 * (the error names `field[k]`). Amounts may be negative unless `nonNegative`.
 *
 * @internal
 */
export function readFlow(value: PerPeriodMoney, field: string, nonNegative = false): ReadFlow {
  const domain = nonNegative ? "nonNegative" : "any";
  if (!Array.isArray(value)) return { constant: readDecimal(value as DecimalString | number, field, domain) };
  const amounts = value as readonly (DecimalString | number)[];
  const perPeriod: Decimal[] = new Array<Decimal>(amounts.length);
  for (let k = 0; k < amounts.length; k++) {
    if (!(k in amounts)) throw invalidArgument(`${field}[${k}]`, undefined, "an amount (the array has a hole)");
    perPeriod[k] = readDecimal(amounts[k] as DecimalString | number, `${field}[${k}]`, domain);
  }
  return { perPeriod };
}
