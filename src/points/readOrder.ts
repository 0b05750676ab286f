import { invalidArgument } from "../_lib/invalidArgument.js";
import type { ZoneCalendar } from "../_lib/ZoneCalendar.js";
import { PatronageError } from "../PatronageError.js";
import { addInt, mulInt, pow10, type ExactInt } from "./exactInt.js";
import type { PointsOrder } from "./PointsOrder.js";
import { readInstant } from "../_lib/readInstant.js";
import { readScaledDecimal } from "./ScaledDecimal.js";
import { rejectUnknownKeys } from "./rejectUnknownKeys.js";

const ORDER_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["orderId", "at", "channel", "lines", "returnWindowEndsAt"]);
const LINE_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["lineId", "amount", "quantity", "sku", "category"]);

// The same keys as switches: inlined where they are called, a third of the cost of `Set.has`
// (the sets name the keys in the error).
function isOrderKey(key: string): boolean {
  switch (key) {
    case "orderId":
    case "at":
    case "channel":
    case "lines":
    case "returnWindowEndsAt":
      return true;
    default:
      return false;
  }
}

function isLineKey(key: string): boolean {
  switch (key) {
    case "lineId":
    case "amount":
    case "quantity":
    case "sku":
    case "category":
      return true;
    default:
      return false;
  }
}

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
  for (const key in order) if (!isOrderKey(key)) rejectUnknownKeys(order, ORDER_KEYS, "order", "an order");
  const { orderId, lines } = order;
  if (typeof orderId !== "string" || orderId.length === 0) throw invalidArgument("order.orderId", orderId, "a non-empty string");
  if (!Array.isArray(lines) || lines.length === 0) throw invalidArgument("order.lines", lines, "an array of at least one line");
  const n = lines.length;
  // Sized arrays: a fraction of the cost (and memory) of growing empty ones by push.
  const lineIds = new Array<string>(n);
  const amounts = new Array<ExactInt>(n);
  const quantities = new Array<number>(n);
  const skus = new Array<string | null>(n);
  const categories = new Array<string | null>(n);
  const seen = n > 8 ? new Set<string>() : null;
  // Amounts are kept at the largest scale read so far (earlier ones rescaled when it grows).
  let scale = 0;
  let total: ExactInt = 0;
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    if (typeof line !== "object" || line === null) throw invalidArgument(`order.lines[${i}]`, line, "an order line object");
    for (const key in line) if (!isLineKey(key)) rejectUnknownKeys(line, LINE_KEYS, "order.lines", "an order line", i);
    const { lineId, amount, quantity } = line;
    if (typeof lineId !== "string" || lineId.length === 0) throw invalidArgument(`order.lines[${i}].lineId`, lineId, "a non-empty string");
    let repeated = false;
    if (seen === null) {
      for (let j = 0; j < i; j++) if (lineIds[j] === lineId) repeated = true;
    } else {
      repeated = seen.has(lineId);
      seen.add(lineId);
    }
    if (repeated) {
      throw new PatronageError("DUPLICATE_ID", `order.lines[${i}].lineId repeats the line id ${JSON.stringify(lineId)}`, {
        field: `order.lines[${i}].lineId`,
        value: lineId,
      });
    }
    lineIds[i] = lineId;
    const d = readScaledDecimal(amount);
    if (d === null) {
      throw invalidArgument(`order.lines[${i}].amount`, amount, 'a decimal ≥ 0 (a plain-notation string such as "129.90", or a finite number)');
    }
    let units = d.units;
    if (d.scale > scale) {
      const f = pow10(d.scale - scale);
      for (let j = 0; j < i; j++) amounts[j] = mulInt(amounts[j] as ExactInt, f);
      total = mulInt(total, f);
      scale = d.scale;
    } else if (d.scale < scale) {
      units = mulInt(units, pow10(scale - d.scale));
    }
    amounts[i] = units;
    total = addInt(total, units);
    if (quantity === undefined) quantities[i] = 1;
    else if (Number.isSafeInteger(quantity) && quantity >= 1) quantities[i] = quantity;
    else throw invalidArgument(`order.lines[${i}].quantity`, quantity, "a safe integer ≥ 1");
    const { sku, category } = line;
    if (sku !== undefined && typeof sku !== "string") throw invalidArgument(`order.lines[${i}].sku`, sku, "a string");
    if (category !== undefined && typeof category !== "string") throw invalidArgument(`order.lines[${i}].category`, category, "a string");
    skus[i] = sku ?? null;
    categories[i] = category ?? null;
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
