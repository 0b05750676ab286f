import { decodeColumn, encodeColumn } from "../_lib/typedColumns.js";
import { hashString } from "./hashString.js";

/**
 * A list of strings as JSON that parses fast: their concatenation and a typed column of their
 * lengths (UTF-16 code units). `JSON.parse` reads one long string several times faster than an
 * array of a million short ones.
 *
 * @internal
 */
export interface PackedStrings {
  /** The strings, one after the other. */
  readonly text: string;
  /** Their lengths, as a column (see {@link encodeColumn}). */
  readonly lengths: string;
}

/**
 * An append-only list of strings that keeps the strings it was unpacked with packed: one text and
 * their start offsets, so a list of millions restores without a string object each and packs again
 * by concatenation. Strings pushed later are kept as they are.
 *
 * @internal
 */
export class StringList {
  /** The packed strings: entry `i` is `#text` from `#starts[i]` to `#starts[i + 1]`. */
  #text = "";
  #starts: number[] = [0];
  /** The packed entries' count. */
  #packed = 0;
  #more: string[] = [];

  /**
   * Unpacks a list of strings.
   *
   * @throws Error when `packed` is not a {@link PackedStrings} whose lengths add up to its text.
   */
  static unpack(packed: unknown): StringList {
    if (typeof packed !== "object" || packed === null) throw new Error("internal: packed strings are not an object");
    const { text, lengths } = packed as { text?: unknown; lengths?: unknown };
    if (typeof text !== "string") throw new Error("internal: packed strings have no text");
    const starts = decodeColumn(lengths, -1, { name: "lengths", min: 0, max: Number.MAX_SAFE_INTEGER });
    let at = 0;
    for (let i = 0; i < starts.length; i++) {
      const size = starts[i] as number;
      starts[i] = at;
      at += size;
    }
    starts.push(at);
    if (at !== text.length) throw new Error(`internal: packed strings use ${at} of ${text.length} characters`);
    const list = new StringList();
    list.#text = text;
    list.#starts = starts;
    list.#packed = starts.length - 1;
    return list;
  }

  /** A list of `strings` (kept unpacked). */
  static of(strings: readonly string[]): StringList {
    const list = new StringList();
    list.#more = strings.slice();
    return list;
  }

  /** The number of strings. */
  get length(): number {
    return this.#packed + this.#more.length;
  }

  /** The string at `i` (0 ≤ i < length). */
  at(i: number): string {
    return i < this.#packed ? this.#text.slice(this.#starts[i], this.#starts[i + 1]) : (this.#more[i - this.#packed] as string);
  }

  /** The strings from `from` to `to` (exclusive). */
  slice(from: number, to: number): string[] {
    const out: string[] = [];
    for (let i = from; i < to; i++) out.push(this.at(i));
    return out;
  }

  push(s: string): void {
    this.#more.push(s);
  }

  /** Whether the string at `i` is `s`, without building it. */
  matches(i: number, s: string): boolean {
    return i < this.#packed ? (this.#starts[i + 1] as number) - (this.#starts[i] as number) === s.length && this.#text.startsWith(s, this.#starts[i]) : this.#more[i - this.#packed] === s;
  }

  /** Whether the string at `i` is the first `length` code units of `s`, without building either. */
  matchesPrefix(i: number, s: string, length: number): boolean {
    if (i >= this.#packed) {
      const own = this.#more[i - this.#packed] as string;
      return own.length === length && s.startsWith(own);
    }
    const start = this.#starts[i] as number;
    if ((this.#starts[i + 1] as number) - start !== length) return false;
    const text = this.#text;
    for (let k = 0; k < length; k++) if (text.charCodeAt(start + k) !== s.charCodeAt(k)) return false;
    return true;
  }

  /** The {@link hashString} of the string at `i`. */
  hash(i: number): number {
    if (i >= this.#packed) {
      const own = this.#more[i - this.#packed] as string;
      return hashString(own, 0, own.length);
    }
    return hashString(this.#text, this.#starts[i] as number, this.#starts[i + 1] as number);
  }

  /** The index of the first string `test` refuses (given the text and the string's span in it), or −1. */
  findInvalid(test: (text: string, start: number, end: number) => boolean): number {
    for (let i = 0; i < this.#packed; i++) if (!test(this.#text, this.#starts[i] as number, this.#starts[i + 1] as number)) return i;
    for (let k = 0; k < this.#more.length; k++) {
      const own = this.#more[k] as string;
      if (!test(own, 0, own.length)) return this.#packed + k;
    }
    return -1;
  }

  /** The list, packed. */
  pack(): PackedStrings {
    const n = this.length;
    const lengths = new Array<number>(n);
    let longest = 0;
    for (let i = 0; i < n; i++) {
      const length = i < this.#packed ? (this.#starts[i + 1] as number) - (this.#starts[i] as number) : (this.#more[i - this.#packed] as string).length;
      lengths[i] = length;
      if (length > longest) longest = length;
    }
    return { text: this.#text + this.#more.join(""), lengths: encodeColumn(lengths, longest < 256 ? "u8" : "i32") };
  }
}
