/** Identical rows of a set of columns, merged. */
export interface CompressedColumns {
  /** The distinct rows, one column per input column, in order of first appearance. */
  readonly columns: Float64Array[];
  /** The summed weight of each distinct row. */
  readonly weight: Float64Array;
  /** The number of distinct rows. */
  readonly size: number;
  /** For each input row, the index of its distinct row. */
  readonly patternOf: Uint32Array;
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** A 32-bit hash step of the two words of a double (-0 is hashed as 0). */
function mix(hash: number, value: number): number {
  bits[0] = value === 0 ? 0 : value;
  let h = Math.imul(hash ^ words[0]!, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ words[1]!, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Merges identical rows of `columns` (all of one length, finite values, -0 equal to 0), summing
 * `weight` (1 per row when `null`). An open-addressing hash table over the rows' bit patterns keeps
 * it linear in the number of rows and free of per-row allocations.
 *
 * @internal
 */
export function compressColumns(columns: readonly Float64Array[], weight: Float64Array | null): CompressedColumns {
  const rows = columns[0]?.length ?? 0;
  const k = columns.length;
  let capacity = 16;
  while (capacity < rows * 2) capacity *= 2;
  const mask = capacity - 1;
  const table = new Int32Array(capacity).fill(-1);
  const patternOf = new Uint32Array(rows);
  const firstRow = new Uint32Array(rows);
  const sums = new Float64Array(rows);
  let size = 0;
  for (let i = 0; i < rows; i++) {
    let hash = 0x9e3779b9;
    for (let c = 0; c < k; c++) hash = mix(hash, columns[c]![i]!);
    let slot = hash & mask;
    for (;;) {
      const pattern = table[slot]!;
      if (pattern < 0) {
        table[slot] = size;
        firstRow[size] = i;
        patternOf[i] = size;
        sums[size] = weight === null ? 1 : weight[i]!;
        size++;
        break;
      }
      const j = firstRow[pattern]!;
      let same = true;
      for (let c = 0; c < k && same; c++) same = columns[c]![i] === columns[c]![j];
      if (same) {
        patternOf[i] = pattern;
        sums[pattern] = sums[pattern]! + (weight === null ? 1 : weight[i]!);
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  const out = columns.map((column) => {
    const distinct = new Float64Array(size);
    for (let p = 0; p < size; p++) distinct[p] = column[firstRow[p]!]! + 0;
    return distinct;
  });
  return { columns: out, weight: sums.slice(0, size), size, patternOf };
}
