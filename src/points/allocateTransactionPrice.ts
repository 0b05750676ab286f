import { Decimal } from "../_lib/Decimal.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { toDecimal, type DecimalString } from "../_lib/toDecimal.js";
import { PatronageError } from "../PatronageError.js";
import type { AllocateTransactionPriceOptions } from "./AllocateTransactionPriceOptions.js";
import { allocateLargestRemainder } from "./allocateLargestRemainder.js";
import { normInt, type ExactInt } from "./exactInt.js";
import { formatScaled } from "./formatScaled.js";
import type { PerformanceObligation } from "./PerformanceObligation.js";
import type { PriceAllocation, PriceAllocationLine } from "./PriceAllocation.js";
import { readMoneyScale } from "./readMoneyScale.js";
import { scaledBigInt } from "./scaledBigInt.js";

/**
 * Allocates a transaction price to the performance obligations of a contract in proportion to
 * their stand-alone selling prices (IFRS 15 ¶73–80, the relative stand-alone selling price
 * method): component i receives price × SSPᵢ / ΣSSP. Use it to split a sale between the goods
 * and the material right its loyalty points give (¶B40), before deferring the points' part with
 * {@link recognizePointsRevenue}.
 *
 * Exact: the amounts are computed on exact integer ratios (no 34-digit approximation) and rounded
 * once, by the largest-remainder method at `decimals` places, so that they sum exactly to the
 * transaction price: each amount is first rounded down to the unit 10^−decimals, then the units
 * still missing go, one each, to the components with the largest remainders; equal remainders go
 * to the component listed first. Every amount is thus within one unit of its exact share (below it
 * or above it), a component with SSP 0 receives 0, and raising one component's SSP never lowers
 * its amount. There is no rounding mode: the sum fixes how many amounts round up.
 *
 * @param transactionPrice - the consideration to allocate (¶47), currency, ≥ 0, with at most
 *   `options.decimals` decimal places.
 * @param components - the performance obligations with their stand-alone selling prices (at least
 *   one, ids unique and non-empty, SSP ≥ 0, at least one SSP > 0). Not modified.
 * @param options - `decimals` (default 2).
 * @returns one line per component in the given order (`amount`, exact `share`) and the `total`.
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the field (`"transactionPrice"`,
 *   `"components"`, `"components[2].id"`, `"components[2].standaloneSellingPrice"`,
 *   `"options.decimals"`); `DUPLICATE_ID` naming `"components[i].id"` when an id repeats.
 * @see IFRS 15 *Revenue from Contracts with Customers*, ¶73–80 (allocation on a relative
 *   stand-alone selling price basis), ¶B39–B43 (customer options: material rights), and
 *   Illustrative Example 52, IE267–IE270 (customer loyalty programme).
 *
 * @example
 * ```ts
 * import { allocateTransactionPrice } from "patronage/points";
 *
 * // IFRS 15 IE267–IE268: sales of CU100,000 earn 10,000 points worth CU1, 9,500 expected to be redeemed.
 * const { allocations, total } = allocateTransactionPrice(
 *   100000,
 *   [
 *     { id: "product", standaloneSellingPrice: 100000 },
 *     { id: "points", standaloneSellingPrice: 9500 },
 *   ],
 *   { decimals: 0 },
 * );
 * allocations.map((a) => a.amount); //=> ["91324", "8676"]
 * allocations[1]!.share; //=> "0.08675799086757990867579908675799087"
 * total; //=> "100000"
 * ```
 */
export function allocateTransactionPrice(
  transactionPrice: DecimalString | number,
  components: readonly PerformanceObligation[],
  options: AllocateTransactionPriceOptions = {},
): PriceAllocation {
  if (typeof options !== "object" || options === null) throw invalidArgument("options", options, "an object");
  const { decimals } = readMoneyScale(options.decimals, undefined, "options");
  const price = toDecimal(transactionPrice, "transactionPrice");
  if (price.lt(0) || price.decimalPlaces() > decimals) {
    throw invalidArgument("transactionPrice", transactionPrice, `an amount ≥ 0 with at most ${decimals} decimal places`);
  }
  if (!Array.isArray(components) || components.length === 0) {
    throw invalidArgument("components", components, "a non-empty array of { id, standaloneSellingPrice }");
  }

  const n = components.length;
  const ssp: Decimal[] = new Array<Decimal>(n);
  const seen = new Set<string>();
  let places = 0;
  for (let i = 0; i < n; i++) {
    const component = components[i];
    if (typeof component !== "object" || component === null) {
      throw invalidArgument(`components[${i}]`, component, "an object { id, standaloneSellingPrice }");
    }
    const { id } = component;
    if (typeof id !== "string" || id.length === 0) throw invalidArgument(`components[${i}].id`, id, "a non-empty string");
    if (seen.has(id)) {
      throw new PatronageError("DUPLICATE_ID", `components[${i}].id repeats the id ${JSON.stringify(id)}`, {
        field: `components[${i}].id`,
        value: id,
      });
    }
    seen.add(id);
    const field = `components[${i}].standaloneSellingPrice`;
    const value = toDecimal(component.standaloneSellingPrice, field);
    if (value.lt(0)) throw invalidArgument(field, component.standaloneSellingPrice, "an amount ≥ 0");
    ssp[i] = value.abs(); // abs: "-0" reads as 0
    places = Math.max(places, value.decimalPlaces());
  }
  if (!ssp.some((value) => value.gt(0))) {
    throw invalidArgument("components", components, "components with at least one standaloneSellingPrice > 0");
  }

  // Exact quotas in units of 10^−decimals: quotaᵢ = units × wᵢ / W, with wᵢ = SSPᵢ × 10^places,
  // rounded down, the units missing to the largest remainders (ties to the component listed first).
  const units = scaledBigInt(price, decimals);
  const weights = ssp.map((value) => scaledBigInt(value, places));
  const totalWeight = weights.reduce((a, b) => a + b, 0n);
  const floors = allocateLargestRemainder(normInt(units), weights);
  const denominator = new Decimal(totalWeight.toString());
  const allocations: PriceAllocationLine[] = components.map((component, i) => ({
    id: component.id,
    amount: formatScaled(BigInt(floors[i] as ExactInt), decimals),
    share: new Decimal((weights[i] as bigint).toString()).div(denominator).toFixed(),
  }));
  return { allocations, total: formatScaled(units, decimals) };
}
