import { hashString } from "./hashString.js";
import { StringList } from "./StringList.js";

/**
 * An append-only index of distinct strings: each key gets the next integer (0, 1, 2…), found again
 * in expected O(1). An open-addressing table over a 32-bit FNV-1a hash, in one `Int32Array` of
 * `[key index + 1, hash]` slots, so a probe compares hashes before it touches a key, and the keys in
 * a {@link StringList}, so a restored index of millions of ids holds one packed text instead of a
 * string object each (a `Map` of a million string keys costs several times more to fill).
 *
 * @internal
 */
export class StringIndex {
  /** The keys, by index. */
  readonly keys: StringList;
  /** Slot pairs: key index + 1 (0 = empty), then the key's hash; the slot count is a power of two, at most half full. */
  #slots: Int32Array;
  #mask: number;

  /**
   * An index of `keys`, which take the indexes 0, 1, 2… in order (the index takes the list over).
   *
   * @throws Error when a key repeats.
   */
  constructor(keys: StringList = new StringList()) {
    let size = 32;
    while (size < keys.length * 2 + 2) size *= 2;
    this.#slots = new Int32Array(size * 2);
    this.#mask = size - 1;
    this.keys = keys;
    const slots = this.#slots;
    const mask = this.#mask;
    for (let k = 0; k < keys.length; k++) {
      const h = keys.hash(k);
      let i = h & mask;
      for (let found = slots[2 * i] as number; found !== 0; found = slots[2 * i] as number) {
        if (slots[2 * i + 1] === h && keys.matches(found - 1, keys.at(k))) throw new Error(`internal: ${JSON.stringify(keys.at(k))} repeats`);
        i = (i + 1) & mask;
      }
      slots[2 * i] = k + 1;
      slots[2 * i + 1] = h;
    }
  }

  /** The number of keys. */
  get size(): number {
    return this.keys.length;
  }

  /** The index of `key`, or −1. */
  indexOf(key: string): number {
    return (this.#slots[2 * this.#slotOf(key, hashString(key, 0, key.length))] as number) - 1;
  }

  /** The index of the key `text.slice(0, length)`, or −1, without building that string. */
  indexOfPrefix(text: string, length: number): number {
    const keys = this.keys;
    const slots = this.#slots;
    const mask = this.#mask;
    const h = hashString(text, 0, length);
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const k = slots[2 * i] as number;
      if (k === 0 || (slots[2 * i + 1] === h && keys.matchesPrefix(k - 1, text, length))) return k - 1;
    }
  }

  /** Adds `key` and returns its index; when it is there already, returns −1 − its index and adds nothing. */
  add(key: string): number {
    const k = this.keys.length;
    if ((k + 1) * 2 > this.#mask) this.#grow();
    const h = hashString(key, 0, key.length);
    const slot = this.#slotOf(key, h);
    const found = this.#slots[2 * slot] as number;
    if (found !== 0) return -found;
    this.keys.push(key);
    this.#slots[2 * slot] = k + 1;
    this.#slots[2 * slot + 1] = h;
    return k;
  }

  /** The slot of `key` (of hash `h`), or the empty slot where it would go. */
  #slotOf(key: string, h: number): number {
    const keys = this.keys;
    const slots = this.#slots;
    const mask = this.#mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const k = slots[2 * i] as number;
      if (k === 0 || (slots[2 * i + 1] === h && keys.matches(k - 1, key))) return i;
    }
  }

  #grow(): void {
    const old = this.#slots;
    const size = (this.#mask + 1) * 2;
    const slots = new Int32Array(size * 2);
    const mask = size - 1;
    for (let j = 0; j < old.length; j += 2) {
      const k = old[j] as number;
      if (k === 0) continue;
      const h = old[j + 1] as number;
      let i = h & mask;
      while (slots[2 * i] !== 0) i = (i + 1) & mask;
      slots[2 * i] = k;
      slots[2 * i + 1] = h;
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}
