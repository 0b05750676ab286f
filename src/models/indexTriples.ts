const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** The distinct rows of three columns and, for each row, the index of its distinct row. */
export interface TripleIndex {
  /** The first column of the distinct rows, in order of first appearance. */
  readonly u: Float64Array;
  /** The second column of the distinct rows. */
  readonly v: Float64Array;
  /** The third column of the distinct rows. */
  readonly w: Float64Array;
  /** The number of distinct rows. */
  readonly size: number;
  /** For each input row, the index of its distinct row. */
  readonly of: Uint32Array;
}

/** A 32-bit hash step over the two words of a double (the caller maps −0 to 0). */
function mix(hash: number, value: number): number {
  bits[0] = value;
  return Math.imul(hash ^ (hash >>> 15) ^ words[0]!, 0x85ebca6b) ^ words[1]!;
}

/**
 * Indexes the distinct rows (u[i], v[i], w[i]) of three columns of finite numbers (−0 equal to 0).
 * Unlike `compressColumns` (sized up front for every row being distinct), the open-addressing table
 * starts small and doubles when half full: when few rows are distinct over many — (frequency,
 * recency, T) of a customer base, whose recency and T take one value per day — it stays in cache,
 * and nothing the size of the input but the output index is allocated.
 *
 * @internal
 */
export function indexTriples(u: Float64Array, v: Float64Array, w: Float64Array): TripleIndex {
  const rows = u.length;
  let capacity = 64;
  let mask = capacity - 1;
  let table = new Int32Array(capacity).fill(-1);
  let hashes = new Int32Array(capacity);
  let ku: Float64Array = new Float64Array(32);
  let kv: Float64Array = new Float64Array(32);
  let kw: Float64Array = new Float64Array(32);
  let size = 0;
  const of = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) {
    const ui = u[i]! + 0;
    const vi = v[i]! + 0;
    const wi = w[i]! + 0;
    let h = mix(mix(mix(0x9e3779b9, ui), vi), wi);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
    let slot = h & mask;
    for (;;) {
      const pattern = table[slot]!;
      if (pattern < 0) {
        if (size === ku.length) {
          ku = grow(ku);
          kv = grow(kv);
          kw = grow(kw);
        }
        ku[size] = ui;
        kv[size] = vi;
        kw[size] = wi;
        table[slot] = size;
        hashes[slot] = h;
        of[i] = size++;
        if (2 * size > capacity) {
          // Double the table and reinsert every row by its stored hash.
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
      if (ku[pattern] === ui && kv[pattern] === vi && kw[pattern] === wi) {
        of[i] = pattern;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return { u: ku.slice(0, size), v: kv.slice(0, size), w: kw.slice(0, size), size, of };
}

function grow(array: Float64Array): Float64Array {
  const bigger = new Float64Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
