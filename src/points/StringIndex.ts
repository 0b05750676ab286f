/**
 * An append-only index of distinct strings: each key gets the next integer (0, 1, 2…), found again
 * in expected O(1). An open-addressing table of `Int32Array` slots over a 32-bit FNV-1a hash, so a
 * ledger of millions of lots, orders and commands keeps its indexes out of the garbage collector's
 * way (a `Map` of a million string keys costs several times more to fill).
 *
 * @internal
 */
export class StringIndex {
  /** The keys, by index. */
  readonly keys: string[] = [];
  #hashes: Int32Array;
  /** Slot → key index + 1 (0 = empty); the length is a power of two, at most half full. */
  #slots: Int32Array;
  #mask: number;

  /**
   * An index of `keys`, which take the indexes 0, 1, 2… in order.
   *
   * @throws Error when a key repeats.
   */
  constructor(keys: readonly string[] = []) {
    this.#hashes = new Int32Array(Math.max(16, keys.length));
    let size = 32;
    while (size < keys.length * 2 + 2) size *= 2;
    this.#slots = new Int32Array(size);
    this.#mask = size - 1;
    for (const key of keys) if (this.add(key) < 0) throw new Error(`internal: ${JSON.stringify(key)} repeats`);
  }

  /** The number of keys. */
  get size(): number {
    return this.keys.length;
  }

  /** The index of `key`, or −1. */
  indexOf(key: string): number {
    const keys = this.keys;
    const slots = this.#slots;
    const mask = this.#mask;
    for (let i = hashString(key, key.length) & mask; ; i = (i + 1) & mask) {
      const k = slots[i] as number;
      if (k === 0) return -1;
      if (keys[k - 1] === key) return k - 1;
    }
  }

  /** The index of the key `text.slice(0, length)`, or −1, without building that string. */
  indexOfPrefix(text: string, length: number): number {
    const keys = this.keys;
    const slots = this.#slots;
    const mask = this.#mask;
    for (let i = hashString(text, length) & mask; ; i = (i + 1) & mask) {
      const k = slots[i] as number;
      if (k === 0) return -1;
      const key = keys[k - 1] as string;
      if (key.length === length && text.startsWith(key)) return k - 1;
    }
  }

  /** Adds `key` and returns its index; when it is there already, returns −1 − its index and adds nothing. */
  add(key: string): number {
    const k = this.keys.length;
    if ((k + 1) * 2 > this.#mask) this.#grow();
    if (k >= this.#hashes.length) {
      const hashes = new Int32Array(this.#hashes.length * 2);
      hashes.set(this.#hashes);
      this.#hashes = hashes;
    }
    const h = hashString(key, key.length);
    const keys = this.keys;
    const slots = this.#slots;
    const mask = this.#mask;
    let i = h & mask;
    for (let found = slots[i] as number; found !== 0; found = slots[i] as number) {
      if (keys[found - 1] === key) return -found;
      i = (i + 1) & mask;
    }
    slots[i] = k + 1;
    this.#hashes[k] = h;
    keys.push(key);
    return k;
  }

  #grow(): void {
    const size = (this.#mask + 1) * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    const hashes = this.#hashes;
    for (let k = 0; k < this.keys.length; k++) {
      let i = (hashes[k] as number) & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = k + 1;
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}

/** FNV-1a over the first `length` UTF-16 code units, with a final mix so the low bits (the slot) depend on every unit. */
function hashString(s: string, length: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}
