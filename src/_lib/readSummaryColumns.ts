import { invalidArgument } from "./invalidArgument.js";
import { toNumberColumn } from "./toNumberColumn.js";

/** One customer's repeat-purchase summary, as the models take it. */
export interface SummaryRow {
  /** Repeat purchases: purchase periods after the first; a safe integer ≥ 0. */
  readonly frequency: number;
  /** Time from the first to the last purchase, in the model's time unit; 0 ≤ recency ≤ T. */
  readonly recency: number;
  /** Time from the first purchase to the end of observation, in the model's time unit; ≥ 0. */
  readonly T: number;
  /** How many customers share this summary; a finite number ≥ 0, default 1. */
  readonly weight?: number;
}

/** Customers' summaries as columns of equal length (arrays or typed arrays). */
export interface SummaryColumns {
  /** Repeat purchases per customer (see {@link SummaryRow.frequency}). */
  readonly frequency: ArrayLike<number>;
  /** Recency per customer (see {@link SummaryRow.recency}). */
  readonly recency: ArrayLike<number>;
  /** T per customer (see {@link SummaryRow.T}). */
  readonly T: ArrayLike<number>;
  /** Weight per customer (see {@link SummaryRow.weight}); all 1 when absent. */
  readonly weight?: ArrayLike<number>;
}

/** Validated summaries as `Float64Array` columns. */
export interface SummaryData {
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly T: Float64Array;
  /** `null` when no weights were given (every weight is 1). */
  readonly weight: Float64Array | null;
  readonly length: number;
}

const COLUMNS = "an array of { frequency, recency, T, weight? } or columns { frequency, recency, T, weight? }";

function columnOf(data: SummaryColumns, name: "frequency" | "recency" | "T" | "weight", root: string): ArrayLike<number> {
  const column = data[name];
  if (typeof column !== "object" || column === null || !Number.isSafeInteger(column.length)) {
    throw invalidArgument(`${root}.${name}`, column, "an array or typed array of numbers");
  }
  return column;
}

/**
 * Reads summaries given as rows or as columns into `Float64Array` columns and validates every
 * customer: frequency a safe integer ≥ 0; T finite ≥ 0; 0 ≤ recency ≤ T; recency = 0 when frequency
 * = 0; weight finite ≥ 0. Errors name the row, as `data[3].recency` or `data.recency[3]`.
 *
 * @internal
 */
export function readSummaryColumns(data: readonly SummaryRow[] | SummaryColumns, root: string): SummaryData {
  if (typeof data !== "object" || data === null) throw invalidArgument(root, data, COLUMNS);
  let frequency: Float64Array;
  let recency: Float64Array;
  let T: Float64Array;
  let weight: Float64Array | null = null;
  let field: (i: number, name: string) => string;
  if (Array.isArray(data)) {
    const rows = data as readonly SummaryRow[];
    const n = rows.length;
    frequency = new Float64Array(n);
    recency = new Float64Array(n);
    T = new Float64Array(n);
    field = (i, name) => `${root}[${i}].${name}`;
    for (let i = 0; i < n; i++) {
      const row = rows[i];
      if (typeof row !== "object" || row === null) throw invalidArgument(`${root}[${i}]`, row, "an object { frequency, recency, T, weight? }");
      frequency[i] = typeof row.frequency === "number" ? row.frequency : NaN;
      recency[i] = typeof row.recency === "number" ? row.recency : NaN;
      T[i] = typeof row.T === "number" ? row.T : NaN;
      if (row.weight !== undefined) {
        weight ??= new Float64Array(n).fill(1);
        weight[i] = typeof row.weight === "number" ? row.weight : NaN;
      }
    }
    checkRows(rows, frequency, recency, T, weight, field);
  } else {
    const columns = data as SummaryColumns;
    const f = columnOf(columns, "frequency", root);
    const r = columnOf(columns, "recency", root);
    const t = columnOf(columns, "T", root);
    const n = f.length;
    for (const [name, column] of [["recency", r], ["T", t]] as const) {
      if (column.length !== n) throw invalidArgument(`${root}.${name}`, column, `a column of length ${n}, like ${root}.frequency`);
    }
    frequency = toNumberColumn(f);
    recency = toNumberColumn(r);
    T = toNumberColumn(t);
    if (columns.weight !== undefined) {
      const w = columnOf(columns, "weight", root);
      if (w.length !== n) throw invalidArgument(`${root}.weight`, w, `a column of length ${n}, like ${root}.frequency`);
      weight = toNumberColumn(w);
    }
    field = (i, name) => `${root}.${name}[${i}]`;
    checkRows(columns, frequency, recency, T, weight, field);
  }
  return { frequency, recency, T, weight, length: frequency.length };
}

function checkRows(
  source: readonly SummaryRow[] | SummaryColumns,
  frequency: Float64Array,
  recency: Float64Array,
  T: Float64Array,
  weight: Float64Array | null,
  field: (i: number, name: string) => string,
): void {
  const original = (i: number, name: "frequency" | "recency" | "T" | "weight"): unknown =>
    Array.isArray(source) ? (source[i] as SummaryRow)[name] : (source as SummaryColumns)[name]?.[i];
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i]!;
    const tx = recency[i]!;
    const t = T[i]!;
    // One comparison chain per row: the slow path below only runs to name the failure.
    if (Number.isSafeInteger(x) && x >= 0 && t >= 0 && t < Infinity && tx >= 0 && tx <= t && (x > 0 || tx === 0)) {
      if (weight === null) continue;
      const w = weight[i]!;
      if (w >= 0 && w < Infinity) continue;
      throw invalidArgument(field(i, "weight"), original(i, "weight"), "a finite number ≥ 0");
    }
    if (!(Number.isSafeInteger(x) && x >= 0)) throw invalidArgument(field(i, "frequency"), original(i, "frequency"), "a safe integer ≥ 0");
    if (!(t >= 0 && t < Infinity)) throw invalidArgument(field(i, "T"), original(i, "T"), "a finite number ≥ 0");
    if (!(tx >= 0 && tx <= t)) throw invalidArgument(field(i, "recency"), original(i, "recency"), `a finite number in [0, T] (T = ${t})`);
    throw invalidArgument(field(i, "recency"), original(i, "recency"), "0 when frequency is 0");
  }
}
