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
  /** Each row's member, in the first pass's order. */
  readonly #bucketMember: Int32Array;
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
    this.#bucketMember = new Int32Array(n);
  }

  /** `column` (one value per row) grouped by member. */
  group(column: ArrayLike<number>): Float64Array {
    const member = this.#member;
    const staged = this.#staged;
    const n = staged.length;
    const bucketMember = this.#bucketMember;
    const bits = this.#bits;
    const buckets = this.#bucketFirst.slice();
    for (let i = 0; i < n; i++) {
      const m = member[i] as number;
      const b = m >> bits;
      const place = buckets[b] as number;
      buckets[b] = place + 1;
      bucketMember[place] = m; // the same for every column: cheaper to write again than to read the members in a pass of their own
      staged[place] = column[i] as number;
    }
    const fill = this.first.slice(0, -1);
    const grouped = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const m = bucketMember[k] as number;
      const place = fill[m] as number;
      fill[m] = place + 1;
      grouped[place] = staged[k] as number;
    }
    return grouped;
  }
}
