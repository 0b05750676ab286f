import { MS_PER_DAY } from "../_lib/civilDays.js";
import { Decimal } from "../_lib/Decimal.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { toDecimal } from "../_lib/toDecimal.js";
import { parseIsoInstant } from "../_lib/parseIsoInstant.js";
import { periodOfDay, type SummaryOptions } from "./readSummaryOptions.js";
import type { Transaction } from "./Transaction.js";

/** Powers of ten that are exact doubles. */
const POW10 = /* @__PURE__ */ Array.from({ length: 23 }, (_, k) => 10 ** k);
/** Fast-path limits: at most 15 significant digits and 15 decimals per amount. */
const MAX_DIGITS_VALUE = 999_999_999_999_999;
const MAX_SCALE = 15;
const AT_EXPECTED =
  'a valid Date or an ISO-8601 string "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm[:ss[.sss]]" with Z or ±HH:mm';
const AMOUNT_EXPECTED = 'a decimal string ≥ 0 in plain notation such as "29.33", or a finite number ≥ 0';

/**
 * The exact amounts of the transactions: integers `units` at one common `scale` (value =
 * units / 10^scale, every partial sum below 2^53, so double addition is exact), or, when an amount
 * has more than 15 significant digits or the sums could leave the safe integers, one Decimal each.
 *
 * @internal
 */
export interface MoneyColumn {
  readonly units: Float64Array | null;
  readonly scale: number;
  readonly decimals: readonly Decimal[] | null;
}

/** Transactions validated and read into columns. @internal */
export interface TransactionTable {
  /** Distinct customer ids in order of first appearance. */
  readonly customerIds: string[];
  /** Row → index in `customerIds`. */
  readonly customerOf: Int32Array;
  /**
   * Row → where its instant falls: 0 in the window (at ≤ calibrationEnd, or ≤ observationEnd
   * without a split), 1 in the holdout, 2 after observationEnd.
   */
  readonly window: Uint8Array;
  /** Rows after observationEnd. */
  readonly after: number;
  /** Row → purchase period index (the instant itself in `"instant"` mode). */
  readonly period: Float64Array;
  /** `null` when no transaction has an amount. */
  readonly money: MoneyColumn | null;
}

/**
 * Reads a fast-path amount: a number → its shortest decimal digits `r` and scale `k`, written to
 * `digits[i]`, `scales[i]`. Returns false when the fast path cannot hold it exactly.
 */
function numberDigits(x: number, i: number, digits: Float64Array, scales: Uint8Array): boolean {
  for (let k = 0; k <= MAX_SCALE; k++) {
    const p = POW10[k] as number;
    const r = Math.round(x * p);
    if (r > MAX_DIGITS_VALUE) return false;
    // r / 10^k is correctly rounded, and decimals of ≤ 15 significant digits round-trip, so
    // equality means r·10^−k is the shortest representation of x.
    if (r / p === x) {
      digits[i] = r;
      scales[i] = k;
      return true;
    }
  }
  return false;
}

