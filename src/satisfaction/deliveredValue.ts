import { z } from "zod";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { parseWithSchema } from "../_lib/parseWithSchema.js";
import { assertKnownKeys } from "./assertKnownKeys.js";

/** The four sources of total customer value (Kotler), each a finite number ≥ 0, default 0. */
export interface CustomerValueComponents {
  /** Product value: what the product itself is worth to the customer. */
  readonly product?: number;
  /** Services value: delivery, installation, support, the service encounter. */
  readonly service?: number;
  /** Personnel value: the competence and courtesy of the firm's people. */
  readonly personnel?: number;
  /** Image value: what the brand and the firm's reputation are worth to the customer. */
  readonly image?: number;
}

/** The four parts of total customer cost (Kotler), each a finite number ≥ 0, default 0. */
export interface CustomerCostComponents {
  /** Monetary cost: the price paid, with fees and shipping. */
  readonly monetary?: number;
  /** Time cost: searching, waiting, travelling, valued in the same unit. */
  readonly time?: number;
  /** Energy cost: the physical effort of buying and using. */
  readonly energy?: number;
  /** Psychic cost: stress, uncertainty, the frustration of a bad encounter. */
  readonly psychic?: number;
}

/** The input of {@link deliveredValue}; every figure in one unit. */
export interface DeliveredValueInput {
  /** The components of total customer value. */
  readonly value: CustomerValueComponents;
  /** The components of total customer cost. */
  readonly cost: CustomerCostComponents;
  /**
   * The delivered value the customer expected, a finite number (may be negative), in the same
   * unit; when given, the result carries the surplus over it.
   */
  readonly expected?: number;
}

/** The result of {@link deliveredValue}, in the unit of the input. */
export interface DeliveredValueResult {
  /** Total customer value: product + service + personnel + image. */
  readonly totalValue: number;
  /** Total customer cost: monetary + time + energy + psychic. */
  readonly totalCost: number;
  /** Customer delivered value: totalValue − totalCost. */
  readonly deliveredValue: number;
  /**
   * The value/cost ratio totalValue / totalCost (unitless; > 1 when value exceeds cost), or `null`
   * when the total cost is 0, where the ratio is undefined.
   */
  readonly valueCostRatio: number | null;
  /** The expected delivered value as given, or `null` when none was given. */
  readonly expected: number | null;
  /**
   * The surplus over expectation, deliveredValue − expected: > 0 the customer is pleased (positive
   * disconfirmation), < 0 disappointed; `null` when no expectation was given.
   */
  readonly surplus: number | null;
  /** Plain-language notes (a zero total cost). */
  readonly warnings: readonly string[];
}

const component = /* @__PURE__ */ z.number().finite().nonnegative().optional();

const valueSchema = /* @__PURE__ */ z.strictObject({ product: component, service: component, personnel: component, image: component });
const costSchema = /* @__PURE__ */ z.strictObject({ monetary: component, time: component, energy: component, psychic: component });
const inputSchema = /* @__PURE__ */ z.strictObject({
  value: valueSchema,
  cost: costSchema,
  expected: /* @__PURE__ */ z.number().finite().optional(),
});

function sum4(a: number | undefined, b: number | undefined, c: number | undefined, d: number | undefined): number {
  return (a ?? 0) + (b ?? 0) + (c ?? 0) + (d ?? 0);
}

/**
 * Customer delivered value (Kotler): total customer value minus total customer cost, and, when the
 * customer's expectation is known, the surplus over it — the source's "satisfaction = total
 * benefit − total cost − expected value":
 *
 *   totalValue = product + service + personnel + image,
 *   totalCost = monetary + time + energy + psychic,
 *   deliveredValue = totalValue − totalCost,   surplus = deliveredValue − expected.
 *
 * Every component must be in ONE unit: money (the customer's willingness to pay for each source of
 * value, and time and effort priced at their money value), or points on one rating scale (each
 * component scored 0–10 by the customer). Mixing units makes the sums meaningless, and the
 * function cannot detect it. Components are doubles, not exact money: this is a perception model,
 * not a ledger. A component left out counts as 0 (a firm seldom measures all eight), but an
 * unknown key is an error, so a misspelt component is not silently dropped. The function is
 * linear: the delivered value of a sum of inputs is the sum of their delivered values.
 *
 * @param input - `{ value: { product, service, personnel, image }, cost: { monetary, time,
 *   energy, psychic }, expected? }`.
 * @returns the totals, the delivered value, the value/cost ratio (`null` at zero cost) and the
 *   surplus over expectation (`null` without one).
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the field (`input.value.product`,
 *   `input.cost.time`, `input.expected`) when a component is not a finite number ≥ 0, the
 *   expectation not a finite number, `value` or `cost` missing, or a key unknown; naming `input`
 *   when a total, the difference or the ratio overflows the double range.
 * @see P. Kotler (1994), Marketing Management: Analysis, Planning, Implementation and Control,
 *   8th ed., ch. 2: customer delivered value (figure "Determinants of customer delivered value").
 * @see R. L. Oliver (1980), "A cognitive model of the antecedents and consequences of satisfaction
 *   decisions", Journal of Marketing Research 17(4), 460–469 (satisfaction against expectation).
 *
 * @example
 * ```ts
 * import { deliveredValue } from "patronage/satisfaction";
 *
 * deliveredValue({
 *   value: { product: 120, service: 30, personnel: 20, image: 10 },
 *   cost: { monetary: 100, time: 15, energy: 5, psychic: 10 },
 *   expected: 40,
 * });
 * //=> { totalValue: 180, totalCost: 130, deliveredValue: 50, valueCostRatio: 1.3846…,
 * //     expected: 40, surplus: 10, warnings: [] }
 * ```
 */
export function deliveredValue(input: DeliveredValueInput): DeliveredValueResult {
  // zod names the object holding an unknown key; name the key itself (`input.value.prodcut`).
  assertKnownKeys(input, Object.keys(inputSchema.shape), "input");
  if (typeof input === "object" && input !== null) {
    assertKnownKeys(input.value, Object.keys(valueSchema.shape), "input.value");
    assertKnownKeys(input.cost, Object.keys(costSchema.shape), "input.cost");
  }
  const { value, cost, expected } = parseWithSchema(inputSchema, input, "input");
  const totalValue = sum4(value.product, value.service, value.personnel, value.image);
  const totalCost = sum4(cost.monetary, cost.time, cost.energy, cost.psychic);
  const delivered = totalValue - totalCost;
  const warnings: string[] = [];
  if (totalCost === 0) warnings.push("the total cost is 0: the value/cost ratio is undefined (null)");
  const surplus = expected === undefined ? null : delivered - expected;
  const valueCostRatio = totalCost === 0 ? null : totalValue / totalCost;
  for (const figure of [totalValue, totalCost, delivered, surplus ?? 0, valueCostRatio ?? 0]) {
    if (!Number.isFinite(figure)) throw invalidArgument("input", input, "components whose totals, difference and ratio are finite numbers");
  }
  return {
    totalValue,
    totalCost,
    deliveredValue: delivered,
    valueCostRatio,
    expected: expected ?? null,
    surplus,
    warnings,
  };
}
