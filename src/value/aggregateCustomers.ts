import { Decimal } from "../_lib/Decimal.js";
import type { SummaryOptions } from "./readSummaryOptions.js";
import type { TransactionTable } from "./readTransactions.js";

/**
 * Per-customer sufficient statistics of the transactions up to `observationEnd`, split at an
 * optional calibration end. Arrays are indexed by customer (as in `table.customerIds`); only the
 * customers listed in `included` have meaningful entries.
 *
 * @internal
 */
export interface CustomerAggregates {
  /** Customers with at least one purchase in the (calibration) window, in order of first appearance. */
  readonly included: Int32Array;
  /** Distinct purchase periods in the (calibration) window. */
  readonly purchases: Float64Array;
  /** First and last purchase period in the window (instants in `"instant"` mode). */
  readonly firstPeriod: Float64Array;
  readonly lastPeriod: Float64Array;
  /** Distinct purchase periods after the calibration end (null without a split). */
  readonly holdoutPurchases: Float64Array | null;
  /** Exact sums in fixed-point units (fast path), or as Decimals (slow path); null without amounts. */
  readonly total: Float64Array | Decimal[] | null;
  readonly firstTotal: Float64Array | Decimal[] | null;
  readonly holdoutTotal: Float64Array | Decimal[] | null;
  /** Transactions after observationEnd. */
  readonly excludedTransactions: number;
  /** Customers left out: no purchase in the (calibration) window. */
  readonly excludedCustomers: number;
}

/** Sorts `a[0..m)` ascending: insertion sort for short runs, the native numeric sort otherwise. */
function sortPrefix(a: Float64Array, m: number): void {
  if (m > 32) {
    a.subarray(0, m).sort();
    return;
  }
  for (let i = 1; i < m; i++) {
    const v = a[i] as number;
    let j = i - 1;
    while (j >= 0 && (a[j] as number) > v) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = v;
  }
}

/** Distinct values in the sorted prefix `a[0..m)`, m ≥ 1. */
function countDistinctSorted(a: Float64Array, m: number): number {
  let distinct = 1;
  for (let i = 1; i < m; i++) if (a[i] !== a[i - 1]) distinct++;
  return distinct;
}

/**
 * Groups the rows by customer with a stable counting sort (O(n), no per-row allocation), then
 * computes per customer the distinct purchase periods, the first and last period and the exact
 * money sums, of the window (up to calibrationEnd when `split`, else up to observationEnd) and,
 * when `split`, of the holdout (calibrationEnd, observationEnd].
 *
 * @internal
 */
export function aggregateCustomers(table: TransactionTable, o: SummaryOptions, split: boolean): CustomerAggregates {
  const { customerOf, window, period, money } = table;
  const n = customerOf.length;
  const customers = table.customerIds.length;
  const merge = o.purchasePeriod !== "instant";

  const offsets = new Int32Array(customers + 1);
  for (let i = 0; i < n; i++) {
    if (window[i] !== 2) (offsets[(customerOf[i] as number) + 1] as number)++;
  }
  let largest = 0;
  for (let c = 0; c < customers; c++) {
    const size = offsets[c + 1] as number;
    if (size > largest) largest = size;
    offsets[c + 1] = (offsets[c] as number) + size;
  }
  // Scatter the included rows into customer order once, so that every later pass reads memory
  // sequentially: period, whether the row is in the window (1) or the holdout (0), and the amount.
  const size = offsets[customers] as number;
  const key = new Float64Array(size);
  const inWindow = new Uint8Array(size);
  const units = money?.units ?? null;
  const decimals = money?.decimals ?? null;
  const amount = units !== null ? new Float64Array(size) : null;
  const row = decimals !== null ? new Int32Array(size) : null;
  const next = offsets.slice(0, customers);
  for (let i = 0; i < n; i++) {
    const w = window[i] as number;
    if (w === 2) continue;
    const c = customerOf[i] as number;
    const j = next[c] as number;
    next[c] = j + 1;
    key[j] = period[i] as number;
    inWindow[j] = w === 0 ? 1 : 0;
    if (amount !== null) amount[j] = (units as Float64Array)[i] as number;
    if (row !== null) row[j] = i;
  }

  const included = new Int32Array(customers);
  let count = 0;
  const purchases = new Float64Array(customers);
  const firstPeriod = new Float64Array(customers);
  const lastPeriod = new Float64Array(customers);
  const holdoutPurchases = split ? new Float64Array(customers) : null;
  const total = amount !== null ? new Float64Array(customers) : decimals !== null ? new Array<Decimal>(customers) : null;
  const firstTotal = amount !== null ? new Float64Array(customers) : decimals !== null ? new Array<Decimal>(customers) : null;
  const holdoutTotal =
    !split ? null : amount !== null ? new Float64Array(customers) : decimals !== null ? new Array<Decimal>(customers) : null;
  const scratch = new Float64Array(largest);

  for (let c = 0; c < customers; c++) {
    const a = offsets[c] as number;
    const b = offsets[c + 1] as number;
    // Window rows.
    let m = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let j = a; j < b; j++) {
      if (inWindow[j] === 0) continue;
      const k = key[j] as number;
      scratch[m++] = k;
      if (k < lo) lo = k;
      if (k > hi) hi = k;
    }
    if (m === 0) continue;
    included[count++] = c;
    if (merge) sortPrefix(scratch, m);
    purchases[c] = merge ? countDistinctSorted(scratch, m) : m;
    firstPeriod[c] = lo;
    lastPeriod[c] = hi;
    // Holdout rows.
    if (holdoutPurchases !== null) {
      let h = 0;
      for (let j = a; j < b; j++) if (inWindow[j] === 0) scratch[h++] = key[j] as number;
      if (merge && h > 0) {
        sortPrefix(scratch, h);
        h = countDistinctSorted(scratch, h);
      }
      holdoutPurchases[c] = h;
    }
    // Money: the window total, the first purchase's total (the whole first period when merging,
    // the first transaction at the first instant otherwise), and the holdout total.
    if (amount !== null) {
      let sum = 0;
      let first = 0;
      let firstSeen = false;
      let hold = 0;
      for (let j = a; j < b; j++) {
        const u = amount[j] as number;
        if (inWindow[j] === 0) {
          hold += u;
          continue;
        }
        sum += u;
        if (key[j] === lo && (merge || !firstSeen)) {
          first += u;
          firstSeen = true;
        }
      }
      (total as Float64Array)[c] = sum;
      (firstTotal as Float64Array)[c] = first;
      if (holdoutTotal !== null) (holdoutTotal as Float64Array)[c] = hold;
    } else if (decimals !== null && row !== null) {
      let sum = new Decimal(0);
      let first = new Decimal(0);
      let firstSeen = false;
      let hold = new Decimal(0);
      for (let j = a; j < b; j++) {
        const d = decimals[row[j] as number] as Decimal;
        if (inWindow[j] === 0) {
          hold = hold.plus(d);
          continue;
        }
        sum = sum.plus(d);
        if (key[j] === lo && (merge || !firstSeen)) {
          first = first.plus(d);
          firstSeen = true;
        }
      }
      (total as Decimal[])[c] = sum;
      (firstTotal as Decimal[])[c] = first;
      if (holdoutTotal !== null) (holdoutTotal as Decimal[])[c] = hold;
    }
  }
  return {
    included: included.slice(0, count),
    purchases,
    firstPeriod,
    lastPeriod,
    holdoutPurchases,
    total,
    firstTotal,
    holdoutTotal,
    excludedTransactions: table.after,
    excludedCustomers: customers - count,
  };
}
