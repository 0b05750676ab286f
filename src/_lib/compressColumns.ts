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

/** A 32-bit hash step over the two words of a double (the caller maps -0 to 0). */
function mix(hash: number, value: number): number {
  bits[0] = value;
  return Math.imul(hash ^ (hash >>> 15) ^ words[0]!, 0x85ebca6b) ^ words[1]!;
}

function grow(array: Float64Array): Float64Array {
  const bigger = new Float64Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * Merges identical rows of `columns` (all of one length, finite values, -0 equal to 0), summing
 * `weight` (1 per row when `null`). An open-addressing hash table over the rows' bits keeps it
 * linear in the number of rows; the table starts small and doubles when half full, so when few
 * rows are distinct among many — the (frequency, recency, T) of a customer base, whose recency and
 * T take one value per day — it stays in cache, and nothing the size of the input is allocated but
 * `patternOf`.
 *
 * @internal
 */
export function compressColumns(columns: readonly Float64Array[], weight: Float64Array | null): CompressedColumns {
  const rows = columns[0]?.length ?? 0;
  const k = columns.length;
  let capacity = 64;
  let mask = capacity - 1;
  let table = new Int32Array(capacity).fill(-1);
  let hashes = new Int32Array(capacity);
  let keys: Float64Array[] = columns.map(() => new Float64Array(32));
  let sums: Float64Array = new Float64Array(32);
  let size = 0;
  const patternOf = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) {
    let h = 0x9e3779b9;
    for (let c = 0; c < k; c++) h = mix(h, columns[c]![i]! + 0);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
    const w = weight === null ? 1 : weight[i]!;
    let slot = h & mask;
    for (;;) {
      const pattern = table[slot]!;
      if (pattern < 0) {
        if (size === sums.length) {
          keys = keys.map(grow);
          sums = grow(sums);
        }
        for (let c = 0; c < k; c++) keys[c]![size] = columns[c]![i]! + 0;
        sums[size] = w;
        table[slot] = size;
        hashes[slot] = h;
        patternOf[i] = size++;
        if (2 * size > capacity) {
          // Double the table and reinsert every pattern by its stored hash.
          capacity *= 2;
          mask = capacity - 1;
          const oldTable = table;
          const oldHashes = hashes;
          table = new Int32Array(capacity).fill(-1);
          hashes = new Int32Array(capacity);
          for (let s = 0; s < oldTable.length; s++) {
            const p = oldTable[s]!;
            if (p < 0) continue;
            let t = oldHashes[s]! & mask;
            while (table[t]! >= 0) t = (t + 1) & mask;
            table[t] = p;
            hashes[t] = oldHashes[s]!;
          }
        }
        break;
      }
      let same = hashes[slot] === h;
      for (let c = 0; c < k && same; c++) same = keys[c]![pattern] === columns[c]![i];
      if (same) {
        patternOf[i] = pattern;
        sums[pattern] = sums[pattern]! + w;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return { columns: keys.map((key) => key.slice(0, size)), weight: sums.slice(0, size), size, patternOf };
}
