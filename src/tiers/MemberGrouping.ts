/**
 * Columns of rows regrouped by member, stably (a member's rows keep their order): a counting sort
 * in two passes, first into at most 256 buckets of consecutive members, then by member within
 * each bucket. Each pass writes to few enough places at once to stay in the processor's caches;
 * one pass that scatters rows straight to a million members' places misses them on nearly every
 * row (twice as slow on 10,000,000 rows).
 *
 * @internal
 */
export class MemberGrouping {
  /** Member `m`'s rows are `first[m]` to `first[m + 1]` (exclusive) of a grouped column. */
  readonly first: Int32Array;
  readonly #member: ArrayLike<number>;
  /** Members per bucket: 2^bits. */
  readonly #bits: number;
  /** Where each bucket's rows start in the first pass's order. */
  readonly #bucketFirst: Int32Array;
  /** Each row of the first pass's order: its member until a column is grouped, then its place in the grouped order. */
  readonly #bucketed: Int32Array;
  #placed = false;
  /** A column in the first pass's order (reused for each column). */
  readonly #staged: Float64Array;

  /** @param member - each row's member, an integer from 0 to `members − 1` (checked by the caller). */
  constructor(member: ArrayLike<number>, members: number) {
    const n = member.length;
    this.#member = member;
    const first = new Int32Array(members + 1);
    for (let i = 0; i < n; i++) {
      const slot = (member[i] as number) + 1;
      first[slot] = (first[slot] as number) + 1;
    }
    for (let m = 0; m < members; m++) first[m + 1] = (first[m + 1] as number) + (first[m] as number);
    this.first = first;
    const bits = Math.max(0, 24 - Math.clz32(members)); // at most 256 buckets
    this.#bits = bits;
    this.#bucketFirst = Int32Array.from({ length: (members >> bits) + 1 }, (_, b) => first[Math.min(members, b << bits)] as number);
    this.#staged = new Float64Array(n);
    this.#bucketed = new Int32Array(n);
  }

  /** `column` (one value per row) grouped by member. */
  group(column: ArrayLike<number>): Float64Array {
    const member = this.#member;
    const staged = this.#staged;
    const n = staged.length;
    const bucketed = this.#bucketed;
    const placed = this.#placed;
    const bits = this.#bits;
    const buckets = this.#bucketFirst.slice();
    for (let i = 0; i < n; i++) {
      const m = member[i] as number;
      const b = m >> bits;
      const place = buckets[b] as number;
      buckets[b] = place + 1;
      if (!placed) bucketed[place] = m;
      staged[place] = column[i] as number;
    }
    const grouped = new Float64Array(n);
    if (placed) {
      for (let k = 0; k < n; k++) grouped[bucketed[k] as number] = staged[k] as number;
      return grouped;
    }
    const fill = this.first.slice(0, -1);
    for (let k = 0; k < n; k++) {
      const m = bucketed[k] as number;
      const place = fill[m] as number;
      fill[m] = place + 1;
      bucketed[k] = place;
      grouped[place] = staged[k] as number;
    }
    this.#placed = true;
    return grouped;
  }
}