/** Reads a decimal string into digits and scale; −1 when malformed, −2 when too long for the fast path. */
function stringDigits(s: string, i: number, digits: Float64Array, scales: Uint8Array): number {
  const len = s.length;
  let j = 0;
  let c = s.charCodeAt(0);
  let negative = false;
  if (c === 43 || c === 45) {
    negative = c === 45;
    j = 1;
  }
  let r = 0;
  let k = 0;
  let seen = 0;
  let dot = false;
  for (; j < len; j++) {
    c = s.charCodeAt(j);
    if (c === 46 && !dot) {
      dot = true;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return -1;
    seen++;
    r = r * 10 + d;
    if (dot) k++;
  }
  if (seen === 0) return -1;
  if (negative && r !== 0) return -3;
  if (r > MAX_DIGITS_VALUE || k > MAX_SCALE) return -2;
  digits[i] = r;
  scales[i] = k;
  return 0;
}

/** The slow, always exact path: one Decimal per amount. */
function readDecimals(transactions: readonly Transaction[]): Decimal[] {
  const out = new Array<Decimal>(transactions.length);
  for (let i = 0; i < transactions.length; i++) {
    const field = `transactions[${i}].amount`;
    const amount = (transactions[i] as Transaction).amount as string | number;
    const value = toDecimal(amount, field);
    if (value.isNegative() && !value.isZero()) throw invalidArgument(field, amount, AMOUNT_EXPECTED);
    out[i] = value;
  }
  return out;
}

/**
 * Validates every transaction and reads it into typed columns: customers get integer indices in
 * order of first appearance (one `Map` lookup per row), purchase periods go to a `Float64Array`,
 * the window of each instant (split at `splitMs` when given, then observationEnd) to a
 * `Uint8Array`, amounts to exact fixed-point integers. Errors name the row and field, as
 * `transactions[12].at`.
 *
 * @internal
 */
export function readTransactions(transactions: unknown, o: SummaryOptions, splitMs: number | null): TransactionTable {
  if (!Array.isArray(transactions)) {
    throw invalidArgument("transactions", transactions, "an array of { customerId, at, amount? }");
  }
  const rows = transactions as readonly Transaction[];
  const n = rows.length;
  const ids = new Map<string, number>();
  const customerIds: string[] = [];
  const customerOf = new Int32Array(n);
  const window = new Uint8Array(n);
  const endMs = o.observationEnd.lastMs;
  const cutMs = splitMs ?? endMs;
  let after = 0;
  const period = new Float64Array(n);
  const hasAmounts = n > 0 && typeof rows[0] === "object" && rows[0] !== null && rows[0].amount !== undefined;
  const digits = hasAmounts ? new Float64Array(n) : null;
  const scales = hasAmounts ? new Uint8Array(n) : null;
  let fast = true;
  let lastId = "";
  let lastCustomer = -1;
  const calendar = o.calendar;
  const utc = calendar.utc;
  const mode = o.purchasePeriod;
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (typeof row !== "object" || row === null) {
      throw invalidArgument(`transactions[${i}]`, row, "an object { customerId, at, amount? }");
    }
    const id = row.customerId;
    if (typeof id !== "string" || id.length === 0) {
      throw invalidArgument(`transactions[${i}].customerId`, id, "a non-empty string");
    }
    // Exports are often sorted by customer: the previous row's customer skips the Map lookup.
    let c = lastCustomer;
    if (id !== lastId) {
      const known = ids.get(id);
      if (known === undefined) {
        c = customerIds.length;
        ids.set(id, c);
        customerIds.push(id);
      } else {
        c = known;
      }
      lastId = id;
      lastCustomer = c;
    }
    customerOf[i] = c;

    const at = row.at;
    let ms: number;
    let day = NaN;
    if (at instanceof Date) {
      ms = at.getTime();
    } else if (typeof at === "string") {
      ms = parseIsoInstant(at);
      if (at.length === 10 && ms === ms) {
        // A calendar date names a civil day in the time zone; it starts at that day's midnight.
        day = ms / MS_PER_DAY;
        if (!utc) ms = calendar.dayStart(day);
      }
    } else {
      throw invalidArgument(`transactions[${i}].at`, at, AT_EXPECTED);
    }
    if (!(ms === ms)) throw invalidArgument(`transactions[${i}].at`, at, AT_EXPECTED);
    if (ms > cutMs) {
      if (ms > endMs) {
        window[i] = 2;
        after++;
      } else {
        window[i] = 1;
      }
    }
    if (mode === "instant") {
      period[i] = ms;
    } else {
      if (day !== day) day = utc ? Math.floor(ms / MS_PER_DAY) : calendar.localDay(ms);
      period[i] = mode === "day" ? day : periodOfDay(day, mode);
    }

    const amount = row.amount;
    if (digits === null || scales === null) {
      if (amount !== undefined) {
        throw invalidArgument(`transactions[${i}].amount`, amount, "absent, as in transactions[0] (all or none have amounts)");
      }
    } else if (typeof amount === "number") {
      if (!(amount >= 0 && amount < Infinity)) throw invalidArgument(`transactions[${i}].amount`, amount, AMOUNT_EXPECTED);
      if (fast && !numberDigits(amount, i, digits, scales)) fast = false;
    } else if (typeof amount === "string") {
      const status = stringDigits(amount, i, digits, scales);
      if (status === -1 || status === -3) throw invalidArgument(`transactions[${i}].amount`, amount, AMOUNT_EXPECTED);
      if (status === -2) fast = false;
    } else {
      const expected = amount === undefined ? `${AMOUNT_EXPECTED}, as in transactions[0] (all or none have amounts)` : AMOUNT_EXPECTED;
      throw invalidArgument(`transactions[${i}].amount`, amount, expected);
    }
  }
  let money: MoneyColumn | null = null;
  if (digits !== null && scales !== null) {
    let scale = 0;
    if (fast) {
      for (let i = 0; i < n; i++) if ((scales[i] as number) > scale) scale = scales[i] as number;
      // Bring every amount to the common scale; the sum of all of them bounds every partial sum.
      let total = 0;
      for (let i = 0; i < n; i++) {
        const u = (digits[i] as number) * (POW10[scale - (scales[i] as number)] as number);
        digits[i] = u;
        total += u;
      }
      if (!(total <= Number.MAX_SAFE_INTEGER)) fast = false;
    }
    money = fast ? { units: digits, scale, decimals: null } : { units: null, scale: 0, decimals: readDecimals(rows) };
  }
  return { customerIds, customerOf, window, after, period, money };
}

/** Integer `units` at `scale` in plain decimal notation without trailing zeros (`"59.06"`, `"30"`). @internal */
export function unitsToString(units: number, scale: number): string {
  let s = String(units);
  if (scale === 0) return s;
  s = s.padStart(scale + 1, "0");
  let end = s.length;
  const point = end - scale;
  while (end > point && s.charCodeAt(end - 1) === 48) end--;
  return end === point ? s.slice(0, point) : `${s.slice(0, point)}.${s.slice(point, end)}`;
}

/** Decimal in plain notation without trailing zeros. @internal */
export function decimalToString(value: Decimal): string {
  return value.isZero() ? "0" : value.toFixed();
}
