import { compressColumns } from "../_lib/compressColumns.js";
import { readSummaryColumns, type SummaryColumns, type SummaryRow } from "../_lib/readSummaryColumns.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { PatronageError } from "../PatronageError.js";

/**
 * Customers' `(frequency, recency, T)` summaries, validated and compressed into weighted patterns,
 * with the largest frequency (which bounds the loops of some likelihoods).
 *
 * @internal
 */
export interface Patterns {
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly T: Float64Array;
  readonly weight: Float64Array;
  readonly size: number;
  /** Σ weights. */
  readonly n: number;
}

/**
 * Validates `data` (rows or columns, errors naming `data[i].field` / `data.field[i]`), merges
 * identical patterns and drops patterns of weight 0.
 *
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` for a malformed customer or weights whose
 *   sum overflows;
 *   `INSUFFICIENT_DATA` when the total weight is 0.
 * @internal
 */
export function readPatterns(data: readonly SummaryRow[] | SummaryColumns): Patterns {
  const rows = readSummaryColumns(data, "data");
  const { columns, weight } = compressColumns([rows.frequency, rows.recency, rows.T], rows.weight);
  const keep: number[] = [];
  let n = 0;
  for (let p = 0; p < weight.length; p++) {
    if (weight[p]! > 0) {
      keep.push(p);
      n += weight[p]!;
    }
  }
  if (n === Infinity) throw invalidArgument("data.weight", rows.weight, "weights whose sum is finite");
  if (!(n > 0)) throw new PatronageError("INSUFFICIENT_DATA", "data holds no customer (the total weight is 0): nothing to fit", { field: "data" });
  const pick = (column: Float64Array) => Float64Array.from(keep, (p) => column[p]!);
  const [frequency, recency, T] = columns as [Float64Array, Float64Array, Float64Array];
  return { frequency: pick(frequency), recency: pick(recency), T: pick(T), weight: pick(weight), size: keep.length, n };
}
