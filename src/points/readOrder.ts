import { invalidArgument } from "../_lib/invalidArgument.js";
import type { ZoneCalendar } from "../_lib/ZoneCalendar.js";
import { PatronageError } from "../PatronageError.js";
import { addInt, type ExactInt } from "./exactInt.js";
import type { PointsOrder } from "./PointsOrder.js";
import { readInstant } from "./readInstant.js";
import { readScaledDecimal, unitsAt, type ScaledDecimal } from "./ScaledDecimal.js";
import { rejectUnknownKeys } from "./rejectUnknownKeys.js";

const ORDER_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["orderId", "at", "channel", "lines", "returnWindowEndsAt"]);
const LINE_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["lineId", "amount", "quantity", "sku", "category"]);

/** A validated order, its amounts as integers at one common scale. @internal */
export interface ReadOrder {
  readonly orderId: string;
  /** `order.at` in epoch ms, or NaN when absent. */
  readonly at: number;
  readonly channel: string | null;
  readonly lineIds: readonly string[];
  /** Line amounts in units of 10^−scale. */
  readonly amounts: readonly ExactInt[];
  readonly quantities: readonly number[];
  readonly skus: readonly (string | null)[];
  readonly categories: readonly (string | null)[];
  readonly scale: number;
  /** The sum of the line amounts, in units of 10^−scale. */
  readonly total: ExactInt;
  /** `order.returnWindowEndsAt` in epoch ms, or NaN when absent. */
  readonly returnWindowEndsAt: number;
}

function optionalString(value: unknown, field: string): string | null {
  if (value === undefined) return null;
  if (typeof value !== "string") throw invalidArgument(field, value, "a string");
  return value;
}

/**
 * Validates a {@link PointsOrder}: a non-empty `orderId`, at least one line, unique non-empty
 * `lineId`s (`DUPLICATE_ID` naming the second), amounts decimals ≥ 0, quantities safe integers
 * ≥ 1 (default 1), `sku`, `category` and `channel` strings, `at` and `returnWindowEndsAt`
 * instants, and no other field (`order.lines[0].qty` is an error). Errors name
 * `order.lines[2].amount` and so on.
 *
 * @internal
 */
export function readOrder(order: PointsOrder, calendar: ZoneCalendar): ReadOrder {
  if (typeof order !== "object" || order === null) throw invalidArgument("order", order, "an order object");
  rejectUnknownKeys(order, ORDER_KEYS, "order", "an order");
  const { orderId, lines } = order;
  if (typeof orderId !== "string" || orderId.length === 0) throw invalidArgument("order.orderId", orderId, "a non-empty string");
  if (!Array.isArray(lines) || lines.length === 0) throw invalidArgument("order.lines", lines, "an array of at least one line");
  const n = lines.length;
  const lineIds: string[] = new Array(n);
  const decimals: ScaledDecimal[] = new Array(n);
  const quantities: number[] = new Array(n);
  const skus: (string | null)[] = new Array(n);
  const categories: (string | null)[] = new Array(n);
  const seen = new Set<string>();
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    if (typeof line !== "object" || line === null) throw invalidArgument(`order.lines[${i}]`, line, "an order line object");
    rejectUnknownKeys(line, LINE_KEYS, `order.lines[${i}]`, "an order line");
    const { lineId, amount, quantity } = line;
    if (typeof lineId !== "string" || lineId.length === 0) throw invalidArgument(`order.lines[${i}].lineId`, lineId, "a non-empty string");
    if (n <= 8 ? lineIds.indexOf(lineId) >= 0 && lineIds.indexOf(lineId) < i : seen.has(lineId)) {
      throw new PatronageError("DUPLICATE_ID", `order.lines[${i}].lineId repeats the line id ${JSON.stringify(lineId)}`, {
        field: `order.lines[${i}].lineId`,
        value: lineId,
      });
    }
    if (n > 8) seen.add(lineId);
    lineIds[i] = lineId;
    const d = readScaledDecimal(amount);
    if (d === null) {
      throw invalidArgument(`order.lines[${i}].amount`, amount, 'a decimal ≥ 0 (a plain-notation string such as "129.90", or a finite number)');
    }
    decimals[i] = d;
    if (d.scale > scale) scale = d.scale;
    if (quantity === undefined) quantities[i] = 1;
    else if (Number.isSafeInteger(quantity) && quantity >= 1) quantities[i] = quantity;
    else throw invalidArgument(`order.lines[${i}].quantity`, quantity, "a safe integer ≥ 1");
    skus[i] = optionalString(line.sku, `order.lines[${i}].sku`);
    categories[i] = optionalString(line.category, `order.lines[${i}].category`);
  }
  const amounts: ExactInt[] = new Array(n);
  let total: ExactInt = 0;
  for (let i = 0; i < n; i++) {
    const units = unitsAt(decimals[i] as ScaledDecimal, scale);
    amounts[i] = units;
    total = addInt(total, units);
  }
  return {
    orderId,
    at: order.at === undefined ? Number.NaN : readInstant(order.at, calendar, "order.at"),
    channel: optionalString(order.channel, "order.channel"),
    lineIds,
    amounts,
    quantities,
    skus,
    categories,
    scale,
    total,
    returnWindowEndsAt:
      order.returnWindowEndsAt === undefined ? Number.NaN : readInstant(order.returnWindowEndsAt, calendar, "order.returnWindowEndsAt"),
  };
}
