import { invalidArgument } from "../_lib/invalidArgument.js";
import { toNumberColumn } from "../_lib/toNumberColumn.js";
import type { SpendColumns } from "./SpendColumns.js";
import type { SpendRow } from "./SpendRow.js";

/**
 * Validated spend data as `Float64Array` columns.
 *
 * @internal
 */
export interface SpendData {
  readonly frequency: Float64Array;
  readonly monetaryValue: Float64Array;
  /** `null` when no weights were given (every weight is 1). */
  readonly weight: Float64Array | null;
  readonly length: number;
}

const SHAPE = "an array of { frequency, monetaryValue, weight? } or columns { frequency, monetaryValue, weight? }";

function columnOf(data: SpendColumns, name: "frequency" | "monetaryValue" | "weight", root: string): ArrayLike<number> {
  const column = data[name];
  if (typeof column !== "object" || column === null || !Number.isSafeInteger(column.length)) {
    throw invalidArgument(`${root}.${name}`, column, "an array or typed array of numbers");
  }
  return column;
}

/**
 * Reads spend data given as rows or as columns into `Float64Array` columns and validates every
 * customer: frequency a safe integer ≥ 0; monetaryValue finite and > 0 when frequency > 0, finite
 * and ≥ 0 when frequency is 0; weight finite ≥ 0. Errors name the row, as `data[3].monetaryValue`
 * or `data.monetaryValue[3]` (with `root` = `"data"`).
 *
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the first malformed field.
 * @internal
 */
export function readSpendColumns(data: readonly SpendRow[] | SpendColumns, root: string): SpendData {
  if (typeof data !== "object" || data === null) throw invalidArgument(root, data, SHAPE);
  let frequency: Float64Array;
  let monetaryValue: Float64Array;
  let weight: Float64Array | null = null;
  let field: (i: number, name: string) => string;
  let original: (i: number, name: "frequency" | "monetaryValue" | "weight") => unknown;
  if (Array.isArray(data)) {
    const rows = data as readonly SpendRow[];
    const n = rows.length;
    frequency = new Float64Array(n);
    monetaryValue = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const row = rows[i];
      if (typeof row !== "object" || row === null) throw invalidArgument(`${root}[${i}]`, row, "an object { frequency, monetaryValue, weight? }");
      frequency[i] = typeof row.frequency === "number" ? row.frequency : NaN;
      monetaryValue[i] = typeof row.monetaryValue === "number" ? row.monetaryValue : NaN;
      if (row.weight !== undefined) {
        weight ??= new Float64Array(n).fill(1);
        weight[i] = typeof row.weight === "number" ? row.weight : NaN;
      }
    }
    field = (i, name) => `${root}[${i}].${name}`;
    original = (i, name) => (rows[i] as SpendRow)[name];
  } else {
    const columns = data as SpendColumns;
    const f = columnOf(columns, "frequency", root);
    const m = columnOf(columns, "monetaryValue", root);
    const n = f.length;
    if (m.length !== n) throw invalidArgument(`${root}.monetaryValue`, m, `a column of length ${n}, like ${root}.frequency`);
    frequency = toNumberColumn(f);
    monetaryValue = toNumberColumn(m);
    if (columns.weight !== undefined) {
      const w = columnOf(columns, "weight", root);
      if (w.length !== n) throw invalidArgument(`${root}.weight`, w, `a column of length ${n}, like ${root}.frequency`);
      weight = toNumberColumn(w);
    }
    field = (i, name) => `${root}.${name}[${i}]`;
    original = (i, name) => columns[name]?.[i];
  }
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i]!;
    const z = monetaryValue[i]!;
    // One comparison chain per row: the slow path below only runs to name the failure.
    if (Number.isSafeInteger(x) && x >= 0 && z < Infinity && (z > 0 || (z === 0 && x === 0))) {
      if (weight === null) continue;
      const w = weight[i]!;
      if (w >= 0 && w < Infinity) continue;
      throw invalidArgument(field(i, "weight"), original(i, "weight"), "a finite number ≥ 0");
    }
    if (!(Number.isSafeInteger(x) && x >= 0)) throw invalidArgument(field(i, "frequency"), original(i, "frequency"), "a safe integer ≥ 0");
    const expected = x > 0 ? "a finite number > 0 when frequency > 0" : "a finite number ≥ 0";
    throw invalidArgument(field(i, "monetaryValue"), original(i, "monetaryValue"), expected);
  }
  return { frequency, monetaryValue, weight, length: frequency.length };
}
