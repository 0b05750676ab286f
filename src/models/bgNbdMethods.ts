import { assertNonNegative } from "../_lib/assertNonNegative.js";
import { assertSafeInteger } from "../_lib/assertSafeInteger.js";
import { compressColumns } from "../_lib/compressColumns.js";
import { readSummaryColumns, type SummaryColumns, type SummaryRow } from "../_lib/readSummaryColumns.js";
import {
  aliveExpectationOf,
  conditionalExpectationOf,
  log1pNonNegative,
  logLikelihoodOf,
  logRatio,
  probabilityAliveOf,
  probabilityNoPurchaseOf,
  probabilityOfPurchasesOf,
  type Shift,
} from "./bgNbdFormulas.js";
import { readCustomer } from "./readCustomer.js";

/** The parameters of the BG/NBD family. @internal */
export interface FamilyParams {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

/** A customer's summary, as the single-customer methods take it. @internal */
export type Customer = { readonly frequency: number; readonly recency: number; readonly T: number };

/**
 * The public methods of `BgNbd` (`s` 0) and `MbgNbd` (`s` 1), validated: each class's method is a
 * documented one-line call of these.
 *
 * @internal
 */
export const bgNbdMethods = {
  expectedPurchases({ r, alpha, a, b }: FamilyParams, s: Shift, t: number): number {
    assertNonNegative(t, "t");
    // A new customer: x = 0, t_x = T = 0 (P(alive) = 1 for BG/NBD, b / (a + b) for MBG/NBD).
    return conditionalExpectationOf(r, alpha, a, b, s, t, 0, 0, 0);
  },

  conditionalExpectedPurchases({ r, alpha, a, b }: FamilyParams, s: Shift, t: number, customer: Customer): number {
    assertNonNegative(t, "t");
    const { x, tx, T } = readCustomer(customer);
    return conditionalExpectationOf(r, alpha, a, b, s, t, x, tx, T);
  },

  probabilityAlive({ r, alpha, a, b }: FamilyParams, s: Shift, customer: Customer): number {
    const { x, tx, T } = readCustomer(customer);
    return probabilityAliveOf(r, alpha, a, b, s, x, tx, T);
  },

  probabilityOfPurchases({ r, alpha, a, b }: FamilyParams, s: Shift, n: number, t: number): number {
    assertSafeInteger(n, "n", 0);
    assertNonNegative(t, "t");
    return probabilityOfPurchasesOf(r, alpha, a, b, s, n, t);
  },

  probabilityNoPurchase({ r, alpha, a, b }: FamilyParams, s: Shift, t: number, customer: Customer): number {
    assertNonNegative(t, "t");
    const { x, tx, T } = readCustomer(customer);
    return probabilityNoPurchaseOf(r, alpha, a, b, s, t, x, tx, T);
  },

  logLikelihoodOf({ r, alpha, a, b }: FamilyParams, s: Shift, customer: Customer): number {
    const { x, tx, T } = readCustomer(customer);
    return logLikelihoodOf(r, alpha, a, b, s, x, tx, T);
  },

  /**
   * Customers share (frequency, recency, T) — recency and T take one value per day — so the value is
   * computed once per distinct triple, and K(x, T) (the ₂F₁ factor) once per distinct pair among those.
   */
  conditionalExpectedPurchasesBatch({ r, alpha, a, b }: FamilyParams, s: Shift, t: number, customers: SummaryColumns | readonly SummaryRow[]): Float64Array {
    assertNonNegative(t, "t");
    const { frequency, recency, T, length } = readSummaryColumns(customers, "customers");
    const triples = compressColumns([frequency, recency, T], null);
    const [px, ptx, pT] = triples.columns as [Float64Array, Float64Array, Float64Array];
    const pairs = compressColumns([px, pT], null);
    const [kx, kT] = pairs.columns as [Float64Array, Float64Array];
    const k = new Float64Array(pairs.size);
    for (let p = 0; p < pairs.size; p++) k[p] = aliveExpectationOf(r, alpha, a, b, s, t, kx[p]!, kT[p]!);
    const value = new Float64Array(triples.size);
    fillProbabilityAlive(r, alpha, a, b, s, px, ptx, pT, value);
    for (let p = 0; p < triples.size; p++) value[p] = value[p]! * k[pairs.patternOf[p]!]!;
    const out = new Float64Array(length);
    const of = triples.patternOf;
    for (let i = 0; i < length; i++) out[i] = value[of[i]!]!;
    return out;
  },

  probabilityAliveBatch({ r, alpha, a, b }: FamilyParams, s: Shift, customers: SummaryColumns | readonly SummaryRow[]): Float64Array {
    const { frequency, recency, T, length } = readSummaryColumns(customers, "customers");
    const out = new Float64Array(length);
    fillProbabilityAlive(r, alpha, a, b, s, frequency, recency, T, out);
    return out;
  },

  probabilityNoPurchaseBatch({ r, alpha, a, b }: FamilyParams, s: Shift, t: number, customers: SummaryColumns | readonly SummaryRow[]): Float64Array {
    assertNonNegative(t, "t");
    const { frequency, recency, T, length } = readSummaryColumns(customers, "customers");
    const out = new Float64Array(length);
    for (let i = 0; i < length; i++) out[i] = probabilityNoPurchaseOf(r, alpha, a, b, s, t, frequency[i]!, recency[i]!, T[i]!);
    return out;
  },

  logLikelihoodBatch({ r, alpha, a, b }: FamilyParams, s: Shift, customers: SummaryColumns | readonly SummaryRow[]): Float64Array {
    const { frequency, recency, T, length } = readSummaryColumns(customers, "customers");
    const out = new Float64Array(length);
    for (let i = 0; i < length; i++) out[i] = logLikelihoodOf(r, alpha, a, b, s, frequency[i]!, recency[i]!, T[i]!);
    return out;
  },
};

/** The largest frequency for which ln(a / (b + x + s − 1)) is tabulated instead of computed per row. */
const TABLE_LIMIT = 65_536;

/**
 * P(alive) of every customer into `out`: the logistic function of the log-odds of having dropped out
 * (see `probabilityAliveOf`, which this matches exactly), with ln(a / (b + x + s − 1)) tabulated by
 * frequency, so each row costs one log1p and one exp.
 */
function fillProbabilityAlive(
  r: number,
  alpha: number,
  a: number,
  b: number,
  s: Shift,
  frequency: Float64Array,
  recency: Float64Array,
  T: Float64Array,
  out: Float64Array,
): void {
  let maxX = 0;
  for (let i = 0; i < frequency.length; i++) if (frequency[i]! > maxX) maxX = frequency[i]!;
  const table = new Float64Array(Math.min(maxX, TABLE_LIMIT) + 1).fill(Number.NaN);
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i]!;
    if (x + s === 0) {
      out[i] = 1;
      continue;
    }
    let odds0 = x <= TABLE_LIMIT ? table[x]! : Number.NaN;
    if (odds0 !== odds0) {
      odds0 = logRatio(a, b + (x + s - 1));
      if (x <= TABLE_LIMIT) table[x] = odds0;
    }
    const tx = recency[i]!;
    const d = odds0 + (r + x) * log1pNonNegative((T[i]! - tx) / (alpha + tx));
    if (d <= 0) {
      out[i] = 1 / (1 + Math.exp(d));
    } else {
      const e = Math.exp(-d);
      out[i] = e / (1 + e);
    }
  }
}
